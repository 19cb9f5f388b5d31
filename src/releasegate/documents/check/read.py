"""Bytes → parts. Each part has a display name ("mail.eml!quote.pdf"), its extracted text and a
page map. The type is sniffed from the content, never from the file name.

Every reader is bounded: input size, decompressed size, pages, MIME depth and part count, and
text length all have limits, so hostile input gives a clear error or a bounded result.
"""

from __future__ import annotations

import email
import io
import re
import zipfile
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import charset_normalizer
import pypdfium2 as pdfium  # type: ignore[import-untyped]
from pypdf import PdfReader
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .errors import CheckInputError

MAX_INPUT_BYTES = 25 * 1024 * 1024  # one file on disk
MAX_DOCX_XML_BYTES = 40 * 1024 * 1024  # one decompressed XML member of a DOCX
MAX_PDF_PAGES = 2000
MAX_PART_CHARS = 2_000_000  # extracted text kept per part (the rest is cut, and said so)
MAX_MIME_DEPTH = 8  # messages forwarded inside messages
MAX_MIME_PARTS = 300
MAX_MIME_CONTAINERS = 150  # multipart and message/rfc822 parts in one email
MAX_FOLDER_FILES = 2000


@dataclass(frozen=True)
class Part:
    """One readable piece of an input: a file, or a body or attachment inside an email."""

    name: str  # "mail.eml", "mail.eml!quote.pdf", "mail.eml!fwd.eml!po.docx"
    file: str  # the top-level file it came from
    kind: str  # "pdf" | "docx" | "email" | "html" | "text"
    text: str
    page_starts: tuple[int, ...] = ()  # offset at which page n+1 starts; empty: no pages
    note: str = ""

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        return max(1, bisect_right(self.page_starts, offset))

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) or None


@dataclass(frozen=True)
class Skipped:
    name: str
    reason: str


# ---------------------------------------------------------------- sniffing

_KNOWN_HEADERS = re.compile(
    rb"(?im)^(from|to|cc|subject|date|received|return-path|message-id|mime-version|"
    rb"delivered-to|reply-to|content-type|x-[a-z0-9-]+|sender|in-reply-to|references):[ \t]"
)
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"<(?:p|div|br|table|span|b|strong|ul|li|h[1-6])[\s>/]", re.IGNORECASE)


def sniff(data: bytes) -> str:
    """The content type of a file: pdf, docx, email, html, text, or 'unsupported: why'."""
    head = data[:4096]
    stripped = head.lstrip(b"\xef\xbb\xbf\r\n\t ")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return (
            "docx"
            if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:4096]
            else "unsupported: a ZIP archive, not a DOCX document"
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "unsupported: a legacy Office (OLE) file; save it as DOCX or PDF"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "unsupported: an image has no text to check"
    if stripped.startswith(b"{\\rtf"):
        return "unsupported: RTF; save it as DOCX or PDF"
    if len(_KNOWN_HEADERS.findall(stripped[:2048])) >= 2 and re.match(
        rb"[A-Za-z][A-Za-z0-9-]*:", stripped
    ):
        return "email"
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 2:
        return "html"
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "unsupported: binary data, not a document"
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if sample and controls / len(sample) > 0.05:
        return "unsupported: binary data, not a document"
    return "text"


def decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding, "replace")
    except LookupError:
        return data.decode("cp1252", "replace")


def _clip(text: str) -> tuple[str, str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_PART_CHARS:
        return text[:MAX_PART_CHARS], f"text cut at {MAX_PART_CHARS:,} characters"
    return text, ""


# ---------------------------------------------------------------- PDF


def pdf_parts(data: bytes, name: str, file: str) -> Part:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise CheckInputError(name, _pdf_failure(data, str(exc))) from None
    try:
        count = len(pdf)
        if count == 0:
            raise CheckInputError(name, "empty PDF (no pages)")
        if count > MAX_PDF_PAGES:
            raise CheckInputError(name, f"too large ({count} pages; limit {MAX_PDF_PAGES})")
        comments = _pdf_comments(data) if b"/Annots" in data else {}
        chunks: list[str] = []
        starts: list[int] = []
        length = 0
        for index in range(count):
            page = pdf[index]
            textpage = page.get_textpage()
            text = str(textpage.get_text_range()).replace("\r\n", "\n").replace("\r", "\n")
            textpage.close()
            page.close()
            for comment in comments.get(index, ()):
                text += f"\n[Comment] {comment}"
            starts.append(length)
            text += "\n\n"
            chunks.append(text)
            length += len(text)
            if length > MAX_PART_CHARS:
                break
    finally:
        pdf.close()
    full, note = _clip("".join(chunks))
    if not full.strip():
        raise CheckInputError(name, "PDF has no text layer (a scanned image?)")
    return Part(name, file, "pdf", full, tuple(starts), note)


def _pdf_failure(data: bytes, detail: str) -> str:
    if "password" in detail.lower() or b"/Encrypt" in data:
        return "encrypted PDF (a password is needed to read it)"
    if b"%%EOF" not in data[-2048:]:
        return "truncated or damaged PDF"
    return f"damaged PDF ({detail.strip() or 'unreadable'})"


def _pdf_comments(data: bytes) -> dict[int, list[str]]:
    """Text of sticky notes and free-text annotations, per page (reviewers write 'approved')."""
    found: dict[int, list[str]] = {}
    try:
        reader = PdfReader(io.BytesIO(data))
        for index, page in enumerate(reader.pages):
            if index >= MAX_PDF_PAGES:
                break
            annots = page.get("/Annots")
            if not annots:
                continue
            for ref in annots.get_object():
                annot: Any = ref.get_object()
                if annot.get("/Subtype") in ("/Text", "/FreeText") and annot.get("/Contents"):
                    found.setdefault(index, []).append(str(annot["/Contents"]).strip())
    except Exception:
        return found
    return found


# ---------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_part(data: bytes, name: str, file: str) -> Part:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise CheckInputError(name, f"not a readable DOCX ({exc})") from None
    body = _read_member(archive, info, name)
    text = _docx_text(body, name)
    comments: list[str] = []
    try:
        cinfo = archive.getinfo("word/comments.xml")
    except KeyError:
        cinfo = None
    if cinfo is not None:
        comments_xml = _read_member(archive, cinfo, name)
        comments = [t for t in _docx_text(comments_xml, name, root_tag="comments").split("\n") if t]
    if comments:
        text += "\n\n" + "\n".join(f"[Comment] {c}" for c in comments)
    full, note = _clip(text)
    if not full.strip():
        raise CheckInputError(name, "empty DOCX (no text)")
    return Part(name, file, "docx", full, (), note)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    if info.file_size > MAX_DOCX_XML_BYTES:
        raise CheckInputError(
            name, f"too large when unpacked ({info.file_size:,} bytes; zip bomb?)"
        )
    try:
        with archive.open(info) as member:
            data = member.read(MAX_DOCX_XML_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        raise CheckInputError(name, f"damaged DOCX ({exc})") from None
    if len(data) > MAX_DOCX_XML_BYTES:
        raise CheckInputError(name, "too large when unpacked (zip bomb?)")
    return data


def _docx_text(xml: bytes, name: str, root_tag: str = "body") -> str:
    if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml[:65536]:
        raise CheckInputError(name, "DOCX XML declares entities; refused")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise CheckInputError(name, f"damaged DOCX ({exc})") from None
    container = root.find(f"{_W}body") if root_tag == "body" else root
    if container is None:
        return ""
    lines: list[str] = []
    for block in _blocks(container):
        if block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                cells = [
                    " ".join(_run_text(p) for p in cell.iter(f"{_W}p")).strip()
                    for cell in row.findall(f"{_W}tc")
                ]
                lines.append(" | ".join(cells))
            lines.append("")
        else:
            lines.append(_run_text(block))
    return "\n".join(lines)


def _blocks(container: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """Paragraphs and tables in reading order, looking through content controls and
    tracked-change wrappers (w:sdt, w:ins, w:customXml) without recursion."""
    stack = list(reversed(list(container)))
    while stack:
        element = stack.pop()
        if element.tag in (f"{_W}p", f"{_W}tbl"):
            yield element
        elif element.tag != f"{_W}del":
            stack.extend(reversed(list(element)))


def _run_text(paragraph: ElementTree.Element) -> str:
    """A paragraph's text including tracked insertions (w:ins) and without deletions."""
    out: list[str] = []
    for element in paragraph.iter():
        tag = element.tag
        if tag == f"{_W}t" and element.text:
            out.append(element.text)
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
    return "".join(out)


# ---------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "dd",
        "dt",
        "title",
        "address",
    ]
)
_SKIP_TAGS = frozenset(["script", "style", "head", "noscript", "template", "svg"])


def html_to_text(markup: str) -> str:
    tree = LexborHTMLParser(markup)
    root: LexborNode | None = tree.body or tree.root
    if root is None:
        return ""
    out: list[str] = []
    # Iterative walk: (node, closing) pairs; closing emits the separator after a block.
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            if tag in ("td", "th"):
                out.append(" | ")
            elif tag in _BLOCK_TAGS:
                out.append("\n")
            continue
        if tag == "-text":
            out.append(node.text_content or "")
            continue
        if tag in _SKIP_TAGS or tag == "-comment":
            continue
        if tag == "br":
            out.append("\n")
            continue
        stack.append((node, True))
        children: list[LexborNode] = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    text = "".join(out)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"(?: \| )+\n", "\n", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# ---------------------------------------------------------------- email


_MIME_CONTAINERS = re.compile(rb"(?i)content-type:\s*(?:multipart/|message/rfc822)")


def email_parts(data: bytes, name: str, file: str, depth: int = 0) -> list[Part | Skipped]:
    containers = len(_MIME_CONTAINERS.findall(data[:MAX_INPUT_BYTES]))
    if containers > MAX_MIME_CONTAINERS:
        raise CheckInputError(
            name, f"too many nested MIME parts ({containers}; limit {MAX_MIME_CONTAINERS})"
        )
    try:
        # compat32 (the default) parses headers lazily and is several times faster than
        # policy.default; the few headers shown are decoded by _header below.
        message = email.message_from_bytes(data)
    except RecursionError:
        raise CheckInputError(name, "email is nested too deeply to read") from None
    out: list[Part | Skipped] = []
    counter = [0]
    try:
        _walk_message(message, name, file, depth, out, counter)
    except RecursionError:
        raise CheckInputError(name, "email is nested too deeply to read") from None
    return out


def _header(value: object) -> str:
    """A header value with RFC 2047 encoded words decoded, on one line."""
    if value is None:
        return ""
    if isinstance(value, str) and "=?" not in value:
        return " ".join(value.split())  # no encoded words: decoding would return it as is
    try:
        text = str(make_header(decode_header(str(value))))
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        text = str(value)
    return " ".join(text.split())


def _header_block(message: Message) -> str:
    lines = []
    for header in ("From", "To", "Date", "Subject"):
        value = _header(message.get(header))
        if value:
            lines.append(f"{header}: {value}")
    return "\n".join(lines)


def _walk_message(
    message: Message,
    name: str,
    file: str,
    depth: int,
    out: list[Part | Skipped],
    counter: list[int],
) -> None:
    body: list[str] = [_header_block(message)]
    attachments: list[tuple[str, bytes | Message]] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, level = stack.pop()
        counter[0] += 1
        if counter[0] > MAX_MIME_PARTS:
            out.append(Skipped(name, f"more than {MAX_MIME_PARTS} MIME parts; the rest ignored"))
            break
        if level > 40:
            out.append(Skipped(name, "MIME structure nested too deeply; inner parts ignored"))
            continue
        ctype = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        filename = _header(part.get_filename()) or None
        if part.is_multipart() and ctype != "message/rfc822":
            payload = part.get_payload()
            children = (
                [c for c in payload if isinstance(c, Message)] if isinstance(payload, list) else []
            )
            if ctype == "multipart/alternative":
                plain = [c for c in children if c.get_content_type() == "text/plain"]
                children = plain[:1] or children[-1:]
            stack.extend((c, level + 1) for c in reversed(children))
            continue
        if ctype == "message/rfc822":
            inner = part.get_payload()
            inner_msg = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner_msg, Message):
                label = filename or _subject_name(inner_msg, counter[0])
                attachments.append((label, inner_msg))
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if filename or disposition == "attachment":
            attachments.append((filename or f"part{counter[0]}", payload))
        elif ctype == "text/plain":
            body.append(_decode_part(part, payload))
        elif ctype == "text/html":
            body.append(html_to_text(_decode_part(part, payload)))
        elif payload:
            attachments.append((f"part{counter[0]}", payload))
    text, note = _clip("\n\n".join(b for b in body if b.strip()))
    out.append(Part(name, file, "email", text, (), note))
    for label, content in attachments:
        child = f"{name}!{_safe(label)}"
        if depth + 1 > MAX_MIME_DEPTH:
            out.append(Skipped(child, "forwarded too many levels deep; not read"))
            continue
        if isinstance(content, Message):
            _walk_message(content, child, file, depth + 1, out, counter)
            continue
        try:
            out.extend(read_bytes(content, child, file, depth + 1))
        except CheckInputError as exc:
            out.append(Skipped(child, exc.reason))


def _subject_name(message: Message, index: int) -> str:
    subject = _header(message.get("Subject"))[:60]
    return f"{subject or f'message{index}'}.eml"


def _safe(label: str) -> str:
    return re.sub(r"[\x00-\x1f!]", "_", label).strip() or "attachment"


def _decode_part(part: Message, payload: bytes) -> str:
    charset = part.get_content_charset()
    if charset:
        try:
            return payload.decode(charset, "replace")
        except LookupError:
            pass
    return decode_text(payload)


# ---------------------------------------------------------------- entry points


def read_bytes(data: bytes, name: str, file: str, depth: int = 0) -> list[Part | Skipped]:
    """Parts of one input given as bytes; raises CheckInputError when it cannot be read."""
    if not data.strip():
        raise CheckInputError(name, "empty file")
    if len(data) > MAX_INPUT_BYTES:
        raise CheckInputError(
            name, f"too large ({len(data):,} bytes; limit {MAX_INPUT_BYTES // 2**20} MB)"
        )
    kind = sniff(data)
    if kind == "pdf":
        return [pdf_parts(data, name, file)]
    if kind == "docx":
        return [docx_part(data, name, file)]
    if kind == "email":
        return list(email_parts(data, name, file, depth))
    if kind == "html":
        text, note = _clip(html_to_text(decode_text(data)))
        if not text.strip():
            raise CheckInputError(name, "empty HTML (no text)")
        return [Part(name, file, "html", text, (), note)]
    if kind == "text":
        text, note = _clip(decode_text(data))
        return [Part(name, file, "text", text, (), note)]
    reason = kind.removeprefix("unsupported: ")
    if name.lower().endswith(".pdf"):
        raise CheckInputError(name, f"not a PDF ({reason})")
    raise CheckInputError(name, f"unsupported type: {reason}")


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files to check: the given files, and the files inside given folders (sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            inner = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if len(inner) > MAX_FOLDER_FILES:
                raise CheckInputError(str(path), f"too many files (limit {MAX_FOLDER_FILES})")
            files.extend(inner)
        else:
            files.append(path)
    return files


def read_path(path: Path, display: str) -> list[Part | Skipped]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CheckInputError(display, f"cannot be read ({exc.strerror or exc})") from None
    if size > MAX_INPUT_BYTES:
        raise CheckInputError(
            display, f"too large ({size:,} bytes; limit {MAX_INPUT_BYTES // 2**20} MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CheckInputError(display, f"cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, display, display)
