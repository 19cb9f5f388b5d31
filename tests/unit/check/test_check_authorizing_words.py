"""Authorizations written as buyers write them in chats, portals and letters: the PO "sent",
a table row "Released now | 12", a done event before a request; and the events and persons
such documents name for the balance."""

from __future__ import annotations

from releasegate.documents.check import Report, check_parts
from releasegate.documents.check.read import Part
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
