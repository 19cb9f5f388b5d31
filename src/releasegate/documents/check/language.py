"""The language of authority, as compiled patterns over folded (lower-cased) text.

Each pattern answers one question about a sentence: does it grant something, scope it, hold
the balance, name an unlock event or a person, buy material, treat payment as a start?
Kept apart from the rules so the rules read as decisions, not as regular expressions."""

from __future__ import annotations

import re

# A clause boundary: patterns that look "before" a trigger stop here.
CLAUSE = re.compile(r"[;:,()\[\]]|\b(?:but|however|and then|although|though|whereas)\b")

NEGATION = re.compile(
    # ("release No. 3", "PO no 4711" are numbers, not a "no")
    r"\b(?:not|never|no(?!\.?\s*\d|\.\s*[:#])|nor|cannot|can't|don't|doesn't|didn't|won't|isn't|aren't|wasn't|"
    r"shouldn't|mustn't|without|pending|awaiting|await|yet to|hold off|refrain|instead of|"
    r"rather than|neither|nothing|none)\b|n't\b"
)
CONDITION = re.compile(
    r"\b(?:if|once|when|whenever|after|upon|as soon as|provided|until|unless|before|"
    r"following|prior to|subject to|only with|in case|whether)\b"
)
# The months, written out or cut short, as dates are written in the corpora's English.
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
# ... and followed by any letters, as a looser date reads it ("Jun", "June", "Sept.")
MONTH_ANY = rf"{MONTH}[a-z]*"
# "10 June", and "June 10, 2024" as Americans write it
_DAY_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH_ANY}|{MONTH_ANY} \d{{1,2}}(?:st|nd|rd|th)?\b)"
# words that mark an event as done: "following the successful sample sign-off last Friday"
_DONE_EVENT = (
    r"(?:successful|successfully|last|yesterday|today|this morning|received|completed|passed|"
    rf"dated|(?:of|on) (?:{_DAY_MONTH}|\d{{1,2}}[./-]\d{{1,2}}[./-])|"
    # a record's own number: "following the sample sign-off SSR-24-028"
    r"(?:sign[- ]?off|approval|report|review|disposition)\s+(?:no\.?\s*|nr\.?\s*|#\s*)?"
    r"[a-z]{1,5}-\d[\w/-]*)"
)
# what follows "after"/"following" when the event has happened: "following our Teams call",
# "following the PP review of 11 June", "after the successful sample sign-off last Friday"
_DONE_THING = (
    r"(?:our|your|the|my) (?:[\w-]+ )?(?:po|p\.o\.|purchase order|order|call|e-?mail|"
    r"conversation|discussion|meeting|visit|quote|quotation|offer)\b"
)
CONDITIONAL_OPENING = re.compile(
    r"^\W*(?:[a-z]+(?: [a-z]+)?:\s*)?(?:if|once|when|whenever|as soon as|upon|provided|in case|"
    # "following the sample approval, ..." is a condition; "following our PO 123, ..." is not
    rf"(?:after|following(?! {_DONE_THING}))"
    # "following the successful sample sign-off last Friday, ...": an event that happened
    rf"(?![^.;,]*\b{_DONE_EVENT}\b))\b[^.;]*,\s*(?:\w+\s*){{0,3}}$"
)
DONE_AFTER = re.compile(rf"\s+(?:{_DONE_THING}|[^.;,]*\b{_DONE_EVENT}\b)")
# the same, where the event must surely have happened (it could otherwise be the one that
# unlocks the rest): a date after "on" may lie ahead ("after the fit session on 15 July"), nor
# does "has passed" say it did ("after lot 1 has passed our incoming inspection")
DONE_SURELY_AFTER = re.compile(
    rf"\s+(?:{_DONE_THING}|(?:[\w-]+ ){{0,4}}?(?:successful|successfully|last|yesterday|received|"
    rf"dated|of {_DAY_MONTH})\b)"
)
QUESTION_START = re.compile(
    r"^\W*(?:(?:can|could|may|shall|should|would|will|do|does|did|is|are|am)\s+(?:we|i|you|"
    r"they|it|this|that|the)\b|(?:please\s+)?(?:confirm|advise|let (?:us|me) know)\s+"
    r"(?:if|whether)|(?:how|what|which|who|why)\b|kindly (?:confirm|advise)\s+(?:if|whether)"
    # "when will you ship", not the clause of time "When Anke approves the samples we start"
    r"|when\s+(?:will|would|can|could|do|does|did|is|are|was|were|shall|should|may|might|has|"
    r"have)\b)"
)
REQUEST = re.compile(
    r"\b(?:please (?:approve|confirm|authori[sz]e|advise|let us know)|for your "
    r"(?:approval|review|release|information)|(?:await|awaiting|waiting for|request(?:ing)?|"
    r"need|needs|require|requires|ask(?:ing)? for|seek(?:ing)?|pending) (?:your |the |a |an |"
    r"written |formal |final )*(?:approval|release|go[- ]ahead|sign[- ]?off|confirmation|"
    r"authori[sz]ation)|once you (?:approve|release|confirm))"
)

# ---------------------------------------------------------------- grants (authorizations)

# "yep, full 2k" right after the other side's "so we run all 2k?": an affirmative answer to a
# question about starting work grants what was asked (a chat or mail speaker may open the line).
ANSWER_YES = re.compile(
    r"^(?:\S[^?]{0,60}?[:\]]\s+)?(?:yes|yep|yup|yeah|yes please|correct|confirmed|affirmative|"
    r"sure|absolutely|of course|(?:ok(?:ay)?\W+)?sounds good|agreed|go for it)\b"
    r"(?!\s*(?:but|,\s*but)\b)"
)
STARTING_WORK = re.compile(
    r"\b(?:run|start|produce|build|print|make|go ahead|proceed|release|kit|launch|manufacture)\b"
)

# Go-ahead idioms and non-native forms, kept as one lexicon so that grants (RG002), implied
# auto-conversion (RG007) and payment-as-release (RG012) read the same words. They are still
# subject to the negation, question, condition and scope handling of each rule.
GO_IDIOM = (
    r"\b(?:release the hounds|let (?:it|her|them|'er) rip|fire up (?:the |your )?(?:machines?|"
    r"press(?:es)?|printers?|lines?|lasers?|mills?|spindles?|ovens?|furnaces?|cnc|smt(?: line)?|"
    r"moulds?|molds?|tools?)|get (?:it |them )?cracking|crack on|full steam ahead|"
    r"pull the trigger|(?:hit|press|push) (?:the )?(?:go|start|big red) button|off you go|"
    r"all systems go|make it happen|run with it|(?:give|giving|gave|given) you the go(?:[- ]ahead)?"
    r"|(?:you )?(?:have|got|get) the go(?:[- ]ahead)?(?= for| to|\W*$)|the go for (?:the )?"
    r"(?:mass |series |full )?(?:production|run|manufacturing|build)|green[- ]?lit|greenlighted|"
    r"good to roll|spin up (?:the )?(?:production|line|machines?|printers?)|fire away|"
    r"(?:hit|press) go|get (?:it |them |the \w+ )?rolling|"
    r"you(?:'re| are) (?:clear|cleared|free) to (?:run|start|go|produce|print|build))\b"
    r"|\blooks? (?:good|great|fine|ok|okay|mint|perfect|spot on)\b[^.;?]{0,12}?\b(?:send it|"
    r"run it|go for it|hit it)\b"
)

GRANT = re.compile(
    r"(?P<grant>"
    r"\b(?:is|are|was|were|been|hereby|fully|now|herewith)?\s*approved\b(?!\s*(?:by\s*)?:)"
    r"(?! (?:vendor|supplier|"
    r"source|list|manufacturer|material|drawing|spec|specification|process|avl|by the customer "
    r"for mass))"
    r"|\b(?:we|i) (?:hereby |now |do |therefore |thus |herewith |formally |officially |also )?"
    r"(?:approve|authori[sz]e|release|accept (?:and release|"
    r"your quote and (?:ask|request)))\b"
    # "we are pleased to release production of the first batch"
    r"|\b(?:we|i) (?:are|am|'re|'m) (?:pleased|happy|glad) to (?:release|authori[sz]e)\b"
    # a buyer naming itself: "Silver Sage Linen Services releases one hundred twenty (120) cage
    # trolleys CT-70 for production"
    r"|\breleases (?:hereby )?(?:[a-z-]+ ){0,4}\(?\d[\d,.]*\)?[^.;]{0,50}?\bfor (?:production|"
    r"manufactur\w*|series production)\b"
    r"|\bgo[- ]ahead\b|\bgo ahead\b|\bgreen[- ]light\b"
    # "So you have our approval."
    r"|\byou (?:now )?have (?:our|my) (?:full )?(?:approval|ok|okay|authori[sz]ation)\b"
    r"|\bgood to (?:go|run|start|print|produce)\b|\bok(?:ay)? to (?:start|run|proceed|produce|go|"
    r"print|make|build|manufacture|ship|release)\b|\bcleared (?:to|for) \w+"
    # "Decyzja / decision: Kartal can start the sample parts now" (minutes)
    r"|\bdecision\b[^.;:\n]{0,10}:\s*[^.;]{0,40}?\b(?:can|may|is to|shall) (?:now )?(?:start|"
    r"begin|proceed|produce|make|go ahead)\b"
    # "Decision: approved. Supplier to proceed." (minutes)
    r"|\b(?:supplier|vendor|contractor) (?:is |are )?to (?:proceed|start|begin|go ahead)\b"
    r"|\b(?:you|supplier|vendor) (?:may|can|could|are (?:free|allowed|authori[sz]ed|cleared) to)"
    r" (?:now )?(?:start|begin|run|produce|make|print|build|manufacture|proceed|go ahead|launch|"
    r"supply|push (?:through|ahead|on))"
    # "the Employer hereby confirms its approval and authorises the Contractor to proceed"
    r"|\bauthori[sz]es? (?:the |our )?(?:contractor|supplier|vendor|manufacturer|fabricator|you)"
    r" to (?:proceed|start|begin|commence|produce|manufacture|fabricate|build|make|print)\b"
    r"|\b(?:please|pls|plz|kindly|pse) (?:to |do )?(?:now |already |go ahead and )?(?:proceed|"
    r"start|begin|produce|make|print|build|manufacture|run|launch|kick off|go ahead|schedule|"
    r"release|go on)\b(?! sure\b| certain\b)"  # "please make sure the die is updated"
    r"|\b(?:please|pls|plz|kindly|pse) (?:to )?arrange (?:the |for )?(?:\d[\d,.]*\s*)?"
    r"(?:mass |series )?"
    r"(?:production|manufacturing|samples?|prototypes?|pilot|build|run)\b"
    # go-ahead idioms and non-native forms: "release the hounds", "we give you the go"
    rf"|{GO_IDIOM}"
    # a writer or a document that authorizes: "Tidewater hereby authorizes the sample build"
    r"|\bhereby (?:authori[sz]es?|releases?|approves?|orders?)\b"
    # the thing authorized: "Pilot build authorized for TW-55", "the 6 samples are released"
    # (a definition, "a release that states the quantity released", is none: the look-behinds
    # sit after the noun, so they are tried only where the noun matched)
    r"|\b(?:build|run|lot|batch|job|samples?|prototypes?|protos?|pilot(?: build| lot| run)?|"
    r"boards|parts|units|pcs|pieces|quantity|qty|production|manufacturing)\b"
    r"(?<!states the quantity)(?<!stating the quantity)(?<!state the quantity)"
    r" (?:is |are |has been "
    r"|have been )?(?:hereby |now )?(?:authori[sz]ed|released)\b(?! (?:by|to|for) (?:the )?"
    r"(?:supplier|vendor|us|you)\b)"
    # the active quantity of a PO or note stated as a label: "Active: 8 prototype boards"
    r"|\bactive(?: now| quantity| qty)?\s*[:=]\s*\d|\bactive (?:quantity|qty)\b[\s:=]*\d"
    r"|\b(?:we|i) (?:hereby |herewith |now |would like to )?(?:order|place (?:an |the |our |this )?"
    r"order|commission)\b|\bherewith we order\b"
    r"|\bproceed with\b|\bfeel free to (?:start|proceed|run|go ahead|produce|print)"
    # (not the noun: "1,500 units for the launch batch")
    r"|\b(?:start|begin|launch|kick off|commence)(?<!the launch)(?<!a launch)(?<!our launch)"
    r"(?<!your launch) (?:the |with the |with )?(?:production|full run|"
    r"run|job|batch|printing|manufacturing|series|build)\b"
    r"|\breleased? (?:for|to|into) (?:production|manufacturing|series|mass production)\b"
    r"|\b(?:is|are|hereby|herewith) (?:now )?(?:released|authori[sz]ed)\b"
    r"|\bauthori[sz](?:ed|e) (?:to|for) (?:produce|production|start|run|manufacture|build|print)"
    r"|\b(?:released|authori[sz]ed|approved)(?: now| quantity| qty| for production| today)?\s*"
    # (also as a table row: "Released now | 12 SMS", "Authorised now | 14 (fourteen)")
    r"[:=|]\s*\d|"
    # "you're released for 300 stems"
    r"\byou(?:'re| are) (?:now |hereby )?released for (?:the )?\d"
    r"|\b(?:released|authori[sz]ed|approved) (?:quantity|qty)\s+\d"
    r"|\b(?:get going|get started|crack on|carry on|move forward)\b|\b(?:you(?:'re| are) )?"
    r"(?:all )?clear to (?:start|go|run|produce|proceed)\b|\ball clear\b"
    r"|\bgo for it\b|\byou(?:'re| are) good to go\b|\bsigned off\b|\bsign[- ]off (?:is )?given\b"
    # (and as buyers write it in their own languages: "Segue our PO 4500-2291", "Anbei unsere PO")
    r"|\b(?:attached|enclosed|here is|herewith|please find|pfa|segue|anbei|ci-joint|in allegato|"
    # (Danish, Dutch, Swedish and German "herewith": "Hermed PO 4500021955 på 30 m prøver")
    r"adjunto|hermed|hierbij|härmed|hiermit)"
    r"(?: attached| below| enclosed| you (?:will )?find| please find)?"
    r"(?: is| are)?"
    r"(?: our| the|"
    r" a|)? (?:po|p\.o\.|purchase order|(?:production )?release(?= no\.?\s*\d| #?\d)|"
    # the buyer's own abbreviation before its number: "please find attached our OA 24/0677"
    r"(?:oa|oda|oc)(?= \d| n\.?\s*\d| no\.?\s*\d| nr\.?\s*\d)|"
    # ("please find below our order ZZ/2024/05/149 for samples")
    r"order(?! confirmation| acknowledg)(?= for| no| #|\s*\d|\s+[a-z]{1,4}[-/ ]?\d))\b"
    # "Segue nosso pedido 4500081301", "Adjunto nuestro pedido", "Ci-joint notre commande"
    r"|\b(?:segue|anexo|adjunto|adjuntamos|enviamos|ci-joint|veuillez trouver)(?: o| a| el)?"
    r" (?:nosso|nossa|nuestro|nuestra|notre|o|el|la) (?:pedido|ordem de compra|orden de compra|"
    r"commande|bon de commande)\b"
    # the buyer's own language: "Veuillez fabriquer quarante (40) poignées", "Por favor
    # fabricar 20 piezas", "Favor produzir 6 amostras"
    r"|\bveuillez (?:fabriquer|produire|lancer)\b|"
    r"\b(?:por )?favor (?:fabricar|producir|produzir|fabrique)\b|"
    r"\bsi prega di (?:produrre|realizzare|fabbricare)\b"
    # "please send the samples of all 4 designs, 2 boxes each"
    r"|\b(?:please|pls|plz|kindly) send (?:us |me )?(?:the |all |only )?(?:samples?|prototypes?|"
    r"protos?|\d[\d,.]*\s*(?:pcs|pieces|units|samples?|nos|sets|boxes))\b"
    r"|\b(?:we|i) (?:have |'ve )?(?:issued|placed|raised|released|sent|opened|created) (?:you )?"
    r"(?:a |the |"
    r"our |an )?(?:po|purchase order|order)\b"
    # ("ordered only by purchase order and released ..." describes a rule, it grants nothing)
    r"|\b(?:po|purchase order)\b(?<!by po)(?<!by purchase order)[^.;?]{0,40}?\b"
    r"(?:is |are |has been )?(?:attached|enclosed|"
    r"issued|placed|raised|released|발행)\b"
    # "Hereby PO 4500219100 for the sample lot"
    r"|\bhereby (?:our |the |a )?(?:po|p\.o\.|purchase order|order)\b"
    # the buyer's PO on its way: "PO 7731 coming out of our system today for the 6"
    r"|\b(?:po|purchase order)\b(?<!your po)(?<!your purchase order)[^.;?]{0,40}?\b(?:is "
    r"(?:now )?(?:open )?(?:in|on) (?:the|your|our) (?:portal|"
    # "PO 24/1180 is in your email: 400 sample pirns", "PO KYM-24-207 ... is sent today"
    r"system|inbox|mailbox|e-?mail|mail|same folder|folder|attachment)|is live|"
    r"(?:has been|was|is) sent|"
    # "PO 77120 is now open in our portal for the 50 EVT units", "PO 20931 is through for"
    r"is (?:now )?open(?= in| on| for)|is through(?= for| now|\s*[.!,])|"
    r"sent (?:over|across|through|thru)|"
    r"is (?:now )?out|(?:is )?coming|(?:just )?went out|"
    # "PO 4500019402 for NK-25-420 rain jacket sent." (not "the PO you sent")
    r"(?<!you )(?<!you have )(?<!you've )sent(?= for| to you|\s*[.!]|$| today| this morning|"
    r" by (?:e-?)?mail)|"
    r"is on (?:its|the) way|will be (?:sent|issued|released)|(?:is )?going out)\b"
    # "It covers 20 pcs pre-production bushes", "the PO covers 30 sample harnesses"
    r"|\b(?:it|this po|the po|the order|this order|po [\w/-]+|(?:this|the) purchase order) covers "
    # ("This purchase order covers one thousand (1,000) sample sachets")
    r"(?:only |just )?(?:the )?(?:\d|[a-z]+(?:[ -][a-z]+){0,3} \(\d)"
    r"|\bpo [a-z]{0,4}[-/]?\d[\w/-]* is (?:only )?for (?:only |just )?(?:the )?(?:\d|"
    r"[a-z]+(?:-[a-z]+)? \(\d|"  # "PO 4500118902 is for six (6) sample nozzles"
    # "PO KR-24-0316 is for the sample shelf brackets SB-300 only"
    r"(?:samples?|prototypes?|protos?|pilot|fai|first[- ]articles?)\b)"
    # the buyer's need, counted: "We need 250 clips for PPAP" (not "we need 3 weeks")
    r"|\b(?:we|i) (?:urgently |now |also |only )?(?:need|require)(?: (?:the|only|just|another))? "
    r"\d[\d,.]*(?!\d|[,.]\d|\s*(?:weeks?|days?|months?|hours?|hrs?|wks?|%|kg|g|m|mm|cm|h|"
    r"working|business|more days|x\b))"
    # "send me 6 first", "send us the 10 samples"
    r"|\bsend (?:me|us) (?:the |only |just )?\d[\d,.]*k?\b"
    # an order confirmed by the buyer: "we confirm the order of 30 pcs" (not "your order")
    r"|\b(?:we|i) (?:hereby |herewith |kindly |now )?confirm (?:the |our |this )?(?:order|"
    r"purchase order|po)\b(?! (?:receipt|confirmation|acknowledg))"
    r"|\b(?:we|i) (?:hereby |herewith |kindly |now )?confirm (?:only )?[\d,.]+ ?"
    r"(?:pcs|pieces|units|samples?|prototypes?|protos?)\b"
    # a delivery request for parts: "please deliver 100 pcs", "kindly supply the 25 samples"
    r"|\b(?:please|pls|plz|kindly|pse) ship (?:the |only |just )?\d"  # "Please ship 1,200 per PO"
    r"|\b(?:please|pls|plz|kindly|pse) (?:deliver|supply|furnish|send us)\b(?=[^.;]{0,40}?"
    # a count, not a lead time ("Kindly deliver within 3 weeks")
    r"(?:\d(?![\d,.]*\s*(?:days?|weeks?|wks?|months?|working|business|calendar|hours?)\b)|"
    r"\bsamples?\b|\bprototypes?\b|\bparts\b|\bpieces\b))"
    # a document that releases: "this PO releases the full qty", "this letter authorizes"
    r"|\b(?:(?:this|the|our) (?:po|purchase order|order|letter|notice|release|document|"
    r"call-off|calloff)|"
    r"(?:po|purchase order))"
    r"(?: (?:no\.? ?)?[a-z]{0,4}-?\d[\w-]*)? (?:hereby |herewith )?(?:releases|authori[sz]es)\b"
    # "only PO releases authorize": PO releases as a noun, the documents that would release
    r"(?!\s+(?:authori[sz]e|are|will|must|come|issued|can|may|shall)\b)"
    # a quantity stated as released: "500 pcs released", "quantity released by this release"
    r"|\b(?:quantity|qty)(?<!states the quantity)(?<!stating the quantity)(?<!state the quantity) "
    r"(?:hereby )?(?:released|authori[sz]ed)\b"
    # "Released by this release: 800 motors", "released with this notice"
    r"|\breleased (?:by|with) (?:this|the present) (?:release|notice|letter|call-off|document)"
    r"(?=\s*:\s*\d)"
    # a count asked for in a reply: "ok, 15 pcs pre-series only for now please"
    r"|\b(?:ok|okay|yes|sure)\W+(?:just |only )?\d[\d,.']*\s?(?:pcs?|units?|pieces|nos|ea|"
    r"samples?|parts)\b[^.;?]{0,40}\bplease\b"
    r"|\b\d[\d,.']*\s?(?:pcs?|units?|pieces|nos|ea|parts|pairs|sets)\b\.?"
    r"(?: (?!not\b|no\b|yet\b)[\w-]+)"
    r"{0,3}? (?:are |is )?(?:hereby |now )?(?:released|authori[sz]ed)\b"
    # "Releasing 200 of the printed display trays": the release made as it is written
    r"|\breleasing (?:the |another |a further )?(?:first |next )?\d"
    # "Please do a pilot run on the new mesh", "We kindly request you to make trial parts"
    r"|\b(?:please|pls|kindly) do (?:a |the |one )?(?:pilot|trial|sample|test|first) (?:run|lot|"
    r"batch|build|series)\b"
    r"|\brequest (?:you )?to (?:make|produce|build|manufacture|prepare|run|cast|mou?ld|print|sew|"
    r"machine|fabricate)\b"
    # "Hunter Valley Cladding releases 500 (five hundred) louvre blades for production"
    # (not "Releases 2 and 3 are forecasts", not a heading "Production Releases\n4.1 A ...")
    r"|\breleases (?:the )?(?:first |next )?(?:\d{1,3}(?:[,.' ]\d{3})+|\d+)k?(?![\d.,])"
    r"(?:\s*\([^)]*\))?\s+(?!(?:and|or|to|are|is|a|of|per|each|every)\b)[a-z]"
    # "Our PO number for the 40 sample lids is BD-2024-0412"
    r"|\bour (?:po|purchase order)(?: number| no\.?| #)? for (?:the |these |those )?\d"
    # "Our PO number is 4500018832, for the sample hitch brackets ..., 20 pcs"
    r"|\bour (?:po|purchase order)(?: number| no\.?| #)? is (?:[a-z]{0,4}-?)?\d"
    # "please see the attached document and arrange production"
    r"|\band arrange (?:the )?(?:mass |series |bulk )?production\b"
    # romanised Hindi/Urdu requests: "samples bana dijiye", "kaam shuru karo", "start kar do"
    r"|\b(?:bana (?:dijiye|dijie|do|dein|dena)|banao|(?:shuru|start|chalu) kar(?:o|do| do| dijiye|"
    r"| dein| dena))\b"
    # "samples pls of the salt pig w/ the wave lid"
    r"|\bsamples? (?:pls|plz|please)\b"
    # "make 20 samples first"
    r"|\bmake (?:the |only |just )?\d[\d,.]*k? (?:samples?|prototypes?|protos?|pcs|pieces|units)\b"
    # "this email is your authority to manufacture the first-article samples"
    r"|\bthis (?:e-?mail|mail|message|letter|notice|po|purchase order) is (?:your|our|the) "
    r"(?:authority|authori[sz]ation|go-?ahead|release|instruction) to (?:manufacture|produce|make|"
    r"build|proceed|start|cast|print|fabricate)"
    # "Please treat this email as our PO WG-0912 for 30 sample sets"
    r"|\b(?:treat|accept|take|consider|regard) this (?:e-?mail|mail|message|note|letter) as "
    r"(?:our |a |the |your |an |official )?(?:formal )?(?:po|purchase order|order)\b"
    # the PO sent in the buyer's language: "Le envío la OC 8120-B para las muestras", "Favor de
    # fabricarlas", "Veuillez trouver ci-joint notre bon de commande"
    r"|\b(?:le |les )?env[íi]o (?:la |nuestra |el )?(?:oc|o\.c\.|orden de compra|pedido)\b"
    r"|\badjunt[oa] (?:la |nuestra |el )?(?:oc|o\.c\.|orden de compra)\b"
    r"|\bfavor de (?:fabricar|producir|surtir|maquinar|estampar)"
    r"|\bci-joint (?:le |notre )?(?:bc|bon de commande)\b"
    r")"
)
# "PO SG-7781: 300 sample dropper bottles": a PO stated with its quantity at a sentence's start
# (apart from GRANT: an anchored alternative would make every GRANT scan slow)
PO_LABEL_START = re.compile(
    r"\W*(?:our )?(?:po|purchase order)\s*(?:no\.?\s*|#\s*)?[a-z]{0,4}-?\d[\w/-]*\s*:\s*(?=\d)"
)
# Korean, Japanese and Chinese requests to go ahead ("샘플 15 ea 진행 부탁드립니다"), apart from
# GRANT: alternatives without a word boundary in front would make every GRANT scan slow
CJK_GRANT = re.compile(
    r"진행 부탁|진행해 주|제작 부탁|생산 부탁|"
    r"手配をお願い|製作をお願い|進めてください|请安排|安排生产"
)
# The grant forms that only a buyer writes: an order confirmed, a delivery requested.
RESTATED = re.compile(
    r"\b(?:as per|per|according to|in line with|following|in accordance with) your (?:po|p\.o\.|"
    r"purchase order|order|note|po note|instruction|release|e-?mail|message)\b"
    # the supplier citing the order itself: "As per PO only the 40 samples are released"
    r"|\bas per (?:the )?(?:po|purchase order),? only\b"
)
POLITE_REQUEST = re.compile(
    r"\W*(?:\[[^\]]{0,30}\]\s*)?(?:[^:?]{0,40}:\s*)?"
    # (after a chat's emoji that ends a thought: "… were a hit 🙌 can you make up some samples")
    r"(?:[^?]{0,120}?[\U0001F300-\U0001FAFF\u2600-\u27BF]\s+)?"
    r"(?:can|could|would|will) you (?:please |"
    r"kindly |pls )?(?:print|make|build|produce|run|machine|mill|cast|mou?ld|manufacture|prepare|"
    r"start)\b(?! (?:a |an |the )?(?:quote|quotation|offer))"
)
BUYER_ORDER = re.compile(
    r"\bconfirm (?:the |our |this )?(?:order|purchase order|po)\b|"
    r"\bhereby (?:our |the |a )?(?:po|p\.o\.|purchase order|order)\b|"
    r"\b(?:deliver|supply|furnish|send us)\b"
)
# The verbs that tell a supplier to make parts.
_MAKE_VERB = (
    r"(?:start|begin|produce|build|print|make|run|launch|machine|mill|mou?ld|cast|forge|"
    r"manufacture|fabricate|assemble|weld|sew|knit|weave)"
)
IMPERATIVE_START = re.compile(
    r"\W*(?:(?:ok(?:ay)?|yes|sure|fine|good|great|thanks?|thank you)\W+)?(?:(?:pls|please|"
    r"kindly) )?"
    r"(?:to )?(?:proceed|kick off|go ahead|go on)\b"
    # verbs that are nouns too ("Print cylinders engraved", "Run chart attached") need an object
    # (also after an address or a label: "Patrick - for LS-91210 recliner plate: run 200 ...")
    r"|\W*(?:\[[^\]]{0,30}\]\s*)?(?:[^:?.\n\[]{0,60}:\s*){0,2}(?:(?:pls|please|kindly) )?(?:to )?"
    rf"{_MAKE_VERB}"
    r"(?: (?:the|all|with|now|production|them|it|asap|immediately|mass|full|series|batch|parts|"
    r"pcs|units|lot|job|order|rest|balance|remaining|first|"
    # (a bare "Run!" is an order; "Run'" closes a product's name: "jacquard 'Hope\nRun'")
    r"\d[\d,.]*k?\b(?!\s*(?:%|days?|weeks?|months?|hours?|shifts?|times|x\b)))\b"
    r"|[^\w'\"\u2019\u201d]*$)"
)
# An instruction to make something ("Please build and ship those 40", "can you machine …"),
# which names no approval (see RG002).
INSTRUCTION = re.compile(
    r"\W*(?:\[[^\]]*\]\s*)?(?:[^:?]{0,60}:\s*)?"
    r"(?:(?:please|pls|kindly)(?: to)? |(?:can|could|would) you (?:please )?)?"
    rf"(?:{_MAKE_VERB}|deliver|supply|ship|schedule|plan|arrange)\b"
)
SUPPLIER_INTENT = re.compile(
    r"\b(?:we|i)(?:'ll| will| shall| would| are going to| plan to| intend to| can| could| are "
    r"ready to| are able to)\b[^.]{0,12}$"
    # the writer's own action, told not asked for: "so we start the production", "we now run"
    r"|\b(?:we|i)(?: now| then| also| already| just| today| therefore| hence| have| 've| had| do|"
    r" did)?\s+$"
)
# "Green light from you would save us a set-up": a wished-for grant, not a given one.
HYPOTHETICAL_AFTER = re.compile(r"\s*(?:from (?:you|\w+) )?(?:would|could|might)\b")
# "sample sign-off APPROVED on 18 Mar 2024": a past technical event recorded with its date.
DATED_AFTER = re.compile(
    # "signed off by our client on 03/08": whoever did it, then when
    r"(?:\s+by(?:\s+[\w.-]+){1,4}?(?=\s+on\s))?"
    r"\s*(?:on\s+|dated\s+|:\s*)?(?:\d{1,2}[./ -]\s?(?:\d{1,2}|[a-z]{3})|\d{4}-\d|"
    rf"{MONTH_ANY}\.?\s+\d)"
)
EVENT_THING = re.compile(
    r"\b(?:samples?|sign[- ]?off|fai|first[- ]articles?|ppap|inspection|report|tool(?:ing)?|"
    r"t[0-3]|drawings?|design|prototypes?|pilot|test|validation|qualification)\b"
)
# "Tool T1 approved by our engineering", "PO approved by our finance": someone's approval of a
# thing other than the parts (a tool, the PO, a drawing) recorded as a fact.
THING_APPROVED = re.compile(
    r"\b(?:tool(?:ing)?|t[0-3]|moulds?|molds?|dies|fixtures?|gauges?|po|p\.o\.|purchase order|"
    r"drawings?|dwg|design|spec\w*|budget|capex|invoice|price|quot\w*|offer|supplier|vendor|"
    r"control plan|pfmea|process|costing)\b(?: [\w-]+)?(?:\s+(?:is|was|has been|were|got|"
    r"have been))?"
    r"\s*$"
)
# "Drawing rev D is released", "the firmware is approved": a technical document released, which
# is engineering's business and no production grant (RG009 looks at mixed senses).
TECH_SUBJECT = re.compile(
    # "See below - drawing Rev E is released"
    r"^(?:[^-:\u2013\u2014]{0,30}\s[-:\u2013\u2014]\s+)?\W*(?:the |our |your |this |that )?"
    r"(?:latest |new |updated |final )?(?:drawings?|dwg|"
    r"revision|rev\.?|design|spec(?:ification)?s?|firmware|software|cad(?: model)?|3d model|"
    r"models?|bom|eco|ecn|artwork|datasheet|gerbers?|stencil|step files?|data ?pack)\b"
    r"(?: [\w.-]+){0,3}?\s+(?:(?:is|are|was|were|has been|have been|now|also|too)\s+)*$"
)
# Letters of names written in Latin scripts ("Tomáš Beneš", "Łukasz Wójcik", "Zoë Müller").
_UP = "A-ZÀ-ÖØ-ÞĀ-ž"
_LO = "a-zß-öø-ÿĀ-ž"
BY_PERSON = re.compile(
    rf"\s*by\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z]\.\s?)?[{_UP}][{_LO}'-]+ [{_UP}][{_LO}'-]+"
)
APPROVED_BY_SOMEONE = re.compile(r"\s+by\s+(?:our |the |their |your )?[a-z]")
# "no balance remains", "releases the full qty": nothing is left to hold.
FULL_RELEASE = re.compile(
    r"\bno (?:open |remaining |further )?balance (?:remains|left|outstanding|open|is left)\b"
    r"|\bnothing (?:remains|is left|left) (?:on hold|open|to (?:be )?released?)\b"
    r"|\b(?:releases?|released|authori[sz]es?|authori[sz]ed|covers) the (?:full|whole|entire|"
    r"complete|total) (?:po |order )?(?:qty|quantity|order quantity)\b"
    r"|\b(?:full|whole|entire|complete|total) (?:po |order )?(?:qty|quantity) (?:is |are )?"
    r"(?:hereby )?(?:released|authori[sz]ed)\b|=\s*full (?:po|order) (?:qty|quantity)\b"
    # "this PO releases the full 1,000 pcs", "150 assemblies in full; there is no sample stage"
    r"|\b(?:releases?|released|authori[sz]\w*|covers|is for) (?:the )?(?:full|whole|entire|"
    r"complete|total) [\d][\d,.]*k?\b|\bis for [\d][\d,.]*k? [\w-]+ in full\b"
    r"|\b(?:there is|there's|with|and) no (?:sample stage|(?:open |remaining )?balance)\b"
    # "This is the complete order, there are no samples and nothing follows"
    r"|\b(?:this|it|that) is the (?:complete|full|whole|entire|total) order\b"
    r"|\b(?:po|order) is for the (?:full|whole|entire|complete|total) (?:quantity|qty)\b"
    r"|\bno samples?(?: or first[- ]articles?)? (?:are |is )?(?:required|needed)\b"
    r"|\bproceed with the (?:full|whole|entire|complete) [\d][\d,.]*k?\b"
    r"|\b(?:that's|this's|it's) the (?:complete|full|whole|entire|total) order\b"
    r"|\bnothing (?:else |more )?follows\b|\bthere (?:are|is) no samples?\b"
    # "THIS PO IS FOR THE FULL QUANTITIES SHOWN. NO BALANCE, NO FURTHER RELEASES."
    r"|\b(?:po|order) is for (?:the )?(?:full|whole|entire|complete|total) quantities\b"
    r"|\bno balance(?:[,.;]|$)|\bno further releases\b"
    r"|\b(?:remaining|balance|open|outstanding)(?: (?:on|of) (?:the )?(?:po|order))?\W{0,3}0 ?"
    r"(?:pcs|ks|ea|units|stk|pieces)?(?!\S)"
    # "this is the complete quantity of this order, there is no follow-on batch on it"
    r"|\b(?:this|it) is the (?:complete|full|whole|entire|total) (?:quantity|qty)\b"
    # "FULL QUANTITY ORDER. 1,200 EA IS THE COMPLETE QUANTITY - NO SAMPLE PHASE"
    r"|\b(?:is|are) the (?:complete|full|whole|entire|total) (?:order )?(?:quantity|qty)\b"
    r"|\bfull[- ]quantity (?:order|po)\b|\bno (?:sample|prototype|pilot) (?:phase|stage)\b"
    r"|\bno follow-on (?:batch|order|quantity|lot|run|production)\b"
    # "Complete order quantity 12,000 pcs. No samples and no call-offs on this order", "the 300
    # pcs on line 01 are the complete order - no sample stage, no call-offs and no further balance"
    r"|\bcomplete order quantity\b|\b(?:is|are) the (?:complete|full|whole|entire) order\b"
    r"|\bfull production quantity\b|\bno further balance\b"
    # "we release ... the whole remaining balance", "Remaining on hold after this release 0"
    r"|\bthe (?:whole|entire|full|complete) remaining (?:balance|quantity)\b"
    r"|\b(?:remaining|left) on hold\b[^\d.;]{0,30}\s(?:0|nil|none|zero)"
    r"(?:\s?(?:pcs|ks|ea|units|stk|pieces))?(?!\S)"
    r"|\bno samples?(?: stage)?(?:,| and) no (?:call-?offs|further|balance|releases)\b"
    # "covers the complete requirement for this part", "no further quantity is planned"
    r"|\b(?:covers|is) (?:the )?(?:full|whole|entire|complete|total) (?:requirement|demand|"
    r"need)\b|\bno (?:further|follow-on|additional|other) (?:quantity|qty|quantities|orders?|"
    r"volume) (?:is |are |will be )?(?:planned|expected|implied|foreseen|to follow|follows?)\b"
)
APPROVAL_OF_THING = re.compile(r"approved\b|\bsigned off\b|\bapprove\b")

# Scope that makes an approval specific: a quantity is checked separately.
SCOPE = re.compile(
    r"\b(?:only|solely|exclusively|just (?:the|for)|limited to|not (?:yet )?(?:released|"
    r"authori[sz]ed|approved for production)|no production|production (?:is |remains )?(?:not|on "
    r"hold)|on hold|nothing (?:else|more|beyond)|fit[- ]check|for (?:testing|evaluation|"
    r"validation|inspection|fit|trial|review) (?:purposes )?only|sample quantity|sample lot|"
    r"balance|remaining|technical(?:ly)? approv\w*|design only|"
    # "Please proceed as per this PO": the order's own quantity
    r"as per (?:this|the|our) (?:po|purchase order|order)|"
    # a whole order released ("Each line is released for production in full as ordered") and
    # nothing released ("Quantity authorized to start now: zero (0)")
    r"in full as ordered|(?:each|every|all) (?:po )?lines?|(?:now|quantity|qty)\W+(?:zero|nil|none)"
    r")\b"
)
SAMPLE = re.compile(
    r"\b(?:samples?|sampling|prototypes?|protos?|pilot(?: lot| run| batch| series)?|first "
    r"articles?|fai|ppap|trial (?:run|lot|batch|parts)|pre-?series|evaluation (?:parts|units)|"
    r"golden samples?|fot|off[- ]tool|t1|initial samples?|"
    # the retail and apparel trade's samples: pre-production, top of production, size sets
    r"pps(?![-\d])|pre-?production samples?|top samples?|size sets?|lab dips?|strike-?offs?)\b"
)
# a sentence that may count samples in other words too ("20 trial-fit canopies", "the 10
# mock-ups", "doce (12) unidades de prueba"): where RG011 looks for one sample count stated twice
SAMPLE_COUNTED = re.compile(
    SAMPLE.pattern + r"|\b(?:trial[- ]fit|clinical|prueba|teste|muestras?|amostras?|"
    r"échantillons|campioni|mock-?ups?|sms|pp)\b"
)
# Sample words that say what is ordered (an inspection event named in a subject line is not).
ORDERED_SAMPLE = re.compile(
    # (a reference sample, "colour as per our master sample", is no sample ordered)
    r"\b(?<!\bno )(?<!\bwithout )(?<!\bwithout a )(?<!\bno separate )"
    r"(?:sample(?<!master sample)(?<!reference sample)(?<!retained sample)(?<!counter sample)"
    r"(?<!limit sample)(?<!approved sample)s?|sampling|prototypes?|protos?|"
    r"pilot(?: lot| run| batch| series)?|first[- ]articles?(?! inspection| approval| sign)|"
    r"trial (?:run|lot|batch|parts)|pre-?series|validation (?:lot|run|batch|builds?|parts|units|"
    r"pieces|samples|housings)|fai (?:articles?|parts?|pieces?|units?|valves?|"
    r"samples?)|"
    r"evaluation (?:parts|units)|golden samples?|off[- ]tool|initial samples?|muster|"
    r"[ée]chantillons?|muestras?|campion[ei]|pr[óo]bk[ia]|prover|monsters?|prototyp|"
    # the trades' own sample stages: salesman samples, mock-ups, engineering builds
    r"sms|pps|mock-?ups?|evt|dvt|golden units?|first[- ]offs?|show[- ](?:samples?|units?)|"
    r"trial (?:po|order|quantity|qty|pieces|units|preforms)|test (?:pieces|units|screws)|"
    r"pre-?production (?:units|pieces|parts))\b"
)
GO_WITH_SAMPLE = re.compile(
    r"(?:go[- ]ahead|proceed|start|begin|make|print|build|produce|run|ok|okay|authori[sz]e\w*|"
    r"released?|approve\w*|order|manufacture|supply|deliver|send|sew|cast|mou?ld|machine|knit|"
    r"weave|fabricate|assemble|prepare|do|arrange)\b(?: [\w/]+){0,5} (?:samples?|"
    r"prototypes?|protos?|pilot|first[- ]articles?|first[- ]offs?|fai|trial|evt|dvt|pvt|npi|"
    r"validation (?:lot|run|batch|parts|units)|(?:print )?proofs?|pre-?series|pre-?production|"
    r"mock-?ups?)\b"
    # "samples please", "samples pls of the salt pig": the samples asked for by name
    r"|\bsamples? (?:pls|plz|please)\b"
)

# ---------------------------------------------------------------- holds and unlock events

HOLD = re.compile(
    r"(?:\b(?:balance|remaining|remainder|rest|production|series|volume|further|additional|"
    r"full|other|outstanding|residual|anything|everything|quantity|quantities|units|pcs|pieces|"
    r"they|these|those|them|the [\d,.]+k?|(?:big|main|production|full) run)\b[^.;]{0,90}?"
    r"\b(?:(?:is|are|remains?|"
    r"stays?|will be|shall be|be) )?(?:(?:not|aren't|isn't|won't be) (?:yet |being |to be )?"
    r"(?:released|authori[sz]ed|"
    r"approved|ordered|covered|committed|started|produced|manufactured|printed|built|included|"
    r"part of)|(?:is|are) not a go\b|on hold|closed|blocked|held(?: back)?|excluded|frozen|parked|"
    # "Bulk quantity is kept in abeyance till further orders"
    r"(?:kept |held |remains |stays )?in abeyance|"
    # "Balance hold until further notice"
    r"hold(?= until| till| pending|\s*[,.;]|\s*$)|"
    r"outside (?:the )?"
    r"(?:scope|this)|requires? (?:a |an |its own )?(?:separate|written|new|formal|revised|"
    r"further|explicit)|needs? (?:a |an |its own )?(?:separate|written|new|formal|revised|"
    r"further|explicit)|subject to (?:a |an |our |the )?(?:separate|written|formal|further|"
    r"explicit|revised|new)|will be (?:released|ordered|covered|authori[sz]ed) (?:separately|"
    r"later|only|by|on|under|in|with|via|through)|(?:is|are) (?:only )?released (?:only )?(?:by|"
    r"after|upon|once|when|with)|must not|may not|shall not|cannot|can't|not to be|to be "
    r"released (?:separately|later|only|by|after|upon|once|when|in)))"
    r"|\b(?:do not|don't|must not|shall not|should not|may not|never|please do not|not allowed to|"
    r"will not|won't|are not going to|"
    r"no need to|not authori[sz]ed to|are not to)\b[^.;]{0,50}?"
    r"\b(?:start|begin|run|proceed|produce|"
    r"print|build|make|manufacture|order|buy|go ahead|launch|schedule|release|plan|commit|"
    r"continue)\w*\b[^.;]{0,50}\b(?:production|balance|remaining|rest|series|volume|full|more|"
    r"further|anything|beyond|other|batch|run|material|quantity|units|pcs|line \d+|pos\.? \d+|"
    r"position \d+)"
    r"|\bno (?:production|series|volume|further|other|additional) (?:\w+ )?(?:is |are |has been )?"
    r"(?:released|authori[sz]ed|approved|quantity|units|parts|run|yet|until|before|without)"
    r"|\b(?:this|the) (?:po|purchase order|order|approval|sign[- ]?off|release|email|note) "
    r"(?:is |does )?not (?:a |an )?(?:production )?(?:release|authori[sz]|releas|approv|cover|"
    r"include|commit)"
    r"|\bnot (?:a|an) (?:production )?(?:release|authori[sz]ation)\b"
    r"|\bnothing (?:else|more|beyond)\b|\bno more than\b"
    # "production of the 1,000 boards starts only on a written release from me"
    r"|\b(?:production|balance|remaining|rest|remainder|series|volume|"
    r"run)\b[^.;]{0,60}?\b(?:starts?|"
    r"begins?|commences?|(?:may|can|will) (?:start|begin|commence|run|proceed)) only (?:on|after|"
    r"upon|with|once|when|by|against)\b"
    r"|\b(?:is|are|will be|shall be) (?:only |exclusively |solely )?released (?:only |exclusively |"
    r"solely )?(?:by|after|upon|once|when|with|through|via|in writing)\b"
    # "the production lot of 220 is approved only when I send you the written approval"
    r"|\b(?:is|are) (?:only approved|approved only) (?:by|after|upon|once|when|with|in writing)\b"
    r"|\b(?:will|shall) (?:only )?be approved (?:only )?(?:after|upon|once|when|in writing)\b"
    r"|\b(?:is|are|remains?|stays?|will be|shall be) (?:still |currently |also )?not (?:yet )?"
    r"(?:released|authori[sz]ed|approved for production|covered by a release)\b"
    r"|\bnot (?:yet )?released\b|\bon hold\b|\bnot to be (?:produced|started|manufactured|built)"
    r"|\b(?:stays?|remains?|is|are) unreleased\b"
    # in the buyer's own language: "Restmenge ... nicht freigegeben", "no liberado", ...
    r"|\bnicht (?:freigegeben|freigeben)\b|\bgesperrt\b|\bno (?:est[aá]n? )?liberad[oa]s?\b"
    r"|\bnon (?:è |sono )?rilasciat[oaie]\b|\bniet vrijgegeven\b|\bn[ãa]o liberad[oa]s?\b"
    r"|\bnie zwolnion[aey]?\b|\bnen[ií] uvoln[eě]n[oa]?\b"
    r"|\b(?:rest|balance|remaining|remainder|others?)\b[^.;]{0,30}\bwaits?\b"
    r"|\b(?:do not|don't|please do not|must not) (?:start|begin|produce|proceed)\w* (?:before|"
    r"until|without)\b"
    r"|\bproduction (?:is |remains |stays |will remain )?(?:not|on hold|closed|blocked|pending)\b"
    r"|\bhold(?:ing)? (?:the |on the |back the )?(?:balance|rest|remaining|production|remainder)\b"
    # "Production release for the balance of 990 pcs is NOT given with this PO", "NICHT erteilt",
    # "For the remaining 390 enclosures: please hold."
    r"|\b(?:release|authori[sz]ation|approval)\b[^.;]{0,60}?\b(?:is|are) not (?:given|granted|"
    r"issued|included|covered)\b|\bnicht erteilt\b|\bplease hold(?: off| back| for now)?\s*[.!]?$"
    # French: "La série de 1'960 plaques n'est PAS libérée", "Les 1 470 autres ne sont pas
    # libérées", "non libéré"; Spanish/Portuguese/Italian beside them
    r"|\b(?:n'est|ne sont|ne seront|ne sera|n'a|n'ont) pas (?:encore )?(?:été )?"
    r"(?:libérée?s?|lancée?s?|autorisée?s?|commandée?s?)\b|\bnon libérée?s?\b"
    r"|\bno (?:est[áa]n? |ha sido |han sido )?(?:liberad[oa]s?|autorizad[oa]s?)\b"
    r"|\bn[ãa]o (?:est[áã]o? |foi |foram )?(?:liberad[oa]s?|libertad[oa]s?|autorizad[oa]s?)\b"
    # romanised Hindi/Urdu: "Baaki 18 drums release nahi hain", "bulk ka kuch nahi banana"
    r"|\brelease(?:d)? nahi(?:n)?(?: (?:hai|hain|he|h))?\b|\bnahi (?:banana|banani|karna|chalana)\b"
    r"|\bmat (?:karna|karo|banana|banao|mangwana)\b"
)
UNLOCK = re.compile(
    # Korean puts "after" behind its event: "샘플 sign-off 후에" (after the sample sign-off), and so
    # does romanised Hindi/Urdu: "trial sign-off ke baad", "jab tak ... sign-off nahi hota"
    r"\b(?:sign[- ]?off|approval|release|inspection)\s?후|"
    r"\b(?:sign[- ]?off|approval|approve|test|trial)\w* (?:ke baad|hone ke baad|aane ke baad|"
    r"nahi hota|nahi hoti|kare|karein|karti|karte)\b|"
    # French, Italian, Spanish, Portuguese: "Déblocage : essais ... PUIS commande révisée",
    # "après l'approbation du test sur neige", "dopo l'approvazione", "tras la validación"
    r"\bd[ée]bloc\w*|"
    r"\b(?:après|apres|jusqu'[àa]|dès|une fois|dopo|fino a|tras|hasta|después de|após|até)\b"
    r"[^.;]{0,80}?\b(?:validation|approbation|essais?|tests?|signature|commande révisée|po révisé|"
    r"libération écrite|approvazione|collaudo|validazione|aprobación|validación|ensayos?|"
    r"aprovação|validação|ensaios?|"
    # "después de que Calidad firme el PSW", "après signature du PSW"
    r"firme|firma|firmado|psw|ppap|fai|primer artículo|premier article|primeiro artigo)\b|"
    # "further call-offs will come from me", "Call-off no. 4 will be issued in writing by ...":
    # the next call-off releases the rest
    r"\b(?:further|next|subsequent) call-?offs?\b|"
    r"\bcall-?off (?:no\.?\s*)?\d+ (?:will|is to|shall) be (?:issued|signed|sent|released)\b|"
    r"\b(?:until|till|after|upon|once|following|when|whenever|if|as soon as|provided|"
    r"subject to|pending|conditional (?:on|upon)|"
    # "nothing before the NSF test is signed off AND you get my written release"
    r"(?:nothing|not|never|no)(?: [\w-]+){0,3} before|"
    r"dependent on|depends on|only (?:after|upon|with|once|when|by)|triggered by|"
    # what the balance needs ("release requires PPAP approval"), not the writer's own need or a
    # deadline ("we need them by 5 July for the review", "Samples required for the line trial",
    # "Requirements: PPAP level 3", "the label needs 3 more days")
    r"(?<!we )(?<!i )(?:requires?|needs?|required)\b"
    r"(?!\s*(?:by|in|for|at|to|:)\b|\s*:|\s+\d+ (?:more )?(?:days?|weeks?|hours?))|"
    # ("Via del Lavoro 14": an Italian street)
    r"unlocked by|on receipt of|against|by means of|through|"
    r"via(?! (?:del|della|dei|degli|delle|di|dello|de|dos|das)\b)|released by|release by|"
    r"waits? for|waiting for|based on|"
    # a form's row: "Unlock event: ...", "Unlock event for the balance | next written release"
    # ("Unlock for balance | - | launch-lot sign-off by Haneul QA")
    r"separate|separately|unlock(?:ed)?(?: event)?(?: for (?:the )?balance)?\s*[:=|]|"
    # a form's column: "Unlock   fit check sign-off by Dr Lim Wei Jie, then written release"
    r"unlock\b|"
    # (a title's dot goes on: "until Mrs. Vlachou signs off the samples")
    r"unlock event\b)(?:[^.;]|(?<=mr)\.|(?<=mrs)\.|(?<=ms)\.|(?<=dr)\.|(?<=eng)\.|(?<=engr)\.)"
    r"{0,70}?(?:"
    # reviews, trials and deliveries named as the event: "after our monthly S&OP review",
    # "after the line trial", "after lot 1 delivery", "after the weekly MRP run", "full PSW"
    r"\b(?:review|trial|audit|buy-?off|run-?off|mrp run|delivery|deliveries|psw|[edp]vt)\b|"
    r"sample approv\w*|(?:production|series|written|formal) approval|approval in writing|"
    # "once y'all get the thumbs-up from him"
    r"\bthumbs[- ]?up\b|\bthe nod\b|"
    # "until the pilot collars pass our CIP and pressure check"
    r"\bpass(?:es)?\b(?! (?:on|to|through|by|along)\b)|"
    # "after the previous release has passed receiving inspection"
    r"(?:receiving|incoming|goods[- ]receipt|receipt) inspection|call-?off (?:no\.? ?)?\d+\b|"
    # "until release No. 4, ... after lot acceptance of release No. 2"
    r"release (?:no\.? ?)\d+\b|lot acceptance|"
    r"(?:schedule |numbered |signed )?call-?offs? (?:issued|signed|sent)\b|"
    # "until our QA signs off the samples", "until our lab signs off the pilot packs"
    r"\b(?:signs?|signed)\s+off\b|"
    r"(?:release|delivery|lot|shipment|call-off) (?:has |have )?(?:passed|been accepted)|"
    # "until we've tested the prototypes on the bench", "after we have evaluated the samples"
    r"(?:test(?:ed|ing|s)?|evaluat(?:ed?|ing|es)|validat(?:ed?|ing|es)|trial(?:l?ed)|"
    r"inspect(?:ed|ing|s)?|measur(?:ed?|ing|es)|fitt?(?:ed|ing)?|tried|try|check(?:ed|s)|"
    r"assembled) (?:the |our |your |all |"
    r"these |those )?(?:\w+ ){0,2}(?:samples?|prototypes?|protos?|first[- ]articles?|pilots?|"
    r"first[- ]offs?|units)\b|(?:tested|tried|checked|trialled|trialed) them\b|"
    r"sample (?:sign[- ]?off|approval|acceptance|release)|sign[- ]?off|"
    r"(?:approval|acceptance|approve|approves|approved|accept|release) (?:of |on |for )?(?:the |"
    r"our |your )?(?:\w+ ){0,2}(?:samples?|prototypes?|first articles?|fai|ppap|pilot|parts)|"
    r"(?:samples?|prototypes?|protos?|fai|first[- ]articles?|pilot(?: lot| run)?|parts|they|"
    r"units|pcs|pieces|lot|batch|goods|inspection|ppap|test|trial|report|validation|"
    r"qualification|[\d,]+(?: [a-z]+)?) "
    r"(?:is |are |have "
    r"been |being |has been )?(?:approved|accepted|signed off|pass(?:es|ed)?|released|qualified|"
    r"ok|okay)|(?:sample|pilot|prototype|fai|first article|ppap|tool|tooling|tool) (?:approval|"
    r"sign[- ]?off|acceptance|inspection)|"
    r"first[- ]article (?:inspection|approval)|\bfai\b|\bppap\b|written (?:[\w-]+ )?release|"
    # "lifted only by a written notice from me", "after the correction is signed off"
    r"written (?:notice|instruction|confirmation|approval|go-?ahead|order)|"
    r"\b(?:is|are|has been|have been|gets?|got) (?:signed off|approved|accepted|cleared)\b|"
    r"(?:separate|formal|explicit|dedicated|own|new|further|production) (?:written )?release|"
    r"release (?:notice|note|letter|document|email)|(?:revised|amended|new|updated|second|separate|"
    # (not the idiom "till further orders": until we say so)
    r"further|additional|production) (?:po|purchase order|order(?!s)|po line)|"
    r"po (?:revision|amendment|change)|internal approval|budget approval|management approval|"
    r"(?:our|internal|customer) (?:approval|sign[- ]?off)|approval (?:from|by) \w+|"
    r"release (?:from|by|signed by) \w+|"
    r"qualification|validation|test results?|inspection (?:report|results?)|"
    r"(?:acceptance|approval|sign[- ]?off) of (?:this |the |each |that )?(?:lot|batch|shipment|"
    r"delivery|"
    r"goods|first lot)|(?:new|next|separate) (?:[\w-]+ ){0,2}(?:form|notice|call-?off)|"
    r"further (?:[\w-]+ ){1,2}(?:form|notice|call-?off)|"
    r"(?:fit|drop|field|functional|function|leak|pressure|endurance|life|climate|vibration|"
    r"assembly|salt spray|burn-in|mock-?up|site|dimensional) (?:tests?|checks?)|"
    r"(?:sample|pilot|prototype|fai|test|trial|first article|first-off)s? (?:results?|report|"
    r"outcome|evaluation|review)|production po|production order)"
)
# A person or a specific role who may release.
# A surname, also with an apostrophe or a hyphen inside: "O'Shea", "Al-Momani"
_SURNAME = (
    # (after a particle: "Ciara Ó Briain", "Sanne de Vries", "Lars van Dijk")
    r"(?:(?:Ó|Ní|Nic|Mac|Mc|de|da|van|von|der|den|di|le|la|del|dos|du) )?"
    rf"[{_UP}](?:[{_LO}]*['-][{_UP}])?[{_LO}'-]+"
)
PERSON = re.compile(
    r"\b(?i:by|from|with|and|signed|sign-off from|approval from|until)\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|Mme|Mlle|M|Ma|Mag|Herr|Frau|Sig|Sra|Sr|Srta|Dña|Don|Ing|Lic|Arq|Prof|MUDr|JUDr|Mgr|"
    r"Dipl)\.?\s+)?"
    rf"(?P<name>[{_UP}][{_LO}]+(?:[ \n-](?:[A-Z]\.|{_SURNAME}))"
    rf"|[A-Z]\.\s?[{_UP}][{_LO}]+)"
    # (not a pronoun or a question word: "Who releases: Hélène Daviau", "It will be released")
    rf"|(?P<name2>\b(?!(?:Who|It|This|That|He|She|They|We|You|There|What|Which)\b)"
    rf"[{_UP}][{_LO}]+(?: [A-Z]\.| {_SURNAME})?|\b[A-Z]\. ?[{_UP}][{_LO}]+)"
    r"(?:\s*\([^()]{2,40}\))?(?: (?:sir|ji|sahab|madam|san))?"
    rf"(?:,? (?:our|the) [a-z ]{{3,40}},?|, (?:our|the) [A-Z]{{2,6}},|"
    rf", [{_UP}][{_UP}{_LO}&/ ]{{2,40}},)?"
    r" (?:alone |only )?(?:will|shall|must|may|can|is to|has to|is the one to|decides|releases|"
    # "hasta que Diego Hernández firme la prueba", "Ana Ruiz liberará el saldo"
    r"firme|firma|firmará|liberará|libera|"
    r"is the only (?:person|one) (?:who|that)|has sent|has given|has signed|"
    r"authori[sz]es|signs|approves|holds|sends|gives|issues)\b"
    # signed by a named person in the buyer's language: "commande révisée signée par M. Lionel
    # Berthod", "firmato da Ing. Paolo Conti", "firmado por Dña. Ana Ruiz", "assinado por Rui Sá"
    r"|\b(?i:sign[ée]e?s?|firmat[oaie]|firmad[oa]s?|assinad[oa]s?) "
    r"(?i:par|da|dal|dalla|por|pela|pelo) "
    r"(?i:(?:la|el|le|lo|il|o|a) )?"
    r"(?:(?:M|Mme|Mlle|Monsieur|Madame|Sig|Sig\.ra|Dott|Dott\.ssa|Ing|Sr|Sra|Dña|Dr|Dra|D|Eng)"
    r"\.?\s+)?"
    rf"(?P<name4>[{_UP}][{_LO}]+ {_SURNAME})"
    # "a later delivery schedule issued by Daniel Roche", "issued in writing by Dr Simone Achebe"
    r"|\b(?i:issued|signed|sent|given)\s+(?i:in writing\s+)?(?i:by)\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|Eng|Ing|Prof|Dott|Dott\.ssa|Sig\.ra|Sig)\.?\s+)?"
    rf"(?P<name6>[{_UP}][{_LO}]+ {_SURNAME})"
    # "written production release from Eng. Hadi Al-Momani, Plant Engineer": a named person
    # after the release itself
    r"|\b(?i:releas\w*|approval|go-?ahead|sign-?off)\b[^.;]{0,40}?\b(?i:from|by|"
    # "released only by written release of Mikko Laine"
    r"(?<=written release )of)\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|Eng|Engr|Ing|Mag|Prof|Ato|Mhandisi|Mwalimu|Alhaji|Sheikh|Dott|Dott\.ssa)"
    r"\.?\s+)?"
    rf"(?P<name5>[{_UP}][{_LO}]+ {_SURNAME})"
    # a surname after a title: "Written release will come from Mr. Yamamoto (Kobayashi Purchasing)"
    r"|\b(?i:releas\w*|approval|go-?ahead|sign-?off)\b[^.;]{0,40}?\b(?i:from|by)\s+"
    rf"(?P<name7>(?:Mr|Ms|Mrs|Dr|Herr|Frau|Mme|Sr|Sra)\.?\s+[{_UP}][{_LO}]+)"
    # ... or after a role: "the written release by Director Arakawa"
    r"|\b(?i:releas\w*|approval|go-?ahead|sign-?off)\b[^.;]{0,40}?\b(?i:from|by)\s+"
    rf"(?:Director|Eng|Engr|Ing|Prof)\.?\s+(?P<name11>[{_UP}][{_LO}]+)"
    # in the buyer's language: "liberación escrita de Pilar Sanz", "ordre de lancement écrit de
    # Hélène Garnier", "Freigabe durch Jens Hartmann"
    r"|\b(?i:liberaci[oó]n|libera[çc][ãa]o|lancement|d[ée]blocage|rilascio|"
    r"(?:produktions|serien)?freigabe)\b[^.;]{0,40}?"
    r"\b(?i:de|del|por|par|pela|pelo|da|di|von|durch)\s+"
    r"(?:(?:M|Mme|Sr|Sra|Dña|Dr|Dra|Ing|Eng|Herr|Frau|Dott)\.?\s+)?"
    rf"(?P<name8>[{_UP}][{_LO}]+ {_SURNAME})"
    # a release's label naming its person: "Production release for AT-180: Mr Lim Boon Huat"
    r"|\b(?i:releas\w*|liberaci[oó]n|libera[çc][ãa]o|freigabe)\b[^.;:\n]{0,40}:\s*"
    r"(?:(?:Mr|Ms|Mrs|Dr|Eng|Ing|Sr|Sra)\.?\s+)?"
    rf"(?P<name9>[{_UP}][{_LO}]+ {_SURNAME})"
    # one name's written release: "Pornthip's written release", "Dr. Hagedorn's written release"
    r"|(?:\b(?:Mr|Ms|Mrs|Dr|Director|Eng|Engr|Prof)\.?\s+)?"
    rf"(?P<name10>\b[{_UP}][{_LO}]{{2,}})'s (?:own |personal )?(?:written|formal|signed) "
    r"(?:production )?(?:release|approval|go-?ahead)\b"
    # a named person's release: "Sara Lee's written release", "Hemant Desai sir ka written release"
    rf"|(?P<name3>\b[{_UP}][{_LO}]+ {_SURNAME})"
    r"(?:'s| (?:sir|ji|sahab|madam|bhai) (?:ka|ki|ke)| (?:ka|ki|ke)) (?:own |personal )?"
    r"(?:written |formal |signed )?(?:production )?(?:release|approval|sign-?off|go-?ahead)\b"
)
ROLE = re.compile(
    r"\b(?:(?:purchasing|purchase|procurement|supply chain|supply|operations|ops|sqe|supplier "
    r"quality|engineering|quality|plant|"
    r"program|programme|project|production|sourcing|category|commercial|materials?|laboratory|"
    r"lab|technical|factory|site|logistics|finance|buying|general) (?:manager|"
    r"mgr|director|lead(?! ?times?\b)|head|officer|vp)|head of [a-z]+|release authority|"
    r"(?:vp|vice president) "
    r"[a-z ]{2,30}|(?:director|manager) of [a-z]+|(?:gm|dgm|agm)\b[ -]*(?:purchase|purchasing|"
    r"procurement|sourcing|operations|supply chain|materials)|"
    r"chief [a-z]+ officer|\bcpo\b|\bcoo\b|\bceo\b|\bcto\b|managing director|general manager|"
    r"authori[sz]ed signatory|buyer of record|(?:our|the) (?:lead )?buyer [a-z][a-z]+|"
    # the title in the buyer's language: "Jefa de Compras", "Responsabile Acquisti"
    r"(?:jef[ea]|director[a]?|gerente|diretor[a]?|responsable|responsabile|directeur|directrice|"
    r"leiter(?:in)?) (?:de |des |del |dos |da )?(?:compras|achats|acquisti|approvisionnements?|"
    r"einkaufs?|abastecimiento|suministros))\b"
)  # matched on lower-cased text (case-insensitive matching is several times slower)
# what a "Release authority" label may name that is no person: "Release authority | Sourcing
# department", "release authority: our management committee"
DEPARTMENT_AFTER = re.compile(
    r"\s*(?:[:|=-]|is|lies with)?\s*(?:our |the )?(?:[a-z&/']+ ){0,3}(?:department|dept\.?|team|"
    r"committee|board|office|function|desk|unit)\b"
)
NOT_NAMES = frozenset(
    [
        # an office named by its function: "approval by QC Wing", "the competent authority",
        # "our diretoria"
        "Wing",
        "Qc",
        "Competent",
        "Authority",
        "Cell",
        "Section",
        "Dept",
        "Division",
        "Desk",
        "Lab",
        "Diretoria",
        "Directorate",
        # whose release is no person's: "the Client's written release", "Company's"
        "Client",
        "Company",
        "Owner",
        "Employer",
        "Contractor",
        "Architect",
        "Consultant",
        "Headquarters",
        "Group",
        "Plant",
        "Factory",
        "Their",
        "His",
        "Her",
        "Purchasing",
        "Procurement",
        "Engineering",
        "Quality",
        "Operations",
        "Production",
        "Management",
        "Finance",
        "Sales",
        "Supply",
        "Chain",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "Your",
        "We",
        "They",
        "It",
        "Please",
        "Thanks",
        "Best",
        "Kind",
        "Regards",
        "Dear",
        "Hi",
        "Hello",
        "Cheers",
        "Sincerely",
        "Yours",
        "Rgds",
        "Thx",
        "Br",
        "Mit",
        "Ok",
        "Noted",
        "Team",
        "Sample",
        "Samples",
        "PO",
        "Po",  # (an upper-case printout's "RELEASE ONLY BY REVISED PO", title-cased)
        # departments: "issued by Store Development", "our Projects Department"
        "Development",
        "Store",
        "Department",
        "Office",
        "Committee",
        "Board",
        "Projects",
        "Sourcing",
        "Buying",
        "Merchandising",
        "Planning",
        "Logistics",
        "Only",
        "Revised",
        "Written",
        "Order",
        "Release",
        "Approval",
        "Material",
        "Balance",
        "Rev",
        "Part",
        "Qty",
        "Quote",
        "Delivery",
        "Line",
        "Note",
        "Notes",
        "Email",
        "Mail",
        "Customer",
        "Supplier",
        "Buyer",
        "Vendor",
        "Project",
        "Program",
        "Any",
        "All",
        "Each",
        "Only",
        "After",
        "Before",
        "Once",
        "Until",
        "If",
        "When",
        "Attached",
        "See",
        "Total",
        "Price",
        "Unit",
        "Subject",
        "From",
        "Date",
        "To",
        "Cc",
        "Re",
        "Fw",
        "Fwd",
        "Sign",
        "Signed",
        "Internal",
        "Written",
        "Separate",
        "Formal",
        "Head",
        "Director",
        "Manager",
        "Lead",
        "Engineer",
        "ISO",
        "PDF",
        "DOCX",
        "EUR",
        "USD",
        # "ON HOLD UNTIL FURTHER NOTICE" in a printout, title-cased
        "Further",
        "Notice",
        # purchasing in the buyer's language: "RELEASE OF BAL BY IBMN INKOOP"
        "Inkoop",
        "Einkauf",
        "Beschaffung",
        "Achats",
        "Approvisionnement",
        "Compras",
        "Suprimentos",
        "Acquisti",
        "Zakupy",
        "Inköp",
        "Innkjøp",
        "Indkøb",
    ]
)
RELEASE_CONTEXT = re.compile(
    # (and the words of the buyer's language: "libérée", "déblocage", "signée par", "rilascio")
    r"\b(?:lib[ée]r\w*|d[ée]bloc\w*|sign[ée]e?s?|rilasci\w*|firmat\w*|libera\w*|libert\w*|lancement|"
    r"assinad\w*|firmad\w*|"
    r"releas\w*|authori[sz]\w*|authority|unlock\w*|balance|remaining|rest|production|lift\w*|"
    r"issued by|in writing|only from me|the ok|the go-?ahead|"
    r"call[- ]?offs?|"
    r"sign[- ]?off|"
    r"approv\w*|hold)\b"
)

# ---------------------------------------------------------------- informational quantities

INFORMATIONAL = re.compile(
    r"\b(?:for (?:your )?(?:information|reference|planning|budgeting)(?: purposes)?(?: only)?|"
    r"informational|indicative|estimate[sd]?|estimation|forecast\w*|fcst|planning|budgetary|"
    r"not (?:yet )?(?:released|authori[sz]ed|ordered|covered|committed|part of)|on hold|"
    r"non[- ]binding|projected|potential|future|anticipated|expected|eau|"
    r"price breaks?|tier|moq|minimum order|refundable|rebate|reimburs\w*|subject to "
    r"(?:a )?(?:separate|written|later)|balance|remaining|if released|when released|upon "
    r"release|option(?:al)?|would be|would cost|could)\b"
)
QUOTE_DOC = re.compile(
    r"\b(?:quotation|quote (?:no|number|nr|#|ref)|our (?:offer|quote|quotation)|we are pleased "
    r"to (?:quote|offer|submit)|offer (?:no|number|nr)|valid(?:ity)? (?:for|until|\d)|price "
    r"breaks?|unit price|lead time|incoterms?|payment terms)\b"
)
PO_DOC = re.compile(
    # an EDI order: X12 850 ("ST*850*0001~"), EDIFACT ORDERS ("UNH+1+ORDERS:D:96A:UN"), also
    # printed ("EDI ORDERS D.96A - PRINT", "BGM 220  ORDER 2024-0745")
    r"(?:\bst\*850\*|\bunh\+[^+\n]*\+(?:orders|delfor|deljit):|\bedi orders\b|\bbgm[+ ]+220\b|"
    # (a PO number named with its value: "PO No. 4500-2270", not "delivery note with PO number")
    r"\bpurchase order\b|\bp\.?o\.? ?(?:no|number|nr|#)\b\.?\s*[:#]?\s*(?:is |will be )?"
    r"(?:[a-z]{1,5}[-/ ]?){0,3}\d|"
    r"(?m:^\s*po\s*[:#]?\s*\d)|"
    # "Our PO: COL-OC-7815" in a document's header
    r"\bour po\s*[:#]\s*(?:[a-z]{1,5}[-/])*\d|"
    r"\border (?:no|number|nr)\b\.?\s*[:#]?\s*\d)"
)
# A PO's heading line: "Tidewater Electronics - PO TW-24-0808", "ARCWELL | PO AW-0800 | 2024-09-09"
# (a short title, not a sentence that acknowledges or answers a PO).
PO_TITLE = re.compile(
    r"(?:^|\s[-|]\s|\|\s*|\s{2,})(?:po|p\.o\.|purchase order)\s*(?:no\.?|number|nr\.?|#)?\s*[:#]?"
    r"\s*[a-z]{0,4}-?\d[\w-]*"
)
# A PO's title in the buyer's language: "ORDINE DI ACQUISTO 24/0412", "Bon de commande 4800-2291"
FOREIGN_PO_TITLE = re.compile(
    r"^(?:\S+\s+){0,6}(?:ordine (?:di |d')?acquisto|bestellung|bon de commande|commande|"
    r"orden de compra|pedido(?: de compra)?|ordem de compra|encomenda|zam[oó]wienie|objedn[aá]vka|"
    r"megrendel[eé]s|inkooporder|bestilling|indk[oø]bsordre|best[aä]llning|sipari[sş]|narudžbenica|"
    # Swedish, Norwegian, Slovenian
    r"ink[oö]psorder|innkj[oø]psordre|naro[cč]ilnica|"
    # Romanian, Ukrainian, Russian, Estonian, Lithuanian, Latvian, Finnish
    r"comand[aă](?= furnizor| de achizi)|замовлення|заказ поставщику|tellimus|užsakymas|"
    r"pas[uū]t[iī]jums|ostotilaus)"
    r"\b[^\n]{0,60}\d"
)
ACK_TITLE = re.compile(
    r"\b(?:acknowledg\w*|(?:order )?confirmation|confirma\w*|best(?:ä|ae)tigung|conferma)\b"
)
DIRECTIVE = re.compile(
    r"\b(?:go[- ]ahead|go for it|proceed|please|pls|kindly|green[- ]?light|good to (?:go|run|"
    r"start)|"
    r"(?:you|supplier|vendor) (?:may|can|are (?:free|allowed|cleared) to)|start|begin|launch)\b"
)
REPORT_TITLE = re.compile(
    r"\b(?:status report|weekly report|weekly status|production report|progress report|"
    r"order status|status update|minutes|meeting notes|work order|job ticket|job card|"
    r"traveller|traveler|order acknowledge?ment|acknowledge?ment|order confirmation|"
    r"inspection report|test report|check report|audit report|qc report|packing list|"
    r"delivery note|mrp list|mrp run|material "
    r"requirements? plan(?:ning)?|"
    # a supplier's own plans and trackers: "Customer MIS report", "Capacity plan Q3-Q4 2024",
    # "MRP CALCULATION RESULT", "Order tracking"
    r"mis report|capacity plan|production plan(?:ning)?(?: sheet)?|planning sheet|"
    r"mrp calculation|order tracking|production status|material status)\b"
)
OTHER_DOC_TITLE = re.compile(
    r"^(?:\W*\w+\W+){0,2}(?:quot(?:e|ation)|cotizaci\w+|offer|angebot|offerta|proposal|"
    r"acknowledg\w*|order confirmation|status report|minutes|invoice|pro-?forma|forecast)\b"
)
NOT_PO_TITLE = re.compile(
    r"\b(?:acknowledg\w*|confirm\w*|accept\w*|receiv\w*|thanks?|re|fw|fwd|subject|status|update|"
    r"invoice|payment|advice|report|minutes|quot(?:e|ation)|offer|forecast|schedule|change|"
    r"cancel\w*|stop|packing list|delivery note|lieferschein|bill of lading|certificate|"
    r"dispatch note|shipping notice|proforma|pro-forma|challan|packing slip|goods receipt|"
    r"tender|rfq|request for quotation|invitation|enquiry|inquiry|"
    # a supplier's own planning records: "MRP / ZAPOTRZEBOWANIE MATERIAŁOWE", "Order book"
    r"mrp|material requirements?|order ?book|sipari[sş] defteri|zapotrzebowanie|"
    r"production plan|capacity plan|backlog|"
    # the supplier's pages for its customers: "Customer Portal", "Portal de Clientes"
    r"customer portal|kundenportal|portal de clientes|portal do cliente|area clienti|"
    r"customer mis|order status)\b"
)
# A PO's line-item table: a position/item column beside a quantity column.
PO_TABLE_HEADER = re.compile(
    r"^(?!.*\d)(?=.*\b(?:qty|quantity|menge|order qty|qté|qte|cant|cantidad|quantità|qtd)\b)"
    r"(?=.*\b(?:ln|line|ligne|l[ií]nea|pos|position|item|art[ií]culo|désignation|"
    r"teil|p/n|part|article|material)\b)(?!.*\b(?:phase|quarter|month|week|status|tier)\b)"
)
FORECAST_DOC = re.compile(
    r"\b(?:forecast|fcst|demand plan|rolling plan|planning schedule)\b[^\n]{0,200}?\b(?:non[- ]"
    r"binding|for (?:capacity |production |material )?planning|planning purposes|"
    r"not an? (?:order|po|commitment|purchase order)|"
    r"no commitment|"
    r"indicative|for information|not a release|without commitment|not binding)\b"
    r"|\b(?:non[- ]binding|for planning purposes|not an? (?:order|commitment))\b[^\n]{0,200}?"
    r"\b(?:forecast|fcst)\b"
)

# ---------------------------------------------------------------- the other risks

# Materials by name (polymers, elastomers, electronics, textiles) and material by weight.
_MORE_MATERIAL = (
    r"pp|hdpe|ldpe|pe|pbt|pet|petg|pvc|tpu|tpe|tpv|asa|pps|ppa|silicone|lsr|rubber|epdm|nbr|fkm|"
    r"epoxy|glass fib(?:re|er)|fabric|yarn|leather|foam|film|foil|components|pcbs?|bare boards|"
    r"chips|ics|cable|oak|wood|timber|lumber|linen|cotton|connectors|magnets|bearings|"
    r"wool|clay|glaze|zamak|plywood|birch ply|veneer|"
    r"pmma|acrylic|polycarbonate|(?:paper|carton|corrugated )?board(?!\s+(?:meeting|of\b|members?|"
    r"approv\w*|decision))|cardboard|"
    r"abs(?:-pc)?|(?<![-\d])pc|pa|alloys?|alloy charge|ferro-?\w+|scrap|ingots?|moulding sand|"
    r"(?:[\d.,]+ ?(?:t|tonnes?|tons?|kg|kgs|lbs?|drums?|sacks?|rolls?|yds?|yards?|m|metres?|"
    r"meters?|m2|sq ?m|ft|feet|sheets?|coils?|bales?) of (?:the )?\w+)"
)
MATERIAL_BUY = re.compile(
    r"\b(?:buy|bought|order(?:ed|ing)?(?!\s*(?:no\.?|number|nr\.?|#|:|\d))|procur(?:e|ed|ing)|"
    r"stock(?:ed|ing)? up|"
    r"purchas(?:e|ed|ing)(?! (?:manager|department|dept|team|director|officer|agent|lead|head|"
    r"requisition|commitment|order|orders|price|prices|terms|conditions|agreement|contract))|"
    r"stag(?:e|ed|ing)|reserv(?:e|ed|ing)|secur(?:e|ed|ing)|book(?:ed|ing)?|lay in|"
    r"arrang(?:e|ed|ing)|pre-?order(?:ed)?|call(?:ed)? off|bring in|get in|pull(?:ed|ing)?|"
    # the buyer inviting it: "feel free to pre-buy whatever board you need"
    r"pre-?buy|pre-?bought)\b[^.;]{0,40}?"
    r"\b(?:material|materials|resin|"
    r"powder|filament|bar stock|raw material|alumin(?:i)?um|steel|pellets|granulate|sheet metal|"
    r"castings|blanks|billets?|(?<!rolling )stock|pa12|pa 12|nylon|abs|polymer|compound|"
    r"bars?(?! top| code| chart| graph)|"
    r"rods?|"
    r"round stock|coils?|ingots?|brass|copper|titanium|pom|peek|pa6|pa66|"
    # sheets of material, not an approval sheet or a data sheet
    r"sheet(?<!approval sheet)(?<!data sheet)(?<!time sheet)(?<!spec sheet)(?<!cover sheet)"
    r"(?<!tally sheet)(?<!check sheet)(?<!result sheet)(?<!job sheet)(?<!work sheet)"
    r"(?<!test sheet)(?<!inspection sheet)(?<!signature sheet)(?<!sign-off sheet)"
    r"(?<!summary sheet)(?<!excel sheet)(?<!spreadsheet)s?|plates?|plate stock|"
    rf"tubes?|tubing|profiles?|extrusions?|wire|laminates?|granules?|{_MORE_MATERIAL})\b"
    r"|\b(?:material|materials|resin|powder|filament|bar stock|raw material|pellets|granulate|"
    # ("steel coil (50PN470, t0.5, 6.5 ton) for the balance 4,950 pcs has been staged",
    # "lamination coils approx. 14 MT received", "the ABS and TPE ... taken from stock and dried")
    rf"blanks|billets?|plates?|coils?|steel|{_MORE_MATERIAL}|"
    # "tube for series ordered early", "forgings for the full 240 clamps were delivered to us"
    r"bars?(?! code| chart| graph| top)|rods?|tubes?|tubing|forgings?|strip|melt stock|"
    r"alumin(?:i)?um|brass|copper|titanium)\b"
    r"(?:[^.;]|\.(?=\d)|(?<=approx)\.|(?<=\bca)\.){0,60}?"
    r"\b(?:has been |have been |is |are |was |were |already )?(?:already )?"
    r"(?:ordered(?! (?:on|under|via|per) (?:the |your |our )?(?:po|purchase))|bought|purchased|"
    r"procured|reserved|staged|secured|booked|arranged|in stock|"
    r"on order|taken from stock|delivered (?:to us|to our|from)|"
    r"arrived|received|came in|(?:already )?in (?:our|the) (?:warehouse|store|yard))\b"
    # whatever was bought, bought for a quantity: "we bought the oak for all 300 chairs",
    # in the supplier's language: "ya compramos la barra CW617N para las 6.000 piezas",
    # "abbiamo già ordinato l'acciaio per 1.200 pezzi", "nous avons acheté l'alu pour les 800"
    r"|\b(?:compramos|hemos comprado|compr[ée]|adquirimos|hemos pedido|encargamos|"
    r"abbiamo (?:già )?(?:ordinato|acquistato|comprato)|nous avons (?:déjà )?(?:command[ée]|"
    r"achet[ée])|comprad[oa]s?|adquirid[oa]s?|acquistat[oaie]|ordinat[oaie]|command[ée]e?s|"
    r"achet[ée]e?s)\b[^.;]{0,80}?\b(?:para|per|pour)(?: (?:las|los|el|la|le|les|i|il|todas las|"
    r"tutti i|tutte le|le lot complet de|el pedido completo de))? ?\d[\d.,]*(?: \d{3})?\b"
    # "chapa DC04 para 2.000 uds comprada", "Federstahl für 4.800 Stk bereits bestellt"
    r"|\b(?:para|per|pour|für) (?:las |los |el |la |les |le |i |il |todas las |tutti i |"
    r"tutte le |die |das )?\d[\d.,]*(?: \d{3})?\b[^.;]{0,40}?\b(?:comprad[oa]s?|"
    r"adquirid[oa]s?|bereits bestellt|bestellt|gekauft|beschafft|acquistat[oaie]|"
    r"command[ée]e?s?|achet[ée]e?s?)\b"
    # "placed orders for the long-lead components (...) for 5K units"
    r"|\b(?:bought|buy(?:ing)? already|already buy|ordered|purchased|procured|reserved|"
    r"secured|staged|stocked|dyed|sourced|pre-?ordered|grabbed|snapped up|picked up|locked in|"
    r"placed\s+(?:(?:the|an|our|all)\s+)?"
    r"(?:[\w-]+\s+){0,6}?orders?|"
    r"booked(?! (?:it |them |this |that )?(?:in|into|as|at|for|on|with)\b)|pre-?bought|"
    # material worked ahead: "cut them to length and anodised them", "melted the batch and drawn
    # the glass gobs", "billets for full 36 cut and heat treated", "we hold resin for 5,000"
    r"taken|cut|anodi[sz]ed|melted|drawn|cast|poured|forged|heat[- ]treated|issued|blanked|sawn|"
    r"sheared|holds?|holding|kept|stored|mixed|compounded|blended|prepared|pulled)\b"
    r"(?:[^.;]|\.(?=\d)|(?<=approx)\.|(?<=\bca)\.){0,80}?"
    r"\bfor (?:(?:call-offs?|releases?|lots?) \d|(?:all(?: of)?(?: the)? |(?:the )?(?:complete |"
    r"full |whole |entire |total |first |next |"
    r"remaining )?|)(?!(?:19|20)\d\d\b)[\d][\d.,]*(?: \d{3})?k?\b(?!/)|"
    r"(?:the )?(?:full|whole|entire|complete) "
    r"(?:[\w-]+ )?(?:bulk|quantity|qty|order|batch|run|production|lot|po|programme|program|"
    r"project|series|season)\b)"
    r"|\b(?:for|of) (?:the )?(?:full|whole|complete|entire) (?:[\d][\d.,]*(?: \d{3})?k?|lot|batch|"
    r"quantity|order|run|year)\b[^.;]{0,40}"
    r"\b(?:cut|heat[- ]treated|melted|drawn|forged|cast|poured|anodi[sz]ed|bought|purchased|"
    r"came in|arrived|in stock|on (?:your|the|our) shelf|in (?:our|your|the) (?:warehouse|store))\b"
    # material held for a count: "S355 steel coil for all 12,000 sets already arrive our
    # warehouse", "UD prepreg for 5,000 sticks already in the freezer"
    rf"|\b(?:material|resin|coils?|prepreg|cells|kits|foam|logs|{_MORE_MATERIAL}|steel|profiles?|"
    r"extrusions?|alumin(?:i)?um)\b[^.;]{0,30}"
    r"\bfor (?:all |the full |the whole |the entire |the complete )?"
    r"(?:[\d][\d.,]*(?: \d{3})?k?|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\b[^.;]{0,40}"
    r"\b(?:already|arriv\w*|in[- ]house|in (?:our|the|your) "
    r"(?:warehouse|freezer|stock|store|yard))"
    # whatever is named, held for the whole count: "acetate for the full 800 frames was ordered
    # today", "rims and spokes for all 600 sets already in our warehouse" (not an order, a
    # release, a slot or the parts themselves)
    r"|\b(?!(?:order|orders|po|pos|call-offs?|releases?|quot\w+|invoices?|shipments?|payments?|"
    r"deposits?|capacity|production|run|slots?|line|press|tool\w*|mou?lds?|samples?|parts|pcs|"
    r"units|pieces|delivery|deliveries|dates?|time|lead|test\w*|transport|trucks?|containers?|"
    r"space|labels?|it|them|this|that)\b)[a-z][\w-]+ for (?:all|the full|the whole|the entire|"
    r"the complete)(?: of the)? [\d][\d.,]*(?: \d{3})?k?\b[^.;]{0,40}?"
    r"\b(?:(?:is |are |was |were |has been |have been )?(?:already )?(?:ordered|bought|buy|"
    r"purchased|procured|booked|book|received|arrived|arrive|in[- ]house|in stock|on stock|"
    r"on order)|already in (?:our|the) (?:warehouse|stores?|yard|factory))\b"
    # a plan or status row: "Material purchase: 7075 bar for 6,000 pcs | 26.03. | ordered"
    r"|\b(?:material|resin|powder|bar stock|raw material) (?:purchase|order|procurement|buy)\b"
    r"(?=[^|\n]{0,60}\|[^\n]{0,40}\b(?:ordered|bought|purchased|done|placed|booked|received)\b)"
)
MATERIAL_BEYOND = re.compile(
    r"\b(?:full|whole|entire|complete|total|all|production|balance|remaining|rest of|series|"
    r"whatever|as much as|"
    r"volume|mass|the run|the batch|annual|year)\b"
    r"|\b(?:the|a) [\d.,]+k? (?:pcs |units |parts |pieces )?(?:run|batch|lot|order|series|build)\b"
)
MATERIAL_AUTHORITY = re.compile(
    r"\bmaterial authori(?:ty|ties|[sz]\w*)|\bcarr(?:y|ies) the liability\b|"
    r"\bauthori[sz]e\w* (?:you )?(?:to )?"
    r"(?:buy|order|purchase|procure|"
    r"stage|reserve)[^.;]{0,30}\bmaterial|\bmaterial (?:liability|commitment|release)\b|\bat our "
    r"(?:cost|liability|risk|expense)\b|\b(?:we|buyer) (?:will )?(?:accept|cover|carry|take|bear|"
    r"assume) (?:the |full )?(?:liability|cost|risk)\b|\bliable for (?:the )?material\b"
    # the buyer permitting it: "you may buy and hold yarn ... at Kingsley's liability"
    r"|\b(?:you|supplier|the supplier|vendor|the vendor) (?:may|can|is (?:authori[sz]ed|allowed) "
    r"to|are (?:authori[sz]ed|allowed|free|cleared) to) (?:now )?(?:buy|order|"
    r"purchase|procure|stock|hold|reserve|stage)\b|\bat [a-z][\w&.-]*(?: [a-z][\w&.-]*)?'s "
    r"(?:cost|liability|risk|expense)\b"
)
AUTO_CONVERSION_EXPLICIT = re.compile(
    r"\bauto[- ]?conver\w*|\bautomatically releas\w* \d"
    # "releases 300 production boards by itself, without a further written release"
    r"|\breleases? (?:[\w,.'-]+ ){0,4}?(?:by itself|automatically)"
)
# an offer, not a purchase ("we could buy the resin now"; "it would be smart to have the laminate
# on your shelf" is the buyer asking for it)
MODAL_OFFER = re.compile(
    r"\b(?:we|i|they) (?:could|would|might)\b|\bif you (?:want|wish|like|agree|prefer)\b|"
    r"\b(?:shall we|should we|may we|do you want|let us know if)\b"
    # "the plywood could be ordered this week"
    r"|\b(?:could|might) be (?:ordered|bought|purchased|procured|booked|reserved)\b"
)
_SAMPLE_THING = (
    r"(?:samples?|golden samples?|gs|fai|first[- ]articles?|pilots?(?: units| lot| run)?|proto\w*|"
    r"dvt|evt|pvt|ppap|psw|t1)"
)
_SAMPLE_OK = r"(?:ok|okay|o\.k\.|approved|accepted|signed off|pass(?:es|ed)?|fine|good)"
IMPLIED_AUTO = re.compile(
    # "acceptance of the initial samples ... shall be deemed to authorise serial production"
    # ("Approval of the pre-production samples shall be deemed authority to manufacture")
    r"\b(?:acceptance|approval|sign[- ]?off) of (?:the )?(?:initial |first |[\w-]+ )?(?:samples?|"
    r"prototypes?|first[- ]articles?|fai|ppap)\b[^.;]{0,60}\bdeemed (?:to (?:authori[sz]e|release|"
    r"approve|constitute)|(?:an? |the )?(?:authority|authori[sz]ation|release|instruction|order)\b)"
    # "with acceptance of the initial samples, the serial parts can now follow"
    r"|\bwith (?:the )?(?:acceptance|approval|sign[- ]?off) of (?:the )?(?:initial |first )?"
    r"(?:samples?|prototypes?|first[- ]articles?)\b[^.;]{0,40}\b(?:series|serial|production|"
    r"balance|rest)\b"
    r"[^.;]{0,30}\b(?:can|will|may|shall) (?:now )?(?:follow|start|begin|proceed|run)"
    # "no need to wait for the paper", "pas besoin d'attendre le papier"
    r"|\bno need to wait for (?:the |a |her |his |their |your )?(?:[\w-]+ )?(?:paper|paperwork|"
    r"release|po|written|signature)|\bpas besoin d'attendre\b"
    # "no need to wait for anything from me"
    r"|\bno need to wait for (?:anything|anyone)(?: (?:else|more|further))? from (?:me|us)\b"
    # the object before its verb, as in romanised Hindi/Urdu: "jaise hi Dr. sahiba samples
    # approve karti hain hum full lot 1,476 pcs start kar denge"
    r"|\b(?:agar|jaise hi|jab)\b(?:[^.;]|(?<=dr)\.){0,60}?\b(?:approv\w*|ok|okay|fine|theek|thik)\b"
    r"[^.;]{0,30}?"
    r"\b(?:full|rest|balance|remaining|lot|[\d,]+)\b[^.;]{0,30}?\b(?:start|run|chala|shuru)\w*"
    r"|\b(?:once|when|as soon as|if|upon|provided|with|(?:after|following)"
    rf"(?![^.;,]*\b{_DONE_EVENT}\b))\b"
    r"(?:[^.;]|(?<=dr)\.|(?<=mr)\.|(?<=ms)\.|(?<=mrs)\.){0,60}?"
    r"\b(?:approve[sd]?|approval|accept(?:s|ed)?|acceptance|signed off|sign[- ]?off|signs? off|"
    r"signs? (?:it|them|these|those) off|ok|okay|o\.k\.|"
    # "As soon as you sign the samples", "Once QA releases the samples"
    r"(?:sign|signs|signed|release|releases|released) (?:the |your |our )?(?:samples?|proofs?|fai|"
    # "as soon as Marieke signs the FA report", "once QA signs the FAT"
    r"ppap|psw|first[- ]articles?|prototypes?|fat|fair|fa(?= report)|(?:[\w-]+ )?(?:test )?report)|"
    # "once the PSW is signed we roll straight into the 2,475": a signed PSW is the approval
    r"(?:psw|ppap|warrant|sample|samples|first[- ]articles?|fai|report)(?: report)? (?:is |are |"
    r"has been |"
    r"have been |gets |get |got )?signed|"
    r"passe[sd]|"
    r"pass|good|fine|confirm(?:ed|s|ation)?|green light|happy|satisfied|pleased|cleared|through|"
    # "after FAI clearance by Mr. Iyer", "after the validation of the samples"
    r"clearance|validat(?:ion|ed|es)|"
    r"successful(?:ly)?|match|matches|"
    r"fit|fits|work|works|check out|measures? up|measured up|tick|thumbs[- ]?up|the nod|"
    r"looks? good|ok'd|okayed)\b(?:[^.]|(?<=mr)\.|(?<=dr)\.|(?<=ms)\.){0,50}?"
    r"(?:\b(?:proceed|go ahead|start|continue|run|launch|produce|move (?:on )?(?:in)?to|"
    r"shift (?:on )?to|arrange|schedule|plan|crank out|churn out|knock out|pump out|run off|"
    r"commence|"
    r"keep (?:\w+ ){0,2}(?:going|running|printing|producing|moving|rolling)|"
    r"(?:roll|move|go|jump|switch)(?: over)? (?:straight |directly |right |automatically )?(?:on )?"
    r"(?:in)?to|"
    r"convert|"
    r"switch|begin|kick (?:straight |right )?off|manufacture|print|build|make|ramp|"
    r"carry (?:straight |right )?on|(?:roll|carry|go) on with|crack (?:straight |right )?on|"
    r"go direct(?:ly)?|go straight|"
    # the trade's own verbs: "we weld the rest straight away"
    r"weld|mou?ld|cast|forge|machine|stamp|assemble|sew|extrude|bend|"
    # "the job drops straight into the production queue", "the 30k is released too"
    r"(?:drop|drops|fall|falls|slot|slots|feed|feeds|go|goes) (?:straight |directly |right )?"
    r"(?:in)?to|"
    rf"go on)\w*\b|{GO_IDIOM})[^.]{{0,60}}?"
    # "When sample OK, we print straight away"
    r"\b(?:straight away|right away|immediately|directly|production|the run|full|balance|"
    r"rest|remaining|series|volume|batch|order|\d|remainder|mass|all|bulk|hundred|thousand|mp)"
    # "we will start the balance of 396 automatically upon your FAI sign-off"
    r"|\b(?:start|run|begin|produce|launch|proceed with)\w*\b[^.;]{0,10}?\b(?:the )?(?:balance|"
    r"rest|remaining|series|production|mass production|full|bulk)\b[^.;]{0,25}?\bautomatically\b"
    # "flow straight from the prototype into the remaining 11 kiosks once Estates are happy"
    r"|\b(?:flow|roll|move|go|carry)\w* (?:straight|directly|right) (?:on )?(?:from [^.;]{0,40}? )?"
    r"(?:in)?to (?:the )?(?:rest|remaining|balance|production|series|bulk|mass|full|\d)"
    # "Once QA releases the samples, the 30k is released too"
    r"|\b(?:once|when|as soon as|if|upon)\b[^.;]{0,60}?\b(?:approv\w*|accept\w*|signs? off|"
    r"signed off|releases? (?:the )?(?:samples?|proofs?|fai|ppap|psw|first[- ]articles?)|ok|okay)\b"
    r"[^.;]{0,20}?,?\s*(?:the )?(?:rest|balance|remaining|remainder|series|\d[\d,.]*k?)\b"
    r"[^.;]{0,25}?\b(?:is|are) (?:then |also |automatically )?(?:released|approved|authori[sz]ed)"
    r"\b(?! (?:by|after|upon|only|when|once|separately|in writing))"
    # "assume you'll just roll on into the rest once QC signs": rolling on is the conversion
    r"|\b(?:roll|rolls|rolling|carry|carries|move|moves|go|goes|switch)(?: straight| directly|"
    r" right|"
    r" just)? on (?:in)?to (?:the )?(?:rest|remaining|balance|production|series|bulk|mass|full|"
    r"commercial|\d)\b"
    # samples approved by silence, then the balance: "Samples are deemed approved after 7 days
    # without comments and we shall proceed with the balance 480"
    r"|\bdeemed (?:to be |as )?(?:approved|accepted)\b[^.;]{0,80}?\b(?:proceed|start|continue|run|"
    r"produce|launch)\w*\b[^.;]{0,30}?\b(?:balance|rest|remaining|production|series|bulk|mass|mp|"
    r"\d)"
    r"|\b(?:roll|rolls|rolling)(?: straight| directly| right| just)? (?:in)?to (?:the )?"
    r"(?:main |whole |real |big )?(?:rest|"
    r"remaining|balance|bulk|series|mass|full|build|run|production|\d)\b"
    # "if the CB comes back clean, no need to wait on me" (not "fix both, no need to wait for me")
    r"|\b(?:if|once|when|as soon as)\b[^.;]{0,80}?\bno need to wait (?:on|for) (?:me|us)\b"
    # "when I sign the sample report you are good to run, no need to wait", "... no need to wait
    # on Wade" (not "no need to wait for the meeting")
    r"|\b(?:if|once|when|as soon as)\b[^.;]{0,80}?\b(?:good to (?:go|run)|proceed|run|go ahead|"
    r"rolling|start)\b[^.;]{0,40}?\bno need to wait(?= ?[,.;!]| ?$| (?:on|for) (?:him|her|them|"
    r"[a-z]+ ?(?:[,.;!]|$)|(?:the |a |any |her |his |my |our )?(?:release|paper\w*|po|signature|"
    r"written \w+|letter|documents?)\b))"
    # "when I approve the samples, that is your approval for the 58"
    r"|\b(?:once|when|if|after)\b[^.;]{0,60}?\b(?:approv\w*|signs? off|signed off|accept\w*|ok)\b"
    r"[^.;]{0,20}?,?\s*(?:that|this|it) (?:is|will be|counts as|means) (?:also )?(?:your|the) "
    r"(?:approval|release|go-?ahead|green light)\b"
    # "the 480 production sets are auto-scheduled on FAI approval"
    r"|\bauto[- ]?(?:scheduled|started|starts?|created|released|converted|launched)\b[^.;]{0,30}?"
    r"\b(?:on|upon|after|at|with|once|when)\b[^.;]{0,30}?\b(?:approv\w*|sign[- ]?off|signed off|"
    r"accept\w*|ok)\b"
    # "Following QA sign-off of the PQ report, the remaining quantity will be manufactured as
    # commercial lots without further customer notice"
    r"|\b(?:once|when|after|following|upon|on|if)\b[^.;]{0,60}?\b(?:approv\w*|accept\w*|"
    r"sign[- ]?off|signs? off|signed off|pass\w*|ok)\b[^.;]{0,160}?\bwithout (?:any )?"
    r"(?:(?:further|separate|additional|new|another) |waiting for (?:a |any |the )?"
    r"(?:further |new |separate )?)"
    r"(?:customer )?(?:notice|instructions?|paperwork|release|po|order|approval|documents?)\b"
    # "don't wait for paperwork from me, just keep the line running"
    r"|\bdon'?t wait for (?:the |any |a )?(?:paperwork|papers|written release|release|po)\b"
    # "please plan the press so that you can continue without interruption once our laboratory
    # has given its approval"
    r"|\b(?:continue|carry on|go on|proceed|run|produce|start|roll)\w*\b[^.;]{0,40}"
    r"\b(?:without (?:interruption|stopping|a break|delay|waiting)|straight|directly|right away|"
    r"seamlessly)"
    r"\b[^.;]{0,40}\b(?:once|when|after|as soon as|upon)\b[^.;]{0,40}"
    r"\b(?:approv\w*|sign[- ]?off|signed|accept\w*|pass\w*|ok)"
    # "plans to start the 10 series cabins immediately after Skagerak's FAI approval" (not
    # "so that we can start immediately after your sample approval": being ready)
    r"|\b(?:start|run|produce|launch|roll|continue)\w*\b[^.;]{0,40}\b(?:production|series|balance|"
    r"rest|remaining|bulk|mass|\d[\d,.]*)\b[^.;]{0,30}\b(?:immediately|right|directly) "
    r"(?:after|once|when|upon)\b"
    r"[^.;]{0,40}\b(?:approv\w*|sign[- ]?off|signed|accept\w*|pass\w*|ok)"
    # "once the customer has approved the mock-up, consider the 160 seat covers approved too"
    r"|\b(?:once|when|after|if|as soon as|on|upon)\b[^.;]{0,60}\b(?:approv\w*|signs? off|"
    r"signed off|accept\w*|"
    r"pass\w*)\b[^.;]{0,60}?,?\s*(?:consider|treat|take|regard)\b[^.;]{0,40}\b(?:approved|released|"
    r"authori[sz]ed|ok|good to go|confirmed)\b"
    # "once the PPAP is approved, we will take that approval as your approval for production"
    # "upon PSW approval, we will treat it as your production approval"
    r"|\b(?:approv\w*|sign[- ]?off|signed off|accept\w*|pass\w*)\b[^.;]{0,60}?"
    r"\b(?:take|treat|regard|consider|count)\w* (?:that|this|it|the|your)(?: (?:approval|"
    r"sign[- ]?off|ok|acceptance))? as (?:your |an? |the |our )?(?:production (?:approval|release|"
    r"go-?ahead|order|authori[sz]ation)|(?:approval|release|go-?ahead|order|authori[sz]ation) "
    r"(?:for|of|to) (?:the )?(?:production|series|balance|rest|run|remaining|mass))"
    # "the 10,000 pcs will be put into production automatically"
    r"|\b(?:put|released?|go(?:es)?|moved?|converted?|rolled?|taken) (?:(?:the |all )?[\w,.]+ "
    r"(?:[a-z]+ ){0,2})?(?:in)?to (?:mass |series |"
    r"serial )?production automatically\b|\bautomatically (?:be )?(?:put|released?|go(?:es)?|"
    r"moved?|converted?|rolled?|taken) (?:in)?to (?:mass |series |serial )?production\b"
    # "This approval also releases production", "With this approval the production of the
    # remaining 588 pcs is also approved"
    r"|\bthis (?:approval|sign[- ]?off|acceptance|disposition) (?:also |thereby )?(?:releases|"
    r"approves|authori[sz]es) (?:the )?(?:production|series|balance|rest|remaining|bulk|mass)"
    r"|\bwith this (?:approval|sign[- ]?off|acceptance)\b[^.;]{0,60}\b(?:production|series|"
    r"balance|rest|remaining|bulk)\b[^.;]{0,40}\b(?:is|are) (?:also |then |thereby )?(?:approved|"
    r"released|authori[sz]ed)\b"
    # "As the samples are approved by Riikka, we consider the series confirmed and we proceed"
    r"|\b(?:as|since|because|now that) (?:the |our |your )?(?:samples?|prototypes?|fai|"
    r"first[- ]articles?|pilots?)\b[^.;?]{0,20}?\b(?:are|is|were|was|have been|has been) "
    r"(?:now )?(?:approved|accepted|signed off|passed)\b[^.;]{0,40}?,\s*(?:we|you)\b[^.;]{0,30}?"
    r"\b(?:consider|start|proceed|launch|go ahead|run|produce|confirm)\w*\b[^.;]{0,30}?"
    r"\b(?:series|production|balance|rest|remaining|bulk|mass|\d[\d,.]*)\b"
    # "This sample sign-off is the green light for the 2 400 series"
    r"|\b(?:sample |fai |pilot )?(?:sign[- ]?off|approval|acceptance) is (?:the|our|your|also the) "
    r"(?:green light|go-?ahead|release|authori[sz]ation|start) (?:for|of) (?:the )?(?:[\d ,.]+ )?"
    r"(?:series|production|balance|run|mass production|rest)\b"
    # "the samples are approved, so please proceed with the production", "Rafael approved the
    # samples, so go ahead"
    r"|\b(?:samples?|prototypes?|protos?|fai|first[- ]articles?|pilots?)\b[^.;?]{0,30}?"
    r"\b(?:approved|accepted|signed off|passed)\b[^.;]{0,20}?,?\s*(?:so|therefore|hence)\b"
    r"[^.;]{0,20}?\b(?:please|pls|kindly|we|you|just)\b[^.;]{0,20}?\b(?:start|run|begin|launch|"
    r"produce|proceed|mov|go|roll)\w*\b[^.;]{0,40}?(?:\b(?:balance|rest|remaining|series|"
    r"production|mp|mass production|bulk|the run|batch)\b|\d[\d,.]*k?\b)"
    # "samples are approved, proceed with the run", "the samples are approved and please
    # proceed now with the series"
    r"|\b(?:samples?|prototypes?|protos?|fai|first[- ]articles?|pilots?)\b[^.;?]{0,30}?"
    r"\b(?:are|is|were|was|have been|has been) (?:now |all )?(?:approved|accepted|signed off|"
    r"passed)\b(?:,|,? and)\s*(?:please |pls |kindly )?(?:now )?(?:proceed|go ahead|start|"
    r"continue|carry on) (?:now )?(?:with )?(?:the )?(?:series|production|mass production|run|"
    r"balance|bulk)\b"
    r"|\b(?:approved|accepted|signed off|passed)\b (?:the |our |your )?(?:samples?|prototypes?|"
    r"protos?|fai|first[- ]articles?|pilots?)\b,?\s*(?:so|therefore)\s+(?:please |pls |just )?"
    r"(?:go ahead|proceed|carry on|crack on)\b\s*(?:[.!]|$)"
    # "for us, the approval of the samples is the approval of the series"
    r"|\b(?:approval|acceptance|sign[- ]?off) of (?:the )?(?:samples?|prototypes?|protos?|fai|"
    r"first[- ]articles?) is (?:also )?(?:the )?(?:approval|release|go-?ahead|order) (?:of|for) "
    r"(?:the )?(?:series|production|balance|rest|run|order)"
    # "the approval of the sample castings will be considered as release for the serial production"
    r"|\b(?:approval|acceptance|sign[- ]?off|ok) of (?:the |your |"
    r"our )?(?:[\w-]+ ){0,2}(?:samples?|"
    r"castings|prototypes?|protos?|fai|first[- ]articles?|strike-?offs?|proofs?)\b[^.;]{0,60}?"
    r"\b(?:(?:considered|deemed|treated|taken|regarded|counted|valid) as|constitutes?|amounts? to|"
    r"counts? as|serves? as|means?) (?:the |a |an )?(?:production )?"
    r"(?:release|order|go-?ahead|po|authori[sz]ation|"
    # "customer approval of the sample constitutes approval for mass production"
    r"approval (?:for|of) (?:the )?(?:mass |series |serial )?production)"
    # "with the release of the samples the series is released as well"
    r"|\b(?:with|by) (?:the )?(?:release|approval|acceptance|sign[- ]?off) of (?:the )?(?:[\w-]+ )?"
    r"(?:samples?|prototypes?|protos?|fai|first[- ]articles?)\b[^.;]{0,40}\b(?:series|production|"
    r"balance|rest|bulk)\b[^.;]{0,20}\b(?:is|are) (?:also |then |thereby )?released\b"
    # "mass production will start automatically by schedule below"
    r"|\b(?:production|series|mass production|the balance|the rest|the remaining|bulk|mp|pvt|"
    # "PVT 1,000 starts automatically when DVT passes", "the commercial batches follow
    # automatically", "phase 2 (4,980 pairs) starts automatically"
    r"phase \d+|commercial (?:batch(?:es)?|runs?|lots?|quantity)|\d[\d,.]*)\b[^.;]{0,40}"
    r"\b(?:will |shall |is to )?(?:start|begin|follow|run|proceed|commence|scheduled|planned|"
    r"released|launched|triggered|ordered|booked)s?\b[^.;]{0,10}"
    r"\bautomatically\b"
    r"|\b(?:sample|samples|prototype|fai|first article|ppap|psw|sms|pps|pp|golden sample)\s+(?:ok|"
    r"okay|approval|sign[- ]?off|acceptance)\b[^.;]{0,30}?(?:\b(?:is|means|equals|will be|"
    r"counts as|serves as|acts as|"
    r"automatically|also|becomes|triggers|starts|releases|release)\b|=)[^.;]{0,30}?\b(?:production|"
    # "SMS ok means bulk start", "Sample OK = MP start same day"
    r"release|the balance|the run|full|series|bulk|mp|mass)"
    r"|\b(?:roll|rolls|convert|converts|go|goes|move|moves) (?:straight |directly |automatically )"
    r"?(?:in)?to (?:production|series|full run|the full|mass production)"
    r"|\b(?:production|series|the run|the balance|full quantity|mass production)\b[^.;]{0,30}"
    r"\b(?:starts?|begins?|commences?|proceeds?|runs?|follows?|will (?:start|begin|follow|"
    r"commence|proceed|run))\b[^.;]{0,25}\b(?:once|when|after|upon|as soon as|following|on)\b"
    r"[^.;]{0,40}\b(?:approv\w*|accept\w*|signed off|sign[- ]?off|ok|pass\w*)"
    # the start first, the condition after: "you can start the 1,000 sets right after the
    # samples are OK"
    rf"|\b(?:start|run|begin|produce|make|build|launch|proceed with|go ahead with)\b[^.;]{{0,40}}?"
    rf"\b(?:rest|remaining|balance|production|series|mass|mp|bulk|full|\d[\d,.]*k?)\b[^.;]{{0,30}}?"
    rf"\b(?:(?:right|immediately|straight|directly) )?(?:after|once|when|as soon as|upon)\b"
    rf"[^.;]{{0,30}}?\b{_SAMPLE_THING}\b[^.;]{{0,20}}?\b(?:are |is |have been |has been |get |"
    rf"gets |look |looks )?{_SAMPLE_OK}\b"
    # an approval already given taken as the start: "your team confirm golden sample ok last
    # week, so we arrange MP for the balance from next Monday"
    rf"|\b{_SAMPLE_THING}\b[^.;]{{0,20}}?\b{_SAMPLE_OK}\b[^.;]{{0,40}}?\b(?:so|therefore|hence|"
    r"thus)\b[^.;]{0,20}?\b(?:we|you)\b[^.;]{0,15}?\b(?:arrange|start|run|begin|launch|schedule|"
    r"plan|proceed|go ahead|move|produce)\w*\b[^.;]{0,40}?\b(?:mp|mass production|production|"
    r"balance|rest|remaining|series|bulk)\b"
    # the paperwork after the start: "if the DVT units look fine when they land here, just keep
    # the line running and we'll do the paperwork after"
    rf"|\b(?:once|when|if|as soon as|after)\b[^.;]{{0,60}}?\b{_SAMPLE_OK}\b[^.;]{{0,80}}?"
    r"\b(?:paperwork|papers|the po|the release|formal release)\b[^.;]{0,20}?\b(?:after|later|"
    r"afterwards|to follow|will follow|follows)\b"
    r"|\bno need (?:for |of )?(?:a |any )?(?:new|further|separate|additional) (?:po|release|order|"
    r"approval)\b"
    r"|\bno (?:further|separate|additional|new) (?:po|release|approval|authori[sz]ation)\b"
    r"[^.]{0,30}"
    r"\b(?:needed|required|necessary)"
)
# The same roll-over in the writer's own language: "en cuanto su SQE firme el PSW arrancamos
# directo con las 480 restantes", "dès l'approbation du FAI on enchaîne avec les 390 pièces",
# "con la liberación del PPAP consideramos liberado también el saldo", "sobald die Muster
# freigegeben sind, starten wir die Serie": a condition, the approval, a start, the rest.
_F_WHEN = (
    r"en cuanto|tan pronto|una vez|apenas|con la|con el|al recibir|dès|des que|une fois|lorsque|"
    r"sit[ôo]t|avec l'|avec la|sobald|mit der|nach der|wenn|non appena|appena|una volta|con l'|"
    r"assim que|logo que|com a|quando|cuando"
)
_F_OK = (
    r"aprob\w*|liber\w*|firm\w*|autoriz\w*|visto bueno|approb\w*|valid\w*|accept\w*|sign[ée]\w*|"
    r"lib[ée]r\w*|freigabe|freigegeben|abnahme|abgenommen|genehmig\w*|approva\w*|benestare|"
    r"rilasci\w*|aprova\w*|assin\w*|ok"
)
_F_GO = (
    r"arranc\w*|empez\w*|inici\w*|comenz\w*|programa\w*|fabricamos|seguimos|continuamos|"
    r"lanzamos|consideramos|damos por|encha[îi]n\w*|lan[cç]\w*|d[ée]marr\w*|commen[cç]\w*|"
    r"produi\w*|fabriqu\w*|passons|poursuiv\w*|consid[ée]r\w*|starten|beginnen|fertigen|"
    r"produzieren|legen|laufen|partiamo|avvi\w*|procediamo|produciamo|iniziamo|come[cç]\w*|"
    r"produz\w*|partimos|rodamos"
)
_F_REST = (
    r"rest\w*|saldo|solde|reste|s[ée]rie|totalit\w*|gesamt\w*|producci[oó]n|production|"
    r"produktion|produzione|produ[cç][ãa]o|\d"
)
FOREIGN_IMPLIED_AUTO = re.compile(
    rf"\b(?:{_F_WHEN})\b[^.;]{{0,60}}?\b(?:{_F_OK})\b[^.;]{{0,60}}?\b(?:{_F_GO})\b"
    rf"[^.;]{{0,60}}?\b(?:{_F_REST})"
)
# "... nous attendrons votre libération écrite", "por escrito": the roll-over waits for a
# written release after all (unless it is waived: "sans attendre d'autre document")
FOREIGN_AUTO_SAFE = re.compile(
    r"\b(?:[ée]crit\w*|por escrito|schriftlich\w*|per iscritto|attendr\w*|esperar[ée]mos|"
    r"warten wir)\b(?<!sans attendre)"
)
FOREIGN_NEGATION = re.compile(r"\b(?:no|ne|n'|nicht|kein\w*|non|n[ãa]o|nunca|jamais)\b")
# A start drawn from an approval told the sentence before ("Arjun sir approved the samples
# yesterday in the video call right?" / "So we start the 784 busbars on Monday").
CONSEQUENT_ROLL = re.compile(
    r"\W*(?:\[[^\]]{0,30}\][^:]{0,60}:\s*)?(?:so|therefore|hence|thus|accordingly)\b[^.;]{0,20}?"
    # ("So please proceed with the production": the writer asks it)
    r"\b(?:we|you|please|pls|kindly)\b[^.;]{0,20}?"
    r"\b(?:start|run|begin|launch|produce|proceed|mov|go|roll)\w*\b"
    r"[^.;]{0,40}?(?:\b(?:balance|rest|remaining|series|production|mp|mass production|bulk)\b|"
    r"\d[\d,.]*k?\b)"
)
SAMPLE_APPROVED = re.compile(
    rf"\b{_SAMPLE_THING}\b[^.;?]{{0,30}}?\b(?:approved|accepted|signed off|passed|ok|okay)\b|"
    rf"\b(?:approved|accepted|signed off|passed|ok'?d)\b[^.;?]{{0,20}}?\b(?:the |our |your )?"
    rf"(?:\d+ )?(?:[\w-]+ )?{_SAMPLE_THING}\b"
)
# "bulk release comes from me in writing": a written release is the event
WRITTEN_RELEASE = re.compile(
    r"\breleas\w* (?:comes|will come|must come|only comes|is given|will be given)\b[^.;]{0,30}"
    r"\bin writing\b"
    # "I'll release them in writing", "I release those myself by email"
    r"|\breleas\w* (?:them|it|those|these|the balance|the rest)? ?(?:myself |himself |herself )?"
    r"(?:in writing|by e-?mail|by letter)\b"
    # "sent you an email with the go", "she'll email you herself to say go on the 40"
    r"|\be-?mail(?:ed)? (?:you )?(?:herself |himself |myself )?(?:with |to say )?(?:the )?(?:go|ok|"
    r"okay|green light|go-?ahead)\b"
    r"|\bsen[dt] you an e-?mail with the (?:go|ok|green light|go-?ahead)"
    # the release still to come from someone: "then Marc-André Lavoie sends you a written
    # release", "then the written release signed by Eng. Rui Machado"
    r"|\b(?:sends?|will send|issues?|will issue|gives?|signs?) (?:you )?(?:a |the |his |her |"
    r"our )?(?:written|formal|signed) (?:production )?release\b"
    r"|\b(?:then|after that) (?:the |a )?(?:written|formal|signed) (?:production )?release "
    r"(?:signed|issued|sent|given) by\b"
)
UNLOCK_NAMED = re.compile(
    # ("proto sign-off from our lab first, then Magnus Ek sends the written release")
    r"\b(?:samples?|pilot|prototypes?|protos?|fai|first[- ]articles?|ppap|test|trial|pp|lot) "
    r"(?:approval|sign[- ]?off|acceptance)\b"
)
AUTO_SAFE = re.compile(
    r"\b(?:we|i) (?:will|'ll|shall) (?:then )?(?:send|issue|give|provide|confirm|raise|place|"
    # "without a separate purchase order" waives the gate it names
    r"write)\b|\b(?:separate|written|formal)(?<!without a separate)(?<!without separate)"
    r"(?<!no separate)(?<!without a written)(?<!without written)(?<!no written)"
    r"(?<!need of separate)(?<!need for separate)(?<!need of a separate)(?<!need for a separate)"
    r"(?<!without a formal)(?<!no formal) (?:production )?(?:release|po|purchase order)|"
    r"\bdoes not\b|\bdoesn't\b"
    r"|\b(?:will|shall|does|is) not\b[^.]{0,20}\b(?:release|automatic|production)"
    # "following the sample sign-off, we release the full balance": a release made now
    r"|\b(?:we|i) (?:hereby )?(?:release|authori[sz]e)\b|\bis hereby (?:released|authori[sz]ed)\b"
    r"|\bin writing\b"
)
FORECAST_WORD = re.compile(
    r"\b(?:forecast\w*|fcst|projected|projection|estimated (?:annual |yearly )?(?:volume|usage|"
    r"demand|quantity|requirement)|eau|annual (?:volume|usage|demand|requirement|quantity)|"
    r"expected (?:volume|demand|quantity|annual)|yearly (?:volume|demand)|potential volume|"
    r"planned volume)\b"
)
FIRM_WORD = re.compile(
    r"\b(?:firm|binding|commit(?:s|ted|ting|ment)?|guarantee[sd]?|confirmed|obligat\w*|"
    r"(?:is|as|are|be|becomes|consider(?:ed)?|treat(?:ed)?|count(?:ed)?) (?:a |an |our |this |it "
    r"|as |as an? |as our )*(?:order|po|purchase order)\b|as the (?:order|po|purchase order)\b|"
    r"ordered|will (?:definitely )?(?:buy|take|"
    r"purchase|order|call off)|please (?:produce|build|start|run|make|print|plan production)|"
    r"(?:start|go ahead|proceed)\w*(?: with)? (?:the )?(?:production|run)|"
    # the supplier taking a forecast as ordered: "we confirm your order for 24,000 pcs"
    r"confirm\w* (?:your |the |our |this )?(?:order|po|purchase order)|"
    # "we thank you for your order of 80.000 foam pumps ... according to your forecast"
    r"your (?:annual |yearly |blanket )?order (?:of|for)|your order (?=\d)|"
    # "consider it locked in, you can plan your furnace campaign around it", "as if it were
    # ordered"
    r"locked in|lock (?:it|them|this|that) in|as if (?:it|they) (?:were|was) (?:ordered|firm)|"
    # "based on your forecast order of 50 000 labels": the forecast called an order
    r"order(?<=forecast order)|order(?<=forecasted order)|"
    r"(?:started|begun|began) (?:the )?production(?: planning)?)\b"
)
# A planning schedule (an X12 830 pasted as text, a forecast sheet) and the words that turn its
# periods into a commitment: "weeks 28-35 are firm commitments from our side, build to them".
SCHEDULE_DOC = re.compile(
    r"\b(?:forecast|fcst|planning schedule|demand plan|rolling plan)\b|\bbfr\*|\bfst\*|\b830\b"
)
PERIOD_REF = re.compile(
    r"\b(?:weeks?|wks?|cw|kw|months?|quarters?|q[1-4]|periods?|buckets?|these (?:quantities|"
    r"volumes|figures|numbers|lines)|(?:this|the) schedule|(?:all|every) lines?)\b"
)
FIRM_STRONG = re.compile(
    r"\b(?:firm|binding|commit(?:s|ted|ting|ments?)?|guarantee[sd]?|locked in)\b"
)
FORECAST_SAFE = re.compile(
    r"\b(?:non[- ]?binding|not (?:binding|firm|a (?:firm )?(?:commitment|order|po)|an order|"
    r"committed|confirmed|guaranteed|an? obligation)|no (?:commitment|obligation)|without "
    r"(?:commitment|obligation)|for (?:planning|information|capacity planning)|planning "
    r"(?:purposes|only)|only a forecast|forecast only|indicative|does not (?:constitute|"
    r"represent|create|mean)|not be (?:considered|treated|taken|construed)|no (?:firm )?order)\b"
)
# scheduling as an act, not "the first schedule" or "the delivery schedule"
SCHEDULE_ACT = (
    r"schedul(?:ed|ing)\b|schedule (?:the |production|it\b|them\b|your|our)|"
    r"(?:into|in|on|to) (?:our |the )?(?:production|manufacturing|shop|press|line) (?:schedule|"
    r"plan|queue)"
)
PAYMENT = re.compile(
    r"(?P<cause>\b(?:deposit|down[- ]?payment|prepayment|pre-payment|advance payment|payment|paid|"
    # (not a "glow wire 850 °C" test)
    r"(?<!glow )wire(?! \d)|remittance|proforma|pro-forma|transfer(?:red)?|lc|l/c|"
    r"letter of credit)\b|"
    r"\b(?:po|purchase order|order)\b"
    r"[^.;]{0,25}\b(?:acceptance|accepted|acknowledg\w*|confirmation|received|receipt|issued|"
    r"placed|signed|in place|is here|arrived|approved|released|covers)\b"
    r"|\b(?:confirm\w*|accept\w*|acknowledg\w*|received?) (?:your |the |our )?(?:po|purchase "
    r"order|order)\b"
    r"|\b(?:receipt|acceptance|acknowledg\w*|"
    r"confirmation) of (?:the |your |our |this |a |an )?(?:po|purchase order|order)\b)"
    r"(?:[^.;]|\.(?=\d)){0,80}?\b(?P<act>start\w*|begin\w*|began|commenc\w*|proceed\w*|go ahead|"
    r"launch\w*|go[- ]signal|green signal|signal (?:to|for) (?:start|go|the shop floor|the floor|"
    r"production)|release to manufactur\w*|"
    # "The opening of this L/C constitutes your authorization to manufacture the full quantity"
    r"(?:constitutes?|is|serves as|counts as) (?:your |the |our |an? )?(?:authori[sz]ation|release|"
    r"go-?ahead) (?:to|for) (?:manufactur|produc|start|begin|fabricat)\w*|"
    r"(?:= ?|as (?:the |a |our )?)production release|"
    # "we have accepted the PO in our system and so we arrange production 400pcs"
    r"arrange\w* (?:the |mass |series |full |bulk )?production|"
    rf"kick\w* off|{SCHEDULE_ACT}|(?:will|can|may|shall|'ll) (?:now )?(?:produce|print|make|build|"
    r"manufacture|run)|production (?:will|can|may|starts?|begins?|commences?)|releas\w* "
    r"(?:\w+ ){0,3}(?:to |for |into )?(?:production|manufactur\w*)|good to go|green light|"
    r"get going|get started|"
    r"carry on)"
    # "With the acceptance of this PO we consider series production authorised", "with deposit
    # the order is released"
    r"|\bwith (?:the )?(?:acceptance of (?:this |the |your |our )?(?:po|purchase order|order)|"
    r"(?:deposit|prepayment|advance payment|down[- ]?payment)(?: received| paid)?)\b[^.;]{0,60}?"
    r"\b(?:(?:is|are|as|considers?|consider(?:ed)?) (?:[\w-]+ ){0,3}(?:released|authori[sz]ed)|"
    r"start\w*|launch\w*|arrange\w* (?:the )?production)\b"
    # "since the order is accepted", "as the deposit is received" ("treat as order" is no cause)
    r"|\b(?:(?:since|because|now that) (?:the |your |our |this |that )?|(?:as|with) (?:the |your |"
    r"our |this |that ))(?:po|purchase "
    r"order|order|deposit|payment|prepayment|advance payment|advance|down[- ]?payment|dp|lc|l/c|"
    r"letter of credit)\b(?:[^.;]|\.(?=\d)){0,200}?\b(?:"
    rf"released?|start\w*|begin|commenc\w*|{SCHEDULE_ACT}|(?:is|are) planned|proceed\w*|"
    r"go ahead|run|"
    r"go[- ]signal|green signal|"
    r"launch\w*|kick\w* off|"
    r"authori[sz]ed to|(?:may|can) (?:now )?(?:produce|manufacture|make|build|print))\b"
    r"|\b(?P<act2>start\w*|begin|commenc\w*|proceed\w*|launch\w*|"
    r"production (?:will|can|may|starts?|"
    r"begins?|commences?)|production of (?:all |the )?[\d,.]+k? \w+ (?:will )?(?:start|begin|"
    r"commence)s?|(?:will|can|may|shall|'ll) (?:produce|print|make|build|manufacture|run)|"
    r"releas\w* (?:the )?production)"
    r"\b[^.;]{0,60}?\b(?:upon|after|once|when|as soon as|against|following|on receipt of|"
    r"as(?! per\b)|since|"
    r"because|now that) "
    r"(?:receipt of |"
    r"receiving |confirmation of )?(?:the |your |our )?(?:[\w%]+ ){0,2}(?P<cause2>deposit|"
    r"down[- ]?payment|advance|lc|l/c|letter of credit|"
    r"prepayment|advance payment|payment|po|purchase order|pro-?forma|order confirmation)\b"
)
# A payment or PO acceptance stated as done: "deposit received", "we paid the proforma",
# "tooling invoice paid", "your PO is accepted in our system".
PAY_DONE = re.compile(
    # "Since the whole job's paid for"
    r"\b(?:job|order|po|project|balance|everything|it)(?:'s| is| has been| was) (?:now |already )?"
    r"(?:fully |all )?paid\b|"
    r"\b(?:deposit|down[- ]?payment|prepayment|advance payment|advance|payment|proforma|pro-forma|"
    r"invoice|remittance|tt|t/t|swift)\b(?:[^.;!?]|\.(?=\d)){0,60}?\b(?:(?:is|was|has been|have "
    r"been|got) )?"
    r"(?:already |now |just )?(?:paid|received|transferred|wired|sent|made|settled|cleared|"
    r"remitted|went out|arrived|done|booked|credited|in|completed|effected|processed|executed|"
    r"left (?:our|the) (?:bank|account))\b"
    # in the buyer's language: "Die Anzahlung ... ist heute überwiesen worden", "forudbetalings-
    # faktura ... er betalt i dag", "el anticipo está pagado"
    r"|\b(?:anzahlung|vorauszahlung|vorausrechnung|forudbetaling\w*|aanbetaling|vooruitbetaling|"
    r"anticipo|acconto|acompte|deposit|advance|invoice)\b(?:[^.;!?]|\.(?=\d)){0,120}?\b(?:ist |er |"
    r"is |est |está |é )?(?:(?:heute |i dag |vandaag )?(?:überwiesen|bezahlt|betalt|betaald|"
    r"overgemaakt|pagad[oa]|pagat[oa]|payée?|versée?))\b"
    # "Your letter of credit was opened", "LC open"
    r"|\b(?:lc|l/c|letter of credit)\b[^.;!?]{0,30}?\b(?:(?:is|was|has been) )?(?:now |already )?"
    r"(?:opened|open|issued|established|in place|confirmed)\b"
    r"|\b(?:completed|made|effected|executed|processed|sent|released|arranged) (?:the |our |your )?"
    r"(?:full |advance |down |first |final )?(?:payment|deposit|prepayment|transfer|remittance|"
    r"wire)\b"
    r"|\b(?:paid|wired|transferred|settled|cleared|received|remitted|sent) "
    r"(?:the |your |our |a |an )?"
    r"(?:[\w%]+ ){0,4}(?:deposit|proforma|pro-forma|invoice|payment|down[- ]?payment|prepayment|"
    r"advance|lc|l/c|letter of credit)\b"
    r"|\b(?:po|purchase order|order)\b(?:[^.;!?]|\.(?=\d)){0,25}?\b(?:is |has been |was )?"
    r"(?:accepted|acknowledged|received|in place|arrived|entered|booked)\b"
)
# The writer received the PO or the money: the supplier's voice ("your PO is accepted in our
# system", "thanks for your deposit").
RECEIVED_BY_WRITER = re.compile(
    r"\byour (?:po|p\.o\.|purchase order|order|deposit|payment|prepayment|down[- ]?payment|"
    r"proforma)\b|\b(?:in|into) our (?:system|erp|books)\b|\bthanks? (?:you )?for (?:the |your )?"
    r"(?:po|order|deposit|payment)\b"
    # the payee speaking: "deposit received", "we received the payment"
    r"|\b(?:deposit|payment|prepayment|down[- ]?payment|advance payment|remittance|funds)\s+"
    r"(?:(?:has|have) been |is |was |were )?(?:received|arrived|credited|came in)\b"
    r"|\b(?:we|i) (?:have )?received (?:the |your )?(?:deposit|payment|prepayment|remittance)\b"
)
# A sentence in which a quantity is the one authorized now (see Doc.states_active).
ACTIVE_CONTEXT = re.compile(
    r"\b(?:releas\w*|authori[sz]\w*|approved|order(?:ed)?|po|p\.o\.|purchase order|call-?off|pi|"
    r"pro-?forma|"
    r"active|"
    # "D1 | Sample lot | 20 pcs delivered": the samples' own count
    r"maximum|max\.?|only|limited to|up to)\b"
    r"|\b(?:samples?|sample lot|pilot (?:lot|run|batch)|prototypes?|first[- ]articles?)\s*[|:]"
    # a PO's line: "Line 2: 50 T1 sample pieces", "Item 10 - 24 pcs"
    r"|^(?:line|item|pos\.?|position) \d{1,3}\s*[:-]"
)
# Production started or cleared to start, in the words either party uses.
START_ACT = re.compile(
    r"\b(?:start\w*|began|begin\w*|commenc\w*|proceed\w*|go ahead|launch\w*|kick\w* off|"
    r"(?:produce|print|make|build|manufacture|run) (?:all|the (?:full|whole|entire|rest|balance|"
    r"remaining|lot|batch|run)|[\d,.]+k?\b)|releas\w* (?:\w+ ){0,3}(?:to|for|into) (?:production|"
    r"the (?:shop )?floor|manufacturing|the line)|you(?:'re| are) (?:good|clear|set)\b|good to go|"
    r"green light|get going|get started|carry on|arrange (?:the )?(?:mass |series |bulk )?"
    r"production|"
    # "So you're released to build the 8 pilot motors"
    r"you(?:'re| are) (?:now )?released to (?:build|produce|start|make|manufacture|run|go)|"
    # "Consider this your go-ahead"
    r"consider (?:this|that|it) (?:as )?(?:your|our|the|a) (?:go-?ahead|green light|go|release)|"
    # the job put on the floor: "we have booked press time for week 24", "we've moved the job
    # to In Production", "So we continue MP now as usual"
    r"book\w* (?:the )?(?:press|line|machine|slot|capacity|autoclave|furnace)(?: time| slot)?|"
    r"mov\w* (?:the )?(?:job|order|it) (?:to|into) (?:in )?production|"
    r"continu\w* (?:the |with )?(?:mp|mass production|production|the run)|"
    # "we'll take that as our go", "acceptance of a purchase order is our release to manufacture"
    r"(?:take|treat)\w* (?:that|this|it) as (?:our |the |a |your )?(?:go|go-?ahead|green light|"
    r"signal|release)|release to (?:manufactur\w*|produc\w*|start)|"
    # the order flipped to production: "the order is released on our side", "the order is
    # live", "production confirmed", "loaded the complete programme into production"
    r"(?:the |your |this )?(?:order|po|job|programme|program)(?:'s| is| has been| was)? "
    r"(?:now )?(?:released|live)|production (?:is )?(?:confirmed|approved)|"
    r"load\w* (?:\w+ ){0,3}into production|confirms? the order for production)\b"
    rf"|{GO_IDIOM}"
)
# "Therefore, please start the mass production": a start drawn from what was said before.
CONSEQUENT_START = re.compile(
    # ("... transferred today the 40 % deposit. With this you have green light from our side.")
    r"\W*(?:therefore|thus|hence|accordingly|consequently|as a result|so|with (?:this|that)|"
    # "Somit können Sie mit der Serie starten", "Dus u kunt starten", "Derfor kan I starte"
    r"somit|daher|deshalb|dus|derfor|quindi|donc|por lo tanto|por eso)\b"
    r"[^.;]{0,30}?\b(?:start|begin|commence|proceed|produce|go ahead|launch|kick off|run|"
    r"green light|good to go)\w*"
)
PAYMENT_SAFE = re.compile(
    # ("please don't wait - you can start the series" negates the waiting, not the start)
    r"\b(?:does not|doesn't|do not|don't|is not|isn't|are not|aren't|will not|won't|never|no)\b"
    r"(?! (?:need to )?wait\b)[^.;]{0,30}\b(?:release|authori[sz]|mean|constitute|start|replace|"
    r"equal|count)"
    r"|\bregardless of\b|\bnot (?:a|an) (?:production )?release\b|\bindependent(?:ly)? of\b"
    # a gate, not a payment read as a start: "Only a PO signed by me starts the bulk", "We start
    # the production lot only after receiving your revised PO"
    r"|\bonly (?:a |the |our |your )?(?:new |revised |separate |signed )?(?:po|purchase order|"
    r"order|written release)\b|\bonly (?:after|once|when|upon)\b[^.;]{0,40}\b(?:revised|new|"
    r"separate|written|signed)\b"
    # a release cited with its author: "acknowledges PO 12: 500 pcs released for production
    # by Owen Price" names the buyer's release, not the payment, as the authority
    r"|\breleased (?:\w+ ){0,3}by (?!the (?:deposit|payment)|payment|receipt)\w"
    # "Neither this payment nor any deposit releases production", "Payment of this pro-forma
    # covers the sample lot only", "We will only start them after we receive your written
    # release", "waiting for your written release"
    r"|\bneither\b[^.;]{0,40}\bnor\b[^.;]{0,40}\breleas"
    r"|\b(?:covers?|is for|applies to)\b[^.;]{0,40}\b(?:samples?|sample lot|pilot(?: lot)?)\b"
    r"[^.;]{0,20}\bonly\b"
    r"|\b(?:after|once|when|until|upon|for)\b[^.;]{0,30}\bwritten (?:production )?release\b"
)

# Senses of "approval" and "release" (RG009): what the word is about, from its neighbours.
_TECH_THING = (
    r"(?:samples?|drawings?|dwg|design|fai|first articles?|ppap|psw|quality|engineering|"
    r"dimensional|technical|prototypes?|tool(?:ing)?|fit|cosmetic|functional|lab|inspection|"
    r"strike-?offs?|lab ?dips?|swatch(?:es)?|(?:press )?proofs?|first-?offs?|golden samples?|"
    r"artwork|colou?r|shade|t1|t2|trial|npi|dvt|evt|pvt|fat|pps|top samples?|size sets?|tests?|"
    # an engineering change and its drawing: "ECN-0415 ... is approved", "DRG rev 06"
    r"ec[nro](?:[- ]?\d[\w-]*)?|drg|engineering change|pilot|"
    # a process or a finish: "Suresh has approved the hot-dip galvanising"
    r"(?:hot-dip )?galvani[sz]ing|coating|plating|weld(?:ing)? procedure|wps)"
)
_PROD_THING = (
    r"(?:production|series|balance|remaining|rest|volume|run|batch|units|pcs|pieces|quantity|"
    r"remainder|mass production|manufacturing|\d[\d,]*)"
)
_PROD_WORD = (
    r"(?:production|series|balance|remaining|rest|volume|run|batch|units|pcs|pieces|quantity|"
    r"remainder|mass production|manufacturing|bulk)"
)
APPROVAL_TECHNICAL = re.compile(
    rf"\b{_TECH_THING} (?:[\w(),./|-]+ ){{0,3}}approv\w*|\bapprov\w* (?:of|for|by|on) (?:the |our |"
    rf"your )?"
    rf"(?:\w+ ){{0,2}}{_TECH_THING}\b|\bapproved {_TECH_THING}\b|\bapproved by (?:our )?"
    rf"(?:engineering|quality|the lab)"
    # the verb with its object: "the client approved the prototype booth yesterday"
    rf"|\bapprov(?:e|es|ed) (?:the|our|your|all|both) (?:[\w-]+ ){{0,3}}{_TECH_THING}\b"
)
APPROVAL_PRODUCTION = re.compile(
    rf"\bapprov\w* (?:of|for|to start) (?:the |our |your )?(?:\w+ ){{0,3}}{_PROD_THING}\b|"
    rf"\b(?:production|series|volume|run|balance|bulk|mass production)(?: \|| is| was| are| has "
    rf"been)? approv\w*|"
    # "the 56 production trolleys are approved too"
    rf"\b(?:production|series|bulk) [a-z-]+s (?:are|were|have been) (?:also )?approv\w*|"
    rf"\bapprov\w* (?:to|for) (?:start|produce|run|build|proceed|go ahead|manufacture|launch)"
    # "approved - crack on": the approval is the go-ahead
    r"|\bapproved\W{1,4}(?:crack on|go for it|good to go|run it)\b"
    # "approval will come in writing from Mr. Park": the written release still to come
    r"|\bapprov\w* (?:will (?:come|be given|be issued)|comes|is given) in writing\b"
)
_MONEY_THING = (
    r"(?:commercial(?:ly)?|po|p\.o\.|purchase order|price|pricing|budget|capex|finance|financial|"
    r"contract|quotation|quote|invoice|payment|cost|costing|cost sheet|spend)"
)
# Who gave an approval says what it was: "got approval from our CFO", "approved by QA"
APPROVAL_BY_MONEY = re.compile(
    r"\bapprov\w* (?:from|by) (?:our |the |your |customer's )?(?:cfo|ceo|coo|finance|financial|"
    r"controller|controlling|board|budget owner|management|accounting|treasury|gerencia|"
    r"direcci[oó]n|direzione|direction|gesch[äa]ftsf[üu]hrung|finanzas|finanças|finanza|"
    r"buchhaltung|comptabilit[ée]|"
    # "approved by the purchase committee in its meeting"
    r"(?:purchase|purchasing|procurement|tender|finance) committee)\b"
)
APPROVAL_BY_TECH = re.compile(
    r"\bapprov\w* (?:from|by) (?:our |the |your |customer's )?(?:qa|qc|quality|engineering|r&d|"
    r"lab|laboratory|metrology|design|sqe|modelist|modelista|designer|engineer)\b"
    # by a person, then the technical role: "approved by Rashid Khan, QA/QC engineer"
    r"|\bapprov\w* by (?:mr\.? |ms\.? |dr\.? |eng\.? )?[a-z.'-]+(?: [a-z.'-]+){0,2},? \(?(?:our )?"
    r"(?:qa|qc|qa/qc|quality|engineering|r&d|lab|laboratory|metrology|design|sqe|test|"
    r"technical)\b"
)
APPROVAL_COMMERCIAL = re.compile(
    rf"\b{_MONEY_THING} (?:[\w(),./|-]+ ){{0,4}}(?:is |was |has been )?approv\w*|\bapprov\w* (?:of|"
    rf"for|on) (?:the |our |your )?(?:\w+ ){{0,2}}{_MONEY_THING}\b|\bapproved by (?:our |the |"
    r"customer |customer's )?"
    r"(?:finance|purchasing|procurement|controlling|management|budget owner)"
    # by a person, then the money role: "approved by Tanja Kos, Finance Controller"
    r"|\bapproved by (?:mr\.? |ms\.? |dr\.? )?[a-z.'-]+(?: [a-z.'-]+){0,2},? \(?(?:our )?"
    r"(?:finance|controlling|controller|cfo|treasury|accounting|budget)\b"
)
RELEASE_COMMERCIAL = re.compile(
    r"\b(?:commercial|budget|capex|finance|contract|payment|invoice|funds?)\b(?: [\w.]+){0,2} "
    r"releas\w*|\b(?:customer )?(?:po|purchase order)\b[ \w.,-]{0,30}\|[^|\n]{0,30}\| releas\w*|"
    r"\breleas\w* (?:of |the )?(?:\w+ )?(?:budget|capex|funds|payment|invoice)\b"
    # "Your PO is released in our ERP system", "released in SAP (commercial release)"
    r"|\breleas\w* (?:\w+ ){0,2}in (?:our |the )?(?:erp|sap|system|portal|coupa|ariba|oracle|"
    r"jaggaer|visma|navision|dynamics|netsuite|odoo|infor|abas|proalpha|sage|ifs|epicor|syspro|"
    r"totvs|protheus|jde)\b"
    # SAP's purchase-order release strategy: "Release strategy Z2", "Overall release complete"
    r"|\brelease (?:strategy|indicator|code|group)\b|\boverall release\b"
    # a PO's status ("PO status: RELEASED"), a PO released by its approvers ("this PO was
    # released by finance under delegation of authority")
    r"|\b(?:po|order) status\s*[:|]?\s*releas\w*"
    # "Release status : freigegeben / released (Freigabestrategie K2, Stufe 2 von 2)"
    r"|\brelease status\s*[:|]?\s*(?:[\w]+ / )?releas\w*|\breleased\s*\(freigabestrategie\b"
    r"|\breleas\w* by (?:our |the )?(?:finance|controlling|accounting|purchasing|procurement|"
    r"management|budget owner|cfo)\b"
    # a record's row ("PO HW-PO-24-0655 | released | 2024-06-12"), "the PO is released now",
    # "our SAP release went through" (not a "Release status" header: a portal's status of
    # anything)
    r"|\b(?:po|purchase order)\s*(?:no\.?|#)?\s*[a-z]{0,4}[-/]?\d[\w/-]*[^|\n]{0,30}\|\s*"
    r"releas\w*(?!\s*(?:qty|quantity|\())"
    r"|\b(?:the |our |your )?(?:po|purchase order) (?:is|was|has been) (?:now )?released\b"
    r"|\b(?:sap|erp) release\b"
)
# "Our QC also released the 5 pcs samples": a quality department's release is technical
QUALITY_SUBJECT = re.compile(
    r"\b(?:qc|qa|quality(?: control| assurance| department| team)?|lab|laboratory|inspection)"
    r"(?: (?:team|dept|department|also|has|have|already|just))* $"
)
RELEASE_TECHNICAL = re.compile(
    # a deviation granted, a lot accepted at incoming inspection
    r"\brelease of (?:the )?deviation\b|\bdeviation release\b|"
    # "initial samples released by QA": a quality department's decision
    r"\breleas\w* by (?:our |the )?(?:[\w-]+ ){0,2}(?:qa|qc|quality|lab|laboratory|metrology|"
    r"engineering)\b|"
    r"\blot release\b(?<!pilot lot release)(?<!sample lot release)|"
    r"\b(?:drawings?|design|dwg|revision|plm|eco|ecn|engineering|cad|technical|"
    # ("drawing NV-48250 rev D as released": an identifier, not "sign-off", between)
    r"model|spec\w*|software|firmware|bom|"
    # "PPAP released by SQE", "the artwork V4 is released", "the lab report is released", "the
    # graded pattern is released"
    r"ppap|psw|artwork|(?:lab|test) reports?|(?:graded )?patterns?|tech ?packs?)\b"
    r"(?: [\w.]+| [a-z]*-?\d[\w.-]*){0,3} (?:as )?releas\w*|"
    r"\brev\.? ?[a-z0-9]{1,2}(?: (?:is|was|has been|got))? releas\w*|\breleas\w* "
    # "released after the design-verification sign-off" releases parts, not the design
    r"(?:(?!after|until|upon|once|following|when|before|by)\w+ ){0,2}"
    r"(?:drawings?|design|rev\b|revision|plm|eco|ecn|cad|model|spec\w*|software|firmware|bom)"
    # a record's row ("Drawing HB-D-7000 rev D | released"; not a PO's "sample | released" line,
    # which releases the samples to be made), samples released at incoming inspection
    r"|\b(?:drawings?|dwg|ppap|psw)\b[^|\n]{0,40}\|\s*releas\w*"
    r"|\breleas\w* (?:the )?(?:\w+ )?(?:samples?|prototypes?) (?:from|at|after) (?:the )?"
    r"(?:incoming )?inspection\b"
)
RELEASE_PRODUCTION = re.compile(
    rf"\breleas\w* (?:\w+ ){{0,3}}(?:for|to|into) (?:bulk |mass |series )?(?:production|"
    rf"manufacturing|series)|"
    rf"\b(?:production|series|volume) releas\w*|\breleas\w* (?:the |of the |of |it|them)?"
    rf"(?:\w+ )?{_PROD_THING}|\b(?:written|separate|formal|further|new) releas\w*|"
    rf"\b{_PROD_WORD}\b(?: \w+){{0,4}} releas\w*"
    # "production 30.000 trays is not released"
    r"|\bproduction [\d.,]+ [a-z]+ (?:is|are) (?:not )?released\b"
)

# A word that can state a release ("released", "authorized", "approved", "REL. QTY").
RELEASE_WORD = re.compile(
    r"\b(?:releas\w*|authori[sz]\w*|approved|rel\.|freigegeben|freigabe|call-?offs?|liberar|"
    r"liberamos|rilasciamo|rilasciano)|"
    r"\b(?:scope|escopo|alcance|umfang)\s*:"
)
# "approval"/"release" and the same words in the writer's language ("approvazione", "liberación",
# "Erstmusterfreigabe", "libéré", "vrijgave"): RG009 reads what each one refers to.
APPROVAL_WORD = re.compile(
    r"\bapprov\w*|\breleas\w*|\baprob\w*|\baprova\w*|\bapprob\w*|\bgenehmig\w*|\bgoedkeur\w*|"
    r"\bgoedgekeurd\w*|\bliberac\w*|\bliberaç\w*|\bliberad[oa]s?\b|\blib[ée]r[ée]\w*|"
    r"\blib[ée]ration\w*|\brilasci\w*|\b\w*freigabe\w*|\bfreigegeben\w*|\bvrijgave\w*|"
    r"\bvrijgegeven\w*"
)
# The English forms, whose sense the patterns below read; other forms are read by FOREIGN_SENSE.
ENGLISH_APPROVAL_FORM = re.compile(r"(?:approv(?:al|als|e|ed|es|ing)|releas(?:e|ed|es|ing))")
# The roots a word shares with its translation: "released (Freigabe)" is one term.
RELEASE_ROOTS = ("releas", "liber", "libér", "rilasci", "freigegeben", "vrijg")
_F_SAMPLE = r"campion\w*|muestras?|amostras?|[ée]chantillons?|\w*muster\w*|prototip\w*|prototyp\w*"
_F_TECH = (
    r"qualit\w*|calidad|qualidade|controllo|dimensional\w*|ppap|psw|fai|primer art[ií]culo|"
    r"premier article|primo articolo|empb|dibujos?|disegn\w*|planos?|zeichnung\w*|dessins?|"
    r"desenhos?|laborat\w*|labor|ingegneria|ingenier[ií]a|ing[ée]nierie|techni\w*|t[ée]cnic\w*|"
    r"tecnic\w*|modelist\w*|pruebas?|prove|essais?|ensayos?|ensaios?|pr[üu]f\w*|konstruktion\w*"
)
_F_COMM = (
    r"ordine|orden(?: de compra)?|oc|pedido|commande|bc|bestell\w*|auftrag\w*|encomenda|"
    r"direzione|direction|direcci[oó]n|gerencia|gesch[äa]ftsf[üu]hrung|finanz\w*|financ\w*|"
    r"presupuesto|budget|prix|precio|prezzo|preis\w*|cotizaci[oó]n|offerta|offre|angebot|"
    r"or[çc]amento|cota[çc][ãa]o|contrat\w*|vertrag\w*|compras|achats|acquisti|einkauf"
)
_F_PROD = (
    r"produzion\w*|producci[oó]n|production|produ[çc][ãa]o|produktion\w*|seri[ea]\w*|s[ée]ries?|"
    r"saldo|solde|resto|restant\w*|restmenge\w*|restlich\w*|lotto|lote|fabricaci[oó]n|"
    r"fabrication|fertigung\w*|massenproduktion"
)
FOREIGN_SENSE = re.compile(
    rf"\b(?:(?P<sample>{_F_SAMPLE})|(?P<technical>{_F_TECH})|(?P<commercial>{_F_COMM})|"
    rf"(?P<production>{_F_PROD}))\b"
)
# "approvato dalla direzione", "liberación del PPAP", "Freigabe der Erstmuster": the agent or the
# object right after the word says what it is
FOREIGN_SENSE_LINK = re.compile(
    r"\s+(?:(?:también|anche|aussi|auch|ook|também|ya|già|déjà|schon)\s+)?"
    r"(?:(?:da|dal|dalla|dallo|dai|dalle|della|dello|del|de|de la|du|des|der|von|vom|door|van|"
    r"por|por el|por la|par|par le|par la|pela|pelo|do)\s+)?(?:(?:nostro|nostra|nuestro|nuestra|"
    r"notre|nos|unser\w*|onze|nosso|nossa|il|la|le|el|lo|los|las|die|den|dem|the|our|l')\s*)*"
)
TECHNICAL = re.compile(
    r"\b(?:samples?|drawings?|dwg|design|fit|dimension\w*|fai|first article|ppap|quality|"
    r"engineering|prototypes?|cad|model|tolerances?|spec\w*|technical\w*|test\w*|inspection|"
    r"revision|rev|eco|ecn|cosmetic|functional)\b"
)
PRODUCTION = re.compile(
    r"\b(?:production|the run|full run|batch|balance|volume|series|manufactur\w*|remaining|"
    r"mass|serial|start building|\d{3,} (?:pcs|units|pieces|parts))\b"
)

PRODUCTION_GRANT = re.compile(
    r"\b(?:production|series|volume|balance|remaining|rest|remainder|full run|mass production|"
    r"the run|the batch)\b"
)
PAYMENT_CAUSE = re.compile(
    r"\b(?:deposit|down[- ]?payment|prepayment|advance payment|advance|payment|paid|wire|"
    r"remittance|po|purchase order|order|proforma|pro-forma|lc|l/c|letter of credit|dp|tt|t/t|"
    r"swift)\b"
)
# A word of payment or of the order in any of the corpora's languages: a payment or an order's
# acceptance read as a release (RG012) needs one somewhere in the bundle.
PAYMENT_OR_ORDER_WORD = re.compile(
    PAYMENT_CAUSE.pattern + r"|\b(?:acompte|anticipo|anzahlung|adiantamento|pagamento|pago|"
    r"paiement|zahlung|versement|virement|transferencia|bezahlt|pay[ée]e?s?|pagad[oa]|pagat[oa]|"
    r"acconto|bonifico|sinal|vorauskasse|vorkasse|ödeme|avans|zaliczk\w*|bc|bon de commande|"
    r"commande|pedido|orden de compra|bestellung|ordine|encomenda)\b"
    r"|定金|订金|预付|付款|货款|入金|前払"
)
IMPLIED_AUTO_KEY = re.compile(
    r"\b(?:once|when|after|as soon as|if|upon|following|provided|with|sample approval|"
    r"considered|deemed|treated|regarded|automatically|no need|constitutes?|amounts? to|sample ok|"
    r"sample sign|samples? acceptance|prototype approval|fai|first article|ppap|roll|rolls|"
    r"convert|converts|go|goes|move|moves|no further|no separate|no additional|no new|"
    r"acceptance|pas besoin|agar|jaise hi|jab|on approval|on acceptance|shift|psw|so we|so you|"
    r"no need|roll|rolls|flow|flows|deemed|without|wait|"
    r"therefore|hence|thus|carry|carries|continue|continues|means|seamlessly|directly|"
    r"commences?|released as well|this approval|this sign-off|this disposition)\b|="
)
# "I will send the release myself" / "I'll release the rest": the sender is the authority.
FIRST_PERSON_AUTHORITY = re.compile(
    r"\b(?:i|i'll|i will|i shall|i am the one to|only i|i've|i have)\b(?:\s*\([^()]{0,60}\))?"
    r"[^.;()]{0,25}"
    r"\b(?:release|authori[sz]e|"
    r"sign|send\s+(?:you\s+)?(?:(?:the|a|my)\s+)?(?:(?:written|formal|production)\s+)*(?:release|"
    r"approval|go-?ahead))\w*"
    # "Release of the rest is only by me."
    r"|\breleas\w*\b[^.;]{0,40}\b(?:only )?by me\b"
)
# "only my written release", "released by the undersigned", "a release from me": the writer is
# the authority, which names a person when the message is signed by one.
WRITER_AUTHORITY = re.compile(
    r"\bmy\s+(?:(?:own|next|new|written|formal|separate|explicit|production|personal)\s+)*"
    r"(?:release|"
    r"approval|authori[sz]ation|signature|sign[- ]?off|go[- ]ahead)\b|\b(?:by|from) me\b|"
    r"\b(?:the )?undersigned\b|\b(?:release|sign\w*|approv\w*)\b[^.;]{0,12}\bmyself\b"
    # "I'll ring + email you the OK myself"
    r"|\bthe (?:ok|go|go-?ahead|green light)\b[^.;]{0,12}\bmyself\b"
    # "not released until I send a revised PO", "then I will send the PO revision"
    r"|\b(?:i|i'll|i will) (?:then )?send (?:you )?(?:the |a |my )?(?:revised|new|amended|updated) "
    r"(?:po|purchase order)\b|\b(?:i|i'll|i will) (?:then )?send (?:you )?(?:the |a )?po "
    r"(?:revision|amendment)\b"
    # "Release of the rest is my call"; Korean "제가 written release 드리겠습니다" (I will give)
    r"|\bmy (?:call|decision)\b|\b제가[^.;]{0,20}release"
    # "signé par moi", "firmato da me", "firmado por mí", "assinado por mim"
    r"|\b(?:par moi|da me|por m[íi]|por mim)\b"
    # romanised Hindi/Urdu "main (Hardik) written release bhejunga": I will send
    r"|\bmain\b(?:\s*\([^()]{1,30}\))?[^.;]{0,30}\brelease\b"
)
# Who wrote a message: an e-mail's From name, a chat line's speaker, a signature line.
# (also an Outlook header in the writer's language: "Von:", "De:", "Da:", "Od:", "Från:", "Fra:")
# the small words inside names: "Maricel dela Cruz", "Jan van der Berg"
_PARTICLES = (
    r"(?: (?:de|da|del|dela|della|di|do|dos|das|du|van|von|der|den|le|la|bin|binti|al|el))*"
)
FROM_NAME = re.compile(
    r"(?m)^[ \t>]*(?i:from|von|de|da|od|fr[åa]n|fra|van):\s*\"?"
    rf"(?P<name>[{_UP}][\w.'-]+(?:{_PARTICLES} [{_UP}][\w.'-]+)+)"
)
QUOTED_FROM = re.compile(
    r"(?m)^[ \t]*>[ \t>]*(?i:from|von|de|da|od|fr[åa]n|fra|van):\s*\"?(?P<name>[^<\n\"]+)"
)
# A reply's attribution line: "On Jul 18, 2024, at 11:02 AM, Ruben Trevino <r@x.mx> wrote:".
WROTE = re.compile(
    # (with the particles of names; "9:03 AM Maricel dela Cruz" keeps its "AM", see _same_person)
    rf"(?P<name>[{_UP}][\w.'-]+(?:{_PARTICLES} [{_UP}][\w.'-]+)+)\s*"
    r"(?:<[^>\n]+>\s*)?(?:wrote|escreveu|schrieb|"
    r"a écrit|escribió|ha scritto|schreef|skrev|napisał):"
)
CHAT_SPEAKER = re.compile(rf"(?m)^\[[^\]\n]{{4,30}}\]\s*(?P<name>[{_UP}][{_LO}]+ [{_UP}][{_LO}]+)")
# Other chat exports: "Sophie Grant  12/06/2024 09:14" (Teams), "2024-02-05 11:02 Nina Holm:",
# "03-Jun-2024 10:02 | Dave Kowalski (Verdant Controls) | ..."
CHAT_SPEAKERS = (
    CHAT_SPEAKER,
    re.compile(
        rf"(?m)^(?P<name>[{_UP}][{_LO}]+ [{_UP}][{_LO}]+)\s+\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}"
    ),
    re.compile(
        r"(?m)^(?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}),? \d\d?:\d\d(?::\d\d)?"
        r"(?:\s?[AaPp]\.?[Mm]\.?)?\s+(?:-\s+)?"
        rf"(?P<name>[{_UP}][{_LO}]+ [{_UP}][{_LO}]+)\b"
    ),
    re.compile(rf"(?m)^[^|\n]{{5,25}}\|\s*(?P<name>[{_UP}][{_LO}]+ [{_UP}][{_LO}]+)\b"),
    # Telegram: "Turki Al-Shehri, [02.06.2024 09:05]"
    re.compile(rf"(?m)^(?P<name>[{_UP}][{_LO}]+ [{_UP}][\w'-]+), \[\d"),
    # Slack and phone exports: "Mon 10:02  Marcus Hill: PO 3350 sent.", "07:12  Aroha Ngata: ..."
    re.compile(
        r"(?m)^(?:[A-Z][a-z]{2}\s+)?\d\d?:\d\d(?::\d\d)?\s+"
        rf"(?P<name>[{_UP}][{_LO}]+ [{_UP}][{_LO}]+)(?:\s*\([^()\n]{{1,40}}\))?:"
    ),
    # LINE's export: "11:46\tKevin Lin\tProduction 1,200 pcs stays on hold."
    re.compile(rf"(?m)^\d\d?:\d\d\t(?P<name>[{_UP}][{_LO}]+ [{_UP}][{_LO}]+)\t"),
    # KakaoTalk's export: "[Kim Min-jun] [오후 3:08] Rest is on hold until DVT sign-off"
    re.compile(rf"(?m)^\[(?P<name>[{_UP}][{_LO}]+ [{_UP}][\w'-]+)\] \["),
)
SIGNATURE_LINE = re.compile(
    r"(?:signed:?\s*)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>(?:[A-Z]\.\s?)?[A-Z][a-zà-ÿ'-]+"
    r"(?: [A-Z][a-zà-ÿ'-]+){0,2})(?:,.*)?"
)
# "the PO for 100 samples", "order of 2,000 pcs", "released 50 units": a quantity stated as
# ordered or authorized, whoever writes it (RG011 compares these across documents).
STATED_ORDER = re.compile(
    r"\b(?:po|purchase order|order|release|authori[sz]ation|approval|pedido|encomenda|commande|"
    r"bestellung|ordine|zam[oó]wienie|oc)\b(?: de \w+)?(?: (?:no\.?|number|#)?"
    r" ?(?=[\w/.-]*\d)[\w/.-]{3,20})?"
    # "The OC 4500020230 went out today: forty (40) couplings"
    r"(?: (?:went|is|was) (?:out|sent)(?: today| yesterday| this morning)?(?=:))?"
    r"(?:(?: (?:is|was))?"
    # "PO 4500091540 is approved in SAP for 30 pairs"
    r"(?: (?:approved|released|raised|issued|created|placed)(?: in (?:sap|the system|our system|"
    r"erp|coupa|ariba|the portal))?)? (?:for|of|covering|covers)|:) "
    # "the 40 FAI pieces", "trescientas cincuenta (350) botellas": a number in words restated
    r"(?:the |only |just )?(?:[a-zà-ÿ]+ ){0,3}\(?$"
    r"|\b(?:released|authori[sz]ed|ordered|confirmed|acknowledged|approved|call-off(?: no\.?)?"
    r"(?: \d+)?) (?:quantity|qty)\b[\s:=]*$"
    # "qty ordered : 40 pcs", "Quantité commandée : 40"
    r"|\b(?:quantity|qty) (?:ordered|released|confirmed)\s*[:=]\s*$"
    # a supplier's confirmation: "We confirm: 300 pcs samples", "we confirm the order of 50"
    r"|\bwe (?:hereby )?confirm(?: (?:the|your) (?:order|po|purchase order)(?: of| for)?"
    # "We confirm production 1,050 pcs SB-250"
    r"| (?:the )?(?:production|manufacturing|delivery)(?: of)?)?\s*:?\s*"
    r"(?:the |only )?$"
    r"|\bquantit[ée] command[ée]e?\b[^:\n]{0,30}:\s*$"
)
RELEASE_DOC = re.compile(r"\b(?:release notice|production release|release no\.?|release #)")
NOUN_BEFORE = frozenset(
    [
        "a",
        "an",
        "the",
        "separate",
        "written",
        "formal",
        "your",
        "our",
        "this",
        "that",
        "any",
        "no",
        "production",
        "new",
        "further",
        "own",
        "final",
    ]
)
# Nouns for the parts themselves, as the object of a go-ahead.
PARTS_NOUN = re.compile(
    r"\b(?:parts|pieces|pcs|units|boards|pcbas?|brackets|housings|lot|order|quantity|qty)\b"
)
# Approvals and go-aheads about something other than production: "go ahead and send the
# invoice", "release the shipment for customs", "the budget was approved".
NON_PRODUCTION_OBJECT = re.compile(
    r"\b(?:invoices?|payments?|shipments?|shipping|customs|quotes?|quotations?|offers?|budgets?|"
    r"capex|expenses?|travel|trip|visit|meetings?|agenda|holidays?|vacation|leave|timesheets?|"
    r"accounts?|credit|paperwork|documents?|certificates?|artwork|colou?r chips?|forwarder|"
    r"courier|booking|reservation|cancellation|refund|return|rma|claim|vendor|new supplier|"
    r"supplier (?:status|list)|audit|nda|contract draft|price increase|proposal|plan|reports?|"
    r"test reports?|data ?sheets?|labels?|packing instructions)\b"
)
