"""Sentences, quantities (also written as words) and numbers, with offsets kept exact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasegate.documents.check import check_parts
from releasegate.documents.check.read import Part
from releasegate.documents.check.segment import (
    find_po_numbers,
    find_quantities,
    fold,
    segment,
    words_to_int,
)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("five hundred", 500),
        ("twenty-five", 25),
        ("two thousand four hundred and ten", 2410),
        ("a dozen", 12),
        ("one hundred twenty", 120),
        ("ten", 10),
    ],
)
def test_numbers_written_as_words_are_understood(phrase: str, value: int) -> None:
    assert words_to_int(phrase) == value


def _values(text: str) -> list[int]:
    return [q.value for q in segment(text).quantities]


def test_quantities_are_found_in_digits_words_and_tables() -> None:
    assert _values("Please make five hundred brackets and 1,500 pcs later.") == [500, 1500]
    assert _values("Qty. 10 only, the remaining 490 stay on hold.") == [10, 490]
    assert _values("Line | Part | Qty | Price\n1 | BRKT-100 | 2,000 | 4.50") == [2000]


def test_prices_dates_durations_and_order_numbers_are_not_quantities() -> None:
    assert _values("PO 4500123 dated 2026-03-04, EUR 4.50 each, lead time 3 weeks, 12 mm.") == []


def test_abbreviations_like_qty_and_bal_do_not_end_a_sentence() -> None:
    texts = [s.text for s in segment("Qty. 10 pcs now. Bal. 490 pcs on hold. Thanks.").sentences]
    assert texts == ["Qty. 10 pcs now.", "Bal. 490 pcs on hold.", "Thanks."]


def test_wrapped_email_lines_are_one_sentence_but_list_items_are_not() -> None:
    text = (
        "The remaining 490 units are not released and stay on hold until the samples are\n"
        "signed off by Jane.\n- item one\n- item two"
    )
    assert [s.text.split()[0] for s in segment(text).sentences] == ["The", "-", "-"]


def test_quoted_reply_markers_are_ignored_for_matching_but_offsets_stay() -> None:
    text = "> Approved,\n> go ahead"
    low = fold(text)
    assert len(low) == len(text)
    assert "approved" in low and ">" not in low


def test_po_numbers_are_found_after_the_usual_labels() -> None:
    found = [n for n, _, _ in find_po_numbers(fold("P.O. No. 4500123 and purchase order #77810"))]
    assert found == ["4500123", "77810"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_sentences_and_quantities_always_point_into_the_text(text: str) -> None:
    seg = segment(text)
    assert len(seg.low) == len(text)
    last = 0
    for sentence in seg.sentences:
        assert last <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        last = sentence.end
    for quantity in seg.quantities:
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert quantity.value > 0


_WORDS = st.sampled_from(
    [
        "approved",
        "go ahead",
        "samples",
        "10",
        "five hundred",
        "pcs",
        "balance",
        "not",
        "released",
        "on hold",
        "PO 4500123",
        "deposit",
        "please start",
        "forecast",
        "firm",
        "order material",
        "for the full batch",
        "once",
        "?",
        ".",
        "\n",
        "> ",
        "|",
        "Qty",
        "Jane Miller",
        "only",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_the_checker_never_raises_and_findings_point_at_their_sentence(text: str) -> None:
    part = Part("doc.txt", "doc.txt", "text", text)
    report = check_parts([part])
    for finding in report.findings:
        offset = finding.start - finding.sentence_start
        assert 0 <= finding.sentence_start <= finding.start < finding.end <= len(text)
        assert (
            finding.text[offset : offset + finding.end - finding.start]
            == text[finding.start : finding.end]
        )
        assert finding.message and finding.suggestion and "\n" not in finding.message


def test_quantities_of_a_range_are_those_a_whole_scan_finds_there() -> None:
    text = fold(
        "Qty 10 now. The remaining two thousand four hundred and ten brackets wait; "
        "twenty\nfive units, a dozen pcs, 1,500 pcs and 2.5k units. One of the samples."
    )
    whole = find_quantities(text)
    for start in range(len(text)):
        for end in (start + 1, start + 17, len(text)):
            assert find_quantities(text, start, end) == [
                q for q in whole if start <= q.start < end
            ], (start, end)


def test_an_initial_before_a_name_does_not_end_a_sentence() -> None:
    text = "Approved by K. Lindqvist (Purchasing). Use plan B. The rest waits."
    texts = [s.text for s in segment(text).sentences]
    assert texts == ["Approved by K. Lindqvist (Purchasing).", "Use plan B.", "The rest waits."]


def test_k_notation_and_labelled_table_rows_are_quantities() -> None:
    assert _values("2.5k clamps released for production") == [2500]
    assert _values("budget 5k EUR, costs $5k") == []
    table = "Phase Qty Unit EUR\nPilot 25 9.00\nSeries 4,000 2.10 8,400.00\nLead time 5 days"
    assert _values(table) == [25, 4000]


def test_a_pdf_rows_line_number_and_a_size_are_not_its_count() -> None:
    # a PDF table row wrapped cell by cell: the "1" and "2" open the lines under "Line"/"Ln",
    # the counts are left to the supplier ("AS PER QUOTE", "TBC")
    po = (
        "Line P/N Description Qty Unit USD Total\n1 ANAT-SC-770-02 Seat cover,\neconomy,\n"
        "AS PER\nQUOTE\nSample quantity as per your quotation."
    )
    assert _values(po) == []
    po = "Ln Item Description Qty Unit USD\n1 NP-BWL-BMB-M Bowl M,\nTBC 3.80\n2 NP-BWL-BMB-L Bowl L"
    assert _values(po) == []
    # under a header that opens with the quantity, the first number is the count
    assert _values("Qty P/N Description\n12 ANAT-SC-770-02 Seat cover") == [12]
    # a count wrapped onto a line of its own still counts
    assert _values("Line Part Description Qty UoM\n10 SCI-3140-01\nfitting\n6 EA 96.00") == [6]
    assert _values("1 Chargrill canopy 1800 x 1200 mm, 2 pcs") == [2]
    # the row's count wrapped onto a line of its own, after its line number and description
    po = "Line Part number Description Qty Scope Unit USD\n1 GMA-HRC-402\nHeadrest\n12 FAI 58.00"
    assert _values(po) == [12]


def test_a_rows_grade_its_call_date_and_its_features_are_not_its_count() -> None:
    # the count is left to a call or a quotation: nothing in these rows counts parts
    po = (
        "Line Part Description Quantity Unit price Amount\n1 SDL-AB-5000 Custom\n"
        "abutment, anodized gold\nsample lot - as\nagreed in our\ncall of May 14\n$16.50 per quote"
    )
    assert _values(po) == []
    po = "Pos Part Description Qty Price\n1 SKJ-FL-150 Fairlead 150 mm,\nAISI 316 - sample\nlot"
    assert _values(po) == []
    po = "Ligne Article Description Qté Prix unit.\n10 PL-CW-031 Cube\nd'activités 5\nfaces, hêtre"
    assert _values(po) == []
    assert _values("Line Part Description Qty\n1 PL-CW-031 Cube\n5 sets 14.50") == [5]


def test_a_wrapped_description_ending_in_a_label_word_does_not_hide_the_count_below() -> None:
    # "medical grade" ends the description; "4,000 0.62" below it is a count and its price,
    # where "Class" above "300 RF" is a label wrapped around its number
    quote = (
        "Item Description Qty Unit EUR Remark\n2 Series tray\nmoulded, PP\nmedical grade\n"
        "4,000 0.62 incl. mould\namortisation\n"
    )
    assert 4000 in _values(quote)
    assert 300 not in _values("Item Description Qty Unit\n1 Gate valve, Class\n300 RF flanged")


def test_a_noun_across_a_printouts_column_gap_counts_nothing() -> None:
    header = "SUPPLIER: 88120  COLUMBIA WELD & FAB INC               BUYER:       GRANT, TYLER\n"
    address = "          4410 E TRENT AVE, SPOKANE WA 99202           TERMS:       NET 30\n"
    assert _values(header + address) == []
    assert _values("please make 20 sample frames") == [20]
    assert _values("Qty\n20\nframes") == [20]


def test_variants_places_dates_and_pressures_are_not_counts_of_parts() -> None:
    assert _values("please start the hand-feel samples in the three colourways we picked") == []
    assert _values("Following our meeting of 28 May, please proceed with the prototypes.") == []
    assert _values("Send the samples with the 16 bar pressure test report.") == []
    assert _values("Use the artwork of 30 May (file RSM_logo_v3).") == []
    assert _values("Lead time for the prototypes: 5 semaines. 100 g padding.") == []
    assert _values("Packing: PE bag per 10 pcs, label with cavity number.") == []
    assert _values("Please make samples of the three shapes in the new glaze.") == []
    assert _values("canopy, 1.2 mm 304 No.4, spark arrestor; shield can rotated 90 degrees") == []
    assert _values("EAN 4001234567899; 32 packs per shipper.") == []
    assert _values("VG-10 core, 33 layers Damascus; all 32 characteristics OK") == []
    assert _values("released after the 500 h ageing test at 70 degrees") == []
    assert _values("Deliver to the 1265 Old Pine Road warehouse.") == []
    assert _values("Packing: cartons of 6, screws 2 per unit, 10 pcs per lot tested") == []
    assert _values("PURCH. ORG : 1000\nRAL 7016 BASE | 12 pcs") == [12]
    assert _values("delivered in time for the 3 February store set") == []
    assert _values("Please make samples in all three platings, in the two greys.") == []
    # but a count still counts
    assert _values("Qty 50 pcs / unit price EUR 4.00") == [50]
    assert _values("make 304 pcs in 316L") == [304]
    assert _values("the 500 may follow later") == [500]
    assert _values("please quote the 2 bar stools") == [2]
    assert _values("make the 3 samples in two colours") == [3]


def test_a_bilingual_production_qty_header_and_a_lot_size_column_are_read() -> None:
    table = (
        "Qtd amostra / sample qty | Qtd produ\u00e7\u00e3o / production qty | Pre\u00e7o\n"
        "16 | 1.600 | USD 3,95"
    )
    assert _values(table) == [16, 1600]
    table = (
        "Part No. | Description | Sample qty | Lot size | Price\n"
        "FL-3391 | Reflector | 10 | 3,000 | 142.00"
    )
    assert _values(table) == [10, 3000]


def test_html_table_rows_set_apart_by_blank_lines_keep_their_qty_column() -> None:
    assert _values("Pos | Part | Qty\n\n1 | Tool | 1\n\n2 | GX-5 shots | 150\n\nThanks.") == [
        1,
        150,
    ]


def test_chat_lines_with_time_stamps_are_sentences_of_their_own() -> None:
    text = (
        "[2025-02-20 08:12] Lars Moe: samples are in your lab since Monday, 20 of them\n"
        "[2025-02-20 09:40] Ida Lund: parts look spot on - get the printers rolling!"
    )
    assert len(segment(text).sentences) == 2


def test_a_line_of_unicode_separators_alone_is_cut_without_error() -> None:
    # "\x1c" and "\x85" are whitespace to str.split but not to the line reader
    for text in ("\x1c\n", "\x85\nA", "PO 4500\n\x1c\nrelease 10 pcs"):
        sentences = segment(text).sentences
        assert all(0 <= s.start <= s.end <= len(text) for s in sentences)


def test_the_year_of_a_date_above_a_quantity_column_is_no_count() -> None:
    po = "Purchase Order MP-PO-2024-0671\nDate April 17, 2024\nLine Description Qty Unit USD\n"
    assert segment(po).quantities == []
    assert [q.value for q in segment(po + "10 SMS henley 24 pcs 22.00\n").quantities] == [24]
    assert [q.value for q in find_quantities("please ship 2024 pcs by 17 april")] == [2024]


def test_an_edi_set_number_and_a_printout_unit_before_a_column_gap() -> None:
    assert find_quantities("the 850 for po 4500771 went out this morning") == []
    assert [q.value for q in find_quantities("rahmenmenge: 10.000 st     laufzeit: 2024")] == [
        10000
    ]
    assert find_quantities("10 st georges terrace") == []


def test_a_spaced_total_amount_and_a_note_naming_the_quantity_are_no_table_rows() -> None:
    po = (
        "RAD ARTIKEL      BEN\u00c4MNING                        ANTAL ENH  \u00c0-PRIS   BELOPP\n"
        "  1 LMS-600      L\u00c4KEMEDELSSK\u00c5P 600, KODL\u00c5S"
        "          20  ST  6 450,00 129 000,00\n"
        "---------------------------------------------------------------------------\n"
        "                                                  SUMMA SEK      129 000,00\n"
        "NOTE:\n MATERIAL AUTHORITY: SAMPLE ORDER QUANTITY ONLY.\n"
        " KODL\u00c5S ENLIGT SIS-STANDARD SS 3522 KLASS 3.\n"
    )
    # the currency set apart by the table's spacing names an amount; the sentence that names
    # the quantity is no header, so the standard's number below it is no row
    seg = segment(po)
    assert [q.value for q in seg.quantities if q.start in seg.column_starts] == [20]


def test_a_small_count_in_the_writers_language_before_its_digits() -> None:
    text = "la presente oc autoriza la fabricación de seis (6) botoneras de muestra"
    assert [q.value for q in find_quantities(text)] == [6]
    # an enumeration is still no count
    assert find_quantities("(1) sample sign-off and (2) a written release") == []


def test_inches_and_exponents_are_no_counts() -> None:
    assert find_quantities("limb laminate set 66 in, bamboo core") == []
    assert find_quantities("dynamic test 2 x 10^6 cycles") == []
    assert find_quantities("the 24 inch wheels") == []
    # a table row's size in inches is no count either
    row = "Item Description Qty Unit price\nHW-LL-66 Limb laminate set 66 in, bamboo 4 pcs 12.00\n"
    assert [q.value for q in segment(row).quantities] == [4]


def test_a_wrapped_rows_count_with_its_thousands_set_apart_by_a_space() -> None:
    table = (
        "Ligne Réf. Désignation Qté PU HT Statut\n"
        "2 SL-40 Serrure à\nlarder SL-40 -\nsérie (solde)\n1 960 9,80 € NON LANCÉE\n"
    )
    seg = segment(table)
    assert [q.value for q in seg.quantities if q.start in seg.column_starts] == [1960]


def test_a_qualifier_column_named_after_the_quantity_is_no_count() -> None:
    table = (
        " LIN  SCC  QTY-TYPE               QTY     DELIVERY\n"
        " 1    1    FIRM CALL-OFF          800     05.08.2024\n"
        " 1    4    PLANNING / FORECAST    800     wk 40/2024   NOT RELEASED\n"
    )
    seg = segment(table)
    assert [q.value for q in seg.quantities if q.start in seg.column_starts] == [800, 800]


def test_a_suppliers_number_in_the_buyers_language_is_no_count() -> None:
    assert find_quantities("fornecedor: 1000347  fundiciones y latones") == []
    assert find_quantities("lieferant 30590 ege paslanmaz") == []


def test_digits_after_a_number_in_words_count_whatever_noun_follows() -> None:
    assert [q.value for q in find_quantities("si rilasciano trecentoventi (320) pistoni")] == [320]
    assert [q.value for q in find_quantities("bitte zweihundertvierzig (240) muster")] == [240]
    # an enumeration or a word that merely ends like a number is no count
    assert find_quantities("recent (2) changes to the drawing") == []


def test_a_material_grade_after_its_alloy_is_no_count() -> None:
    po = (
        "Pos Material Kurztext Menge ME Preis EUR Wert EUR\n"
        "10 CC-1200 Kamerakaefig CC-1200,\nAlu 6082\neloxiert, Muster\n12 ST 96,00 1.152,00\n"
    )
    assert [q.value for q in segment(po).quantities] == [12]
    assert [q.value for q in find_quantities("6082 alu frames")] == [6082]


def test_a_rows_own_number_after_no_is_no_count() -> None:
    table = (
        "Call-off Qty (links) Delivery Status\n"
        "No. 1 (done) 600 wk 22 delivered\nNo. 2 (this) 800 wk 30 released\n"
    )
    seg = segment(table)
    assert [q.value for q in seg.quantities if q.start in seg.column_starts] == [600, 800]


def test_edifacts_piece_unit_counts_and_a_class_in_french_is_no_count() -> None:
    line = "released quantity this schedule (firm) : 300 pce"
    assert [q.value for q in find_quantities(line)] == [300]
    po = (
        "Pos Article Désignation Qté Prix EUR\n"
        "1 20471-JA Gilet HV classe 2 jaune - échantillons 50 pce 4,10 205,00\n"
    )
    assert [q.value for q in segment(po).quantities if q.start in segment(po).column_starts] == [50]


def test_a_street_number_is_no_count() -> None:
    assert find_quantities("procurement department - 18 kifisias ave, 151 25 marousi") == []
    assert find_quantities("unit 4, 240 harbour view road, auckland") == []
    assert [q.value for q in find_quantities("18 kifisias jets for the spa")] == [18]


def test_a_wrapped_rows_count_line_opens_with_its_count() -> None:
    table = (
        "Line Item Description Qty Unit USD Value USD\n"
        "10 KM-HT-400 Flush deck\nhatch 400x400,\nsample, hard\nanodised\n8 255,00 2 040,00\n"
    )
    seg = segment(table)
    assert [q.value for q in seg.quantities if q.start in seg.column_starts] == [8]


def test_a_small_number_glued_to_a_word_is_a_feature_not_a_count() -> None:
    assert [q.value for q in find_quantities("2 gi-cr-4w 4-way cross 20 pcs")] == [20]
    assert find_quantities("for the 30-day trial of the 10-blade type") == []
    # a large one still counts: "the 10,000-tray production price"
    assert [q.value for q in find_quantities("the 10,000-tray production price")] == [10000]


def test_a_quantity_header_with_a_bracket_and_words_after_it() -> None:
    table = "Item | Qty (pcs) ordered | Price\nA-1 | 40 | 2.10\n"
    seg = segment(table)
    assert [q.value for q in seg.quantities if q.start in seg.column_starts] == [40]


def test_which_release_of_how_many_and_which_sample_are_no_counts() -> None:
    assert find_quantities("so here is release 1 of 3 under po 4500031877") == []
    assert [q.value for q in find_quantities("call-off 2 of 5 releases 300 pcs")] == [300]
    assert find_quantities("the weld seam on sample 4 is acceptable") == []
    assert [q.value for q in find_quantities("sample 4 pcs")] == [4]


def test_a_small_number_before_a_feature_and_its_design_is_no_count() -> None:
    assert find_quantities("the new bracket (the one w/ the 3 hole pattern)") == []
    assert find_quantities("a 6 cavity mould for the caps") == []
    assert [q.value for q in find_quantities("make 3 hole covers for the trial")] == [3]


def test_two_words_before_the_plural_and_an_address_before_a_street() -> None:
    assert [q.value for q in find_quantities("total 2,400 bronze niche plaques")] == [2400]
    assert find_quantities("145 rue des usines, 73400 ugine") == []
    table = (
        "Lig  Article        Désignation                    Qté cde  UC  Date besoin\n"
        "1000 CVD-TA-30      Tube alu 30 ml verveine          20 000  UN  30/09/24\n"
    )
    assert [q.value for q in segment(table).quantities] == [20000]


def test_samples_and_the_series_counted_in_the_buyers_language() -> None:
    note = "rif. offerta tk-2024-0911: 10 campioni + 490 serie @ eur 38,60."
    assert [q.value for q in find_quantities(note)] == [10, 490]
    assert [q.value for q in find_quantities("20 muestras + 980 serie")] == [20, 980]
