"""Small, dependency-free writers for the formats the checker reads: PDF, DOCX and EML.

Used to build the labelled corpus (tests/data/check/build_corpus.py), the robustness tests
and the speed bench, so no large or hostile file has to be committed."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

Line = str | Sequence[str]  # a text line, or table cells laid out in columns


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(
    pages: Sequence[Sequence[Line]],
    comments: dict[int, str] | None = None,
) -> bytes:
    """A PDF with one Helvetica text layer per page. A line given as a list of cells is laid
    out as a table row. ``comments`` adds sticky notes per page."""
    comments = comments or {}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled below
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids: list[int] = []
    for index, lines in enumerate(pages):
        ops = [b"BT /F1 10 Tf"]
        y = 760
        for line in lines:
            if isinstance(line, str):
                ops.append(b"1 0 0 1 50 %d Tm " % y + _pdf_string(line) + b" Tj")
            else:  # a table row: cells set apart by wide gaps, as ERP systems print them
                ops.append(b"1 0 0 1 50 %d Tm " % y + _pdf_string("    ".join(line)) + b" Tj")
            y -= 14
            if y < 40:
                y = 760
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        annots = b""
        if index in comments:
            note = add(
                b"<< /Type /Annot /Subtype /Text /Rect [400 700 420 720] /Contents "
                + _pdf_string(comments[index])
                + b" >>"
            )
            annots = b" /Annots [%d 0 R]" % note
        page = add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font "
            b"<< /F1 %d 0 R >> >> /Contents %d 0 R%s >>" % (pages_id, font, content, annots)
        )
        kids.append(page)
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, xref)
    )
    return out.getvalue()


def pdf_from_text(text: str, lines_per_page: int = 48) -> bytes:
    """Plain text to PDF: blank-line paragraphs kept, '|' rows laid out as table columns."""
    lines: list[Line] = []
    for raw in text.split("\n"):
        if "|" in raw:
            lines.append([c.strip() for c in raw.split("|")])
        else:
            lines.append(raw)
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    return make_pdf(pages)


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _runs(text: str) -> str:
    """'{+inserted+}' becomes a tracked insertion, '{-deleted-}' a tracked deletion."""
    out: list[str] = []
    rest = text
    while rest:
        ins, dele = rest.find("{+"), rest.find("{-")
        marks = [m for m in (ins, dele) if m != -1]
        if not marks:
            out.append(f'<w:r><w:t xml:space="preserve">{escape(rest)}</w:t></w:r>')
            break
        first = min(marks)
        if first:
            out.append(f'<w:r><w:t xml:space="preserve">{escape(rest[:first])}</w:t></w:r>')
        closing = "+}" if first == ins else "-}"
        end = rest.find(closing, first)
        inner = escape(rest[first + 2 : end])
        if first == ins:
            out.append(
                f'<w:ins w:id="1" w:author="Buyer"><w:r><w:t xml:space="preserve">{inner}'
                "</w:t></w:r></w:ins>"
            )
        else:
            out.append(
                f'<w:del w:id="2" w:author="Buyer"><w:r><w:delText xml:space="preserve">'
                f"{inner}</w:delText></w:r></w:del>"
            )
        rest = rest[end + 2 :]
    return "".join(out)


def make_docx(text: str) -> bytes:
    """Plain text to DOCX: one paragraph per line; consecutive '|' lines become a table."""
    body: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            trs = "".join(
                "<w:tr>"
                + "".join(f"<w:tc><w:p>{_runs(c.strip())}</w:p></w:tc>" for c in row)
                + "</w:tr>"
                for row in rows
            )
            body.append(f"<w:tbl>{trs}</w:tbl>")
            rows.clear()

    for line in text.split("\n"):
        if "|" in line:
            rows.append(line.split("|"))
            continue
        flush()
        body.append(f"<w:p>{_runs(line)}</w:p>")
    flush()
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document '
        f'xmlns:w="{_W_NS}"><w:body>{"".join(body)}</w:body></w:document>'
    )
    return docx_package(document.encode())


_PKG = "http://schemas.openxmlformats.org/package/2006"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_CONTENT_TYPES = (
    f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_PKG}/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_MAIN}"/></Types>'
)
_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_OFFICE}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def docx_package(document_xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (
            ("[Content_Types].xml", _CONTENT_TYPES.encode()),
            ("_rels/.rels", _RELS.encode()),
            ("word/document.xml", document_xml),
        ):  # a fixed timestamp: the same bytes on every build
            z.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


Attachment = tuple[str, bytes] | EmailMessage


def make_eml(
    sender: str,
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    html: str | None = None,
) -> EmailMessage:
    """An email; attachments are (filename, bytes) or a whole message (forwarded as .eml)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 3, 4, 9, 30, tzinfo=UTC))
    digest = hashlib.sha1(f"{sender}|{subject}|{body}".encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{digest}@example.test>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for item in attachments:
        if isinstance(item, EmailMessage):
            msg.add_attachment(item)
            continue
        name, data = item
        kind = {
            "pdf": ("application", "pdf"),
            "html": ("text", "html"),
            "txt": ("text", "plain"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        }.get(name.rsplit(".", 1)[-1].lower(), ("application", "octet-stream"))
        msg.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=name)
    for index, part in enumerate(msg.walk()):  # fixed boundaries: the same bytes on every build
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{digest}_{index}")
    return msg
