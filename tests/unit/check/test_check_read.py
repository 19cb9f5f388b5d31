"""Reading inputs: type by content, parts inside emails, and clear errors for bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from releasegate.documents.check import CheckInputError, check_paths
from releasegate.documents.check.read import (
    MAX_INPUT_BYTES,
    Part,
    html_to_text,
    read_bytes,
    sniff,
)
from tests.unit.check.makers import docx_package, make_docx, make_eml, make_pdf, pdf_from_text


def _read(data: bytes, name: str) -> list[Part]:
    parts = read_bytes(data, name, name)
    assert all(isinstance(p, Part) for p in parts)
    return [p for p in parts if isinstance(p, Part)]


def _error(data: bytes, name: str) -> str:
    with pytest.raises(CheckInputError) as caught:
        read_bytes(data, name, name)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(name)
    return message


def test_type_is_detected_from_content_not_from_the_extension(tmp_path: Path) -> None:
    pdf = tmp_path / "notes.txt"
    pdf.write_bytes(pdf_from_text("Samples approved, go ahead."))
    mail = tmp_path / "message.dat"
    mail.write_bytes(make_eml("a@x.example", "b@y.example", "Go", "Approved, go ahead.").as_bytes())
    report = check_paths([pdf, mail])
    assert [f.type for f in report.files] == ["pdf", "email"]
    assert report.files[0].pages == 1


def test_email_attachments_are_named_inside_the_email_and_read_recursively() -> None:
    inner = make_eml(
        "c@z.example",
        "a@x.example",
        "quote",
        "Our offer",
        [("offer.docx", make_docx("Qty | Price\n500 | 4.00"))],
    )
    outer = make_eml(
        "a@x.example",
        "b@y.example",
        "PO",
        "See attached.",
        [("po.pdf", pdf_from_text("PURCHASE ORDER 1")), ("note.txt", b"hello"), inner],
    )
    names = [p.name for p in read_bytes(outer.as_bytes(), "mail.eml", "mail.eml")]
    assert names == [
        "mail.eml",
        "mail.eml!po.pdf",
        "mail.eml!note.txt",
        "mail.eml!quote.eml",
        "mail.eml!quote.eml!offer.docx",
    ]


def test_html_email_body_and_tables_become_readable_text() -> None:
    text = html_to_text(
        "<html><head><style>p{}</style></head><body><p>Hi <b>Marco</b>,</p>"
        "<table><tr><td>Qty</td><td>10</td></tr></table><script>x()</script>"
        "</body></html>"
    )
    assert text == "Hi Marco,\nQty | 10"


def test_docx_tracked_insertions_are_read_and_deletions_are_not() -> None:
    part = _read(make_docx("Please {+start production now+}{- wait-}."), "m.docx")
    assert part[0].text.strip() == "Please start production now."


def test_pdf_pages_are_mapped_from_offsets() -> None:
    [part] = _read(make_pdf([["first page"], ["second page"]]), "a.pdf")
    assert part.page_at(part.text.index("second")) == 2
    assert part.page_at(0) == 1


def test_pdf_sticky_note_comments_are_read() -> None:
    [part] = _read(make_pdf([["report"]], comments={0: "approved, go ahead"}), "a.pdf")
    assert "[Comment] approved, go ahead" in part.text


def test_binary_junk_named_pdf_is_refused_as_not_a_pdf() -> None:
    assert "not a PDF" in _error(bytes(range(256)) * 40, "junk.pdf")


def test_truncated_pdf_is_refused_with_a_reason() -> None:
    assert "truncated or damaged PDF" in _error(pdf_from_text("hello world")[:200], "cut.pdf")


def test_encrypted_pdf_is_refused_as_encrypted() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_from_text("secret terms"))))
    writer.encrypt("s3cret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert "encrypted" in _error(out.getvalue(), "locked.pdf")


def test_empty_file_is_refused_as_empty() -> None:
    assert "empty" in _error(b"  \n", "blank.txt")


def test_a_50_mb_text_file_is_refused_as_too_large(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(CheckInputError, match="too large"):
        check_paths([big])
    assert MAX_INPUT_BYTES < 50 * 1024 * 1024


def test_docx_zip_bomb_is_refused_without_unpacking_it() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"<w:t>" + b"a" * (1024 * 1024 - 10) + b"</w:t>"
            for _ in range(100):  # 100 MB of XML, about 100 KB compressed
                member.write(chunk)
    data = out.getvalue()
    assert len(data) < 1024 * 1024
    assert "zip bomb" in _error(data, "bomb.docx")


def test_docx_with_lying_sizes_is_still_bounded() -> None:
    xml = b"<?xml version='1.0'?><w:document xmlns:w='x'>" + b" " * (45 * 1024 * 1024)
    data = docx_package(xml)
    assert "too large" in _error(data, "big.docx")


def test_docx_declaring_xml_entities_is_refused() -> None:
    xml = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'
    assert "entities" in _error(docx_package(xml), "evil.docx")


def test_deeply_nested_mime_is_refused_quickly() -> None:
    head = b"From: a@x\r\nTo: b@y\r\nSubject: deep\r\nMIME-Version: 1.0\r\n"
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(2000)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(2000)))
    data = head + opening + b"Content-Type: text/plain\r\n\r\nGo ahead.\r\n" + closing
    assert "nested MIME" in _error(data, "deep.eml")


def test_moderately_nested_forwards_are_read_to_a_bounded_depth() -> None:
    message = make_eml("a@x", "b@y", "inner", "Approved, go ahead.")
    for level in range(12):
        message = make_eml("a@x", "b@y", f"fwd {level}", "see below", [message])
    parts = read_bytes(message.as_bytes(), "chain.eml", "chain.eml")
    assert len(parts) <= 12
    assert any("too many levels" in getattr(p, "reason", "") for p in parts)


def test_unreadable_attachment_is_skipped_and_reported_not_fatal(tmp_path: Path) -> None:
    mail = tmp_path / "mail.eml"
    mail.write_bytes(
        make_eml(
            "a@x",
            "b@y",
            "PO",
            "PO attached.",
            [("po.pdf", b"%PDF-1.4 garbage"), ("logo.png", b"\x89PNG....")],
        ).as_bytes()
    )
    report = check_paths([mail])
    skipped = {Path(f.name).name: f.note for f in report.files if f.type == "skipped"}
    assert "PDF" in skipped["mail.eml!po.pdf"]
    assert "image" in skipped["mail.eml!logo.png"]


def test_sniffing_tells_the_supported_kinds_apart() -> None:
    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(make_docx("x")) == "docx"
    assert sniff(b"From: a@b\nSubject: x\n\nbody") == "email"
    assert sniff(b"<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff("Grüße, Zoë: 10 Stück".encode("latin-1")) == "text"
    assert sniff(b"\x89PNG\r\n\x1a\n").startswith("unsupported")
