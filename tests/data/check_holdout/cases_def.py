"""Case texts and labels for the held-out corpus. Rendered by build.py.

Written independently of the checker (its source, corpus and docs were not read).
Labelling conventions: see README.md.
"""
import datetime as dt

CASES = []


def case(name, expect, note, *files):
    CASES.append({"name": name, "expect": list(expect), "note": note, "files": list(files)})


def d(day, hour=9, minute=0, month=3):
    return dt.datetime(2024, month, day, hour, minute, tzinfo=dt.timezone(dt.timedelta(hours=1)))


DISCLAIMER = ("This e-mail and any attachments are confidential and may be privileged. If you are not the "
              "intended recipient, please notify the sender and delete it. Our general terms of purchase apply.")

QUOTE_HX = [
    ("h", "QUOTATION Q-24-0317"),
    "Fabrikat Additive GmbH, Industriestr. 12, 73730 Esslingen\nCustomer: Nordlicht Robotics AB\nPart: HX-200 housing, rev C, PA12 MJF",
    [["Pos", "Description", "Qty", "Unit price", "Total"],
     ["1", "Sample lot HX-200 rev C", "50 pcs", "EUR 18.40", "EUR 920.00"],
     ["2", "Production HX-200 rev C", "5,000 pcs", "EUR 6.10", "EUR 30,500.00"]],
    "Lead time samples: 8 working days. Production: 4 weeks after order.\nValidity: 30 days. Incoterms FCA Esslingen.",
]

# =========================================================================== CLEAN CASES

case("clean_po_note_sample_fully_scoped", [],
     "PO note names 50 sample pcs, says 5,000 production not released, event (sample sign-off) and person; quote shown informational",
     ("po_note.txt", "txt",
      "PO 4500123 - Nordlicht Robotics AB\n"
      "Supplier: Fabrikat Additive GmbH\n\n"
      "PO note:\n"
      "This PO covers 50 pcs of HX-200 rev C as SAMPLES ONLY. Please build these 50 pcs now.\n"
      "The production quantity of 5,000 pcs shown in your quotation Q-24-0317 is for information only and is "
      "NOT released; it remains on hold.\n"
      "Production will be released only by a written release from Anna Berg (Release Authority) after the "
      "sample sign-off by our engineering.\n"
      "Material authority: sample-only (do not buy material for production).\n"),
     ("quote_Q-24-0317.txt", "txt", QUOTE_HX))

case("clean_po_pdf_german_english", [],
     "German-English PDF PO: only 50 sample pcs released, balance 4.950 on hold, released by named person in writing after sign-off",
     ("Bestellung_4500991.pdf", "pdf", [
         ("h", "BESTELLUNG / PURCHASE ORDER 4500991"),
         "Kessler Antriebstechnik GmbH - Einkauf\nLieferant / supplier: Printworks s.r.o., Brno\nDatum: 05.03.2024",
         [["Pos.", "Material no.", "Description", "Scope", "Qty.", "Price"],
          ["10", "KA-7731", "Gear cover, PA12, rev B", "Sample", "50 pcs", "EUR 14,20"]],
         "Remarks: With this order only the sample quantity of 50 pcs is released. The balance of 4.950 pcs "
         "(quoted series quantity) stays on hold and is not released. The series quantity will be released only "
         "in writing by Herr Dr. Klaus Meier, Head of Purchasing, after the sample sign-off (Erstmusterfreigabe "
         "by our quality department).",
         "Material: only for the samples. Please confirm the order by return.",
         "Mit freundlichen Gruessen / best regards\nSabine Vogt, Einkauf"]))

case("clean_supplier_quote_production_prices", [],
     "supplier quote with sample and production tiers; a quote is not an authorization, no authorized quantity beside it",
     ("quotation_PW-2291.pdf", "pdf", [
         ("h", "Quotation PW-2291"),
         "Printworks s.r.o. - Brno\nTo: Kessler Antriebstechnik GmbH, Ms. Sabine Vogt\nPart: gear cover KA-7731 rev B",
         [["Quantity", "Process", "Unit price EUR", "Lead time"],
          ["20 pcs (samples)", "SLS PA12", "16.80", "1 week"],
          ["1,000 pcs", "SLS PA12", "7.90", "3 weeks"],
          ["10,000 pcs", "SLS PA12, dyed black", "5.40", "6 weeks"]],
         "Prices are valid 30 days from the date of this quotation. Payment 30 days net.",
         "We look forward to your order.\nPetr Dvorak, Sales"]))

case("clean_supplier_question_may_we_start", [],
     "supplier asks whether it may start production and buy material; a question, not an authorization",
     ("RE_HX-200_samples.eml", "eml", {
         "frm": "Tomas Keller <t.keller@fabrikat-additive.de>",
         "to": "Anna Berg <anna.berg@nordlicht-robotics.se>",
         "subject": "HX-200 rev C - samples shipped, next step?",
         "date": d(12, 14, 5),
         "text": "Hello Anna,\n\nthe 50 samples left our plant today with UPS (tracking 1Z9990000012345).\n\n"
                 "Question: may we start the production of the 5,000 pcs already, or do you want to wait for your "
                 "sample test? And should we buy the PA12 powder for the full lot now to secure the lead time?\n\n"
                 "Please advise.\n\nBest regards\nTomas Keller\nProject Management | Fabrikat Additive GmbH",
         "html": "auto"}))

case("clean_forecast_nonbinding_docx", [],
     "rolling forecast clearly labelled non-binding, not an order, no production or material authority",
     ("Forecast_2024_Q2-Q4.docx", "docx", [
         ("h", "Rolling forecast - Nordlicht Robotics AB"),
         "Supplier: Fabrikat Additive GmbH    Issued: 2024-03-01",
         "IMPORTANT: This forecast is non-binding and is provided for capacity planning only. It is not a "
         "purchase order and does not authorize production or the purchase of material.",
         [["Part", "Q2 2024", "Q3 2024", "Q4 2024"],
          ["HX-200 rev C", "1,500", "2,000", "1,500"],
          ["HX-210 rev A", "400", "600", "600"]],
         "Quantities in pieces. Firm requirements will follow by purchase order and written release.",
         "Contact: Lars Nyberg, Supply Planning"]))

case("clean_explicit_auto_conversion", [],
     "explicit recorded auto-conversion statement (named qty, who recorded it), balance otherwise on hold; must not be RG007",
     ("po_note_4500555.txt", "txt",
      "PO 4500555 / part BR-44 bracket, rev A\n\n"
      "Released now: 30 pcs sample lot. Please produce these 30 pcs.\n"
      "Balance: 970 pcs is not released and stays on hold until the sample sign-off.\n"
      "Auto-conversion (recorded 02 Mar 2024 by Priya Nair, Release Authority): an APPROVED sample sign-off by our "
      "Quality department releases the 970 pcs balance by itself; no further release document will be sent. "
      "An interim or rejected sign-off releases nothing.\n"
      "Material authority: sample-only until the sign-off.\n"))

case("clean_html_po_staged_material", [],
     "HTML PO: 100 pcs pilot released, 1,900 not released, written release by named person after PPAP, staged material authority 500",
     ("PO_78-20441.html", "html", [
         ("h", "Purchase Order 78-20441"),
         "Buyer: Meridian Medical SAS, Lyon\nSupplier: Atelier Usinage Rhone\nPart: MM-310 manifold block, Al 6061",
         [["Line", "Part", "Scope", "Quantity", "Unit price"],
          ["1", "MM-310 rev D", "pilot lot (sample)", "100 ea", "EUR 42.00"]],
         "Released now: 100 ea (line 1). The remaining 1,900 ea of the quoted production quantity are not released. "
         "They will be released only by a written release from Ms. Sophie Laurent (Release Authority) after the PPAP "
         "sign-off of the pilot lot.",
         "Material authority: staged, up to 500 ea of bar stock at Meridian's liability. Anything beyond is at the "
         "supplier's own risk.",
         "Sophie Laurent - Achats / Purchasing"]))

case("clean_signoff_fit_check_only", [],
     "engineering e-mail: 'sample approved for fit check only; production not released'; not an authorization; disclaimer mentions approval",
     ("Sample_disposition_HX-200.eml", "eml", {
         "frm": "Erik Lindqvist <erik.lindqvist@nordlicht-robotics.se>",
         "to": "Tomas Keller <t.keller@fabrikat-additive.de>",
         "cc": "Anna Berg <anna.berg@nordlicht-robotics.se>",
         "subject": "HX-200 samples - disposition",
         "date": d(18, 11, 40),
         "text": "Hi Tomas,\n\nthe samples were checked on the test rig today. Sample approved for fit check only; "
                 "production not released. Anna will come back to you separately about production.\n\n"
                 "Two snap hooks were a bit tight, see the attached photos in our portal.\n\n"
                 "Regards,\nErik Lindqvist\nMechanical Engineering\n\n--\n" + DISCLAIMER +
                 " No order is binding unless approved in writing by our purchasing department.",
         "html": "auto"}))

case("clean_release_letter_full_balance_pdf", [], 
     "release letter releases the full remaining 4,950 pcs, names the unlock event that happened and the authority; nothing left on hold",
     ("Release_R-0042.pdf", "pdf", [
         ("h", "PRODUCTION RELEASE R-0042"),
         "Nordlicht Robotics AB - to Fabrikat Additive GmbH\nOrder: HX-200 rev C housing / PO 4500123 rev 2",
         [["Field", "Value"],
          ["Quantity released by this release", "4,950 pcs"],
          ["Previously released (samples)", "50 pcs"],
          ["Total released after this release", "5,000 pcs (= full PO quantity; no balance remains)"],
          ["Unlock event", "sample sign-off APPROVED on 18 Mar 2024, report QR-118"],
          ["Authorized by", "Anna Berg, Release Authority"],
          ["Material authority", "full released quantity, 4,950 pcs"]],
         "Signed: Anna Berg, 20 March 2024"]))

case("clean_supplier_ack_scope", [],
     "supplier acknowledgement restating 25 sample pcs, balance not released, written release by named person after sample approval",
     ("Order_acknowledgement_7781.eml", "eml", {
         "frm": "Li Na <lina@shenzhen-rapidtech.cn>",
         "to": "Zhang Wei <zhang.wei@brightline-audio.com>",
         "subject": "Order Acknowledgement - PO 7781",
         "date": d(6, 8, 30),
         "text": "Dear Mr. Zhang,\n\nThanks for your PO 7781. We acknowledge the PO for 25 pcs samples only "
                 "(speaker grille SG-5, rev 2).\n\nWe understand the balance of 975 pcs is not released. We will not "
                 "purchase material or start production for the balance until we receive the written release from "
                 "you (Mr. Zhang Wei) after the sample approval.\n\nSamples ETD: 15 March.\n\nBest Regards\nLi Na\n"
                 "Sales Dept. | Shenzhen RapidTech Co., Ltd.",
         "html": "auto"}))

case("clean_teams_chat_scoped", [],
     "chat export: buyer limits to 10 proto pcs, 490 on hold until Priya's written release after fit test",
     ("teams_export_2024-03-07.txt", "txt",
      "[07/03/2024 10:02] Rohan Mehta (Supplier - Additiv3D): hi, PO received. shall we print all 500?\n"
      "[07/03/2024 10:05] Julia Brandt (Buyer): no pls\n"
      "[07/03/2024 10:05] Julia Brandt (Buyer): only the 10 proto pcs for now\n"
      "[07/03/2024 10:06] Julia Brandt (Buyer): rest (490) stays on hold, not released\n"
      "[07/03/2024 10:06] Julia Brandt (Buyer): it gets released only when Priya Sharma sends the written release after the fit test\n"
      "[07/03/2024 10:07] Rohan Mehta (Supplier - Additiv3D): ok understood, 10 pcs only. thx\n"
      "[07/03/2024 10:07] Julia Brandt (Buyer): 👍\n"))

case("clean_buyer_reply_no_to_quoted_question", [],
     "buyer answers a quoted 'can we go ahead with full 3000?' with a fully scoped no; the go-ahead words are only in the quoted question",
     ("RE_go_ahead_3000.eml", "eml", {
         "frm": "Jana Novak <jana.novak@velo-parts.cz>",
         "to": "Mark Ellis <mark@ellis-cnc.co.uk>",
         "subject": "RE: PO 450019 - can we go ahead?",
         "date": d(11, 16, 20),
         "text": "Mark,\n\nNo. PO 450019 covers 60 pcs of sample only, please make those 60 now.\n"
                 "The other 2,940 pcs are NOT released and remain on hold. They will be released only by a written "
                 "release from me (Jana Novak, release authority) after the sample sign-off.\n\nJana\n\n"
                 "-----Original Message-----\nFrom: Mark Ellis\nSent: Monday, 11 March 2024 15:02\n"
                 "> Hi Jana,\n> samples are almost done. Can we go ahead with the full 3000 pcs so we keep the machine\n"
                 "> set up? Green light from you would save us a second set-up.\n> Cheers, Mark"}))

case("clean_drawing_notes", [],
     "drawing notes: technical only; 'approved drawing' explicitly does not release production",
     ("drawing_notes_KA-7731_revB.txt", "txt",
      "DRAWING KA-7731 REV B - GEAR COVER\n\nNOTES:\n"
      "1. MATERIAL: PA12, SLS, NATURAL; BEAD BLAST.\n"
      "2. GENERAL TOLERANCES ISO 2768-mK UNLESS OTHERWISE STATED.\n"
      "3. CRITICAL DIMENSIONS MARKED (C) TO BE MEASURED ON EVERY SAMPLE.\n"
      "4. APPROVED DRAWING REV B. DRAWING APPROVAL IS TECHNICAL ONLY AND DOES NOT RELEASE ANY PRODUCTION QUANTITY.\n"
      "5. REMOVE ALL SUPPORT MATERIAL; NO SHARP EDGES.\n"))

case("clean_meeting_minutes_docx", [],
     "minutes record 40 sample pcs released, 3,960 on hold, event and release authority named",
     ("Minutes_2024-03-08_supplier_review.docx", "docx", [
         ("h", "Minutes - supplier review, 8 March 2024"),
         "Participants: M. Okafor (Buyer, Release Authority), D. Chen (Engineering), S. Kowalski (Supplier ops, PolyForm)",
         [["#", "Topic", "Decision / action", "Owner"],
          ["1", "Sample lot PF-12 clip", "Sample lot of 40 pcs released under PO 5511. PolyForm to build now.", "S. Kowalski"],
          ["2", "Production 3,960 pcs", "Remains on hold, not released. Unlock event: sample sign-off by Engineering. Release only by written release from M. Okafor.", "M. Okafor"],
          ["3", "Material", "Material authority sample-only.", "S. Kowalski"]],
         "Next meeting: 22 March 2024."]))

case("clean_caps_production_po_full_qty", [],
     "all-caps production PO for the full 250 pcs, states no balance remains and who authorized it",
     ("PO_889231.txt", "txt",
      "PURCHASE ORDER NO. 889231            DATE 04-MAR-2024\n"
      "VENDOR: 10442 ELLIS CNC LTD\n"
      "SHIP TO: VELO PARTS S.R.O. PLANT 2\n\n"
      "LN  ITEM       DESCRIPTION            QTY    UOM  UNIT     EXT\n"
      "01  BR-7       BRACKET ALU ANOD.      250    PCS  4.80     1,200.00\n\n"
      "SCOPE: PRODUCTION. THIS PO RELEASES THE FULL QTY OF 250 PCS FOR PRODUCTION. NO BALANCE REMAINS.\n"
      "RELEASED BY: R. SINGH, PURCHASING MANAGER (RELEASE AUTHORITY), AFTER FAI APPROVAL 28-FEB-2024.\n"
      "TOTAL: 1,200.00 GBP\n"))

case("clean_forecast_html_table", [],
     "HTML forecast headed 'FORECAST - NOT AN ORDER', quantities non-binding",
     ("forecast_brightline_2024.html", "html", [
         ("h", "FORECAST - NOT AN ORDER"),
         "Brightline Audio Ltd. - 12-month demand outlook for Shenzhen RapidTech\n"
         "All quantities are estimates, non-binding, and do not authorize production or material purchase.",
         [["Part", "Apr", "May", "Jun", "Jul", "Aug", "Sep"],
          ["SG-5 grille", "2,000", "2,000", "3,000", "3,000", "2,500", "2,500"],
          ["SG-7 grille", "500", "500", "800", "800", "800", "800"]],
         "Orders follow via PO and written release only."]))

case("clean_quote_email_with_pdf", [],
     "supplier sends quote PDF with production 8,000 pcs; non-authorization, no authorized quantity beside it",
     ("Quotation_ER-5521.eml", "eml", {
         "frm": "Mark Ellis <mark@ellis-cnc.co.uk>",
         "to": "Jana Novak <jana.novak@velo-parts.cz>",
         "subject": "Quotation ER-5521 - dropout DX-3",
         "date": d(1, 9, 45),
         "text": "Hi Jana,\n\nplease find attached our quotation ER-5521 for the DX-3 dropout.\n"
                 "We have quoted 40 samples and 8,000 pcs production; production prices are for your budgeting.\n\n"
                 "Cheers,\nMark Ellis\nEllis CNC Ltd | +44 121 555 0199",
         "html": "auto",
         "attachments": [("ER-5521.pdf", "pdf", [
             ("h", "Quotation ER-5521"),
             "Ellis CNC Ltd, Birmingham - to Velo Parts s.r.o.",
             [["Item", "Qty", "Unit GBP"], ["DX-3 dropout samples", "40", "22.00"],
              ["DX-3 dropout production", "8,000", "5.35"]],
             "Validity 45 days."])]}))

case("clean_po_docx_with_quote_informational", [],
     "DOCX PO for 100 sample pcs with attached quote showing 10,000: PO says quote quantity informational and not released, release by named person after sign-off",
     ("PO_3100456.docx", "docx", [
         ("h", "Purchase Order 3100456"),
         "Buyer: Braun Fluidtechnik AG\nSupplier: MouldTec Sp. z o.o.\nPart: valve body VB-90, rev A",
         [["Line", "Description", "Scope", "Qty", "Price"],
          ["1", "VB-90 valve body, injection moulded", "sample", "100 pcs", "PLN 9,50"]],
         "Note: the production quantity of 10,000 pcs shown in the attached quotation is informational only and is "
         "not released. The balance will be released only by a written release from Dieter Braun (Head of "
         "Purchasing) after the sample sign-off.",
         "Material authority: sample-only."]),
     ("quotation_MT-118.txt", "txt", [
         ("h", "MouldTec quotation MT-118"),
         [["Item", "Qty", "Unit price"], ["VB-90 samples (T1 shots)", "100 pcs", "PLN 9,50"],
          ["VB-90 series", "10,000 pcs", "PLN 2,10"]],
         "Tooling: PLN 38.000 (one-off)."]))

case("clean_indian_english_kindly_proceed_scoped", [],
     "Indian English 'kindly proceed with the 25 nos. samples only', balance on hold, released by undersigned in writing after QA approval",
     ("PO_IN-24-0877_note.eml", "eml", {
         "frm": "Rajesh Iyer <rajesh.iyer@sundaram-motors.in>",
         "to": "sales@precisa-moulds.in",
         "subject": "PO IN-24-0877 // sample order // fan shroud FS-2",
         "date": d(4, 12, 10),
         "text": "Dear Sir,\n\nWith reference to your quotation no. PM/Q/1123 dated 26.02.2024, please find our PO "
                 "IN-24-0877.\n\nKindly proceed with the 25 nos. samples only as per PO.\n"
                 "Kindly note the balance 975 nos. is not released and is on hold. Same will be released by the "
                 "undersigned (Rajesh Iyer, GM Purchase) in writing after sample approval from our QA.\n\n"
                 "Kindly acknowledge the receipt of PO.\n\nThanks & Regards,\nRajesh Iyer\nGM - Purchase\n"
                 "Sundaram Motors Pvt. Ltd., Hosur",
         "html": "auto"}))

case("clean_chinese_english_supplier_question", [],
     "supplier WeChat export asking if it can arrange mass production and buy material; questions only",
     ("wechat_export.txt", "txt",
      "2024-03-14 09:12 Li Na (RapidTech): Dear Mr. Zhang, the samples SG-5 is ready, photos as below.\n"
      "2024-03-14 09:12 Li Na (RapidTech): [Image]\n"
      "2024-03-14 09:14 Li Na (RapidTech): Please kindly confirm if we can arrange mass production for 20K pcs?\n"
      "2024-03-14 09:15 Li Na (RapidTech): Our material need 4 weeks, can we buy material now? Or wait your approval?\n"
      "2024-03-14 11:30 Zhang Wei (Brightline): Received, I will check with our team and reply tomorrow.\n"))

case("clean_release_letter_numbers_in_words", [],
     "PDF release with quantities in words: 500 released, 4,500 on hold until FAI sign-off, only named director can release",
     ("Release_letter_HS-01.pdf", "pdf", [
         ("h", "Release letter No. 01 - order AR-220 arm"),
         "From: Hannah Schulz, Director of Supply Chain, Alpenrad GmbH\nTo: CNC Bauer KG",
         "Under purchase order 7700-14 we hereby release five hundred (500) pieces of the AR-220 arm for production. "
         "Please produce these five hundred pieces now.",
         "The remaining four thousand five hundred (4,500) pieces are not released and remain on hold until the "
         "first-article inspection is signed off. Only a written release signed by Ms. Hannah Schulz, Director of "
         "Supply Chain, can release them.",
         "Material authority: staged up to five hundred (500) pieces.",
         "Signed: H. Schulz, 11.03.2024"]))

case("clean_stop_notice", [],
     "stop notice: nothing may start; not an authorization",
     ("STOP_notice_HX-200.txt", "txt",
      "STOP NOTICE - order HX-200 rev C (PO 4500123)\n\n"
      "Effective immediately, nothing more may start on this order, released or not, until this stop is lifted in "
      "writing by Anna Berg (Release Authority). Reason: field issue on snap hooks under investigation.\n"
      "Please confirm by return how many pcs are in process.\n"))

case("clean_supplier_deposit_not_release", [],
     "supplier thanks for deposit and states the deposit does not release production; waits for written release",
     ("RE_deposit_PO_7788.eml", "eml", {
         "frm": "Kavita Rao <kavita@rao-3dprint.in>",
         "to": "Oliver Grant <o.grant@grant-instruments.co.uk>",
         "subject": "RE: PO 7788 deposit",
         "date": d(13, 7, 55),
         "text": "Dear Oliver,\n\nDeposit received with thanks.\n\nWe understand that the deposit does not release "
                 "production. As per your PO note, only the 20 sample pcs are released; we will not start the 1,980 "
                 "production pcs until we receive your written release after the sample sign-off.\n\n"
                 "Warm regards,\nKavita Rao\nRao 3D Print Solutions, Pune"}))

case("clean_forwarded_scoped_po_note", [],
     "buyer forwards (message/rfc822) the scoped PO note and supplier ack to a colleague; all scoped",
     ("FW_PO_5511_ack.eml", "eml", {
         "frm": "M. Okafor <m.okafor@kestrel-devices.com>",
         "to": "D. Chen <d.chen@kestrel-devices.com>",
         "subject": "FW: PO 5511 - PF-12 clip sample order",
         "date": d(9, 10, 0),
         "text": "David, FYI - see forwarded mail below, PolyForm has acknowledged the sample scope. Nothing to do "
                 "for you until the samples arrive.\nMichael",
         "forwarded": {
             "frm": "M. Okafor <m.okafor@kestrel-devices.com>",
             "to": "S. Kowalski <s.kowalski@polyform.pl>",
             "subject": "PO 5511 - PF-12 clip sample order",
             "date": d(8, 15, 0),
             "text": "Dear Stanislaw,\n\nattached PO 5511 for the PF-12 clip. Scope: 40 pcs sample lot, please build "
                     "now. The production quantity of 3,960 pcs is not released and stays on hold until sample "
                     "sign-off by our engineering; it will then be released only by a written release from me "
                     "(Michael Okafor, release authority).\nMaterial authority: sample-only.\n\nBest regards\nMichael Okafor",
             "html": "auto"}}))

case("clean_interim_approval_docx", [],
     "interim sample approval with qty/date limit; release R-3 for 200 pcs signed by named authority; 1,800 balance not released",
     ("Interim_approval_D-12.docx", "docx", [
         ("h", "Interim sample approval / deviation D-12"),
         "Part: CL-88 cable clamp rev 3. Supplier: Dongguan Precision Plastics. Buyer: Harbor Marine Inc.",
         "Sample sign-off disposition: INTERIM - limited to 200 pcs, valid until 30 June 2024 (colour deviation accepted).",
         "Release R-3: 200 pcs released for production, signed by Chen Jing, Release Authority.",
         "The balance of 1,800 pcs is not released. A further release requires full PPAP sign-off and a written "
         "release from Chen Jing.",
         "Material authority: staged up to 200 pcs."]))

case("clean_html_po_material_sample_only", [],
     "HTML PO table with sample scope column and note holding balance, event and named authority",
     ("po_20240306_RT.html", "html",
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>PO 60-3318</title></head><body>\n"
      "<h1>Purchase Order 60-3318</h1>\n<p>Brightline Audio Ltd. &rarr; Shenzhen RapidTech Co., Ltd.</p>\n"
      "<table border=\"1\"><thead><tr><th>Line</th><th>Part</th><th>Scope</th><th>Qty</th><th>Unit USD</th></tr></thead>\n"
      "<tbody><tr><td>1</td><td>SG-7 grille rev 1</td><td>SAMPLE</td><td>30&nbsp;pcs</td><td>4.20</td></tr></tbody></table>\n"
      "<div class=\"note\"><p><b>Scope note.</b> Active quantity: 30 pcs (samples). Please make them now.</p>\n"
      "<p>The balance of 2,970 pcs is <u>not released</u> and is on hold. It will be released only by a written "
      "release from Zhang Wei (Release Authority) after sample sign-off.</p>\n"
      "<p>Material authority: sample-only.</p></div>\n</body></html>\n"))

case("clean_pdf_po_negations", [],
     "PO full of negations ('do not start the run', 'do not buy material beyond 40 pcs') with complete scope",
     ("PO_2024-117.pdf", "pdf", [
         ("h", "PURCHASE ORDER 2024-117"),
         "Grant Instruments Ltd -> Rao 3D Print Solutions\nPart GI-40 knob, rev C",
         [["Line", "Qty", "Scope", "Unit GBP"], ["1", "40 pcs", "sample", "3.10"]],
         "We authorize the 40 sample pcs only. We do not authorize production. Do not start the production run. Do "
         "not buy material beyond 40 pcs.",
         "The remaining 1,960 pcs of your quote are not released and stay on hold. They will be released only by a "
         "written release from Oliver Grant (Release Authority) after sample sign-off."]))

case("clean_minutes_txt_question_answered", [],
     "minutes: supplier asks 'may we start?', buyer answers no with full scope",
     ("minutes_weekly_call_2024-03-15.txt", "txt",
      "WEEKLY CALL - VELO PARTS / ELLIS CNC - 15.03.2024\n"
      "Attendees: Jana Novak (VP, release authority), Petr Svoboda (VP QA), Mark Ellis (Ellis CNC)\n\n"
      "1. DX-3 dropout samples: 40 pcs delivered Tue. QA measuring this week.\n"
      "2. Mark asked: may we start the 7,960 pcs production to keep the machine slot?\n"
      "   Answer (Jana): no. Only the 40 samples are released. The 7,960 pcs are not released and stay on hold\n"
      "   until QA sign-off; then Jana sends the written release.\n"
      "3. Material: Ellis CNC will not buy bar stock beyond the samples.\n"
      "AOB: none.\n"))

case("clean_eml_html_table_scoped", [],
     "multipart/alternative e-mail with HTML table; 12 proto pcs released, balance on hold, written release by named person after fit test",
     ("Order_confirmation_GX-9.eml", "eml", {
         "frm": "Wang Fang <wang.fang@harbor-marine.com>",
         "to": "Chen Jing <chen.jing@harbor-marine.com>, sales@dg-precision.cn",
         "subject": "PO 90-441 GX-9 prototype order",
         "date": d(5, 17, 30),
         "text": "Dear DG Precision team,\n\nPO 90-441 line 1: GX-9 gasket, 12 pcs prototype. Please make these 12 pcs now.\n"
                 "Balance 1,188 pcs: NOT released, on hold. Release only in writing by Chen Jing (Release Authority) "
                 "after the fit test sign-off.\n\nRegards\nWang Fang, Buyer",
         "html": "<html><body><p>Dear DG Precision team,</p><table border='1'><tr><th>Line</th><th>Part</th><th>Qty</th><th>Scope</th></tr>"
                 "<tr><td>1</td><td>GX-9 gasket</td><td>12 pcs</td><td>prototype - please make now</td></tr></table>"
                 "<p>Balance 1,188 pcs: <b>NOT released</b>, on hold. Release only in writing by Chen Jing (Release "
                 "Authority) after the fit test sign-off.</p><p>Regards<br>Wang Fang, Buyer</p></body></html>"}))

case("clean_quote_docx_tiers", [],
     "supplier quote DOCX with 100/1,000/10,000 tiers; not an authorization",
     ("Angebot_2024-0442.docx", "docx", [
         ("h", "Angebot / Quotation 2024-0442"),
         "CNC Bauer KG - for Alpenrad GmbH, Frau Schulz\nArticle: AR-220 arm, 7075-T6",
         [["Menge / qty", "Stueckpreis / unit price", "Lieferzeit / lead time"],
          ["100 Stk.", "EUR 31,00", "2 weeks"], ["1.000 Stk.", "EUR 18,50", "5 weeks"],
          ["10.000 Stk.", "EUR 12,90", "10 weeks"]],
         "Gueltig 4 Wochen. Zahlung 30 Tage netto.\nMit freundlichen Gruessen, Josef Bauer"]))

case("clean_supplier_material_per_staged_authority", [],
     "PO gives staged material authority 1,000 pcs; supplier buys material for 1,000 per that authority",
     ("PO_note_AR-220.txt", "txt",
      "PO 7700-15 note (Alpenrad GmbH):\n"
      "Released now: 1,000 pcs AR-220 arm (release R-02, signed by Hannah Schulz). Please produce them now.\n"
      "Balance of 3,500 pcs not released; on hold until the line trial is signed off, then released only by a "
      "written release from Hannah Schulz.\n"
      "Material authority: staged up to 1,000 pcs at Alpenrad's liability.\n"),
     ("RE_material.eml", "eml", {
         "frm": "Josef Bauer <j.bauer@cnc-bauer.de>",
         "to": "Hannah Schulz <h.schulz@alpenrad.de>",
         "subject": "AR-220 - material ordered",
         "date": d(20, 8, 0),
         "text": "Guten Morgen Frau Schulz,\n\nas per the staged material authority in PO 7700-15 we have ordered "
                 "7075 bar for 1,000 pcs (not more). Delivery of bar on 27.03.\n\nMfG\nJosef Bauer"}))

# =========================================================================== FINDING CASES
# --- RG001 family: sample authorization + larger quantity shown, nothing says it is not released

case("rg001_po_txt_with_quote_txt", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 50 pcs bundled with a quote showing 5,000 production; no not-released/event/authority wording",
     ("po_4500777.txt", "txt",
      "PURCHASE ORDER 4500777\nNordlicht Robotics AB -> Fabrikat Additive GmbH\n\n"
      "Line 1  HX-300 housing rev A, samples   50 pcs   EUR 19.10\n\n"
      "Delivery: 15 working days. Reference: your quotation Q-24-0402 (attached).\n"
      "Please confirm.\nAnna Berg\n"),
     ("quote_Q-24-0402.txt", "txt", [
         ("h", "QUOTATION Q-24-0402"), "Part: HX-300 housing rev A",
         [["Pos", "Description", "Qty", "Unit price"], ["1", "Samples", "50 pcs", "EUR 19.10"],
          ["2", "Production", "5,000 pcs", "EUR 6.40"]]]))

case("rg001_po_pdf_with_quote_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "PDF sample PO (20 pcs) plus PDF quote with 10,000 pcs production tier; PO silent on balance/event/authority",
     ("PO_4500992.pdf", "pdf", [
         ("h", "BESTELLUNG / PURCHASE ORDER 4500992"),
         "Kessler Antriebstechnik GmbH -> Printworks s.r.o.",
         [["Pos.", "Material", "Description", "Qty.", "Price"], ["10", "KA-7731", "Gear cover rev B, Muster / samples", "20 pcs", "EUR 16,80"]],
         "According to your quotation PW-2291. Please confirm the delivery date.",
         "Sabine Vogt, Einkauf"]),
     ("quotation_PW-2291.pdf", "pdf", [
         ("h", "Quotation PW-2291"),
         [["Quantity", "Unit price EUR"], ["20 pcs (samples)", "16.80"], ["10,000 pcs", "5.40"]]]))

case("rg001_html_po_two_lines", ["RG001", "RG003", "RG004", "RG005"],
     "HTML PO lists sample line 100 and a production line 10,000 side by side, no wording that production is not released",
     ("PO_60-3390.html", "html", [
         ("h", "Purchase Order 60-3390"),
         "Brightline Audio Ltd. -> Shenzhen RapidTech Co., Ltd.",
         [["Line", "Part", "Description", "Qty", "Unit USD", "Ext USD"],
          ["1", "SG-9", "Grille, samples", "100 pcs", "3.90", "390.00"],
          ["2", "SG-9", "Grille, production", "10,000 pcs", "0.95", "9,500.00"]],
         "Payment terms: 30 days. Ship via DHL.",
         "Buyer: Zhang Wei"]))

case("rg001_eml_po_with_quote_docx", ["RG001", "RG003", "RG004", "RG005"],
     "e-mail sends sample PO for 30 pcs and attaches supplier quote DOCX showing 3,000; nothing says the 3,000 is not released",
     ("PO_90-502.eml", "eml", {
         "frm": "Wang Fang <wang.fang@harbor-marine.com>",
         "to": "sales@dg-precision.cn",
         "subject": "PO 90-502 for CL-90 samples",
         "date": d(14, 9, 20),
         "text": "Dear Sirs,\n\nWe confirm the order of 30 pcs CL-90 cable clamp samples per PO 90-502 at USD 2.80/pc. "
                 "For reference your quotation is attached again.\n\nPlease advise ship date.\n\nBest regards\nWang Fang",
         "html": "auto",
         "attachments": [("DG_quotation_CL-90.docx", "docx", [
             ("h", "DG Precision quotation QT-CL90-02"),
             [["Qty", "Unit USD"], ["30 pcs sample", "2.80"], ["3,000 pcs mass production", "0.62"]]])]}))

case("rg001_forwarded_quote_rfc822", ["RG001", "RG003", "RG004", "RG005"],
     "buyer's sample order e-mail (100 pcs) forwards the supplier's quote mail (message/rfc822) with 12,000 production; no hold wording",
     ("FW_quote_order_VB-95.eml", "eml", {
         "frm": "Dieter Braun <d.braun@braun-fluid.ch>",
         "to": "MouldTec Sales <sales@mouldtec.pl>",
         "subject": "Order VB-95 samples - FW: your offer",
         "date": d(15, 13, 0),
         "text": "Good afternoon,\n\nplease deliver 100 pcs VB-95 samples according to your offer below, PO 3100470.\n\n"
                 "Kind regards\nDieter Braun",
         "forwarded": {
             "frm": "MouldTec Sales <sales@mouldtec.pl>",
             "to": "Dieter Braun <d.braun@braun-fluid.ch>",
             "subject": "Offer VB-95",
             "date": d(10, 10, 0),
             "text": "Dear Mr. Braun,\n\nour offer for VB-95:\n- 100 pcs samples: PLN 10,20/pc\n- 12,000 pcs series: PLN 2,30/pc\n\n"
                     "Best regards\nMarta Zielinska"}}))

# --- RG003/4/5: sample authorization with no balance wording at all

case("rg003_docx_proto_po_silent", ["RG003", "RG004", "RG005"],
     "DOCX PO for 12 prototype pcs; never says the production balance is not released, no event, no authority",
     ("PO_KD-2207.docx", "docx", [
         ("h", "Kestrel Devices - Purchase Order KD-2207"),
         "Supplier: PolyForm sp. z o.o.",
         [["Line", "Item", "Description", "Qty", "Unit EUR"], ["1", "PF-20", "Battery door, prototype", "12 pcs", "25.00"]],
         "Delivery to Kestrel Devices, Eindhoven. Terms: 30 days net."]))

case("rg003_eml_sample_po_pdf_attached", ["RG003", "RG004", "RG005"],
     "e-mail with PDF PO for 30 sample pcs of an order quoted for production; no balance/event/authority wording anywhere",
     ("PO_3399_samples.eml", "eml", {
         "frm": "Oliver Grant <o.grant@grant-instruments.co.uk>",
         "to": "Kavita Rao <kavita@rao-3dprint.in>",
         "subject": "PO 3399 - GI-44 dial samples",
         "date": d(7, 11, 0),
         "text": "Hi Kavita,\n\nplease find attached PO 3399 for 30 sample pcs of the GI-44 dial, so we can test fit "
                 "before the production batch.\n\nThanks,\nOliver",
         "html": "auto",
         "attachments": [("PO_3399.pdf", "pdf", [
             ("h", "PURCHASE ORDER 3399"),
             [["Line", "Part", "Qty", "Unit GBP"], ["1", "GI-44 dial, samples", "30", "2.40"]],
             "Grant Instruments Ltd, Cambridge"])]}))

# --- RG004 + RG005: balance said not released, but no event and no person

case("rg004_rg005_txt_balance_only", ["RG004", "RG005"],
     "PO note states 50 sample pcs and that 1,950 pcs are not released, but names neither the unlock event nor who releases",
     ("po_note_KD-2210.txt", "txt",
      "PO KD-2210 - PF-21 latch\nScope: 50 pcs samples. Please build the 50 samples.\n"
      "The balance of 1,950 pcs is not released.\n"))

case("rg004_rg005_pdf_hold_no_event", ["RG004", "RG005"],
     "PDF PO: 'balance on hold' with active qty, but no unlock event and no named release authority",
     ("PO_78-20460.pdf", "pdf", [
         ("h", "Purchase Order 78-20460"),
         "Meridian Medical SAS -> Atelier Usinage Rhone",
         [["Line", "Part", "Scope", "Qty"], ["1", "MM-330 block", "sample", "25 ea"]],
         "Active quantity: 25 ea. Balance of 475 ea on hold - not released."]))

# --- RG005 only: event named, nobody named

case("rg005_html_hold_until_signoff", ["RG005"],
     "HTML PO note: 60 sample pcs, balance on hold until sample sign-off, but nobody named who releases",
     ("PO_note_60-3402.html", "html", [
         ("h", "PO 60-3402 - scope note"),
         "Active quantity: 60 pcs SG-11 samples. Please start these 60 pcs.",
         "The balance of 5,940 pcs is not released and remains on hold until sample sign-off; a separate written "
         "release will follow."]))

case("rg005_indian_english_post_ppap", ["RG005"],
     "Indian English e-mail: 25 nos. samples, balance on hold until PPAP sign-off, separate release to follow, no person named",
     ("PO_IN-24-0901.eml", "eml", {
         "frm": "purchase@sundaram-motors.in",
         "to": "sales@precisa-moulds.in",
         "subject": "PO IN-24-0901 // samples // FS-3 shroud",
         "date": d(19, 10, 10),
         "text": "Dear Sir,\n\nPlease find PO IN-24-0901 for 25 nos. samples of FS-3 shroud. Kindly proceed for the "
                 "25 nos. only.\nBalance qty 2,475 nos. is on hold and not released till PPAP sign-off; separate "
                 "written release will be issued for the same.\n\nRegards,\nPurchase Dept.\nSundaram Motors Pvt. Ltd."}))

# --- RG004 only: person named, no event

case("rg004_docx_person_no_event", ["RG004"],
     "DOCX PO: 80 pcs samples, balance not released, only Anna Berg may release it, but no unlock event named",
     ("PO_4500801.docx", "docx", [
         ("h", "Purchase order 4500801"),
         [["Line", "Part", "Qty", "Scope"], ["1", "HX-220 cover rev A", "80 pcs", "sample"]],
         "Please produce the 80 sample pcs now. The balance of 3,920 pcs is not released; only Anna Berg (Release "
         "Authority) may release it.",
         "Nordlicht Robotics AB, Purchasing"]))

case("rg004_chat_person_no_event", ["RG004"],
     "chat: buyer releases 15 pcs, says rest not released, Priya decides; no event for unlocking",
     ("slack_export_additiv3d.txt", "txt",
      "Julia Brandt [9:41 AM]\n@Rohan please print 15 pcs of the AD-7 bracket now\n"
      "Julia Brandt [9:41 AM]\nthe other 985 are not released. only Priya Sharma can release them\n"
      "Rohan Mehta [9:44 AM]\nnoted, 15 pcs going on printer 2 tonight\n"))

# --- RG010: authorization without any quantity (otherwise scoped)

case("rg010_txt_sample_lot_no_qty", ["RG010"],
     "PO note authorizes 'the sample lot' without any quantity; balance hold, event and authority present",
     ("po_note_78-20470.txt", "txt",
      "PO 78-20470 (Meridian Medical) - MM-340 block\n"
      "Please start the sample lot per drawing rev B.\n"
      "The production quantity is not released and is on hold; it will be released only by a written release from "
      "Ines Duarte (Release Authority) after the sample sign-off.\n"))

case("rg010_eml_start_samples_no_qty", ["RG010"],
     "buyer e-mail: 'please go on with the samples' (scoped to samples) but no quantity anywhere; hold/event/authority present",
     ("samples_CL-92.eml", "eml", {
         "frm": "Wang Fang <wang.fang@harbor-marine.com>",
         "to": "sales@dg-precision.cn",
         "subject": "CL-92 - samples",
         "date": d(21, 8, 15),
         "text": "Dear DG team,\n\nPO 90-520 has been sent by our system. Please make the samples of CL-92 now.\n"
                 "Production is not released and stays on hold until the fit test sign-off; Chen Jing (Release "
                 "Authority) will then send the written release.\n\nRegards\nWang Fang",
         "html": "auto"}))

case("rg010_pdf_release_letter_no_qty", ["RG010"],
     "PDF release letter releases 'the pilot run' of an order without stating how many; balance, event, authority present",
     ("Pilot_release_AR-230.pdf", "pdf", [
         ("h", "Release letter - AR-230 pilot run"),
         "Alpenrad GmbH to CNC Bauer KG, PO 7700-22",
         "We hereby release the pilot run of AR-230 for production. Please start the pilot run now.",
         "The series quantity is not released and remains on hold until the pilot parts are signed off; it can be "
         "released only by a written release from Hannah Schulz, Director of Supply Chain."]))

# --- RG002 + RG010: unscoped go-ahead, no quantity

case("rg002_eml_green_light", ["RG002", "RG010"],
     "buyer reply 'green light from our side, pls proceed' with no scope or quantity",
     ("RE_SG-9_status.eml", "eml", {
         "frm": "Zhang Wei <zhang.wei@brightline-audio.com>",
         "to": "Li Na <lina@shenzhen-rapidtech.cn>",
         "subject": "RE: SG-9 status",
         "date": d(22, 18, 2),
         "text": "Hi Li Na,\n\nall good, green light from our side. Pls proceed.\n\nZhang Wei\n\nSent from my iPhone",
         "html": "auto"}))

case("rg002_chat_ok_go_ahead", ["RG002", "RG010"],
     "WhatsApp-style export: buyer writes 'ok go ahead 👍' to a status update; no quantity or scope",
     ("whatsapp_chat.txt", "txt",
      "22/03/24, 17:40 - Rohan Mehta: printer 3 is free from tomorrow, shall I start AD-7?\n"
      "22/03/24, 17:52 - Julia Brandt: checked with team\n"
      "22/03/24, 17:52 - Julia Brandt: ok go ahead 👍\n"
      "22/03/24, 17:53 - Rohan Mehta: great thanks!\n"))

case("rg002_docx_minutes_approved_proceed", ["RG002", "RG010"],
     "minutes record 'approved - supplier may proceed' with no scope or quantity",
     ("Minutes_design_review.docx", "docx", [
         ("h", "Design review minutes - GI-50 housing"),
         "Date: 19.03.2024. Present: O. Grant, K. Rao, T. Hughes.",
         [["Item", "Discussion", "Outcome"],
          ["1", "Wall thickness change to 2.2 mm", "accepted"],
          ["2", "Supplier readiness", "Approved - supplier may proceed."]],
         "Action: K. Rao to confirm ship date."]))

case("rg002_html_good_to_run", ["RG002", "RG010"],
     "HTML-exported e-mail: 'Good to run. Thanks for the quick turnaround!' - unscoped approval, no quantity",
     ("mail_export_good_to_run.html", "html",
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>RE: DX-3 FAI</title></head><body>\n"
      "<div class=\"hdr\"><b>From:</b> Jana Novak<br><b>To:</b> Mark Ellis<br><b>Date:</b> 21.03.2024 08:14<br>"
      "<b>Subject:</b> RE: DX-3 FAI</div>\n"
      "<p>Mark,</p><p>Good to run. Thanks for the quick turnaround!</p><p>Jana</p>\n"
      "<blockquote><p>Jana, DX-3: ready on our side whenever you are. Mark</p></blockquote>\n"
      "</body></html>\n"))

case("rg002_txt_kindly_proceed", ["RG002", "RG010"],
     "Indian English 'You may kindly proceed further.' after approval, no quantity or scope",
     ("mail_body_FS-2.txt", "txt",
      "Dear Sir,\n\nThis has reference to your letter dated 12.03.2024 regarding fan shroud FS-2.\n"
      "We are pleased to inform you that the same is approved. You may kindly proceed further.\n\n"
      "Thanks & Regards,\nRajesh Iyer\nGM - Purchase, Sundaram Motors\n"))

# --- RG006: supplier bought/staged material beyond release

case("rg006_supplier_bought_full_powder", ["RG006"],
     "clean sample PO bundled with supplier e-mail saying powder was bought for the full 5,000 pcs while only 50 released",
     ("po_note_4500123.txt", "txt",
      "PO 4500123 note: 50 pcs HX-200 rev C samples are released now. The 4,950 pcs balance is not released and "
      "stays on hold; it will be released only by a written release from Anna Berg (Release Authority) after the "
      "sample sign-off. Material authority: sample-only.\n"),
     ("supplier_update.eml", "eml", {
         "frm": "Tomas Keller <t.keller@fabrikat-additive.de>",
         "to": "Anna Berg <anna.berg@nordlicht-robotics.se>",
         "subject": "HX-200 update",
         "date": d(8, 9, 30),
         "text": "Hi Anna,\n\nsamples are printing. To protect the lead time we have already purchased the PA12 "
                 "powder for the full 5,000 pcs batch; it arrives next week.\n\nBR Tomas",
         "html": "auto"}))

case("rg006_chat_material_whole_batch", ["RG006"],
     "supplier chat: 'we ordered the resin for all 2,000' while the chat shows only 20 released",
     ("teams_chat_resin.txt", "txt",
      "[12/03/2024 14:10] Oliver Grant (Buyer): confirming: 20 pcs samples only released. the other 1,980 are not released, on hold until sample sign-off and my written release.\n"
      "[12/03/2024 14:22] Kavita Rao (Supplier): ok sir. fyi we ordered the resin for all 2,000 pcs already, supplier had good price\n"
      "[12/03/2024 14:23] Oliver Grant (Buyer): hm ok\n"))

case("rg006_pdf_order_confirmation_staged", ["RG006"],
     "supplier order confirmation PDF: 'raw material staged for 10,000 pcs' while release is 1,000 pcs and no material authority given",
     ("release_R-11.txt", "txt",
      "Release R-11 (Brightline Audio): 1,000 pcs SG-5 released for production, signed Zhang Wei (Release Authority), "
      "after sample sign-off on 10.03.2024. Balance 9,000 pcs not released, on hold until the drop test is signed off, "
      "then a written release from Zhang Wei.\n"),
     ("Order_confirmation_OC-5521.pdf", "pdf", [
         ("h", "ORDER CONFIRMATION OC-5521"),
         "Shenzhen RapidTech Co., Ltd. to Brightline Audio Ltd.",
         [["Item", "Qty confirmed", "Ship date"], ["SG-5 grille", "1,000 pcs", "2024-04-02"]],
         "Remark: to secure the price we have staged raw material (PC/ABS) for 10,000 pcs in our warehouse.",
         "Li Na, Sales"]))

case("rg006_docx_production_plan", ["RG006"],
     "supplier production plan DOCX: bar stock for 6,000 pcs ordered while only 600 released (release in bundle is complete)",
     ("release_email.eml", "eml", {
         "frm": "Hannah Schulz <h.schulz@alpenrad.de>",
         "to": "Josef Bauer <j.bauer@cnc-bauer.de>",
         "subject": "Release R-05 AR-240",
         "date": d(25, 9, 0),
         "text": "Dear Mr Bauer,\n\nrelease R-05: 600 pcs AR-240 released for production. The balance of 5,400 pcs "
                 "is not released and on hold until the 600 pcs pass the field test; then only my written release "
                 "can release them.\nMaterial authority: staged up to 600 pcs.\n\nHannah Schulz\nDirector of Supply Chain"}),
     ("Produktionsplan_AR-240.docx", "docx", [
         ("h", "Production plan AR-240 - CNC Bauer KG"),
         [["Step", "Date", "Status"], ["Material purchase: 7075 bar for 6,000 pcs", "26.03.2024", "ordered"],
          ["Machining 600 pcs", "02.04.2024", "planned"]],
         "Prepared by J. Bauer"]))

# --- RG007: implied auto-conversion

case("rg007_txt_once_approved_proceed", ["RG005", "RG007"],
     "PO note: balance on hold until sample approval, 'once samples are approved, proceed with the production run'; no release person",
     ("po_note_KD-2230.txt", "txt",
      "PO KD-2230 (Kestrel Devices) - PF-30 clip\n"
      "Active: 40 pcs samples, please build now.\n"
      "Balance of 4,960 pcs is not released until sample approval. Once the samples are approved, please proceed "
      "with the production run.\n"))

case("rg007_eml_german_directly_continue", ["RG007"],
     "German-English e-mail: balance on hold, release authority named, but 'as soon as samples approved you can directly continue with series production'",
     ("Bestellung_4501010.eml", "eml", {
         "frm": "Sabine Vogt <s.vogt@kessler-antriebe.de>",
         "to": "Petr Dvorak <dvorak@printworks.cz>",
         "subject": "Bestellung 4501010 - KA-7740 Muster",
         "date": d(26, 10, 30),
         "text": "Dear Mr. Dvorak,\n\nenclosed you receive our order 4501010 over 20 pcs samples KA-7740. Please produce "
                 "the 20 pcs now.\nThe balance of 1.980 pcs is on hold and not released. Release authority: Herr Juergen "
                 "Hoffmann.\nAs soon as the samples are approved by our QA, you can directly continue with the series "
                 "production of the 1.980 pcs.\n\nMit freundlichen Gruessen\nSabine Vogt",
         "html": "auto"}))

case("rg007_pdf_if_fai_passes_run_balance", ["RG007"],
     "PDF PO note: 'if the first articles pass inspection, run the balance' while naming release authority and hold",
     ("PO_2024-140.pdf", "pdf", [
         ("h", "PURCHASE ORDER 2024-140"),
         "Grant Instruments Ltd -> Rao 3D Print Solutions",
         [["Line", "Part", "Qty", "Scope"], ["1", "GI-60 bezel", "10 pcs", "first articles"]],
         "Make the 10 first articles now. The remaining 990 pcs are on hold. Release authority: Oliver Grant.",
         "If the first articles pass inspection, run the balance straight away - no need to wait for another PO."]))

case("rg007_docx_upon_approval_rolls", ["RG007"],
     "DOCX letter: 'upon sample approval you can roll straight into production' without a recorded auto-conversion statement",
     ("Sample_order_letter.docx", "docx", [
         ("h", "Sample order - CL-95 clamp"),
         "Harbor Marine Inc. to Dongguan Precision Plastics, PO 90-560.",
         "Please make 50 pcs samples now. The 4,950 pcs balance is not released yet; Chen Jing is the release authority.",
         "Upon sample approval you can roll straight into production, so please plan capacity accordingly.",
         "Wang Fang, Buyer"]))

case("rg007_html_after_ok_start_series", ["RG005", "RG007"],
     "HTML note: 'after your samples are OK we can start series production directly' with hold until sample OK, no person",
     ("scope_note_VB-96.html", "html", [
         ("h", "PO 3100480 - VB-96 valve body"),
         "Released: 100 pcs T1 samples. Series quantity of 9,900 pcs on hold until the samples are OK.",
         "After the samples are OK you can start series production directly."]))

# --- RG008: forecast written as order / commitment

case("rg008_eml_forecast_as_firm_order", ["RG008"],
     "buyer e-mail: 'please consider our forecast of 12,000 pcs for 2025 as our firm order'",
     ("Forecast_2025.eml", "eml", {
         "frm": "Lars Nyberg <lars.nyberg@nordlicht-robotics.se>",
         "to": "Tomas Keller <t.keller@fabrikat-additive.de>",
         "subject": "HX-200 - 2025 volumes",
         "date": d(27, 15, 0),
         "text": "Hi Tomas,\n\nour forecast for HX-200 in 2025 is 12,000 pcs. Please consider this forecast as our "
                 "firm order and plan your capacity and material accordingly.\n\nBest regards\nLars Nyberg\nSupply Planning",
         "html": "auto"}))

case("rg008_docx_forecast_binding", ["RG008"],
     "DOCX forecast table headed 'binding purchase commitment'",
     ("Forecast_commitment_SG.docx", "docx", [
         ("h", "Forecast SG-5 / SG-7 - Apr to Sep 2024"),
         "Brightline Audio Ltd. commits to purchase the forecast quantities below. This forecast is a binding purchase "
         "commitment.",
         [["Part", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Total"],
          ["SG-5", "2,000", "2,000", "3,000", "3,000", "2,500", "2,500", "15,000"]],
         "Zhang Wei, Purchasing"]))

case("rg008_pdf_blanket_commit_forecast", ["RG008"],
     "PDF blanket order: 'we commit to the forecast quantity of 50,000 pcs'",
     ("Blanket_order_BO-2024-03.pdf", "pdf", [
         ("h", "Blanket Order BO-2024-03"),
         "Velo Parts s.r.o. -> Ellis CNC Ltd. Part DX-3 dropout.",
         "Validity: 01.04.2024 - 31.03.2025.",
         [["Part", "Forecast quantity", "Unit GBP"], ["DX-3", "50,000 pcs", "5.10"]],
         "Velo Parts commits to the forecast quantity of 50,000 pcs over the validity period. Call-offs will follow monthly.",
         "Jana Novak"]))

case("rg008_caps_fcst_treat_as_order", ["RG008"],
     "all-caps EDI-style text: 'FCST 8,000 PCS - PLS TREAT AS ORDER'",
     ("EDI_830_print.txt", "txt",
      "PLANNING SCHEDULE (830) PRINT - SUNDARAM MOTORS - 01-APR-2024\n"
      "PART FS-2 FAN SHROUD\n"
      "WK14  2,000 PCS  FCST\nWK15  2,000 PCS  FCST\nWK16  2,000 PCS  FCST\nWK17  2,000 PCS  FCST\n"
      "TOTAL FCST 8,000 PCS - PLS TREAT AS ORDER AND START PRODUCTION.\n"))

case("rg008_html_forecast_confirmed_order", ["RG008"],
     "HTML portal page: forecast quantities 'confirmed as order' ",
     ("portal_forecast_GX.html", "html", [
         ("h", "Supplier portal - demand for DG Precision"),
         [["Part", "Type", "Qty", "Status"], ["GX-9 gasket", "Forecast Q3", "6,000 pcs", "Confirmed as order"]],
         "Harbor Marine confirms the Q3 forecast of 6,000 pcs as an order."]))

# --- RG009: mixed approval terms

case("rg009_eml_approval_three_meanings", ["RG009"],
     "e-mail uses 'approval' for drawing approval, finance approval and production approval; otherwise fully scoped",
     ("HX-230_status.eml", "eml", {
         "frm": "Anna Berg <anna.berg@nordlicht-robotics.se>",
         "to": "Tomas Keller <t.keller@fabrikat-additive.de>",
         "subject": "HX-230 - approvals",
         "date": d(28, 9, 10),
         "text": "Hi Tomas,\n\nstatus on HX-230: the approval of drawing rev B is done (engineering). The approval from "
                 "finance for the PO is also done. The approval for production is not given yet.\n\n"
                 "So: PO 4501100 covers 50 pcs samples, please make them now. The balance of 2,950 pcs is not "
                 "released and stays on hold until the sample sign-off; then I (Anna Berg, Release Authority) send the "
                 "written release.\n\nBest\nAnna",
         "html": "auto"}))

case("rg009_docx_release_drawing_and_production", ["RG009"],
     "DOCX minutes use 'release' for drawing release, release to the print queue and production release; otherwise scoped",
     ("Minutes_AD-9.docx", "docx", [
         ("h", "Minutes AD-9 bracket - 20.03.2024"),
         [["#", "Item", "Decision"],
          ["1", "Drawing", "Drawing released (rev C), release number DR-221."],
          ["2", "Samples", "20 pcs released to the print queue at Additiv3D; please print them now."],
          ["3", "Production", "The 1,980 pcs production balance is not released, on hold until the sample sign-off; release only by written release from Priya Sharma."]]]))

case("rg009_html_approved_ambiguous_terms", ["RG009"],
     "HTML PO note uses 'approved' both for the tool (T1 approved) and for the commercial PO approval, and 'approval' for production later; scope complete",
     ("PO_note_MT.html", "html", [
         ("h", "PO 3100490 note - VB-97"),
         "Tool T1 approved by our engineering. PO approved by our finance. 100 pcs samples are released now - please "
         "mould them. Production approval comes later: the balance of 9,900 pcs is not released and on hold until the "
         "sample sign-off; only a written release from Dieter Braun (Head of Purchasing) releases it."]))

# --- RG011: conflicting quantities across documents of one order

case("rg011_po_50_release_60", ["RG011"],
     "PO note authorizes 50 sample pcs; release letter for the same order says 60 sample pcs are released",
     ("po_note_KD-2240.txt", "txt",
      "PO KD-2240 - PF-40 hinge\nActive: 50 pcs samples, please build now. Balance 1,950 pcs not released, on hold "
      "until sample sign-off; released only by a written release from Michael Okafor.\n"),
     ("Sample_release_KD-2240.pdf", "pdf", [
         ("h", "Sample release - PO KD-2240 PF-40 hinge"),
         "Released: 60 pcs samples. Balance not released, on hold until sample sign-off; released only by a written "
         "release from Michael Okafor.",
         "Kestrel Devices, Purchasing"]))

case("rg011_pdf_200_eml_250", ["RG011"],
     "PDF PO releases 200 pcs, covering e-mail for the same PO says 250 pcs released",
     ("PO_78-20500.pdf", "pdf", [
         ("h", "Purchase Order 78-20500"),
         [["Line", "Part", "Qty", "Scope"], ["1", "MM-350 block", "200 ea", "pilot lot"]],
         "Released now: 200 ea. Balance of 1,800 ea not released; on hold until PPAP sign-off, then released only "
         "by a written release from Sophie Laurent."]),
     ("PO_78-20500_mail.eml", "eml", {
         "frm": "Sophie Laurent <s.laurent@meridian-med.fr>",
         "to": "devis@usinage-rhone.fr",
         "subject": "PO 78-20500 MM-350",
         "date": d(29, 11, 0),
         "text": "Bonjour,\n\nplease find attached PO 78-20500: 250 ea MM-350 pilot lot are released, please machine them "
                 "now. The balance is not released until PPAP sign-off and my written release.\n\nCordialement\nSophie Laurent",
         "attachments": [("PO_78-20500.pdf", "pdf", [
             ("h", "Purchase Order 78-20500"),
             [["Line", "Part", "Qty", "Scope"], ["1", "MM-350 block", "200 ea", "pilot lot"]]])]}))

case("rg011_html_table_vs_words", ["RG011"],
     "HTML PO table releases 1,000 pcs; the release note text for the same PO releases 'one thousand five hundred (1,500) pcs'",
     ("PO_60-3450.html", "html", [
         ("h", "Purchase Order 60-3450"),
         [["Line", "Part", "Qty", "Scope"], ["1", "SG-12 grille", "1,000 pcs", "production (first release)"]],
         "Released now: 1,000 pcs. The balance of the 10,000 pcs programme is not released and stays on hold until "
         "the drop test sign-off; only Zhang Wei (Release Authority) releases it in writing."]),
     ("release_note_60-3450.txt", "txt",
      "RELEASE NOTE - PO 60-3450 / SG-12 grille\n"
      "We release one thousand five hundred (1,500) pcs of SG-12 now. The balance of the programme is not released "
      "and stays on hold until the drop test sign-off; only Zhang Wei (Release Authority) releases it in writing.\n"
      "Zhang Wei\n"))

case("rg011_docx_po_vs_release_eml", ["RG011"],
     "DOCX PO releases 500 pcs; release e-mail for same order says 400 pcs",
     ("PO_7700-30.docx", "docx", [
         ("h", "Bestellung / PO 7700-30 - AR-250"),
         [["Pos", "Article", "Qty", "Scope"], ["1", "AR-250 arm", "500 pcs", "production, release R-07"]],
         "Release R-07: 500 pcs released. Balance 2,500 pcs not released, on hold until field test sign-off; only "
         "a written release from Hannah Schulz can release it."]),
     ("Release_R-07.eml", "eml", {
         "frm": "Hannah Schulz <h.schulz@alpenrad.de>",
         "to": "Josef Bauer <j.bauer@cnc-bauer.de>",
         "subject": "Release R-07 AR-250",
         "date": d(29, 14, 0),
         "text": "Dear Mr Bauer,\n\nwith release R-07 we release 400 pcs AR-250 for production under PO 7700-30. "
                 "The balance stays on hold until the field test sign-off and my written release.\n\nH. Schulz",
         "html": "auto"}))

# --- RG012: payment or PO acceptance treated as release

case("rg012_eml_deposit_paid_start", ["RG012"],
     "buyer: 'deposit paid, please start production of the 500 pcs' (full PO quantity, nothing else missing)",
     ("deposit_paid.eml", "eml", {
         "frm": "Oliver Grant <o.grant@grant-instruments.co.uk>",
         "to": "Kavita Rao <kavita@rao-3dprint.in>",
         "subject": "PO 3410 - deposit",
         "date": d(2, 9, 0, month=4),
         "text": "Hi Kavita,\n\nthe 30% deposit for PO 3410 (500 pcs GI-70 knob, full order quantity) was paid this "
                 "morning. Deposit paid, so please start production of the 500 pcs.\n\nThanks\nOliver",
         "html": "auto"}))

case("rg012_chat_po_accepted_we_start", ["RG012"],
     "supplier chat: 'PO is accepted in our system so we start the production of 3000pcs'",
     ("wechat_po_accepted.txt", "txt",
      "2024-04-03 10:01 Li Na (RapidTech): Dear Mr. Zhang, your PO 60-3460 is accepted in our system, so we start the production of 3000pcs today.\n"))

case("rg012_pdf_proforma_production_on_payment", ["RG012"],
     "supplier proforma invoice: 'production starts upon receipt of 30% advance payment' for 4,000 pcs",
     ("Proforma_PI-2024-088.pdf", "pdf", [
         ("h", "PROFORMA INVOICE PI-2024-088"),
         "Dongguan Precision Plastics Co., Ltd. - to Harbor Marine Inc.",
         [["Item", "Qty", "Unit USD", "Amount USD"], ["CL-88 cable clamp", "4,000 pcs", "0.58", "2,320.00"]],
         "Terms: 30% T/T advance, balance before shipment. Production starts upon receipt of the 30% advance payment.",
         "Bank: Bank of China, Dongguan branch"]))

case("rg012_docx_payment_authorizes_manufacture", ["RG012"],
     "buyer letter: 'with payment of invoice 2024-51 you are authorized to manufacture the 1,200 pcs'",
     ("Letter_payment_authority.docx", "docx", [
         ("h", "Velo Parts s.r.o. - letter to Ellis CNC Ltd"),
         "Re: PO 450031, DX-5 dropout, 1,200 pcs (full order quantity).",
         "We have paid your invoice 2024-51 (tooling and 50% prepayment). With this payment you are authorized to "
         "manufacture the 1,200 pcs.",
         "Jana Novak"]))

case("rg012_forwarded_finance_deposit", ["RG012"],
     "buyer forwards finance mail (message/rfc822) 'deposit paid, so supplier can start production' with 'pls start the 800 pcs'",
     ("FW_deposit_PO_90-600.eml", "eml", {
         "frm": "Wang Fang <wang.fang@harbor-marine.com>",
         "to": "sales@dg-precision.cn",
         "subject": "FW: Deposit PO 90-600",
         "date": d(4, 9, 30, month=4),
         "text": "Dear DG team,\n\nsee below from our finance. Pls start the 800 pcs (= full PO 90-600).\n\nWang Fang",
         "forwarded": {
             "frm": "Finance AP <ap@harbor-marine.com>",
             "to": "Wang Fang <wang.fang@harbor-marine.com>",
             "subject": "Deposit PO 90-600",
             "date": d(3, 16, 0, month=4),
             "text": "Hi Fang, the deposit for PO 90-600 (DG Precision) was paid today, so the supplier can start "
                     "production now.\nRegards, AP team"}}))

# --- additional mixed / thread cases

case("mixed_deposit_transferred_go_ahead", ["RG002", "RG010", "RG012"],
     "buyer: 'Deposit transferred today. Go ahead!' - payment treated as the trigger, unscoped go-ahead, no quantity",
     ("RE_proforma.eml", "eml", {
         "frm": "Oliver Grant <o.grant@grant-instruments.co.uk>",
         "to": "Kavita Rao <kavita@rao-3dprint.in>",
         "subject": "RE: Proforma PI-77",
         "date": d(8, 12, 0, month=4),
         "text": "Kavita,\n\nDeposit transferred today. Go ahead!\n\nOliver\n\n"
                 "On Mon, 8 Apr 2024 at 09:12, Kavita Rao wrote:\n"
                 "> Dear Oliver, please find our proforma PI-77 for GI-80. Kindly arrange the deposit.\n"
                 "> Warm regards, Kavita",
         "html": "auto"}))

case("clean_supplier_reply_quoting_scoped_note", [],
     "supplier reply confirms scope; buyer's scoped instruction appears as quoted '>' text; supplier promises not to start balance",
     ("RE_PO_KD-2250.eml", "eml", {
         "frm": "S. Kowalski <s.kowalski@polyform.pl>",
         "to": "M. Okafor <m.okafor@kestrel-devices.com>",
         "subject": "RE: PO KD-2250 PF-50 samples",
         "date": d(10, 8, 5, month=4),
         "text": "Dear Michael,\n\nconfirmed - we make only the 35 samples. We will not start the balance and will not "
                 "buy material for it before your written release.\n\nBest regards\nStanislaw Kowalski\nPolyForm sp. z o.o.\n\n"
                 "> From: M. Okafor\n> Sent: 9 April 2024 17:30\n"
                 "> Stanislaw, PO KD-2250 = 35 pcs PF-50 samples, please build now.\n"
                 "> The 2,965 pcs balance is NOT released and on hold until sample sign-off by engineering;\n"
                 "> it will be released only by a written release from me (Michael Okafor, release authority).\n"
                 "> Material authority: sample-only.",
         "html": "auto"}))

case("rg003_chat_print_samples_first", ["RG003", "RG004", "RG005"],
     "chat: buyer asks to 'print 10 samples of AD-12 first' - sample authorization with nothing on the balance, event or authority",
     ("teams_AD-12.txt", "txt",
      "[02/04/2024 08:55] Julia Brandt (Buyer): morning Rohan, PO for AD-12 is out\n"
      "[02/04/2024 08:56] Julia Brandt (Buyer): pls print 10 samples of AD-12 first, ship to Eindhoven lab\n"
      "[02/04/2024 09:10] Rohan Mehta (Supplier - Additiv3D): ok, 10 pcs on the queue for tonight\n"))
