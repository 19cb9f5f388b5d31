"""Authorizations written as buyers write them in chats, portals and letters: the PO "sent",
a table row "Released now | 12", a done event before a request; and the events and persons
such documents name for the balance."""

from __future__ import annotations

from pathlib import Path

import pytest

from releasegate.documents.check import Report, check_parts, check_paths
from releasegate.documents.check.read import Part, read_path
from releasegate.documents.check.rules import analyse


def check(*texts: str) -> Report:
    parts = [Part(f"doc{i}.txt", f"doc{i}.txt", "text", t) for i, t in enumerate(texts)]
    return check_parts(parts, None, rules_only=True)


def role(text: str) -> str:
    return analyse(Part("doc.txt", "doc.txt", "text", text)).role


def test_a_po_sent_in_a_chat_authorizes_and_its_silences_are_found() -> None:
    chat = (
        "2024-04-02 15:10:44  Tobias Brenner (Nordkamm)\n"
        "Hi Minh, PO 4500019402 for the rain jacket sent. Only the 9 PP samples\n\n"
        "2024-04-02 15:12:09  Tobias Brenner (Nordkamm)\n"
        "Bulk 3.000 pcs is not released yet. It comes after PP sign-off, with a written release "
        "from our head office\n"
    )
    assert role(chat) == "authorization"
    assert check(chat).rules == {"RG005"}  # the head office names nobody
    went_out = "4/29/24, 7:58 AM - Tom Avery: Hey Kevin, PO HP-3502 just went out. 20 samples.\n"
    assert role(went_out) == "authorization"
    # the supplier speaking of the buyer's PO authorizes nothing
    assert role("Thanks Tom, got the PO you sent. Samples ship Friday.") != "authorization"


def test_a_table_row_released_now_authorizes() -> None:
    portal = (
        "Nordkamm Sport · Vendor portal\n\nPO | 4500019488\n\n"
        "Released now | 12 SMS (Black / Dusty Rose)\n\n"
        "Bulk | 2,000 pcs \u2013 on hold, not released.\n\n"
        "The bulk will be released in writing once the budget approval is through.\n"
    )
    assert role(portal) == "authorization"
    assert "RG005" in check(portal).rules


def test_a_status_field_does_not_make_a_portal_po_an_acknowledgement() -> None:
    portal = (
        "VistaPoint Optical · Supplier Portal · Logged in: Brightway Eyewear\n\n"
        "Purchase Order VP-7791\n\nStatus | Open — acknowledged 04/29/2024\n\n"
        "Line | Item | Description | Qty | Unit USD\n\n"
        "10 | VP-ELLIS-SMS | VP-Ellis SMS | 36 | 14.00\n"
    )
    assert role(portal) == "authorization"
    titled = "Brightway Eyewear\nOrder acknowledgement OA-77\nYour PO VP-7791: 36 pcs, ship May.\n"
    assert role(titled) != "authorization"


def test_our_po_in_a_sample_order_header_makes_it_a_po() -> None:
    order = (
        "Pedido de muestras / Sample order instructions\n"
        "To: Istanbul Tabela - attn. Ms Selin Aydin. Our PO: COL-OC-7815. Date: 08/07/2024.\n"
        "Twenty (20) prototype shelf-edge LED strips for the pilot store. The other 180 from "
        "your quote stay on hold for now - please don't start them.\n"
    )
    assert role(order) == "authorization"
    assert {"RG004", "RG005"} <= check(order).rules


def test_an_event_that_has_happened_does_not_hold_back_the_request_after_it() -> None:
    letter = (
        "Dear Ms. Thu Ha,\nFollowing the PP review of 11 June, please release 600 pcs of PO "
        "LX-3290 (2,400 pcs Kamik 3P) for the first drop.\nBest regards,\nJulie Tremblay\n"
    )
    assert role(letter) == "authorization"
    # the review is no event that unlocks the other 1,800: nothing says what does
    assert {"RG003", "RG004", "RG005"} <= check(letter).rules
    # a future event still conditions the request
    pending = "Following the PP sign-off, please release 600 pcs of PO LX-3290.\nJulie Tremblay"
    assert role(pending) != "authorization"


def test_unlock_events_written_as_chat_people_write_them() -> None:
    held = (
        "Megan Sorensen: PO CSF-PO-32140 just went out: 50 sample cartridges only. The other "
        "9,950 are on hold - nothing before the NSF/ANSI 42 test is signed off AND you get my "
        "written release (Megan Sorensen)\n"
    )
    assert "RG004" not in check(held).rules
    proto = (
        "Elin Sjöberg: PO 4100078950 went out last night: twelve (12) prototype harnesses. "
        "bal. 288 stays blocked, not released. proto sign-off from our lab first, then Magnus "
        "Ek (Materials Manager) sends the written release.\n"
    )
    assert "RG004" not in check(proto).rules
    plan = (
        "MP Build Plan\nReleased now | 1,200 units | release letter signed by Park Jae-won\n"
        "Balance | 3,800 units | on hold \u2013 not released\n"
        "Unlock for balance | - | launch-lot sign-off by QA, then written release signed by "
        "Park Jae-won\n"
    )
    assert "RG004" not in check(plan).rules


def test_the_speaker_of_a_chat_is_the_person_a_release_from_me_names() -> None:
    slack = (
        "Slack Connect export - #brightkey-x-zhenhui\n"
        "Mon 10:02  Marcus Hill: PO 3350 sent. PO 3350 = 10 proto brackets. The other 240 are "
        "not released until our proto sign-off + a written release from me.\n"
        "Mon 10:30  Eric Huang (Zhenhui Metal): received, thank you Marcus.\n"
    )
    assert "RG005" not in check(slack).rules
    # a surname the writer of a chat line shares with a business word is still a surname
    whatsapp = (
        "[22/07/2024, 15:02:17] Amelia Price: PO WC-1187 is for the 2 prototype armchairs "
        "only - the 150 aren't released yet. Release will come from me once Tom signs off the "
        "prototypes.\n"
    )
    assert "RG005" not in check(whatsapp).rules
    team = (
        "[22/07/2024, 15:02:17] Purchasing Team: PO WC-1187 is for the 2 prototype armchairs "
        "only - the 150 aren't released yet. Release will come from me once the prototypes "
        "are signed off.\n"
    )
    assert "RG005" in check(team).rules


def test_a_titled_surname_names_the_release_authority() -> None:
    chat = (
        "2025-04-01 09:15 Sophie Ho (Bluecrest):\nPO 0088171 sent to your email. Only 6 bound "
        "dummies. The 20,000 is not released. Written release will come from Mr. Yamamoto "
        "(Kobayashi Purchasing) after he signs off the dummies.\n"
    )
    assert "RG005" not in check(chat).rules
    assert "RG005" in check(chat.replace("Mr. Yamamoto", "the purchasing office")).rules


def test_an_edi_transaction_set_number_is_no_quantity() -> None:
    mail = (
        "The 850 for PO 4500771 went out this morning. Please ship 1,000 per PO.\n\nBobbie Landry"
    )
    report = check(mail)
    assert not any("850" in f.message for f in report.findings)


def test_the_trades_sample_stages_make_a_partial_authorization() -> None:
    po = (
        "PURCHASE ORDER BA-24-0233\nLine Style Colour Qty Unit USD\n"
        "1 Hallasan 35 backpack SMS Stone 8 48.00\n2 Hallasan 35 backpack SMS Pine 8 48.00\n"
        "Total 16 768.00\n"
    )
    quote = (
        "QUOTATION MB-Q-1195\nStyle Stage Qty Unit USD\nHallasan 35 SMS 16 48.00\n"
        "Hallasan 35 Bulk 1,800 21.60\n"
    )
    assert {"RG001", "RG003", "RG004", "RG005"} <= check(po, quote).rules
    evt = "PO DW-2291 for the Drift Pro EVT build: 30 sets. Delivery by 3 June.\nEthan Marsh"
    assert {"RG003", "RG004", "RG005"} <= check(evt).rules
    golden = "PURCHASE ORDER NA-2024-0455\nGolden units: twelve (12) pcs\nDelivery week 30\n"
    assert "RG003" in check(golden).rules


def test_the_signature_of_a_po_names_nobody_who_releases_its_balance() -> None:
    po = (
        "PURCHASE ORDER KC-PO-24-0583\nItem | Description | Qty\n1 | sample door closer | 6\n"
        "Issued by: Rhys Tan, Procurement Lead\nFor KC Doors Ltd. - Authorised Signatory\n"
    )
    assert "RG005" in check(po).rules
    named = po + "Balance not released; release authority: Rhys Tan, Procurement Lead.\n"
    assert "RG005" not in check(named).rules


def test_payment_terms_deadlines_and_streets_are_no_unlock_events() -> None:
    po = (
        "PURCHASE ORDER SKV-PO-24-0198\nItem | Description | Qty\n1 | EVT sample frame | 10\n"
        "Payment: Net 30 after delivery. Samples required for the bottling line trial by "
        "06/28/2024. Requirements: PPAP level 3.\nDelivery: Via del Lavoro 14, Ancona.\n"
    )
    assert "RG004" in check(po).rules
    held = po + "The balance is not released: it needs the PPAP sign-off first.\n"
    assert "RG004" not in check(held).rules


def test_a_counted_need_is_a_request_and_lead_time_is_no_role() -> None:
    mail = (
        "Hi Lily,\nattached are the sample PO conditions. We need 250 clips for PPAP, ETA before "
        "June 21 please.\nTyler"
    )
    assert role(mail) == "authorization"
    assert role("Hi Lily, we need 3 weeks more for the tool.\nTyler") != "authorization"
    po = (
        "PURCHASE ORDER RL-24-0573\nItem | Description | Qty\n1 | sample bull bar | 2\n"
        "The balance is not released until sample sign-off.\nProduction lead time 45 days\n"
    )
    assert "RG005" in check(po).rules


def test_a_size_grid_sample_total_and_a_printout_column_are_counts() -> None:
    mail = "PO attached for the wind breaker SMS - 36 pcs across the 3 colours please.\nJosh"
    po = (
        "PURCHASE ORDER SA-PO-30760 - SMS\nColour S M L XL Total\nBlack 2 2 2 2 8\n"
        "Teal 2 2 2 2 8\nSand 2 2 2 2 8\nSMS total 24\nBulk 3,600 pcs not released.\n"
    )
    assert "RG011" in check(mail, po).rules
    assert "RG011" not in check(mail.replace("36 pcs", "24 pcs"), po).rules
    printout = (
        "ABRUF / CALL-OFF\nRahmenvertr.: ZZN-RV-24-07       Rahmenmenge: 10.000 ST     "
        "Laufzeit: 2024\nPos Artikel Bezeichnung Menge ME\n010 ZZN-STB-5713 STERI-BEUTEL 2.000 ST\n"
    )
    assert "RG003" in check(printout).rules


def test_a_quoted_scope_that_holds_the_balance_states_the_quantity_for_the_reply() -> None:
    reply = (
        "From: Julien Morel <j.morel@buyer.example>\nTo: Ana <ana@supplier.example>\n"
        "Subject: RE: proofs\n\nYou can go ahead.\nJulien\n\n"
        "On Mon, Ana Lopes <ana@supplier.example> wrote:\n"
        "> As per your PO 88: 6 proofs released, 294 on hold until Julien Morel's written "
        "release after proof sign-off.\n> Shall we start?\n"
    )
    rules = check(reply).rules
    assert "RG002" in rules and "RG010" not in rules
    offer = reply.replace(
        "As per your PO 88: 6 proofs released, 294 on hold until Julien Morel's written "
        "release after proof sign-off.",
        "We offer 6 proofs at EUR 12 and 294 pcs at EUR 3.",
    )
    assert "RG010" in check(offer).rules


def test_a_sender_or_line_speaker_whose_surname_is_a_business_word_names_the_releaser() -> None:
    mail = (
        "From: Hannah Price <hannah.price@buyer.example>\nTo: Li <li@supplier.example>\n"
        "Subject: PO HF-PO-30418 samples\n\nPlease find our purchase order HF-PO-30418 below.\n"
        "Only the 60 samples are ordered and released now; the launch quantity of 24,000 "
        "bottles is not released. It is unlocked only after our stability test is signed off, "
        "and then only by a written production release from me.\nHannah\n"
    )
    assert "RG005" not in check(mail).rules
    team = mail.replace("From: Hannah Price", "From: Purchasing Team").replace("Hannah\n", "")
    assert "RG005" in check(team).rules
    line = (
        "[LINE] Chat with Grace Lai\n11:44\tKevin Lin\tPO 88 is out: the 30 samples are the only "
        "quantity authorized.\n11:46\tKevin Lin\tProduction 1,200 pcs stays on hold until the "
        "saddle test report is signed. Only a revised PO from me is the release.\n"
    )
    assert "RG005" not in check(line).rules


def test_a_full_quantity_order_said_in_a_printout_note_has_no_balance() -> None:
    po = (
        "PURCHASE ORDER 4410-07815\nLN ITEM DESCRIPTION QTY UOM\n1 40-330071 STANDOFF M6 1,200 EA\n"
        "NOTE TO SUPPLIER:\nFULL QUANTITY ORDER. 1,200 EA IS THE COMPLETE QUANTITY - NO SAMPLE "
        "PHASE, NO FURTHER QUANTITY ON THIS ORDER.\n"
    )
    ack = "We confirm your order 4410-07815: 1.200 ks standoff M6, delivery 21. 6. 2024.\nJana"
    assert not {"RG003", "RG004", "RG005"} & check(po, ack).rules
    partial = po.replace(
        "FULL QUANTITY ORDER. 1,200 EA IS THE COMPLETE QUANTITY - NO SAMPLE "
        "PHASE, NO FURTHER QUANTITY ON THIS ORDER.",
        "10 SAMPLE PCS FIRST.",
    )
    assert {"RG003", "RG004", "RG005"} <= check(partial, ack).rules


def test_a_product_name_wrapped_before_its_closing_quote_is_no_order_to_run() -> None:
    quote = (
        "Anatolia Textile - Proforma quote AT-1187\nItem Quantity Unit EUR Total EUR\n"
        "Knitted scarf 150x25\ncm, jacquard logo 'Hope\nRun'\n500 4.80 2,400.00\n"
    )
    assert role(quote) != "authorization"
    assert role("Samples look fine.\nRun!\n") == "authorization"


def test_a_po_open_in_the_portal_through_or_sent_in_the_buyers_language_authorizes() -> None:
    assert role("PO 77120 is now open in our portal for the 50 EVT units, at USD 9.80.") == (
        "authorization"
    )
    assert role("PO 20931 is through for the 40 sample cases with our logo") == "authorization"
    segue = (
        "Hi Lily, tudo bem?\nSegue our PO 4500-2291 for the aligner cases SA-C3. It is for 30 pcs "
        "samples from the T1 tool.\nI attach also your quotation so everything is in one place."
    )
    assert role(segue) == "authorization"
    # the supplier speaking of an order being open is no order
    assert role("Is the PO open yet? We can quote 50 EVT units at USD 9.80.") != "authorization"


def test_a_release_form_titled_as_one_authorizes_its_table() -> None:
    form = (
        "Production release R-1\nPO Line Part Released\nquantity\nReleased by Date\n"
        "4500301455\nrev 1\n20 BOP-56V-5Ah 350 packs Jennifer Ortiz,\nSr. Commodity\nManager\n"
        "July 9, 2024\nBalance not released; next release R-2 after incoming inspection of the "
        "first lot, by Jennifer Ortiz.\n"
    )
    assert role(form) == "authorization"
    mail = "With this email we release 300 packs for production. Release form R-1 is attached."
    found = [f for f in check(mail, form).findings if f.rule == "RG011"]
    assert found and "350" in found[0].message
    # a status report is titled otherwise and authorizes nothing
    status = "Production release status\nR-1: 350 packs, shipped\nR-2: open\n"
    assert role(status) != "authorization"


def test_an_order_handed_over_in_the_buyers_language_authorizes_without_approving() -> None:
    mail = (
        "Prezado Alejandro,\nSegue nosso pedido 4500081301 para 25 (vinte e cinco) amostras do "
        "corpo DN20, conforme sua cotação.\nAtt., Luciana"
    )
    # (an e-mail is never a PO by its title: the words hand the order over)
    part = Part("m.eml", "m.eml", "email", mail)
    doc = analyse(part)
    assert doc.authorizes and [q.value for q in doc.active] == [25]
    # handing over an order is no unscoped approval
    assert "RG002" not in check_parts([part], None, rules_only=True).rules
    french = "Ci-joint notre commande FSJ-24-1207 pour 6 skis prototypes.\nCordialement, Luc"
    assert role(french) == "authorization" and "RG002" not in check(french).rules


def test_an_order_in_the_buyers_abbreviation_or_counted_in_words_authorizes() -> None:
    oa = (
        "Dear Carmen,\nplease find attached our OA 24/0677 for 8 (eight) sample moulds.\n"
        "The remaining 992 moulds of your offer are on hold until further notice.\nGiulia"
    )
    assert role(oa) == "authorization"
    po = "PO 4500118902 is for six (6) sample nozzles NZ-65 only.\nCamille"
    assert role(po) == "authorization"


def test_attached_you_find_our_po_hands_the_order_over() -> None:
    mail = "Dear Giulia,\nattached you find our PO 4500081420 for ten (10) sample cages.\nTobias"
    assert role(mail) == "authorization"


def test_a_letter_pleased_to_release_the_first_batch_counts_nothing() -> None:
    notice = (
        "Re: PO LMG-24-0092 rev 1 - bronze niche plaques\n\nFurther to Engr. Ramon dela Cruz's "
        "sign-off of the four (4) sample plaques on 20 May 2024, we are pleased to release "
        "production of {what} of niche plaques for the Phase 3 Columbarium.\n\nThe balance of "
        "the plaques remains on hold until the next written release by the undersigned.\n\n"
        "Respectfully,\nAtty. Carmelita Santos\nVP Administration\n"
    )
    assert role(notice.format(what="the first batch")) == "authorization"
    # the samples signed off in the opening clause are not what it releases
    assert "RG010" in check(notice.format(what="the first batch")).rules
    assert "RG010" not in check(notice.format(what="a first batch of 300 pcs")).rules


def test_a_portal_release_titled_by_its_number_authorizes() -> None:
    record = (
        "Buckeye Casket Supply Co. - Supplier Portal\n\nRelease REL-24-022\n\n"
        "Field | Value\n\nOrder | GLD-500 grave lowering device - PO 7790-0436 rev 1\n\n"
        "Released quantity | {qty}\n\nStatus | RELEASED\n\n"
        "Authorized by | Tammy Reinholt, VP Operations\n\n"
        "Remaining balance | on hold - next written release by Tammy Reinholt after lot "
        "acceptance\n"
    )
    assert role(record.format(qty="per schedule")) == "authorization"
    assert check(record.format(qty="per schedule")).rules == {"RG010"}
    assert check(record.format(qty="120 pcs")).rules == set()


def test_a_count_left_open_is_where_the_finding_points() -> None:
    mail = (
        "Hi Jun,\n\nPlease produce the sample tiles for the lobby mock-up.\nQuantity: TBA by "
        "our site team.\nThe balance stays on hold until the mock-up sign-off and a written "
        "release from Omar Haddad.\n\nRegards\nOmar\n"
    )
    [finding] = [f for f in check(mail).findings if f.rule == "RG010"]
    assert finding.text.startswith("Quantity: TBA")


def test_a_printed_po_titled_beside_its_page_count_with_its_count_left_open() -> None:
    po = (
        "DECCAN STATE ROAD TRANSPORT CORPORATION - CENTRAL WORKSHOPS, UPPAL\n"
        "MMS VER 4.2                  PURCHASE ORDER (TRIAL ORDER)              PAGE 1 OF 1\n"
        "-------------------------------------------------------------------------------------\n"
        "PO NO    : 24/CWS/DSH/0017                DATE : 19/06/2024\n"
        "ITEM     : CWS-DSH-0415 LED DESTINATION BOARD HOUSING, FRONT\n"
        "QTY      : SAMPLE QUANTITY AS DISCUSSED IN PRE-BID MEETING\n"
        "SPECIAL CONDITIONS:\n1. THIS IS A TRIAL ORDER FOR SAMPLE QUANTITY ONLY.\n"
        "2. BULK QUANTITY IS KEPT ON HOLD PENDING SAMPLE APPROVAL BY QC WING. BULK SUPPLY ONLY\n"
        "   AFTER WRITTEN RELEASE ORDER FROM {who}.\n"
    )
    assert role(po.format(who="THE COMPETENT AUTHORITY")) == "authorization"
    # the count is left to a meeting, and an office named by its function releases nothing
    assert check(po.format(who="THE COMPETENT AUTHORITY")).rules == {"RG005", "RG010"}
    assert check(po.format(who="MR. K. SRINIVAS RAO, CHIEF STORES OFFICER")).rules == {"RG010"}


def test_a_vendor_allowed_to_supply_samples_while_bulk_waits_till_further_orders() -> None:
    notice = (
        "DSRTC e-Procurement Portal\n\nNotice to vendor - Ref. PO 24/CWS/RMP/0008\n\n"
        "The vendor may supply {what} of wheelchair ramp WR-1200 as per drawing CWS/BB/1200 "
        "REV 4 for evaluation at Central Workshops. Bulk quantity is kept in abeyance till "
        "further orders.\n\nIssued by: Stores & Purchase Section\n"
    )
    assert role(notice.format(what="samples")) == "authorization"
    # in abeyance is a hold; "till further orders" names no event; a section is nobody
    assert check(notice.format(what="samples")).rules == {"RG004", "RG005", "RG010"}
    assert check(notice.format(what="four (4) samples")).rules == {"RG004", "RG005"}


def test_a_place_in_a_po_row_is_no_count() -> None:
    po = (
        "PURCHASE ORDER NCC-PO-10466\nLine Item Description Qty Unit price USD\n"
        "1 GI-FN-4004 Fog nozzle 40 l/h\nanti-drip, pilot lot for\nRoom 3\nper Schedule A 3.95\n"
        "Quantity: per Schedule A (attached).\nPilot lot only. The production balance is not "
        "released until Ryan MacDonald signs off the pilot and Priya Sandhu issues a written "
        "release.\n"
    )
    assert check(po).rules == {"RG010"}


def test_a_po_said_to_be_in_the_suppliers_email_or_sent_today_authorizes() -> None:
    for said in (
        "Hello Lily, PO 24/1180 is in your email: 400 sample pirns PB-300.",
        "Hi Lily, PO KYM-24-207 for 400 sample pirns is sent today by email.",
    ):
        chat = f"2024-04-15 11:20:05  Joana Ferreira\n{said}\n\n"
        assert role(chat) == "authorization", said
        # nothing is said of the balance the quote counts
        quote = "Your quotation was 8.000 pirns at EUR 0,42, price is good for us"
        found = check(chat + "2024-04-15 11:21:40  Joana Ferreira\n" + quote + "\n").rules
        assert {"RG001", "RG003", "RG004", "RG005"} <= found, said


def test_the_pos_signature_names_nobody_who_releases_the_balance() -> None:
    po = (
        "PURCHASE ORDER 24-1192\nLine Item Description Qty UoM Unit price Amount\n"
        "10 HG-35-110-SC Concealed hinge 110 - samples 24 pcs EUR 3,90 EUR 93,60\n"
        "The series quantity is not released. It stays on hold until the sample sign-off and a "
        "written release{who}.\nAuthorised signature: Siobhan Kelly, Purchasing Manager\n"
    )
    assert "RG005" in check(po.format(who="")).rules
    assert "RG005" not in check(po.format(who=" from Siobhan Kelly")).rules


def test_please_find_below_our_order_numbered_with_letters_hands_it_over() -> None:
    mail = (
        "Dear Emre,\n\nplease find below our order ZZ/2024/05/149 for samples of the chrome "
        "handle HD-128-CH, according to your offer TKL-2024-131.\n\n"
        "  Ilosc / qty:    30 pcs (samples)\n\nRelease authority for this project on our side is "
        "Mr Marek Zielinski, Dyrektor Produkcji.\n\nBest regards\nKatarzyna\n"
    )
    assert role(mail) == "authorization"
    assert {"RG003", "RG004"} <= check(mail).rules


def test_you_have_our_approval_grants_without_saying_what() -> None:
    mail = "Good news: the sample reeds are approved by our Quality.\n\nSo you have our {word}.\n"
    assert "RG002" in check(mail.format(word="approval")).rules
    assert "RG002" not in check(mail.format(word="thanks")).rules


@pytest.mark.parametrize(
    "who",
    [
        "the written release by Director Arakawa",
        "Dr. Hagedorn's written release",
        "Pornthip's written release",
        "Lee's written release",
    ],
)
def test_a_releaser_named_by_title_and_surname_or_by_one_name(who: str) -> None:
    mail = (
        "Please make the 10 samples only. The balance of 990 pcs is not released until the "
        "sample sign-off and {who}.\n"
    )
    assert "RG005" not in check(mail.format(who=who)).rules
    assert "RG005" in check(mail.format(who="the Client's written release")).rules


@pytest.mark.parametrize(
    "events",
    [
        "Priya has to sign off the samples first, then Marc-Andre Lavoie sends you a written "
        "release for the 460.",
        "First the trial on loom 14, then sign-off by our Quality, then the written release "
        "signed by Eng. Rui Machado.",
        "They stay on hold until Mrs. Vlachou signs off the samples and Mr. Stavros Kyriakidis "
        "sends the written production release.",
    ],
)
def test_an_unlock_event_told_as_a_sequence_or_after_a_title(events: str) -> None:
    mail = "Only the 40 sample blades are released. The other 460 stay on hold. " + events
    assert "RG004" not in check(mail).rules
    assert "RG004" in check(mail.replace(events, "Thanks.")).rules


def test_a_suppliers_status_restating_the_po_and_its_planning_records_authorize_nothing() -> None:
    status = (
        "Status of your PO 4500-2295 as below:\n1) 40 nos sample tiles moulded.\n"
        "2) As per PO only the 40 samples are released. Balance 5 960 nos is still on hold with "
        "you, we have understood.\n"
    )
    assert role(status) != "authorization"
    mrp = (
        "ZIELPLAST Sp. z o.o. - MRP / ZAPOTRZEBOWANIE MATERIALOWE        wydruk 05.06.2024\n"
        "Zlecenie klienta / customer order : Fynbo Potteplanter A/S, 24-3377\n"
        "Customer release (written)        :     500 szt.  (samples, PO 24-3377)\n"
        "Balance - NOT RELEASED (on hold)  :  44.500 szt.\n"
    )
    assert not analyse(Part("mrp.txt", "mrp.txt", "text", mrp)).is_po


@pytest.mark.parametrize(
    "who",
    [
        "It will be released only in writing by Annelies de\nVries after the sample sign-off.",
        "Who releases: Helene Daviau, Directrice industrielle, in writing. Nobody else.",
    ],
)
def test_a_releaser_named_over_a_line_break_or_under_a_who_label(who: str) -> None:
    mail = "Please make the 3 samples only. Production quantity 160 hatches stays on hold. "
    assert "RG005" not in check(mail + who).rules
    assert "RG005" in check(mail + "Thanks.").rules


def test_a_suppliers_customer_portal_page_is_no_po() -> None:
    # the held-out page as its author wrote it: a status the supplier keeps for its customer
    page = (
        Path(__file__).parents[2]
        / "data/check_holdout160/cases/h160_14_PSC_CustomerPortal_Status_OrtoSul"
    )
    [html] = page.iterdir()
    [part] = read_path(html, html.name)
    assert isinstance(part, Part) and not analyse(part).is_po
    assert check_paths([page], None, rules_only=True).rules == set()


def test_a_po_number_named_without_its_value_makes_no_po() -> None:
    instructions = (
        "Al Wahat Landscape Contracting LLC: site delivery instructions\n\nItem | Detail\n\n"
        "Contact | Storekeeper Mr. Anil, +971 50 118 2207\n\n"
        "Documents | Delivery note with PO number, packing list, test certificate\n"
    )
    assert not analyse(Part("d.html", "d.html", "html", instructions)).is_po
    chat = (
        "14/05/24, 11:03 - Shreya Patel: PO no DRCW/PUR/2024-25/0433 mailed to you just now "
        "for the pilot 20 nos side skirt brackets\n"
    )
    assert analyse(Part("c.txt", "c.txt", "text", chat)).is_po


def test_a_po_sent_today_by_mail_and_a_minutes_decision_grant() -> None:
    chat = (
        "2024/05/27(Mon)\n10:21\tMorimoto\tKevin-san, good morning. PO for LB-300 nano light sent "
        "today by mail.\n10:22\tMorimoto\tSample only please. Mass production is hold, not "
        "released. After our sample check Director Arakawa will sign written release.\n"
    )
    assert role(chat) == "authorization"
    # Director Arakawa is the person who releases
    assert "RG005" not in check(chat).rules
    note = (
        "Meeting note\nDecision: Kartal can start the sample parts of the HD-320-MB handle now, "
        "according to offer TKL-2024-140.\nSeries production remains on hold. It will be "
        "released only after sample sign-off by Tomasz Wrobel and a written release by Marek "
        "Zielinski.\n"
    )
    assert role(note) == "authorization"
    assert check(note).rules == {"RG010"}
