"""One authorization that states its quantity twice, differently (RG011): a header against its
order lines, a release letter's text against its own table, a labelled field against the rows
below it; and the readings that let the rules see both numbers. Also one that leaves its count
to another document ("REL QTY : TBA", RG010)."""

from __future__ import annotations

from releasegate.documents.check import Report, check_parts
from releasegate.documents.check.read import Part
from releasegate.documents.check.rules import analyse
from releasegate.documents.check.segment import find_quantities


def check(*texts: str) -> Report:
    parts = [Part(f"doc{i}.txt", f"doc{i}.txt", "text", t) for i, t in enumerate(texts)]
    return check_parts(parts, None, rules_only=True)


def rg011(text: str) -> list[str]:
    return [f.message for f in check(text).findings if f.rule == "RG011"]


HOLD = (
    "The balance is not released. It will be released only by the next written call-off from "
    "Sandra Vogel (Purchasing) after lot acceptance. Material for the released quantity only.\n"
)


def test_a_call_off_header_against_its_lines_added_up() -> None:
    printout = (
        "BRIGHTLINE VISION, INC.                          CALL-OFF / RELEASE\n"
        "VENDOR : 100233 WENZHOU JINHAI OPTICAL           CALL-OFF   : 08\n"
        "CALL-OFF QTY : {header} EA                        BUYER      : R.OKAFOR\n"
        "LN  ITEM            DESCRIPTION                         QTY   UM   SHIP DATE\n"
        "10  BV-ROWAN-C1     ROWAN TITANIUM MATTE BLACK          200   EA   08/02/2024\n"
        "20  BV-ROWAN-C3     ROWAN TITANIUM SAND                 150   EA   08/02/2024\n"
        "30  BV-ROWAN-C4     ROWAN TITANIUM OLIVE                100   EA   08/02/2024\n"
        "BLANKET COVER 2,400 EA. " + HOLD
    )
    messages = rg011(printout.format(header="400"))
    assert messages and "add up to 450" in messages[0]
    assert rg011(printout.format(header="450")) == []  # the lines make up the header


def test_a_sample_quantity_against_a_per_store_allocation() -> None:
    po = (
        "PURCHASE ORDER SD-24-1140\n"
        "Sakura Drug Co., Ltd., Osaka. Item: SD-GET-600 gondola end tray. "
        "Quantity: {header} pcs (sample, pilot stores).\n"
        "Per-store allocation\nStore Store code Qty\n"
        "Namba OS-01 4\nUmeda OS-02 4\nKyoto Shijo KY-01 4\nKobe Sannomiya HG-01 4\nNara NR-01 4\n"
        "Total 20\n"
        "The remaining 976 trays are not released. They will be released only by written release "
        "from Yuki Tanaka after the pilot-store sign-off.\n"
    )
    assert rg011(po.format(header="24"))
    assert rg011(po.format(header="20")) == []


def test_a_labelled_field_against_the_released_rows_below_it() -> None:
    page = (
        "Al Noor Hospitality \u2014 Supplier Portal\n"
        "Production release RL-0042 \u2014 PO ANH-PO-1301 (bathrobes)\n"
        "Quantity released: {total} pcs  |  Released by: Khalid Rahman, Group Procurement Manager"
        "  |  Date: 2024-08-01\n"
        "Property | Style | Released qty | Delivery\n"
        "Al Noor Marina Tower | Waffle kimono L/XL | 320 | 2024-09-15\n"
        "Al Noor Corniche | Waffle kimono L/XL | 320 | 2024-09-15\n"
        "The remaining robes of PO ANH-PO-1301 are not released. They stay on hold until the "
        "inspection of this release and a further written release by Khalid Rahman.\n"
    )
    messages = rg011(page.format(total="600"))
    assert messages and "table rows add up to 640" in messages[0]
    assert rg011(page.format(total="640")) == []  # the rows split the release


def test_a_release_log_row_is_no_field() -> None:
    tracker = (
        "RK-60 gondola rollout tracker\n\n"
        "Owner: Ewa Nowak, Kreacja POS (release authority for this programme). Updated 24.06.2024."
        "\n\nPhase | Stores | Kits | Sample sign-off | PO issued\n"
        "Production release | Unlock event / owner\n\n"
        "Pilot | 6 | 6 | signed off 12.06 (J. Nowicki, VM) | PL/2024/0501\n"
        "released: 6 kits (R-01, Ewa Nowak, 12.06) | done\n\n"
        "Phase 1 | 60 | 60 | n/a (same design) | PL/2024/0530\n"
        "released: 60 kits (R-02, Ewa Nowak, 20.06) | done\n\n"
        "Phase 2 | 140 | 140 | n/a | not yet\n"
        "NOT released, on hold | revised PO + written release by Ewa Nowak after the\n"
        "phase 1 sell-out review (planned 15.08)\n\n"
        "Released to date: 66 kits. Phase 2 (140 kits) is not released; please do not start\n"
        "it and do not buy material for it.\n"
    )
    assert rg011(tracker) == []


def test_a_release_stated_after_its_done_event_is_compared_with_the_table() -> None:
    notice = (
        "Release notice RN-HBL-051\nHarbourline Energy Ltd to Bharat Structurals Ltd. PO 4700733.\n"
        "PO | Item | Released qty | On hold\n"
        "4700733 | Pipe shoe type G2, DRG HBL-PS-0420 Rev 7 | 12 | balance\n\n"
        "Following FAI sign-off of the 6 first-off supports (report FAI-BSL-022), {words} pipe "
        "shoes are released for production.\n" + HOLD
    )
    assert rg011(notice.format(words="fifteen (15)"))
    assert rg011(notice.format(words="twelve (12)")) == []
    letter = (
        "Production release R-02\nRef.: PO 4500-2340 Rev 1 - aligner case SA-C5.\n"
        "After the validation sign-off of 28/10 (report VAL-SA-C5-02) we hereby release three "
        "hundred (300) cases SA-C5 for production.\n | Quantity\n"
        "Validation cases (delivered) | 60\nReleased now (R-02) | 350\nBalance on hold | 2,590\n"
        + HOLD
    )
    assert rg011(letter)


def test_samples_signed_off_and_a_running_total_are_no_second_release() -> None:
    letter = (
        "Production release - PO 4502 rev. 2\nDear Mr Azevedo,\n"
        "Our packaging quality team signed off the 40 pre-series coffrets on 12 March 2024 "
        "(report DA-QP-24-019).\n"
        "Following that sign-off, we hereby release the remaining seven thousand nine hundred and "
        "sixty (7,960) coffrets for production under PO 4502 rev. 2. The released total is now "
        "8,000 coffrets (40 pre-series + 7,960), which is the full quantity of PO 4502 rev. 2.\n"
    )
    assert rg011(letter) == []


def test_a_quote_tier_cited_in_brackets_is_no_authorized_count() -> None:
    po = (
        "PURCHASE ORDER GEM/PUR/24/0577\n"
        "Sl. | Part No. | Description | Qty | Unit | Rate USD\n"
        "1 | GEM-CH-21700-14S | Cell holder 14S5P, sample | {line} | Nos | 6.80\n"
        "Kindly supply twenty (20) nos. samples of the above cell holder as per your quotation "
        "HS-Q-0522 (sample 25 pcs @ USD 6.80, series 60,000 pcs per annum @ USD 0.95).\n"
    )
    assert rg011(po.format(line="25"))
    assert rg011(po.format(line="20")) == []


def test_counts_read_around_labels_asides_and_sizes() -> None:
    def values(text: str) -> list[int]:
        return [q.value for q in find_quantities(text.lower())]

    # a count after its label and a bracketed aside, before its delivery week
    assert values("Released now (call-off 07) 250 KW 31 / KW 33\n") == [250]
    assert values("Released now 250 KW 31\n") == [250]
    # ... and after a printout's dot leader, in metres as well
    assert values("RELEASED NOW (call-off 08) ..........  250 m\n") == [250]
    assert values("RELEASED NOW....  250 m\n") == [250]
    assert values("Delivery ...........  250 m\n") == []  # a length, without a count's label
    assert values("motor rated 250 kW\n") == []  # kilowatts, no count
    assert values("Quantity released on this PO 20 panels\n") == [20]
    assert values("Tools per PO 4711 are ours\n") == []  # a PO's number
    # a size in a row's description is no count, the row's count is
    po = (
        "PURCHASE ORDER 45-2240\nScope Sample quantity: 36 bottles (mould samples).\n"
        "Line Item Description Qty Unit USD\n1 GL-375-BB2 375 ml flint flask\n"
        "'BB Single Barrel',\nembossed seal,\nmould samples\n48 7.50\n"
    )
    doc = analyse(Part("po.txt", "po.txt", "text", po))
    assert [q.value for q in doc.active] == [48]


def test_you_are_released_for_and_a_po_raised_authorize() -> None:
    def role(text: str) -> str:
        return analyse(Part("mail.txt", "mail.txt", "text", text)).role

    assert role("Good news - the T1 stems passed: you're released for 300 stems.") == (
        "authorization"
    )
    assert role(
        "Thanks for the quote. PO 4500078010 is raised for the 4 FAI bulkhead panels at the FAI "
        "price in your quote, attached."
    ) == ("authorization")
    hereby = (
        "Hereby PO 4500219100 for the sample lot of the decaf 500 g bag: 1.000 m, EUR 0,26/m, "
        "delivery week 17. Your quotation 24/0317 is attached to this mail."
    )
    assert role(hereby) == "authorization"  # a buyer's order, not a quote's boilerplate


def test_a_release_that_leaves_its_count_open_states_none() -> None:
    release = (
        "PRODUCTION RELEASE                                 PRINTED 21.05.2024 14:07\n"
        "PO NUMBER      : 4600013055            PO DATE : 29.04.2024\n"
        "MATERIAL       : 2100457711  FITTING, TEE EQUAL 8 IN SCH 80\n"
        "PO QTY         : 60 EA\n"
        "RELEASE NO     : 0003\nSTATUS         : RELEASED FOR MANUFACTURE\n"
        "REL QTY        : {qty}\nDELIVERY       : CIF ONNE PORT, WEEK 30\n"
        "NOTES:\nQTY NOT COVERED BY THIS RELEASE IS NOT RELEASED.\n"
        "NEXT RELEASE ONLY AFTER HYDROTEST SIGN-OFF BY ENGR IFEOMA NWOSU (QA/QC)\n"
        "AND SIGNED BY ENGR C. OBI, PROCUREMENT MANAGER.\n"
    )
    assert "RG010" in check(release.format(qty="TBA (TO BE ADVISED BY PLANNING)")).rules
    assert "RG010" not in check(release.format(qty="20 EA")).rules
    # the production quantity left to the quote is not the count authorized now
    sample = (
        "Hi Ana, please make 12 sample jars now. Series quantity per quote KTM-Q-24-077, not "
        "released until the sample sign-off and a written release from Tom Berg."
    )
    assert "RG010" not in check(sample).rules


def test_the_quote_restated_beside_the_order_is_not_authorized() -> None:
    chat = (
        "[12/03/2024, 10:14:27 am] Josh Pearce: PO 20931 is through for the 40 sample cases with "
        "our logo, your quote was 40 + 10k at the tiered price\n"
        "[12/03/2024, 11:02:56 am] Kevin Liang: Received PO thank you! We arrange samples.\n"
    )
    assert [q.value for q in analyse(Part("c.txt", "c.txt", "text", chat)).active] == [40]
    assert "RG001" in check(chat).rules  # the 10k beside the 40, not said to be unreleased


def test_a_release_against_the_total_row_of_the_table_below_it() -> None:
    call_off = (
        "LLAMADA / CALL-OFF No 02\nFrame order 4510010120 (C-250 passenger seats).\n"
        "Released for production with this call-off: {released} seats (cars 5 to 7).\n"
        "Car Vehicle Seats Kitting label Delivery\n"
        "5 C250-02-A 24 K-05 KW 33\n6 C250-02-B 24 K-06 KW 33\n7 C250-02-C 24 K-07 KW 34\n"
        "Total 72\n"
        "The remaining seats of the frame order are not released. They will be released only by "
        "the next call-off, signed by Ana Garcia Ruiz (Compras), after the fire test report.\n"
    )
    messages = rg011(call_off.format(released="96"))
    assert messages and "totals 72" in messages[0]
    assert rg011(call_off.format(released="72")) == []
    # a total row of the whole order is not this release's
    letter = (
        "Production release no. 2\nPO 4700-2291, BM-FLX-300 main board.\n"
        "With this letter we release the remaining 1,940 units of PO 4700-2291 for production.\n"
        "Total 2,000 full PO quantity released\n"
    )
    assert rg011(letter) == []


PORTAL_PO = (
    "Zuidwind E-Bikes - supplier portal\n"
    "Supplier: Kunshan Voltcase Enclosure Co., Ltd. · PO ZW-24-0170 · issued 2024-07-04\n"
    "Line | Part | Description | Qty | Scope\n"
    "10 | ZW-BH-E11 | Battery housing E11 (integrated, 800 Wh), sample | 16 | Sample\n"
    "Scope note. Build {words} sample housings now. The series quantity of your quotation "
    "(1,200 housings) is not released: do not start it and do not buy material for it.\n"
    "The series will be released only by a written production release signed by Lena Vos "
    "(Operations Director), after the sample sign-off.\n"
    "{extra}"
)


def test_a_sample_pos_note_counting_its_samples_against_its_line() -> None:
    messages = rg011(PORTAL_PO.format(words="twelve (12)", extra=""))
    assert messages and "order line states 16" in messages[0]
    assert rg011(PORTAL_PO.format(words="sixteen (16)", extra="")) == []
    # some of the samples, counted for a test, are no second count of the order
    tested = "X-ray of 12 samples per cavity after the first shots.\n"
    assert rg011(PORTAL_PO.format(words="sixteen (16)", extra=tested)) == []


def test_a_header_count_against_a_size_grid_laid_out_across() -> None:
    po = (
        "PURCHASE ORDER LY-PO-24-0344\nLanyu Bicycle Co., Ltd.\n"
        "Item LY-TR2-F Lanyu Trail 2 aluminium frame, T2\nsample\nSample qty {n} pcs\n"
        "Delivery 2024/08/09, our warehouse Xitun\n"
        "Size S M L XL Total\nQty (pcs) 4 6 6 4 20\n"
        "Scope: this PO is for the T2 samples only. The 976 mass production frames are not "
        "released. Mass production will be released only by a written production release from "
        "Grace Chen after the ISO 4210-6 report is signed off.\n"
    )
    messages = rg011(po.format(n=24))
    assert messages and "sizes add up to 20" in messages[0]
    assert rg011(po.format(n=20)) == []


def test_words_against_digits_with_a_space_between_thousands() -> None:
    notice = (
        "TUOTANTOVAPAUTUS / PRODUCTION RELEASE PR-2024-044\n"
        "Vapautettu määrä / released quantity:\n    one thousand two hundred ({digits}) pcs\n\n"
        "Toimitus / delivery        : vk 40 / week 40\n" + HOLD
    )
    messages = rg011(notice.format(digits="1 020"))
    assert messages and "1,020" in messages[0]
    assert rg011(notice.format(digits="1 200")) == []


def test_a_scope_label_naming_the_samples_before_their_count() -> None:
    po = (
        "PURCHASE ORDER 7700611\nBuckeye Kiosk Systems, Inc. - Buyer: Jenna Whitaker\n"
        "Scope: FAI samples, {n} pcs, CRB-7 card reader bezel.\n"
        "Line Item Description Qty UoM Unit Ext.\n"
        "1 7100-250-07 CRB-7 card\nreader bezel\nrev C - FAI\nsample\n30 EA $14.20 $426.00\n"
        "Notes: Balance of 2,500 pcs production quantity is on hold - not released until FAI "
        "sign-off and a written release by Jenna Whitaker. Material for the FAI samples only.\n"
    )
    messages = rg011(po.format(n=25))
    assert messages and "order line states 30" in messages[0]
    assert rg011(po.format(n=30)) == []


def test_a_release_letter_after_a_numbered_sign_off_against_its_table() -> None:
    letter = (
        "Rilascio di produzione / Production Release PR-24-011\n"
        "Part | SPT-18 spiral tray, PN 3000-250-18\nPO | 4500318 rev 1\n"
        "Buongiorno Giorgio,\nfollowing the sample sign-off SSR-24-028 we release four hundred "
        "(400) spiral trays SPT-18 for production under PO 4500318 rev 1.\n"
        "Quantity | pcs\nSamples (delivered) | 40\nReleased quantity (this release) | {n}\n"
        "Remaining on hold | 1.560\n"
        "The remaining 1.560 pcs stay on hold until the next written release by Marco Pesenti, "
        "after the field test.\n"
    )
    # the sign-off has a record's number: it has happened, and the release is made now
    doc = analyse(Part("pr.txt", "pr.txt", "text", letter.format(n=400)))
    assert doc.authorizes
    # a labelled row under a two-column header is a row, not another header
    assert 400 in {q.value for q in doc.seg.quantities if q.start > letter.index("Samples")}
    messages = rg011(letter.format(n=500))
    assert messages and "500" in " ".join(messages)
    assert rg011(letter.format(n=400)) == []


def test_an_order_said_to_cover_another_count_than_the_one_authorized() -> None:
    mail = (
        "Subject: PO 4500091540 pre-series\n\nHi Paolo,\nsamples ok, tread rubber ok. "
        "PO 4500091540 is approved in SAP for {order} pairs.\n"
        "Active now: 24 pairs pre-series only. The balance of 2.376 pairs is not released and "
        "stays on hold until the wear test is signed off and Anna Berger releases it in writing.\n"
    )
    messages = rg011(mail.format(order="30"))
    assert messages and "30" in messages[0] and "authorizes 24" in messages[0]
    # the whole order (active and held together) is no other count
    assert rg011(mail.format(order="2,400")) == []
    # nor is one of the order's deliveries
    split = (
        mail.format(order="2,400") + "Delivery as per PO: two shipments of 12, weeks 25 and 27.\n"
    )
    assert rg011(split) == []


def test_a_sample_quantity_label_and_a_freight_line_beside_the_samples() -> None:
    po = (
        "ORDEN DE COMPRA / PURCHASE ORDER 4500019402\n"
        "Texto cabecera / header text:\n  Sample quantity: {words} pcs, sample valves for the "
        "fermentation tanks.\n  Balance 196 valves not released - on hold until sample sign-off "
        "by Rodrigo Aravena and a written release from Ignacio Letelier.\n"
        "Pos  Material     Texto                                      Cant.  UM   Precio\n"
        "10   VAL-SMP-12   Valvula de muestreo 1/2 316L, sample          16  UN     14,60\n"
        "20   FLETE        Courier DHL muestras                           1  UN     85,00\n"
    )
    # the courier's single line is no count of the samples
    messages = rg011(po.format(words="twelve (12)"))
    assert messages and "16" in messages[0]
    assert rg011(po.format(words="sixteen (16)")) == []


def test_a_buyer_naming_itself_releases_after_an_american_date() -> None:
    notice = (
        "Production Release REL-0042\nTo: Ege Paslanmaz Makina, Mr Emre Yilmaz.\n"
        "Following the pilot sign-off of June 10, 2024 (4 pilot trolleys), Silver Sage Linen "
        "Services releases one hundred twenty (120) cage trolleys CT-70 for production.\n"
        "Release no. | Part | Released qty | Ship to\n"
        "REL-0042 | CT-70 cage trolley, drawing rev 3 | {n} | Henderson\n"
        "The remaining program quantity (680 trolleys) is not released and stays on hold until "
        "the next written release by Dana Reyes after the durability review.\n"
    )
    doc = analyse(Part("rel.txt", "rel.txt", "text", notice.format(n=120)))
    assert doc.authorizes  # a sign-off dated June 10, 2024 has happened: the release is now
    messages = rg011(notice.format(n=100))
    assert messages and "100" in " ".join(messages)
    # the pilot units judged in the event's aside are no second release
    assert rg011(notice.format(n=120)) == []


INKOPSORDER = (
    "SK\u00c5NEV\u00c5RD FASTIGHETER AB                               INK\u00d6PSORDER\n"
    "Org.nr 556612-3407                                          Sida 1(1)\n"
    "ORDERNR     : 4500019071                  DATUM     : 2024-05-06\n"
    "RAD ARTIKEL      BEN\u00c4MNING                        ANTAL ENH  \u00c0-PRIS   BELOPP\n"
    "  1 LMS-600      L\u00c4KEMEDELSSK\u00c5P 600, KODL\u00c5S"
    "          20  ST  6 450,00 129 000,00\n"
    "                 PROV / SAMPLE\n"
    "---------------------------------------------------------------------------\n"
    "                                                  SUMMA SEK      129 000,00\n"
    "ANM\u00c4RKNING / NOTE:\n"
    " SAMPLE ORDER - {words} MEDICINE CABINETS ONLY, FOR THE WARD TRIAL.\n"
    " THE BALANCE OF 216 CABINETS IS NOT RELEASED. RELEASE ONLY IN WRITING BY ANNIKA BERG\n"
    " AFTER THE WARD-TRIAL SIGN-OFF.\n MATERIAL AUTHORITY: SAMPLE ORDER QUANTITY ONLY.\n"
    " KODL\u00c5S ENLIGT SIS-STANDARD SS 3522 KLASS 3.\n"
)


def test_a_swedish_pos_note_counting_its_samples_against_its_line() -> None:
    # a PO titled in Swedish; its total amount and a standard's number below are no lines
    messages = rg011(INKOPSORDER.format(words="TWENTY-FOUR (24)"))
    assert messages and "24" in messages[0] and "order line states 20" in messages[0]
    assert rg011(INKOPSORDER.format(words="TWENTY (20)")) == []


ORDEN = (
    "VIÑA LOS ROBLES S.A.                 ORDEN DE COMPRA / PURCHASE ORDER\n"
    "Nº 4500019402     Fecha 16.05.2024\n"
    "Texto cabecera / header text:\n"
    "  {words} sample valves for the tanks, for test during vintage.\n"
    "  Balance of 196 valves NOT released until sample sign-off by Rodrigo Aravena and a\n"
    "  written release from Ignacio Letelier. Material for the samples only.\n"
    "Pos  Material     Texto                                      Cant.  UM   Precio    Valor\n"
    "10   VAL-SMP-12   Sampling valve 1/2in 316L, PN 10               4  UN     14,60    58,40\n"
    "20   FLETE        Courier DHL samples                            1  UN     85,00    85,00\n"
)


def test_a_few_samples_noted_against_a_line_of_a_few_more() -> None:
    # two samples of four are no part of the order but a second count of it
    messages = rg011(ORDEN.format(words="Two (2)"))
    assert messages and "order line states 4" in messages[0]
    assert rg011(ORDEN.format(words="Four (4)")) == []


def test_a_note_naming_the_samples_before_their_count() -> None:
    po = ORDEN.replace("{words} sample valves", "Amostras / samples: {words} pcs,")
    messages = rg011(po.format(words="two (2)"))
    assert messages and "order line states 4" in messages[0]
    assert rg011(po.format(words="four (4)")) == []


def test_a_sample_order_note_counting_other_nouns() -> None:
    for note in (
        "Sample order: {words} check valves,",
        "Sample lot of {words} check valves,",
        "Pedido de muestras - {words} valvulas,",
    ):
        po = ORDEN.replace("{words} sample valves", note)
        messages = rg011(po.format(words="dos (2)" if "Pedido" in note else "two (2)"))
        assert messages and "order line states 4" in messages[0], note
        assert rg011(po.format(words="cuatro (4)" if "Pedido" in note else "four (4)")) == []


STORZ = (
    "Dear Rajesh,\n\nGood news: the samples are approved by Marloes.\n\n"
    "Production release: 600 couplings Storz 52-C, released by Henk Bakker, head of purchasing. "
    "The remaining 1.400 of the framework stay on hold until the next written release by Henk "
    "after the first lot is accepted at our warehouse.\n\n"
    "Please plan production and shipment of the {n} released couplings for week 38.\n"
)


def test_a_release_cited_with_its_author_and_restated_otherwise() -> None:
    messages = rg011(STORZ.format(n=500))
    assert messages and "500" in messages[0] and "600" in messages[0]
    assert rg011(STORZ.format(n=600)) == []


def test_a_sum_written_out_adds_releases_up() -> None:
    release = (
        "Production release RN-2024-017\nQuantity released 1.188 doors\n"
        "Unlock event: sample sign-off SR-2024-044, passed 12-08-2024. Authorised by Henk Bakker.\n"
        "With this release the full framework quantity is released: 12 sample doors + 1.188 "
        "series = 1.200 doors.\n"
    )
    assert rg011(release) == []


def test_a_release_commanded_in_the_buyers_language_against_the_po_line() -> None:
    po = (
        "PEDIDO DE COMPRA / PURCHASE ORDER\nPedido        : 4500018840\n"
        "Item Material    Texto breve                         Qtd  UM   Preco liq.\n"
        "0010 1006000     BRACO CANCELA BGA-6000 PILOTO         4  UN      286,00\n"
        "Texto do item 0010:\n  Liberar {n} bracos piloto BGA-6000 para teste.\n"
        "  Saldo de 316 bracos NAO liberado - bloqueado ate liberacao escrita de Ricardo Menezes.\n"
    )
    messages = rg011(po.format(n="6 (seis)"))
    assert messages and "6" in messages[0] and "4" in messages[0]
    assert rg011(po.format(n="4 (quatro)")) == []


def test_a_release_page_whose_italian_note_releases_another_count_than_its_table() -> None:
    page = (
        "Rilascio di produzione / Production release RL-24-012\n\n"
        "Ordine | Articolo | Quantità rilasciata / released qty | Consegna\n\n"
        "OA 24/0611-R1 | 2210-080-04 pistone DDP-80 | 300 | KW 30 / 2024\n\n"
        "Dopo il sign-off campioni SO-24-019 si rilasciano ora {words} pistoni per la "
        "produzione. Il saldo resta bloccato: nuovo rilascio scritto solo da Ing. Paolo Cattaneo.\n"
    )
    messages = rg011(page.format(words="trecentoventi (320)"))
    assert messages and "320" in messages[0] and "300" in messages[0]
    assert rg011(page.format(words="trecento (300)")) == []


def test_samples_wanted_in_a_mail_against_the_po_line_it_cites() -> None:
    mail = (
        "From: Mette Kjaergaard <mkj@vestkyst.example>\nTo: Mohamed Saad <ms@nde.example>\n"
        "Subject: PO 4500391430 - MB-1D meter cabinets, samples\n\nDear Mohamed,\n\n"
        "We need {words} sample cabinets MB-1D rev D for the type test.\n\n"
        "PO 4500391430 is in the system: 1 line, 25 pcs, EUR 61,00 per piece.\n\n"
        "The remaining cabinets stay on hold until further notice. Only Anders Lykke, Supply "
        "Chain Manager, can release production.\n\nBest regards\nMette"
    )
    messages = rg011(mail.format(words="twenty (20)"))
    assert messages and "25" in messages[0]
    assert rg011(mail.format(words="twenty-five (25)")) == []


def test_the_complete_quantity_below_the_release_is_no_sum() -> None:
    mail = (
        "Hej Rui,\n\nFollowing the sample sign-off on 4 June (Johan Ekstrom), I hereby release "
        "sixty (60) mannequins MNQ-F-1780 against PO 4500-7796 for production. The remaining 118 "
        "stay on hold until the next written release from me.\n\nPlease deliver the complete "
        "quantity of {n} pcs to DC Boras in week 33.\n\nAnnika Holm\nHead of Store Development\n"
    )
    messages = rg011(mail.format(n=56))
    assert messages and "60" in messages[0]
    assert rg011(mail.format(n=60)) == []


def test_an_order_said_to_have_gone_out_for_one_count_and_shipped_as_another() -> None:
    mail = (
        "Rajesh,\n\nThe OC 4500020230 went out today: forty (40) couplings 2.5in BS 336 female, "
        "full quantity. There is no sample stage.\n\nGo ahead.\n\nPlease ship all {n} pcs in one "
        "box by air.\n\nRodrigo Fuentes\nJefe de Abastecimiento\n"
    )
    messages = rg011(mail.format(n=30))
    assert messages and "40" in messages[0]
    assert rg011(mail.format(n=40)) == []


def test_a_bilingual_request_counting_the_samples_twice_differently() -> None:
    mail = (
        "Bonjour Emre,\n\nVeuillez fabriquer {fr} poignées HD-160-MB comme échantillons.\n"
        "Please make forty-eight (48) sample handles HD-160-MB.\n\n" + HOLD + "\nMathieu\n"
    )
    messages = rg011(mail.format(fr="quarante (40)"))
    assert messages and "40" in messages[0] and "48" in messages[0]
    assert rg011(mail.format(fr="quarante-huit (48)")) == []


def test_minutes_naming_the_pos_commercial_cover_beside_a_partial_release() -> None:
    minutes = (
        "Minutes - SBT-900\n2. PO issued\nPO BC-24-0330 was issued on 2024-05-12 for 1 200 "
        "trays.{cover}\n3. Production release\nLuc Bergeron released 400 trays for production in "
        "writing on 2024-05-13 (release REL-01).\nThe other 800 trays on the PO are on hold until "
        "a written release from Luc Bergeron after the forecast review.\n"
    )
    assert rg011(minutes.format(cover=" This is the commercial cover only.")) == []
