"""Speed of the document checker beside raw text extraction of the same files, same run.

    .venv/bin/python bench/check_speed.py [--pages 200] [--emails 1000] [--repeat 3]

Generates a 200-page PDF and 1,000 emails into a temporary folder, then measures:
  * raw extraction: pypdfium2 page text / the standard email parser's text parts;
  * the checker: check_paths (read + segment + rules) on the same files.
Prints pages/s and documents/s for each, and the checker's time as a ratio of extraction.
The aim is a ratio of at most 1.30 (the checker's own work adds at most 30%).
"""

from __future__ import annotations

import argparse
import email
import random
import sys
import tempfile
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # noqa: E402

from releasegate.documents.check import check_paths  # noqa: E402
from tests.unit.check.makers import make_eml, make_pdf  # noqa: E402

# Business prose as it comes: most sentences are neutral (specs, logistics, terms); about one in
# five carries authority language the rules must look at closely.
NEUTRAL = [
    "The housing shall be produced from PA12 with a wall thickness of 2.0 mm.",
    "All dimensions are in millimetres unless stated otherwise; tolerances per ISO 2768-m.",
    "Surface finish Ra 3.2 on sealing faces, bead blasted elsewhere.",
    "Packaging: individually bagged, 50 pcs per carton, cartons labelled with part number.",
    "The supplier shall keep records of material lot numbers for ten years.",
    "Deliveries are made DAP Hamburg, Incoterms 2020, between 7:00 and 15:00.",
    "Invoices must quote the purchase order number and the delivery note number.",
    "Changes to the drawing are communicated through the engineering change process.",
    "Thank you for your cooperation, and best regards from the purchasing team.",
    "Goods receipt is open Monday to Friday; please announce deliveries one day ahead.",
    "Certificates of conformity shall accompany every shipment.",
    "Parts must be free of burrs, cracks and discolouration.",
]
SENTENCES = [
    "Please find attached PO {po} for {n} sample units of BRKT-{p} rev B.",
    "The remaining {m} pcs are not released and stay on hold until sample sign-off.",
    "Samples approved, go ahead.",
    "Lead time for production is 4 weeks after the written release from Jane Miller.",
    "We have ordered powder for the full {m} pcs batch to save time.",
    "Our annual forecast is {m} pcs, non-binding and for planning only.",
    "Deposit received, we will start production on Monday.",
    "Once the samples are approved, please proceed with the full run.",
    "Dimensions were checked on a CMM; see the report attached.",
    "Delivery address: Halle 4, Industriestrasse 12, 21079 Hamburg.",
    "Could you confirm whether the colour should be RAL 9005 or RAL 9011?",
    "Kind regards, Julia Brandt, Purchasing",
]


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return rng.choice(NEUTRAL)
    return rng.choice(SENTENCES).format(
        po=rng.randint(4500000, 4599999),
        n=rng.choice([5, 10, 20]),
        m=rng.choice([490, 2000]),
        p=rng.randint(100, 999),
    )


def make_inputs(folder: Path, pages: int, emails: int) -> tuple[Path, list[Path]]:
    rng = random.Random(7)
    page_lines = [[_sentence(rng) for _ in range(45)] for _ in range(pages)]
    pdf = folder / "big.pdf"
    pdf.write_bytes(make_pdf(page_lines))
    mails: list[Path] = []
    for index in range(emails):
        body = "Hi Marco,\n\n" + " ".join(_sentence(rng) for _ in range(rng.randint(3, 12)))
        body += "\n\n> " + "\n> ".join(_sentence(rng) for _ in range(rng.randint(0, 6)))
        message: EmailMessage = make_eml(
            "Julia <j@buyer.example>", "Marco <m@supplier.example>", f"RE: order {index}", body
        )
        path = folder / f"mail{index:04d}.eml"
        path.write_bytes(message.as_bytes())
        mails.append(path)
    return pdf, mails


def extract_pdf(path: Path) -> int:
    pdf = pdfium.PdfDocument(path.read_bytes())
    chars = 0
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return chars


def extract_email(path: Path) -> int:
    """The standard parser (compat32, as the checker uses) and the decoded text parts."""
    message = email.message_from_bytes(path.read_bytes())
    chars = 0
    for part in message.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                chars += len(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return chars


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--emails", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf, mails = make_inputs(Path(tmp), args.pages, args.emails)
        raw_pdf = best_of(args.repeat, lambda: extract_pdf(pdf))
        check_pdf = best_of(args.repeat, lambda: check_paths([pdf]))
        raw_mail = best_of(args.repeat, lambda: [extract_email(p) for p in mails])
        check_mail = best_of(args.repeat, lambda: [check_paths([p]) for p in mails])
        findings = len(check_paths([pdf]).findings)
    print(f"{'input':<22} {'extraction':>14} {'checker':>14} {'ratio':>7}")
    label = f"PDF, {args.pages} pages"
    pdf_rates = f"{args.pages / raw_pdf:>9.0f} p/s {args.pages / check_pdf:>9.0f} p/s"
    print(f"{label:<22} {pdf_rates} {check_pdf / raw_pdf:>7.2f}")
    print(
        f"{f'{args.emails} emails':<22} {args.emails / raw_mail:>9.0f} d/s "
        f"{args.emails / check_mail:>9.0f} d/s {check_mail / raw_mail:>7.2f}"
    )
    print(f"(the PDF gave {findings} findings; aim: ratio <= 1.30)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
