"""A covering e-mail and the document it carries, one order: when they authorize different
counts, that is RG011; when they agree, nothing is said."""

from __future__ import annotations

from releasegate.documents.check import check_parts
from releasegate.documents.check.read import Part


def conflicts(parts: list[Part]) -> list[str]:
    """The RG011 messages the rules give for the parts checked as one bundle."""
    report = check_parts(parts, None, rules_only=True)
    return [f.message for f in report.findings if f.rule == "RG011"]


def rg011(mail: str, attachment: str, kind: str = "pdf") -> list[str]:
    """A mail and its attachment."""
    return conflicts(
        [
            Part("order.eml", "order.eml", "email", mail),
            Part(f"order.eml!attached.{kind}", "order.eml", kind, attachment),
        ]
    )


def rg011_bundle(*texts: str) -> list[str]:
    """Separate text files."""
    return conflicts([Part(f"doc{i}.txt", f"doc{i}.txt", "text", t) for i, t in enumerate(texts)])


HOSE_MAIL = (
    "Subject: DDI-7752 sample hose assemblies\n\nHi Lily,\n\n"
    "PO DDI-7752 attached. Only the {n} sample assemblies for now please - we want to see how "
    "they route before anything else.\n\nThe 970 balance is on hold until sample sign-off and a "
    "written release from me. Release authority for the balance: Brett Maguire, Purchasing.\n\n"
    "Thanks,\nBrett\n"
)
HOSE_PO = (
    "PURCHASE ORDER DDI-7752\nDarling Downs Implements Pty Ltd - Buyer: Brett Maguire\n"
    "Line Item Description Qty Unit Unit price\n"
    '10 HA-12-R2-1500 Hose assy 1/2" SAE 100R2AT 1500 mm, sample 36 EA USD 16.20\n'
    "Production quantity is not released by this PO.\n"
)


def test_the_mails_only_the_n_samples_against_the_po_line() -> None:
    messages = rg011(HOSE_MAIL.format(n=30), HOSE_PO)
    assert messages and "30" in messages[0] and "36" in messages[0]
    assert rg011(HOSE_MAIL.format(n=36), HOSE_PO) == []


MAILER_MAIL = (
    "Subject: MR-2024-090 - subscription mailer samples\n\nHi Duc,\n\n"
    "Our PO MR-2024-090 for the printed samples of the subscription mailer is coming out of our "
    "ERP today: {n} printed samples, {each} of each design (Light Roast / Dark Roast).\n"
    "The 5,000 production mailers are not released. They stay on hold until I have signed off "
    "the samples and sent you a written production release.\n"
    "Please send the samples by FedEx to our roastery.\n\nThanks,\nSophie Tremblay\n"
)
MAILER_PO = (
    "Purchase Order MR-2024-090\nMaple & Rye Coffee Roasters Inc.\n"
    "Line Item Description Scope Qty Unit Amount\n"
    # a PDF table's description column, wrapped the way text extraction gives it
    "1 MR-SUB-LR Subscription\nmailer, Light\nRoast\ndesign,\nE-flute, 4/0\nPrinted\nsample\n"
    "12 5.20 62.40\n"
    "2 MR-SUB-DR Subscription\nmailer, Dark\nRoast\ndesign,\nE-flute, 4/0\nPrinted\nsample\n"
    "12 5.20 62.40\n"
    "Total 24 124.80\n"
    "Scope: printed samples only, as listed. Production quantity 5,000 not released; on hold "
    "until sample sign-off and a written production release from Sophie Tremblay.\n"
)


def test_samples_counted_in_the_mail_against_the_po_lines() -> None:
    assert rg011(MAILER_MAIL.format(n=20, each=10), MAILER_PO)
    assert rg011(MAILER_MAIL.format(n=24, each=12), MAILER_PO) == []


def test_a_number_that_labels_is_no_sample_count() -> None:
    mail = MAILER_MAIL.format(n=24, each=12).replace("Subject: ", "Subject: Area 8 samples - ")
    assert rg011(mail, MAILER_PO) == []


RELEASE_MAIL = (
    "Subject: Liberación L-25-014 DH-3370\n\nEstimado Julián,\n\n"
    "Release L-25-014: please produce {n} pcs DH-3370 rev 1 against OC-25-00990. The rest of "
    "the order stays on hold. The next release comes from Sofía Giménez after lot acceptance.\n\n"
    "Saludos,\nSofía Giménez, Jefa de Compras\n"
)
RELEASE_LETTER = (
    "CARTA DE LIBERACIÓN / RELEASE LETTER L-25-014\n"
    "Metalúrgica Pampa S.A. - OC-25-00990 - cubo DH-3370 rev 1 - 31/03/2025\n"
    "Released for production by this letter 350 pcs\n"
    "On hold 1.650 pcs\n"
    "Order total (commercial) 2.000 pcs\n"
    "Firma: Sofía Giménez\n"
)


def test_a_release_letters_released_row_against_its_cover_mail() -> None:
    messages = rg011(RELEASE_MAIL.format(n=400), RELEASE_LETTER)
    assert messages and "400" in " ".join(messages) and "350" in " ".join(messages)
    assert rg011(RELEASE_MAIL.format(n=350), RELEASE_LETTER) == []


CALL_OFF_MAIL = (
    "Subject: Abruf 08 / call-off 08 - Deggendorf\n\nGuten Morgen Herr Wisniewski,\n"
    "attached call-off 08, releasing {n} m of KBL-300/60 for the Deggendorf site, delivery KW 26.\n"
    "All other quantities of the frame stay not released until the next call-off from Jonas "
    "Weber.\n\nMit freundlichen Gruessen\nKatrin Vogel, Einkauf\n"
)
CALL_OFF_PRINTOUT = (
    "SONNENFELD PROJEKTBAU GMBH                 ABRUF / CALL-OFF NO. 08\n"
    "Rahmen/Frame : Lieferplan 5500001823, Pos 00010\n"
    "Material     : 3000417  Kabelrinne KBL-300/60 gelocht, L=3 m\n"
    "ABGERUFEN / RELEASED NOW (call-off 08) ............................  250 m\n"
    "Liefertermin / delivery ................................................ KW 26\n"
    "Rest der Rahmenmenge / balance of frame quantity:\n"
    "  -> NICHT freigegeben / NOT released. Do not fabricate.\n"
)


def test_a_printouts_dot_leader_count_against_its_cover_mail() -> None:
    messages = rg011(CALL_OFF_MAIL.format(n=200), CALL_OFF_PRINTOUT, kind="txt")
    assert messages and "250" in " ".join(messages) and "200" in " ".join(messages)
    assert rg011(CALL_OFF_MAIL.format(n=250), CALL_OFF_PRINTOUT, kind="txt") == []


PO_CR = (
    "BON DE COMMANDE / PURCHASE ORDER CR-24-052\nCéramiques du Rhône, Lyon\n"
    "Line Item Description Qty Unit EUR\n1 CR-VASE-12 Vase 12 cm, sample 100 pcs 4.20\n"
    "Samples only. The production quantity is not released; it will be released only by a "
    "written release from Claire Roux after the sample sign-off.\n"
)
PROFORMA = (
    "PROFORMA INVOICE PI-WH-2405-88\nWeihai Ceramics Co., Ltd.\n"
    "Customer order: PO {po}, 100 pcs sample vase CR-VASE-12, EUR 420.00.\n"
    "Payment: 100% before shipment.\n"
)


def test_an_order_number_with_two_digits_swapped() -> None:
    messages = rg011_bundle(PO_CR, PROFORMA.format(po="CR-24-025"))
    assert messages and "CR-24-052" in messages[0] and "CR-24-025" in messages[0]
    assert rg011_bundle(PO_CR, PROFORMA.format(po="CR-24-052")) == []
    # the next order in the buyer's sequence is another order, not a typing slip
    assert rg011_bundle(PO_CR, PROFORMA.format(po="CR-24-053")) == []


def test_a_bare_number_in_a_header_against_an_order_number_cited() -> None:
    po = (
        "ORDINE D'ACQUISTO / PURCHASE ORDER\nVia Zanica 112 - 24126 Bergamo (BG)    "
        "N. 4500318     Data 10.06.2024\n"
        "Line Item Description Qty\n10 SPT-18 spiral tray, sample 40 pcs\n"
    )
    proforma = "PROFORMA PI-0611\nVs. ordine n. {po} del 10.06.2024 - campionatura SPT-18, 40 pcs\n"
    assert rg011_bundle(po, proforma.format(po="4500381"))
    assert rg011_bundle(po, proforma.format(po="4500318")) == []


PEDIDO = (
    "ASCENSORES BRAVA S.L.                         PEDIDO DE COMPRA / PURCHASE ORDER\n"
    "PEDIDO NO.  : 4500071870        FECHA : 09.07.2024\n"
    "POS  MATERIAL     DESCRIPCION                       CANT  UD   USD\n"
    "010  PB-35        PUSH BUTTON SET PB-35 + BOX, BRAILLE      24  UD   6,10\n"
    "SAMPLE ORDER ONLY. The production quantity is not released; it will be released only by "
    "a written release from Marta Gil after the sample approval.\n"
)
PI = (
    "PROFORMA INVOICE PI-HT-24-0655\nSeller: Suzhou Hengtai Elevator Parts Co., Ltd.\n"
    "Buyer: Ascensores Brava S.L. Your PO: 4500071870. Date: 10 July 2024\n"
    "No. Description Qty Unit price USD Amount USD\n"
    "1 Sample push button set PB-35 + box, Braille {n} sets 6.10 {amount}\n"
    "Payment: T/T 30% deposit, 70% before shipment.\n"
)


def test_a_proforma_for_the_po_counting_otherwise() -> None:
    messages = rg011_bundle(PEDIDO, PI.format(n=20, amount="122.00"))
    assert messages and "20" in messages[0] and "orders 24" in messages[0]
    assert rg011_bundle(PEDIDO, PI.format(n=24, amount="146.40")) == []
    # one for the whole batch counts the order otherwise too
    messages = rg011_bundle(PEDIDO, PI.format(n=2400, amount="14,640.00"))
    assert messages and "2,400" in messages[0] and "orders 24" in messages[0]
    # ... but not a row that says it is not ordered
    held = (
        "PROFORMA INVOICE PI-HT-24-0656\nBuyer: Ascensores Brava S.L. Your PO: 4500071870.\n"
        "No. Description Qty Unit price USD Amount USD\n"
        "1 Production lot (not released - quoted for reference only)\n2,376 sets 5.90\n"
    )
    assert rg011_bundle(PEDIDO, held) == []


OC = (
    "SIPARIS ONAYI / ORDER CONFIRMATION SO-2024-0871\nEge Makina A.S. - Manisa OSB\n"
    "Customer: Ascensores Brava S.L. Your PO 4500071870 of 09.07.2024.\n"
    "Pos Article Description Qty Unit price USD Delivery\n1 PB-35 Push button\nset, Braille,\n"
    "sample\n{n} sets 6,10 wk 30/2024\nSeries 2376 sets: waiting your written release.\n"
)


def test_a_proforma_row_with_its_unit_and_price_is_no_row_number() -> None:
    proforma = (
        "FATTURA PROFORMA / PROFORMA INVOICE PF-24/0211\n"
        "Vs. ordine / your order: 4500071870 del 16.09.2024.\n"
        "Pos. Articolo Descrizione Q.ta Prezzo EUR Importo EUR\n"
        "10 PB-35 Push button set -\ncampioni /\nsamples\n{n} pz 6,10 {amount}\n"
    )
    messages = rg011_bundle(PEDIDO, proforma.format(n=30, amount="183,00"))
    assert messages and "30" in messages[0] and "orders 24" in messages[0]
    assert rg011_bundle(PEDIDO, proforma.format(n=24, amount="146,40")) == []


def test_a_proforma_under_a_letterhead_citing_a_po_with_a_held_line() -> None:
    po = (
        "BÂTIMENTS ROUSSEL SAS\nBon de commande / Purchase order N° BR-24-07870 du 21/06/2024\n"
        "Ligne Réf. Désignation Qté PU HT Statut\n"
        "1 SL-40-ECH Serrure à\nlarder - échantillons\n40 9,80 € à fabriquer\n"
        "2 SL-40 Serrure à\nlarder - série (solde)\n1 960 9,80 € NON LANCÉE\n"
        "Quarante (40) échantillons seulement. Le solde de 1 960 pcs n'est pas lancé.\n"
    )
    proforma = (
        "SHREE GANESH PRECISION LOCKS PVT. LTD.\nPlot 14, Industrial Estate, Aligarh\n"
        "PROFORMA INVOICE No. SGPL/PI/24-25/0117 dt. 24-06-2024\n"
        "Buyer's order BR-24-07870 dt. 21-06-2024\n"
        "S.No. Description HSN Qty Rate EUR Amount EUR\n"
        "1 SL-40 mortise lock, 40 mm backset\n8301 40 {n} nos 9.80 {amount}\n"
    )
    # the held line is no order line; the count after a customs code is the proforma's
    messages = rg011_bundle(po, proforma.format(n="2,000", amount="19,600.00"))
    assert messages and "2,000" in messages[0] and "orders 40" in messages[0]
    assert rg011_bundle(po, proforma.format(n="40", amount="392.00")) == []


def test_an_order_confirmation_whose_wrapped_row_counts_otherwise() -> None:
    # the row wraps over lines as a PDF reader gives it; the balance below it is no count
    po = PEDIDO + "Series 2376 sets NOT released.\n"
    messages = rg011_bundle(po, OC.format(n=30))
    assert messages and "30" in messages[0] and "orders 24" in messages[0]
    assert rg011_bundle(po, OC.format(n=24)) == []


SAMPLE_PO_MAIL = (
    "Hi Ms. Wang,\nAttached is our PO 4500-3318 for the samples, 40 pcs rod tube 135 cm, as per "
    "your quotation WH-Q-2404-17. Please send the samples by air.\nBest regards, Ingrid\n"
)
QUOTE = (
    "QUOTATION WH-Q-2404-17\nItem Qty Unit price USD Remark\n"
    "Rod tube 135 cm - sample lot\n40 pcs 11.80 incl. laser logo\n"
    "Rod tube 135 cm - mass production\n4.000 pcs 4.35 FOB Weihai, {marker}\n1.000\n"
)


def test_a_marker_that_labels_the_next_number_leaves_this_one_unmarked() -> None:
    def rg001(quote: str) -> bool:
        parts = [
            Part("po.eml", "po.eml", "email", SAMPLE_PO_MAIL),
            Part("po.eml!quote.pdf", "po.eml", "pdf", quote),
        ]
        return "RG001" in check_parts(parts, None, rules_only=True).rules

    # "MOQ" names the 1.000 after it: the 4.000 of production stands unmarked
    assert rg001(QUOTE.format(marker="MOQ"))
    # ... but marked where a marker is the 4.000's own
    assert not rg001(QUOTE.format(marker="indicative only, MOQ"))


def test_a_po_numbered_in_its_header_and_cited_with_two_digits_swapped() -> None:
    po = (
        "PANIFICADORA DEL BAJIO S.A. DE C.V.                    ORDEN DE COMPRA\n"
        "Blvd. Aeropuerto 3150, León                            No. OC-2024-0871\n"
        "Lín Parte        Descripción                           Cant. UM   P.U.\n"
        "1   SB-530-12    CUCHILLA REBANADORA 530 MM - MUESTRAS   20  PZA  41,00\n"
    )
    proforma = "PROFORMA INVOICE PF-SP-24-0144\nYour order: PO {po}, 20 pcs slicer blades.\n"
    messages = rg011_bundle(po, proforma.format(po="OC-2024-0817"))
    assert messages and "two digits swapped" in messages[0]
    assert rg011_bundle(po, proforma.format(po="OC-2024-0871")) == []


def test_a_cover_mail_citing_the_spanish_po_with_two_digits_swapped() -> None:
    mail = "Estimado Murat,\nAdjunto la OC N° {po} por diez (10) grilletes de prueba MS-25-36.\n"
    po = (
        "Cooperativa Mitilicultores Chiloé Sur Ltda.\nORDEN DE COMPRA N° 2024-0481\n"
        "Pos Código Descripción Cant. Precio\n1 MS-25-36 Grillete de prueba 10 pzas 182,00\n"
    )
    messages = rg011(mail.format(po="2024-0418"), po)
    assert messages and "two digits swapped" in messages[0]
    assert rg011(mail.format(po="2024-0481"), po) == []


def test_a_supplier_confirming_production_of_another_count_than_the_release() -> None:
    portal = (
        "Dahye Beauty Supplier Portal\n\nProduction release PR-24-0067\n\n"
        "PO | KR-24-0274 - SB-250 acrylic shelf bracket\n\n"
        "Samples | 40 pcs, sample sign-off 28.05.2024 (Park Seo-yeon, VMD)\n\n"
        "Released with this release | 1,500 pcs\n\n"
        "Balance on hold | 2,460 pcs - not released until the next written release\n\n"
        "Authorized by | Lee Min-ho, Team Leader Store Development, 2024-06-03\n\n"
        "Material authority: 1,500 pcs.\n"
    )
    reply = (
        "From: Wendy Chen <wendy@jinlu.example>\nSubject: Release PR-24-0067 confirm\n\n"
        "Dear Mr. Lee,\n\nThank you for release PR-24-0067. We confirm production {n} pcs "
        "SB-250, finish on 28 June.\n\nBest regards\nWendy Chen\n"
    )
    messages = rg011_bundle(portal, reply.format(n="1,050"))
    assert messages and "1,050" in messages[0] and "1,500" in messages[0]
    assert rg011_bundle(portal, reply.format(n="1,500")) == []


def test_a_portal_acknowledgement_confirming_another_sample_count_than_the_po() -> None:
    ack = (
        "Albtal Nadeltechnik GmbH - Kundenportal\n\nKunde / customer: Meghna Knit Composite\n\n"
        "Auftragsbestätigung / order acknowledgement AB-24-2207\n\nFeld | Wert\n\n"
        "Ihre Bestellung / your PO | MKC/PUR/24/0561 vom 17.04.2024\n\n"
        "Bestätigte Menge (Muster) / confirmed sample quantity | {n} Stk\n\n"
        "Rest / balance | 27.000 Stk - nicht freigegeben / not released\n"
    )
    po = (
        "MEGHNA KNIT COMPOSITE LTD.\nPURCHASE ORDER NO : MKC/PUR/24/0561   DATE : 17-Apr-2024\n"
        "SL  ITEM                                     QTY    UNIT   RATE EUR    VALUE EUR\n"
        "1   SINKER SK 36.45-12 FOR MAYER RELANIT     300    PCS        0.42       126.00\n"
        "NOTE: BALANCE 29,700 PCS IS NOT RELEASED. RELEASE ONLY AFTER KNITTING TRIAL SIGN-OFF,\n"
        "IN WRITING BY MR. TANVIR AHMED CHOWDHURY, GM TECHNICAL.\n"
    )
    messages = rg011_bundle(ack.format(n="3.000"), po)
    assert messages and "3,000" in messages[0] and "300" in messages[0]
    assert rg011_bundle(ack.format(n="300"), po) == []
