"""Regenerate the held-out checker corpus (cases/ and labels.json).

Dev-only tool; needs reportlab and python-docx, which are NOT project dependencies:

    python3 -m venv /tmp/holdout-venv
    /tmp/holdout-venv/bin/pip install reportlab python-docx
    /tmp/holdout-venv/bin/python tests/data/check_holdout/build.py

The case texts and labels live in cases_def.py; this file only renders them.
"""
from __future__ import annotations

import datetime as _dt
import html as _html
import io
import json
import shutil
import sys
from collections import Counter
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases_def import CASES  # noqa: E402

# --------------------------------------------------------------------------- blocks
# A document body is a list of blocks:
#   "text"                 -> paragraph
#   ("h", "text")          -> heading
#   [[cell, ...], ...]     -> table (first row = header)


def blocks_to_text(blocks) -> str:
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            out.append(b[1])
            out.append("")
        elif isinstance(b, list):
            widths = [max(len(str(r[i])) for r in b) for i in range(len(b[0]))]
            for n, row in enumerate(b):
                out.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
                if n == 0:
                    out.append("  ".join("-" * w for w in widths))
            out.append("")
        else:
            out.append(b)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def blocks_to_html(blocks, title="") -> str:
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
           f"<title>{_html.escape(title)}</title>",
           "<style>td,th{border:1px solid #999;padding:3px 6px}table{border-collapse:collapse}</style>",
           "</head><body>"]
    for b in blocks:
        if isinstance(b, tuple):
            out.append(f"<h2>{_html.escape(b[1])}</h2>")
        elif isinstance(b, list):
            out.append("<table>")
            for n, row in enumerate(b):
                tag = "th" if n == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{_html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
        else:
            para = "<br>".join(_html.escape(line) for line in b.split("\n"))
            out.append(f"<p>{para}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_pdf(blocks, title="") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="holdout corpus", invariant=1)
    story = []
    for b in blocks:
        if isinstance(b, tuple):
            story.append(Paragraph(_html.escape(b[1]), styles["Heading2"]))
        elif isinstance(b, list):
            data = [[Paragraph(_html.escape(str(c)), styles["BodyText"]) for c in row] for row in b]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            story.append(t)
            story.append(Spacer(1, 8))
        else:
            story.append(Paragraph(_html.escape(b).replace("\n", "<br/>"), styles["BodyText"]))
            story.append(Spacer(1, 4))
    doc.build(story)
    return buf.getvalue()


def render_docx(blocks, title="") -> bytes:
    import docx

    d = docx.Document()
    fixed = _dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.title = title
    d.core_properties.author = "holdout corpus"
    for b in blocks:
        if isinstance(b, tuple):
            d.add_heading(b[1], level=2)
        elif isinstance(b, list):
            t = d.add_table(rows=len(b), cols=len(b[0]))
            t.style = "Table Grid"
            for r, row in enumerate(b):
                for c, val in enumerate(row):
                    t.cell(r, c).text = str(val)
            d.add_paragraph("")
        else:
            for line in b.split("\n"):
                d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- email

def _render_attachment(att):
    """att = (filename, kind, payload) where payload is blocks or str or bytes."""
    fname, kind, payload = att
    if kind == "pdf":
        part = MIMEApplication(render_pdf(payload, fname), _subtype="pdf")
    elif kind == "docx":
        part = MIMEApplication(render_docx(payload, fname),
                               _subtype="vnd.openxmlformats-officedocument.wordprocessingml.document")
    elif kind == "html":
        body = payload if isinstance(payload, str) else blocks_to_html(payload, fname)
        part = MIMEText(body, "html", "utf-8")
    elif kind == "txt":
        body = payload if isinstance(payload, str) else blocks_to_text(payload)
        part = MIMEText(body, "plain", "utf-8")
    else:
        raise ValueError(kind)
    part.add_header("Content-Disposition", "attachment", filename=fname)
    return part


def build_message(spec, counter=None) -> MIMEMultipart | MIMEText:
    """spec keys: frm, to, subject, date (datetime), text, html (str|None|'auto'),
    attachments (list), forwarded (spec|None), cc, msgid."""
    text = spec["text"]
    html_body = spec.get("html")
    if html_body == "auto":
        html_body = "<html><body>" + "".join(
            f"<p>{'<br>'.join(_html.escape(l) for l in para.split(chr(10)))}</p>"
            for para in text.split("\n\n")) + "</body></html>"
    if html_body:
        body = MIMEMultipart("alternative")
        body.attach(MIMEText(text, "plain", "utf-8"))
        body.attach(MIMEText(html_body, "html", "utf-8"))
    else:
        body = MIMEText(text, "plain", "utf-8")
    atts = spec.get("attachments") or []
    fwd = spec.get("forwarded")
    if atts or fwd:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for a in atts:
            msg.attach(_render_attachment(a))
        if fwd:
            inner = build_message(fwd)
            part = MIMEMessage(inner)
            part.add_header("Content-Disposition", "inline")
            msg.attach(part)
    else:
        msg = body
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(spec.get("date") or _dt.datetime(2024, 3, 4, 10, 15,
                                                                    tzinfo=_dt.timezone.utc))
    msg["Message-ID"] = spec.get("msgid") or f"<{abs(hash(spec['subject'])) % 10**9}@holdout.example>"
    msg["MIME-Version"] = "1.0"
    return msg


def _fix_boundaries(msg, prefix):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_holdout_{prefix}_{n}")
            n += 1


def render_eml(spec, case_name) -> bytes:
    msg = build_message(spec)
    _fix_boundaries(msg, case_name)
    return msg.as_bytes()


# --------------------------------------------------------------------------- main

def main() -> None:
    cases_dir = HERE / "cases"
    if cases_dir.exists():
        shutil.rmtree(cases_dir)
    cases_dir.mkdir()
    labels = {}
    fmt_files = Counter()
    fmt_cases = Counter()
    for case in CASES:
        name = case["name"]
        assert name not in labels, name
        cdir = cases_dir / name
        cdir.mkdir()
        seen = set()
        for fname, kind, payload in case["files"]:
            p = cdir / fname
            if kind == "txt":
                data = (payload if isinstance(payload, str) else blocks_to_text(payload)).encode("utf-8")
            elif kind == "html":
                data = (payload if isinstance(payload, str) else blocks_to_html(payload, fname)).encode("utf-8")
            elif kind == "pdf":
                data = render_pdf(payload, fname)
            elif kind == "docx":
                data = render_docx(payload, fname)
            elif kind == "eml":
                data = render_eml(payload, name)
                for a in payload.get("attachments") or []:
                    fmt_files[a[1] + " (eml attachment)"] += 1
            else:
                raise ValueError(kind)
            p.write_bytes(data)
            fmt_files[kind] += 1
            seen.add(kind)
        for k in seen:
            fmt_cases[k] += 1
        labels[name] = {"expect": sorted(case["expect"]), "facts": None, "note": case["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n")
    per_rule = Counter(r for v in labels.values() for r in v["expect"])
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"cases: {len(labels)}  clean: {clean}")
    print("cases per rule:", dict(sorted(per_rule.items())))
    print("cases containing format (top-level files):", dict(sorted(fmt_cases.items())))
    print("files per format:", dict(sorted(fmt_files.items())))


if __name__ == "__main__":
    main()
