#!/usr/bin/env python3
"""Generator for the releasegate check_holdout22 corpus (independent held-out set).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout22/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import zipfile
from email import policy
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle,
)
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"
CASES: list[dict] = []


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    flow = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            flow.append(Paragraph(escape(b[1]), ss["Heading2"]))
        elif kind == "h1":
            flow.append(Paragraph(escape(b[1]), ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(escape(b[1]), ss["BodyText"]))
        elif kind == "pre":
            flow.append(Preformatted(b[1], ss["Code"]))
        elif kind == "sp":
            flow.append(Spacer(1, 10))
        elif kind == "table":
            rows = [[Paragraph(escape(str(c)), ss["BodyText"]) for c in r] for r in b[1]]
            t = Table(rows, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            flow.append(t)
        else:
            raise ValueError(kind)
    doc.build(flow)
    return buf.getvalue()


FIXED = _dt.datetime(2024, 5, 2, 9, 0, 0)


def docx_bytes(blocks, author="unknown"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "num":
            d.add_paragraph(b[1], style="List Number")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif kind == "sp":
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    # re-pack with fixed zip timestamps so the output is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def html_page(title, body, lang="en"):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(title)}</title>\n<style>body{{font-family:Arial,sans-serif;font-size:13px}}"
            f"table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:3px 6px}}"
            f"th{{background:#e8e8e8}}.note{{background:#fffbe6;border:1px solid #e0c060;padding:6px}}</style>\n"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


_MSGN = [0]


def mail(frm, to, subject, date, text, html=None, cc=None, attachments=(), in_reply_to=None,
         msgid=None, extra=None):
    """attachments: list of (filename, data, mimetype) or ("rfc822", EmailMessage)."""
    _MSGN[0] += 1
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid or f"<h22-{_MSGN[0]:04d}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(text)
    if html:
        m.add_alternative(html, subtype="html")
    for att in attachments:
        if att[0] == "rfc822":
            m.add_attachment(att[1])
            continue
        fn, data, mt = att
        maintype, subtype = mt.split("/", 1)
        if maintype == "text":
            m.add_attachment(data if isinstance(data, str) else data.decode("utf-8"),
                             subtype=subtype, filename=fn)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h22")
    return m


def eml_bytes(m):
    return m.as_bytes(policy=policy.SMTP)


PDF_MT = "application/pdf"
DOCX_MT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


SIG_DISCLAIMER = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named "
    "recipient(s) and may contain confidential information. If you received it in error, please "
    "notify the sender and delete it. No contract is concluded by e-mail unless expressly agreed.\n"
)


def sig(name, title, company, phone="+1 555 0100"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)



def sig_fr(name, title, company, phone):
    return (f"\n-- \n{name}\n{title}\n{company}\nTél. {phone}\n\n"
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
            "destinataires. Toute diffusion non autorisée est interdite. / This message is confidential.\n")


def sig_it(name, title, company, phone):
    return (f"\n--\n{name}\n{title}\n{company}\nTel. {phone}\n\n"
            "Ai sensi del Reg. UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono "
            "riservate. Se avete ricevuto questo messaggio per errore, vogliate cancellarlo e "
            "avvisare il mittente.\n")


def sig_es(name, title, company, phone):
    return (f"\n--\n{name}\n{title}\n{company}\nTel. {phone}\n\n"
            "AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el "
            "destinatario, le rogamos que lo comunique al remitente y lo elimine. Antes de imprimir "
            "este e-mail piense si es necesario.\n")


def sig_pt(name, title, company, phone):
    return (f"\n--\nCom os melhores cumprimentos / Best regards\n{name}\n{title}\n{company}\n"
            f"Tel. {phone}\n\nEsta mensagem é confidencial. Se a recebeu por engano, por favor "
            "informe o remetente e apague-a.\n")


def quote_lines(text):
    """Prefix every line with '> ' the way mail clients quote."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def P(s):
    """Strip one leading newline so triple-quoted blocks can start on their own line."""
    return s[1:] if s.startswith("\n") else s


# =================================================================== CLEAN (24)

# c01 - French luxury packaging, PDF PO with table; series line shown at zero and marked not released
case("c01_packaging_sample_po_pdf", [],
     "Sample PO for 40 boxes; 6,000 series line explicitly not released; unlock = sample sign-off + revised PO signed by named buyer; material sample-only",
     [("BC_MV-24-0318.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER N° MV-24-0318"),
         ("p", "Maison Verlaine Parfums SAS — Direction des Achats Packaging — 14 rue de Miromesnil, 75008 Paris"),
         ("p", "Fournisseur / Supplier : Cartonnages du Val de Loire SARL, ZI des Deux-Lions, 37200 Tours — "
               "à l'attention de M. Thierry Renaud"),
         ("p", "Date : 14/03/2024 — Votre devis / your quote : CVL-D-2403-118 du 08/03/2024 — "
               "Paiement : 60 jours fin de mois — Incoterm : DAP Paris 8e"),
         ("sp",),
         ("table", [
             ["Ligne", "Référence", "Désignation", "Qté", "PU € HT", "Montant € HT", "Portée / scope"],
             ["10", "MV-ECR-0007 rév. B", "Coffret rigide « Écrin N°7 », papier Rives Tradition 250 g, dorure à chaud or 303",
              "40", "18,50", "740,00", "Échantillons — à fabriquer maintenant / samples — make now"],
             ["20", "MV-ECR-0007 rév. B", "Coffret série (quantité devisée : 6 000)", "0", "4,20", "0,00",
              "NON LIBÉRÉ — pour information / NOT RELEASED — for information"],
         ]),
         ("sp",),
         ("h", "Portée de la commande / Scope of this order"),
         ("p", "La présente commande porte uniquement sur quarante (40) coffrets échantillons. "
               "This order covers forty (40) sample boxes only."),
         ("p", "La quantité série de 6 000 coffrets figurant au devis CVL-D-2403-118 est indiquée pour "
               "référence de prix uniquement et n'est PAS libérée. The 6,000 series boxes are shown for price "
               "reference only and are NOT released: do not buy board, paper or foil for them and do not "
               "schedule them."),
         ("p", "Déblocage de la série / What unlocks the series: (1) sign-off of the 40 samples by our packaging "
               "engineering (Mme Claire Aubert) and then (2) a revised purchase order signed by Mme Sophie "
               "Marchand, Responsable Achats Packaging. Nothing else — neither this PO nor the payment of the "
               "sample invoice — releases the series."),
         ("p", "Autorisation matière / Material authority: sample-only (board, paper and foil for the 40 samples)."),
         ("h", "Logistique"),
         ("p", "Livraison semaine 14, DAP Paris 8e, quai B. Chaque coffret sous sachet individuel, aucun contact "
               "avec la dorure. Merci de nous retourner l'accusé de réception de commande sous 48 h."),
         ("sp",),
         ("p", "Sophie Marchand — Responsable Achats Packaging — s.marchand@maison-verlaine.fr — +33 1 53 04 22 18"),
     ], title="BC MV-24-0318", author="Maison Verlaine Parfums"))])

# c02 - Italian supplier quote with sample and series tiers, no authorization anywhere
case("c02_espresso_quote_tiers_pdf", [],
     "Supplier quote with sample and series tiers only; a quote authorizes nothing and carries no authorized quantity",
     [("Offerta_24-0412_Bonetti.pdf", pdf([
         ("h1", "OFFERTA N. 24/0412"),
         ("p", "Meccanica F.lli Bonetti S.r.l. — Via Seradello 41, 25065 Lumezzane (BS) — P.IVA 01234560987"),
         ("p", "Spett.le Vesuvio Macchine per Caffè S.r.l., Via Argine 310, 80147 Napoli — "
               "alla c.a. della Dott.ssa Francesca Esposito, Ufficio Acquisti"),
         ("p", "Lumezzane, 04/04/2024 — Oggetto: corpo portafiltro 58 mm, vs. disegno VMC-PF-58 rev. C"),
         ("p", "Con la presente Vi sottoponiamo la nostra migliore offerta per quanto in oggetto. "
               "Please find below our best offer for the item above."),
         ("table", [
             ["Pos.", "Descrizione / description", "Quantità", "Prezzo unit. €", "Consegna / lead time"],
             ["1", "Campionatura corpo portafiltro, ottone CW614N, cromato / sample lot", "20 pz", "38,00",
              "3 settimane / weeks"],
             ["2", "Serie corpo portafiltro / series", "1.500 pz", "9,40", "6 settimane dal Vs. rilascio scritto"],
             ["3", "Serie corpo portafiltro / series", "3.000 pz", "8,10", "8 settimane dal Vs. rilascio scritto"],
             ["4", "Attrezzatura di fissaggio / fixtures (una tantum)", "1", "1.200,00", "—"],
         ]),
         ("sp",),
         ("p", "Note tecniche: tolleranze generali ISO 2768-mK; filettatura M10x1; cromatura spessore 8–12 µm; "
               "collaudo tenuta a 12 bar su ogni pezzo della campionatura."),
         ("p", "Condizioni: prezzi franco ns. stabilimento (EXW Lumezzane); imballo incluso; pagamento "
               "30 gg d.f.f.m.; validità offerta 60 giorni. I prezzi serie valgono per lotto unico di consegna."),
         ("p", "Restiamo a disposizione per ogni chiarimento. Distinti saluti."),
         ("p", "Luca Bonetti — Ufficio Commerciale — luca.bonetti@bonetti-meccanica.it"),
     ], title="Offerta 24/0412", author="Meccanica F.lli Bonetti"))])

# c03 - Portuguese supplier asks whether balance may start; question only, states not released
c03_text = P("""
Dear Mr. Lafitte,

Bom dia. The 20 sample valve bodies (your part EB-0480-V, drawing rev. 2) left our plant
yesterday with DHL Express, AWB 48 1907 3362. Dimensional report and the 3.1 material
certificate for the AISI 316L bar are in the box; the certificate is also attached here as
PDF, together with the DESADV message our system sent to your EDI platform.

One question from our planning: we understand the remaining 480 valve bodies are not released
yet. Do we have a green light for them, or should we wait for your written release? Our shop
would like to know if week 22 can be kept free for you, but we will not start anything without
your document. For now we have bar stock for the 20 samples only, nothing else is bought.

Could you also tell me who signs the release on your side, so that I send the question to the
right person?

Obrigado e bom fim de semana,
""") + sig_pt("Rui Monteiro", "Gestor de Cliente / Key Account", "Metalúrgica do Douro, Lda — Vila Nova de Gaia",
              "+351 22 370 4418")
c03_cert = pdf([
    ("h1", "INSPECTION CERTIFICATE EN 10204 3.1"),
    ("p", "Metalúrgica do Douro, Lda — Rua da Fundição 210, 4400-146 Vila Nova de Gaia — cert. no. MD-3.1-24-0917"),
    ("table", [
        ["Customer", "Order", "Part", "Quantity delivered"],
        ["Embouteillage Bordelais SA", "PO EB-24-0412", "Valve body EB-0480-V rev. 2 (samples)", "20 pcs"],
    ]),
    ("p", "Material: AISI 316L (1.4404) round bar Ø45, heat no. 24-71503, mill certificate Ugitech 3.1 ref. UG-558120."),
    ("table", [
        ["C %", "Cr %", "Ni %", "Mo %", "Rp0.2 MPa", "Rm MPa", "A5 %"],
        ["0.021", "16.9", "10.1", "2.04", "285", "590", "48"],
    ]),
    ("p", "Dimensional check 100 % on the 20 pcs, report DR-24-0917 attached to the delivery. "
          "We hereby certify that the products delivered conform to the order requirements."),
    ("p", "Inspector: Helena Gomes, Quality Control — 09/05/2024"),
], title="3.1 certificate MD-3.1-24-0917", author="Metalurgica do Douro")
c03_desadv = P("""
UNA:+.? '
UNB+UNOC:3+5601234000018:14+3012345000015:14+240509:1705+MD0917'
UNH+1+DESADV:D:96A:UN'
BGM+351+MD-DN-24-0917+9'
DTM+137:20240509:102'
DTM+11:20240509:102'
RFF+ON:EB-24-0412'
NAD+SU+5601234000018::9++METALURGICA DO DOURO LDA'
NAD+BY+3012345000015::9++EMBOUTEILLAGE BORDELAIS SA'
TDT+20++30+DHL EXPRESS'
RFF+AAS:4819073362'
CPS+1'
PAC+1++CT'
LIN+1++EB-0480-V:BP'
IMD+F++:::VALVE BODY REV 2 SAMPLES'
QTY+12:20:PCE'
CNT+2:1'
UNT+16+1'
UNZ+1+MD0917'
""")
case("c03_supplier_question_balance_eml", [],
     "Supplier question asking for a green light on the 480; a question is not an approval and it states the 480 are not released; cert and DESADV show the 20 samples",
     [("Samples_shipped_EB-0480-V.eml", eml_bytes(mail(
         "Rui Monteiro <rui.monteiro@metalurgica-douro.pt>",
         "Jean-Marc Lafitte <jm.lafitte@embouteillage-bordelais.fr>",
         "Amostras / samples PO EB-24-0412 shipped - question on the balance",
         "Fri, 10 May 2024 16:42:00 +0100", c03_text,
         attachments=[("Cert_3.1_MD-3.1-24-0917.pdf", c03_cert, PDF_MT),
                      ("DESADV_MD-DN-24-0917.txt", c03_desadv, "text/plain")])))])

# c04 - Spanish olive-oil equipment: clearly labelled forecast, TXT
c04_text = P("""
OLEOTECNICA JAEN S.L.                                   PREVISION DE NECESIDADES
Pol. Ind. Los Olivares, C/ Espeluy 14                    DEMAND FORECAST
23009 Jaen - CIF B23456789                               Ref.: PREV-2024-S2-007
                                                         Fecha / date: 03/06/2024
Proveedor / supplier: FUNDICIONES EBRO S.A. (Zaragoza)   Pag. 1/1
-----------------------------------------------------------------------------------
 *** ESTO NO ES UN PEDIDO / THIS IS NOT A PURCHASE ORDER ***
-----------------------------------------------------------------------------------
Articulo      Descripcion                         Plano          Unid.
OT-DEC-355    Brida de entrada decantador 355     OT-355 rev.F   uds
-----------------------------------------------------------------------------------
Periodo            Cantidad prevista   Tipo
Jul-2024                 120           PREVISION / FORECAST
Ago-2024                  60           PREVISION / FORECAST
Sep-2024                 180           PREVISION / FORECAST
Oct-2024                 240           PREVISION / FORECAST (campana aceituna)
Nov-2024                 240           PREVISION / FORECAST (campana aceituna)
Dic-2024                  90           PREVISION / FORECAST
                    -----------
Total S2-2024            930
-----------------------------------------------------------------------------------
Horizonte firme / firm horizon: NINGUNO / NONE
Autorizacion de material / material authority: NINGUNA / NONE

Observaciones / remarks:
 - Esta prevision se envia solo para planificacion de capacidad. No es un pedido, no
   compromete la compra y no autoriza fabricar ni comprar material.
 - This forecast is for capacity planning only. It is not an order, not a commitment to
   buy, and it gives no production or material authority. Quantities may change every
   month without notice.
 - Solo autorizan fabricacion nuestros pedidos de compra con liberacion escrita firmada
   por D. Manuel Castro Vilches, Jefe de Compras.
 - Norma de fundicion: EN 1563 EN-GJS-400-15. Presion de prueba 16 bar.

Contacto planificacion: Lucia Moreno - lmoreno@oleotecnica-jaen.es - +34 953 21 48 60
-----------------------------------------------------------------------------------
""")
case("c04_olive_forecast_labelled_txt", [],
     "Labelled forecast (not an order, no firm horizon, no material authority); authorizes nothing",
     [("PREV-2024-S2-007.txt", c04_text)])

# c05 - Greek boat hardware, full-quantity PO in DOCX, scoped 'proceed'
case("c05_boat_full_qty_po_docx", [],
     "Full-quantity PO (300 pcs, no sample stage, no balance) with scoped 'proceed with the 300 pcs'; ISO 9227 480 h is a test duration",
     [("PO_AYM-2024-0219.docx", docx_bytes([
         ("h1", "PURCHASE ORDER AYM-2024-0219"),
         ("p", "Aegean Yachts Marine S.A. — Akti Themistokleous 62, 185 36 Piraeus, Greece — VAT EL099812345"),
         ("p", "Supplier: Kalogeropoulos Metalworks S.A., 12 Km Thessaloniki–Kilkis, 570 09 Kalochori"),
         ("p", "Date: 22 April 2024 — Your quotation KM-Q-24-061 of 15 April 2024 — Currency EUR"),
         ("table", [
             ["Pos", "Part no.", "Description", "Drawing", "Qty", "Unit price", "Total"],
             ["1", "AY-CL-250", "Mooring cleat 250 mm, AISI 316, electropolished", "AY-CL-250 rev 4", "300 pcs",
              "46.80", "14,040.00"],
         ]),
         ("p", "Scope: this purchase order covers the full quantity of 300 pcs. There is no sample stage and "
               "no further quantity under this order. Please proceed with the 300 pcs as per drawing AY-CL-250 rev 4."),
         ("p", "Delivery: 150 pcs by 15 May 2024 and 150 pcs by 14 June 2024 (total 300 pcs), DAP our yard Lavrio."),
         ("p", "Quality: material certificate EN 10204 3.1; salt spray test per ISO 9227 NSS, 480 h, on 3 pcs "
               "from the first delivery; bolt pattern M12, 4 holes."),
         ("p", "Payment: 60 days from invoice. Packing: individually wrapped, 25 pcs per carton, max. 20 kg per carton."),
         ("p", "Ευχαριστούμε για τη συνεργασία. Thank you for your cooperation."),
         ("p", "Vasiliki Antonopoulou — Procurement Manager — v.antonopoulou@aegeanyachts.gr — +30 210 41 27 300"),
     ], author="Aegean Yachts Marine"))])

# c06 - Belgian rail call-off with explicit staged material authority above the called-off quantity
case("c06_rail_calloff_staged_material_pdf", [],
     "Call-off of 200 under framework; explicit staged material authority up to 600 units; remaining framework not released, next call-off signed by named managers",
     [("Call-off_04_FA-2023-017.pdf", pdf([
         ("h1", "CALL-OFF / APPEL DE LIVRAISON N° 04"),
         ("p", "Rail Interiors Hainaut SA — Rue de l'Industrie 21, 6040 Jumet (Charleroi), Belgium"),
         ("p", "To: Composites Flandres NV, Industrieweg 8, 8800 Roeselare — attn. Mr. Koen Maes, Sales"),
         ("p", "Framework agreement: FA-2023-017 (seat shells, GRP, for regional EMU refurbishment) — "
               "Date of call-off: 06/05/2024"),
         ("table", [
             ["Item", "Part", "Description", "Called off now", "Delivery"],
             ["1", "RIH-SS-200 ind. D", "Seat shell, 2nd class, RAL 7035, fire class EN 45545-2 HL3", "200 pcs",
              "2 × 100 pcs, wk 26 and wk 28"],
         ]),
         ("sp",),
         ("h", "Quantities"),
         ("p", "This call-off releases 200 seat shells for production and delivery. The framework estimate of "
               "2,600 shells is a planning figure; the remaining 2,400 are not released by this document."),
         ("p", "Further quantities are released only by a further written call-off, signed by Mr. Pieter "
               "Vandenbroucke, Supply Chain Manager, or in his absence Ms. Nathalie Dubois, Deputy Supply Chain Manager."),
         ("h", "Material authority (staged)"),
         ("p", "To protect the resin and glass-mat lead time, you may buy and hold material for up to 600 seat "
               "shells in total (the 200 called off plus 400 further) at our liability. This material authority "
               "does not release the production of the further 400: moulding beyond the 200 needs the next call-off. "
               "Do not buy material beyond 600 shells."),
         ("h", "Other"),
         ("p", "Packing: returnable racks RIH-R12, 12 shells per rack. Certificates: EN 45545-2 test report per batch. "
               "Invoice quoting FA-2023-017 / CO-04."),
         ("sp",),
         ("p", "Pieter Vandenbroucke — Supply Chain Manager — p.vandenbroucke@rail-interiors-hainaut.be"),
     ], title="Call-off 04", author="Rail Interiors Hainaut"))])

# c07 - Toulouse aerospace, explicit recorded auto-conversion (quantity, signer, conditions)
c07_pdf = pdf([
    ("h1", "AUTO-CONVERSION AGREEMENT AG-AC-24-007"),
    ("p", "Buyer: Avionique Garonne SAS, 3 chemin de la Crabe, 31300 Toulouse. "
          "Supplier: Visserie Aéro Midi SARL, ZA du Pas de Mourlin, 81100 Castres."),
    ("p", "Order: special shoulder bolt AGS-5521 issue C, Ti-6Al-4V, thread MJ6x1-4h6h. "
          "Purchase order AG-24-5521, recorded on 12/04/2024."),
    ("table", [
        ["PO line", "Scope", "Quantity", "Status on 12/04/2024"],
        ["10", "FAI parts (AS9102)", "30", "Released — make now"],
        ["20", "Production", "1,500", "Not released — see clause 2"],
    ]),
    ("h", "1. Material authority"),
    ("p", "FAI-only: bar stock and set-up material for the 30 FAI parts. No material may be bought for line 20 "
          "before line 20 is released."),
    ("h", "2. Auto-conversion (explicit, recorded)"),
    ("p", "The parties agree that if, and only if, the AS9102 FAI report for the 30 FAI parts is signed as "
          "ACCEPTED WITHOUT CONDITIONS by Mr. Julien Castaing, Quality Engineer, the 1,500 production parts on "
          "line 20 are released automatically on the date of that signature, without any further document."),
    ("p", "If the FAI report is accepted with conditions, accepted by anybody else, or rejected, nothing is "
          "released and line 20 stays on hold until a written release signed by Ms. Isabelle Roques."),
    ("p", "This clause covers 1,500 parts on PO AG-24-5521 line 20 only. It does not apply to any other "
          "order, line, revision or quantity."),
    ("h", "3. Signatures"),
    ("table", [
        ["For the buyer (release authority)", "For the supplier"],
        ["Isabelle Roques, Head of Procurement — signed 12/04/2024",
         "Hervé Lemoine, Managing Director — signed 12/04/2024"],
    ]),
], title="Auto-conversion AG-AC-24-007", author="Avionique Garonne")
c07_text = P("""
Bonjour Monsieur Lemoine,

Please find attached, countersigned on our side, the auto-conversion agreement AG-AC-24-007 for
the special shoulder bolt AGS-5521 issue C (PO AG-24-5521).

In short:
- line 10: the 30 FAI parts are released now;
- line 20: the 1,500 production parts are NOT released today. They are released automatically
  only when Julien Castaing signs the AS9102 FAI report as accepted without conditions — that
  is the one and only trigger, exactly as written in clause 2;
- material: FAI-only until then.

If the FAI comes back with any condition, we stay on hold and I will send a written release
myself once the point is closed.

Please acknowledge the agreement by return.

Cordialement,
""") + sig_fr("Isabelle Roques", "Head of Procurement", "Avionique Garonne SAS — Toulouse", "+33 5 61 31 77 40")
case("c07_aero_explicit_autoconversion_eml", [],
     "Explicit recorded auto-conversion naming quantity (1,500), signer and conditions; otherwise complete hold",
     [("AG-24-5521_auto-conversion.eml", eml_bytes(mail(
         "Isabelle Roques <i.roques@avionique-garonne.fr>",
         "Hervé Lemoine <h.lemoine@visserie-aero-midi.fr>",
         "PO AG-24-5521 - auto-conversion agreement AG-AC-24-007 (signed)",
         "Fri, 12 Apr 2024 17:05:00 +0200", c07_text,
         cc="Julien Castaing <j.castaing@avionique-garonne.fr>",
         attachments=[("AG-AC-24-007.pdf", c07_pdf, PDF_MT)])))])

# c08 - Maltese supplier: deposit does not release production (multipart/alternative)
c08_text = P("""
Dear Ms. Ricci,

Bongu from Marsa. We confirm receipt today of your deposit of EUR 4,320.00 (30% of PO
CGP-24-077, bronze portlight frames PF-420, drawing rev. 5).

Just so that everything is clear on our side: the deposit does not release production. As
written on your PO, we are making the 6 sample frames only. The remaining 114 frames stay on
hold until you send the written production release signed by Ing. Paolo Ricci, after your
sample sign-off on the mock-up hull. We have bought bronze for the 6 samples and nothing more.

Samples are planned to leave Malta on 24 May by groupage to La Spezia (Grimaldi, 2 days).

Grazzi ħafna and kind regards,

Charles Zammit
Operations Manager
Grand Harbour Marine Fittings Ltd - Marsa Industrial Estate, MRS 3000, Malta
+356 2123 4567
""")
c08_html = ("<p>Dear Ms. Ricci,</p><p>Bongu from Marsa. We confirm receipt today of your deposit of "
            "EUR 4,320.00 (30% of PO CGP-24-077, bronze portlight frames PF-420, drawing rev. 5).</p>"
            "<p>Just so that everything is clear on our side: <b>the deposit does not release production.</b> "
            "As written on your PO, we are making the <b>6 sample frames only</b>. The remaining 114 frames stay "
            "on hold until you send the written production release signed by Ing. Paolo Ricci, after your "
            "sample sign-off on the mock-up hull. We have bought bronze for the 6 samples and nothing more.</p>"
            "<p>Samples are planned to leave Malta on 24 May by groupage to La Spezia (Grimaldi, 2 days).</p>"
            "<p>Grazzi ħafna and kind regards,</p><p>Charles Zammit<br>Operations Manager<br>Grand Harbour "
            "Marine Fittings Ltd - Marsa Industrial Estate, MRS 3000, Malta<br>+356 2123 4567</p>")
case("c08_malta_deposit_not_release_eml", [],
     "Supplier confirms deposit and says explicitly the deposit does not release production; 6 samples only, 114 on hold",
     [("Deposit_received_CGP-24-077.eml", eml_bytes(mail(
         "Charles Zammit <charles.zammit@ghmf.com.mt>",
         "Chiara Ricci <c.ricci@cantieregolfopoeti.it>",
         "PO CGP-24-077 - deposit received / samples in progress",
         "Wed, 15 May 2024 11:20:00 +0200", c08_text, html=c08_html)))])

# c09 - Swiss lab glassware: supplier acknowledgement restating the hold, quoting the buyer's PO mail
c09_buyer = P("""
Bonjour Monsieur Girardin,

Vous trouverez ci-joint notre commande HA-PO-24-0217 pour le ballon à double enveloppe 500 mL,
plan HA-GL-0217 rév. 3.

- Quantité commandée maintenant : 25 prototypes, rien de plus.
- Série : 975 pièces (votre offre 1'000 au total) — NON libérées.
- Déblocage de la série : après validation des prototypes par notre laboratoire (essais
  thermiques -40 / +180 °C) ET libération écrite signée par Dr. Anne-Laure Favre,
  Responsable Achats Techniques.
- Autorisation matière : tube borosilicate 3.3 pour les 25 prototypes uniquement.

Meilleures salutations,
Anne-Laure Favre
Helvetica Analytics SA, Lausanne
""")
c09_text = P("""
Bonjour Madame Favre,

Nous accusons bonne réception de votre commande HA-PO-24-0217 et nous la confirmons telle
qu'écrite :

- nous fabriquons 25 prototypes, livraison semaine 23 ;
- les 975 pièces de série restent en attente et ne sont pas libérées ; nous ne les
  planifions pas avant votre libération écrite signée, après la validation des prototypes
  par votre laboratoire ;
- le tube borosilicate est commandé pour les 25 prototypes seulement.

Une remarque technique : la rodure NS 29/32 de votre plan sera contrôlée au calibre, le
rapport suivra avec les prototypes.

Avec nos meilleures salutations,

Laurent Girardin
Verrerie Scientifique du Jura SA
Route de Porrentruy 40, 2800 Delémont
+41 32 421 55 10

Le 02.05.2024 à 08:47, Anne-Laure Favre a écrit :
""") + quote_lines(c09_buyer) + "\n"
case("c09_lab_supplier_ack_quoted_eml", [],
     "Supplier acknowledgement restating the hold, quoting a complete buyer PO mail (25 prototypes, 975 not released, unlock + named signer)",
     [("RE_Commande_HA-PO-24-0217.eml", eml_bytes(mail(
         "Laurent Girardin <l.girardin@verrerie-jura.ch>",
         "Anne-Laure Favre <al.favre@helvetica-analytics.ch>",
         "RE: Commande HA-PO-24-0217 - ballon double enveloppe 500 mL",
         "Thu, 02 May 2024 14:10:00 +0200", c09_text,
         in_reply_to="<ha-po-24-0217@helvetica-analytics.ch>")))])

# c10 - Italian cosmetics: scoped technical approval, production explicitly not released
c10_text = P("""
Buongiorno Sig. Colombo,

esito campionatura tubo 30 ml (art. BC-T30-ROSA, ns. disegno rev. 4):

The 60 sample tubes are approved for colour and print only (Pantone 7418 C within tolerance,
registration OK, varnish OK). This is not a production release.

- The 60 samples already delivered are the only quantity authorized on PO 4500118812.
  Please do not extrude, print or cap anything beyond them.
- The 30.000 production tubes of your offer OF-24-233 are not released.
- They can only be released by the revised PO 4500118812 rev. 1, which we will issue after
  the 8-week stability test with our cream has been signed off by Dott.ssa Chiara Valli (R&D).
  The revised PO will be signed by me.
- Material: nothing to buy for the series until then.

Grazie per la rapidità, i campioni erano molto belli.

Cordiali saluti,
""") + sig_it("Giulia Ferraro", "Category Buyer Packaging", "Bellezza Cosmetici S.p.A. — Lainate (MI)",
              "+39 02 9357 2210")
c10_html = ("<p>Buongiorno Sig. Colombo,</p><p>esito campionatura tubo 30 ml (art. BC-T30-ROSA, ns. disegno rev. 4):</p>"
            "<p>The 60 sample tubes are <b>approved for colour and print only</b> (Pantone 7418 C within tolerance, "
            "registration OK, varnish OK). This is not a production release.</p><ul>"
            "<li>The 60 samples already delivered are the only quantity authorized on PO 4500118812. Please do not "
            "extrude, print or cap anything beyond them.</li>"
            "<li>The 30.000 production tubes of your offer OF-24-233 are <b>not released</b>.</li>"
            "<li>They can only be released by the revised PO 4500118812 rev. 1, which we will issue after the 8-week "
            "stability test with our cream has been signed off by Dott.ssa Chiara Valli (R&amp;D). The revised PO will "
            "be signed by me.</li><li>Material: nothing to buy for the series until then.</li></ul>"
            "<p>Grazie per la rapidità, i campioni erano molto belli.</p><p>Cordiali saluti,<br>Giulia Ferraro<br>"
            "Category Buyer Packaging<br>Bellezza Cosmetici S.p.A. — Lainate (MI)</p>")
case("c10_cosmetics_scoped_approval_eml", [],
     "Samples approved for colour/print only, explicitly not a production release; 30,000 not released; revised PO after stability sign-off, signed by named buyer",
     [("Esito_campionatura_BC-T30.eml", eml_bytes(mail(
         "Giulia Ferraro <g.ferraro@bellezzacosmetici.it>",
         "Andrea Colombo <a.colombo@tubettificiolombardo.it>",
         "Esito campionatura tubo 30 ml BC-T30-ROSA - PO 4500118812",
         "Tue, 21 May 2024 10:02:00 +0200", c10_text, html=c10_html)))])

# c11 - Spanish elevator parts, interim disposition with quantity and date limits (DOCX table)
case("c11_elevator_interim_disposition_docx", [],
     "Interim sample disposition releasing 200 pcs within limits; 1,800 balance not released until full sign-off and written release by named buyer",
     [("Disposicion_muestras_AC-DH-118.docx", docx_bytes([
         ("h1", "DISPOSICIÓN DE MUESTRAS / SAMPLE DISPOSITION  SD-24-041"),
         ("p", "Ascensores Cantábrico S.A. — Calidad Proveedores — Parque Tecnológico de Bizkaia, 48160 Derio"),
         ("table", [
             ["Campo / field", "Valor / value"],
             ["Proveedor / supplier", "Estampaciones Navarra S.L. (Tudela)"],
             ["Pieza / part", "Soporte rodillo colgador de puerta AC-DH-118 rev. E"],
             ["Pedido / PO", "4700-2231 — línea 10: 20 muestras (entregadas); línea 20: serie 2.000 uds"],
             ["Disposición / disposition", "INTERINA / INTERIM"],
             ["Motivo / reason", "Rugosidad Ra 3,2 en cara B (plano pide Ra 1,6) — desviación D-24-019"],
             ["Límite cantidad / quantity limit", "200 uds"],
             ["Límite fecha / expiry", "30/06/2024"],
         ]),
         ("sp",),
         ("p", "Liberación de producción / production release: bajo esta disposición interina se liberan 200 uds "
               "de la línea 20 para fabricación y entrega antes del 30/06/2024. 200 pcs of line 20 are released "
               "for production within these limits."),
         ("p", "Saldo / balance: las 1.800 uds restantes NO están liberadas. The remaining 1,800 pcs are not released. "
               "They require new samples with Ra 1,6 on face B, full sample sign-off by Calidad Proveedores, and a "
               "written release signed by D. Iñaki Etxeberria, Jefe de Compras."),
         ("p", "Material: chapa S235 para las 200 uds liberadas únicamente."),
         ("p", "Firmado / signed: Iñaki Etxeberria (Jefe de Compras) — Nerea Goikoetxea (Calidad Proveedores) — 17/05/2024"),
     ], author="Ascensores Cantabrico"))])

# c12 - Swiss ski maker, SAP-style printout full of identifiers that look like quantities
c12_text = P("""
Skis Alpina Valais SA                 COMMANDE D'ACHAT / PURCHASE ORDER
Route de la Gemmi 12                  No      4500075012
3960 Sierre VS                        Date    08.04.2024
Usine / plant 2000                    Page    1 / 1
                                      Acheteur: L. Berthod  Tél. +41 27 455 20 00
Fournisseur 100750
Usinage Précis Chablais Sàrl
Z.I. Les Ilettes 9
1870 Monthey VS
------------------------------------------------------------------------------------
Pos.  Article         Désignation                     Qté   Un  Prix CHF   Total CHF
------------------------------------------------------------------------------------
00010 5000-750-02     Plaque de fixation alu 7075-T6   40   PC     42.50    1'700.00
      Plan SAV-5000-750 rév. 12, anodisation dure 25 µm
      Échantillons / samples
------------------------------------------------------------------------------------
                                                      Total HT CHF          1'700.00
Texte d'en-tête / header text:
  ÉCHANTILLONS SEULEMENT : cette commande couvre 40 plaques échantillons, rien de plus.
  La série de 1'960 plaques (votre offre OF-2000-24, 2'000 au total) n'est PAS libérée.
  Déblocage : essais de rétention selon ISO 9462 et DIN ISO 9838 réussis et validés par
  notre laboratoire, PUIS commande révisée signée par M. Lionel Berthod, Responsable
  Achats. Aucune matière à acheter pour la série avant cette commande révisée.
  Vis de fixation DIN 7991 M5x16 fournies par nous (réf. 2000-516).
Conditions de paiement: 30 jours net   Incoterm: DAP Sierre   Livraison: sem. 18
------------------------------------------------------------------------------------
""")
case("c12_ski_identifiers_sap_txt", [],
     "Sample PO (40) with many quantity-like identifiers (5000-750-02, rév. 12, ISO 9462, plant 2000, OF-2000-24); 1'960 explicitly not released; unlock and named signer",
     [("PO_4500075012.txt", c12_text)])

# c13 - Québec boat hardware: buyer corrects a quoted supplier assumption of auto-conversion
c13_supplier = P("""
Bonjour Geneviève,

Les 24 échantillons de chaumards (NSL-CH-90, bronze) sont coulés, finition polie miroir
lundi. Petite suggestion pour sauver du temps : dès que vous approuvez les échantillons, on
enchaîne direct avec les 2 000 chaumards, ça nous évite de redémarrer la ligne de moulage en
juillet. Vous nous direz.

Réjean Poulin
Fonderie Beauce Marine, Saint-Georges QC
""")
c13_text = P("""
Bonjour Réjean,

Merci pour l'avancement, mais attention là-dessus : non, ça ne marche pas comme ça chez nous.
La signature des échantillons ne libère pas la production.

Pour être bien clair :
- Quantité active : les 24 échantillons de chaumards NSL-CH-90, point.
- Les 2 000 chaumards de production restent en attente. They are NOT released, even after
  the samples are signed off.
- Ce qui les libère : notre ingénierie signe les échantillons après l'essai d'arrachement
  (pull test 12 kN), ensuite je vous envoie le PO révisé 24-0911-R1 signé par moi. Rien
  d'autre ne compte — pas un courriel de l'ingénierie, pas un appel.
- Matière : bronze pour les 24 échantillons seulement. N'achetez pas de lingots pour les
  2 000.

Si la ligne de moulage est un enjeu pour juillet, appelle-moi et on regarde ça ensemble,
mais pas de production sans le PO révisé.

Bonne journée,

Geneviève Tremblay
Directrice, approvisionnement
Nautique Saint-Laurent inc. — 1250 rue de la Rive-Sud, Lévis QC G6W 1G3
418 555-0147

Le 7 mai 2024 à 15:32, Réjean Poulin <rpoulin@fonderiebeauce.ca> a écrit :
""") + quote_lines(c13_supplier) + "\n"
case("c13_boat_buyer_rejects_autoconv_eml", [],
     "Quoted supplier assumption of auto-conversion answered by buyer: sign-off does not release; 24 active, 2,000 on hold, revised PO signed by named sender",
     [("RE_Echantillons_chaumards.eml", eml_bytes(mail(
         "Geneviève Tremblay <gtremblay@nautiquestlaurent.ca>",
         "Réjean Poulin <rpoulin@fonderiebeauce.ca>",
         "RE: Échantillons chaumards NSL-CH-90",
         "Wed, 08 May 2024 08:15:00 -0400", c13_text,
         in_reply_to="<fbm-240507-1532@fonderiebeauce.ca>")))])

# c14 - Greek olive-oil equipment: old quote forwarded as rfc822, declared informational
c14_old = mail("Antonio Bartoli <a.bartoli@inoxhellas.gr>", "Purchasing <purchasing@kalamata-olive.gr>",
               "Quotation IH-22-0931 malaxer paddles", "Mon, 14 Nov 2022 12:00:00 +0200",
               P("""
Dear Sirs,

As requested we quote malaxer paddles MP-650, AISI 304, drawing KOS-MP-650 rev. 1:

  - 5,000 pcs at EUR 31.20 / pc, delivery 10 weeks
  - tooling EUR 2,800.00

Validity 30 days. Best regards,
Antonio Bartoli, Inox Hellas S.A., Volos
"""))
c14_po = pdf([
    ("h1", "PURCHASE ORDER 24/0188"),
    ("p", "Kalamata Olive Systems S.A. — 3rd km Kalamata–Messini, 241 00 Kalamata — Procurement Department"),
    ("p", "To: Inox Hellas S.A., Industrial Area B, 385 00 Volos"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Price EUR", "Value EUR"],
        ["1", "MP-650 rev 3", "Malaxer paddle sample, AISI 316L, drawing KOS-MP-650 rev 3", "10", "88.00", "880.00"],
    ]),
    ("p", "This order releases the 10 sample paddles only."),
    ("p", "No production quantity is released. Any quantity beyond the 10 samples stays on hold until the "
          "samples have passed our 200-hour run test and been signed off by our engineering, and then a written "
          "release is signed by Dimitris Karamanlis, Procurement Director."),
    ("p", "Material authority: sample-only."),
    ("p", "Delivery: 4 weeks, DAP Kalamata. Payment: 60 days."),
])
c14_text = P("""
Dear Mr. Papadakis,

Καλημέρα. Attached is our PO 24/0188 for the 10 sample malaxer paddles MP-650, now drawing
rev 3 (316L instead of 304, thicker root).

I also forward below, as an attachment, your colleague's quotation from November 2022. It is
for information only, so that your engineers see the history: its 5,000 pcs figure is out of
date and is not released — nothing in that old quote is ordered.

What you may make now: the 10 samples. Anything more stays on hold until the samples pass our
200-hour run test, are signed off by our engineering, and Mr. Karamanlis signs a written
release. Material: for the 10 samples only.

Please send your updated price for the rev 3 samples if it differs from EUR 88.00.

Best regards,
""") + sig("Eleni Stavrou", "Buyer, Procurement Department", "Kalamata Olive Systems S.A.", "+30 27210 88 410")
case("c14_olive_forwarded_old_quote_eml", [],
     "PO for 10 samples with an old quote forwarded as message/rfc822 and declared informational (5,000 out of date, not released); unlock + named release signer",
     [("PO_24-0188_samples.eml", eml_bytes(mail(
         "Eleni Stavrou <e.stavrou@kalamata-olive.gr>",
         "Giorgos Papadakis <g.papadakis@inoxhellas.gr>",
         "PO 24/0188 - 10 sample malaxer paddles MP-650 rev 3",
         "Tue, 16 Apr 2024 09:30:00 +0300", c14_text,
         attachments=[("PO_24-0188.pdf", c14_po, PDF_MT), ("rfc822", c14_old)])))])

# c15 - Belgian elevator parts: sample review minutes that keep sign-off and production release apart
case("c15_elevator_review_minutes_docx", [],
     "Minutes: technical sign-off of 12 samples recorded, production release explicitly not given; 1,188 not released; revised PO signed by named manager",
     [("Minutes_sample_review_AM-GS-12.docx", docx_bytes([
         ("h1", "Minutes — sample review guide shoes AM-GS-12"),
         ("p", "Ascenseurs Meuse SA (Liège) / Fundição do Vouga, S.A. (Sever do Vouga) — Teams meeting, 23/05/2024, 10:00–11:05"),
         ("p", "Present: Ir. Marc Lemaire (Engineering, AM), Anne Dethier (Purchasing Manager, AM), "
               "Jean-François Collard (Quality, AM), Hugo Almeida (Sales, FdV), Sara Pinto (Quality, FdV)"),
         ("h", "1. Sample results"),
         ("p", "12 samples of guide shoe AM-GS-12 (drawing rev. 7) measured. All dimensions in tolerance, "
               "hardness 85 Shore A OK, noise test on test tower OK."),
         ("p", "Technical sign-off of the 12 samples given by Ir. Lemaire; written report to follow by 27/05."),
         ("h", "2. Production"),
         ("p", "Production release is NOT given in this meeting. A. Dethier reminded that the technical sign-off "
               "does not release anything by itself."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Samples (PO 4511-2207 line 10)", "12", "delivered — the only quantity authorized so far"],
             ["Series (quoted)", "1,188", "not released"],
         ]),
         ("p", "The 1,188 series pieces will be released only by a revised PO 4511-2207 rev. 1, issued after "
               "Ir. Lemaire's written report and signed by Anne Dethier (release authority up to EUR 50,000)."),
         ("p", "Nothing further to be made or bought by FdV until then."),
         ("h", "3. Actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Written sample report", "M. Lemaire", "27/05/2024"],
             ["2", "Revised PO rev. 1 (if report positive)", "A. Dethier", "31/05/2024"],
             ["3", "Packaging proposal for series (boxes of 50)", "H. Almeida", "31/05/2024"],
         ]),
         ("p", "Minutes: J.-F. Collard. Next meeting: on demand."),
     ], author="Ascenseurs Meuse"))])

# c16 - Portuguese wine-equipment buyer, WhatsApp export, complete scope in chat
c16_text = P("""
[08/04/24, 09:12:44] Ana Ribeiro (Enotec Minho): Bom dia Paolo! 🍇
[08/04/24, 09:13:20] Ana Ribeiro (Enotec Minho): PO 24-233 seguiu por email agora. It is for the 20 sample impellers (ref. EM-IMP-110) only
[08/04/24, 09:14:02] Ana Ribeiro (Enotec Minho): Os outros 980 não estão libertados — the other 980 are NOT released
[08/04/24, 09:15:31] Ana Ribeiro (Enotec Minho): They will be released only after the samples pass our test rig (must pump 40 hL/h of must without cavitation) and I send you a written release, signed by me
[08/04/24, 09:16:05] Paolo Gentile (Pompe Gentile): Buongiorno Ana! Ricevuto, 20 samples only, the 980 stay on hold until your written release
[08/04/24, 09:16:40] Paolo Gentile (Pompe Gentile): Material: we buy the bronze for the 20 only, ok?
[08/04/24, 09:17:02] Ana Ribeiro (Enotec Minho): Sim, only for the 20 👍
[08/04/24, 09:18:15] Paolo Gentile (Pompe Gentile): Perfetto. Delivery 3 weeks, by courier to Braga
[08/04/24, 09:18:51] Ana Ribeiro (Enotec Minho): Obrigada! Boa semana
[08/04/24, 14:02:10] Paolo Gentile (Pompe Gentile): <Media omitted>
[08/04/24, 14:02:33] Paolo Gentile (Pompe Gentile): drawing EM-IMP-110 rev 2 with our casting note, pls check when you can
[08/04/24, 16:47:09] Ana Ribeiro (Enotec Minho): Vou passar ao nosso engenheiro, Rui. Thanks
""")
case("c16_wine_whatsapp_scope_txt", [],
     "WhatsApp: buyer scopes 20 samples, 980 not released, unlock = test rig + written release signed by named sender; material for 20 only",
     [("WhatsApp_Chat_Paolo_Gentile.txt", c16_text)])

# c17 - Italian espresso machine parts, SAP printout sample PO with complete header text
c17_text = P("""
CAFFETTIERE LARIO S.p.A.                                  ORDINE D'ACQUISTO
Via per Cernobbio 55 - 22100 Como (CO)                    PURCHASE ORDER
P.IVA IT 02345670135                                      N. 4500203317
                                                          Data 11.04.2024
Fornitore 300412                                          Pag. 1 di 1
RUBINETTERIE VALSESIA S.R.L.
Via Roma 8 - 13019 Varallo (VC)
Buyer: Dott. Alberto Colombo    Tel. +39 031 552 7100
=====================================================================================
Pos. Materiale       Descrizione                       Q.tà  UM  Prezzo EUR  Valore EUR
=====================================================================================
0010 CL-SV-220       Valvola lancia vapore, campioni      30  PZ     24,60      738,00
     Dis. CL-SV-220 rev. B  -  ottone CW617N nichelato
     Consegna: 03.05.2024
-------------------------------------------------------------------------------------
                                                        Totale netto EUR      738,00
Testo di testata / header text:
  CAMPIONATURA: il presente ordine copre esclusivamente 30 valvole campione.
  La serie di 2.970 pz indicata nella Vs. offerta 24-118 NON e' rilasciata.
  Il rilascio della serie avverra' solo con ordine revisionato firmato dal
  Dott. Alberto Colombo, Responsabile Acquisti, dopo esito positivo della
  campionatura (prova 20.000 cicli apertura/chiusura a 1,5 bar).
  Materiale: solo per i 30 campioni.
Condizioni di pagamento: 60 gg DFFM - Resa: DAP Como - IVA 22%
=====================================================================================
""")
case("c17_espresso_sap_sample_po_txt", [],
     "SAP PO for 30 samples; 2.970 series not released; revised PO signed by named buyer after sample test; '20.000 cicli' is a test spec",
     [("ODA_4500203317.txt", c17_text)])

# c18 - French cosmetics, Sage X3 full-quantity PO, European number format
c18_text = P("""
LABORATOIRES PROVENCE BEAUTE                         BON DE COMMANDE FOURNISSEUR
ZA Saint-Martin - 13790 Rousset                      Site : ROU   Commande : POROU0240412
SIRET 512 345 678 00021                              Date : 12/04/24
                                                     Acheteur : FAURE Odile
Fournisseur : F00318  TUBES ALU SAVOIE SAS
              145 rue des Usines, 73400 Ugine
-----------------------------------------------------------------------------------------
Lig  Article         Désignation                           Qté cde  UC   PU HT    Montant HT
-----------------------------------------------------------------------------------------
1000 TAS-50-LAV      Tube alu 50 ml lavande, vernis int.     1 200  UN   0,4150      498,00
                     Impression 4 coul. + vernis sélectif
                     Livraison : 24/05/24
-----------------------------------------------------------------------------------------
                                                         Total HT                  498,00
                                                         TVA 20 %                   99,60
                                                         Total TTC                 597,60
Commentaire :
  Commande ferme pour la totalité : 1 200 tubes. Pas de phase échantillon et pas de
  reliquat : aucune autre quantité n'est prévue sur cette commande. Vous pouvez lancer
  la fabrication des 1 200 tubes dès réception. BAT validé le 05/04/24 (réf. BAT-0412).
Conditions : 45 jours fin de mois - Franco à partir de 400 EUR HT
-----------------------------------------------------------------------------------------
""")
case("c18_cosmetics_sage_full_qty_txt", [],
     "Sage X3 full-quantity PO for 1 200 tubes, no sample stage and no balance; scoped launch instruction",
     [("POROU0240412.txt", c18_text)])

# c19 - Spanish elevator EDI ORDERS as text, FTX carries the complete scope
c19_text = P("""
UNA:+.? '
UNB+UNOC:3+8412345000017:14+8437000123456:14+240506:0815+000000419'
UNH+1+ORDERS:D:96A:UN:EAN008'
BGM+220+PO-ASC-24-0419+9'
DTM+137:20240506:102'
DTM+2:20240531:102'
RFF+CT:OFR-24-0077'
NAD+BY+8412345000017::9++ASCENSORES MESETA SA+C/ TOMAS BRETON 50+MADRID++28045+ES'
CTA+PD+:JAVIER GARCIA ALONSO'
COM+jgarcia?@ascensoresmeseta.es:EM'
NAD+SU+8437000123456::9++GUIADOS INDUSTRIALES ALAVA SL+POL. JUNDIZ+VITORIA++01015+ES'
NAD+DP+8412345000024::9++ASCENSORES MESETA SA ALMACEN GETAFE'
CUX+2:EUR:9'
LIN+1++AM-GS-044:BP'
IMD+F++:::ZAPATA GUIA AM-GS-044 REV C MUESTRA'
QTY+21:16:PCE'
PRI+AAA:18.75'
FTX+PUR+++SAMPLE ORDER ONLY. 16 PCS AUTHORIZED NOW. SERIES QTY 784 PCS OF OFR-24-0077 IS NOT RELEASED'
FTX+PUR+++SERIES RELEASE ONLY AFTER SAMPLE SIGN-OFF BY OUR ENGINEERING AND A REVISED ORDER SIGNED BY'
FTX+PUR+++JAVIER GARCIA ALONSO PURCHASING MANAGER. MATERIAL AUTHORITY SAMPLE ONLY'
UNS+S'
MOA+79:300.00'
CNT+2:1'
UNT+24+1'
UNZ+1+000000419'
""")
case("c19_elevator_edi_orders_txt", [],
     "EDIFACT ORDERS for 16 samples with FTX stating 784 not released, unlock = sample sign-off + revised order signed by named manager",
     [("ORDERS_PO-ASC-24-0419.edi.txt", c19_text)])

# c20 - Swiss lab glassware, buyer supplier-portal page (HTML table) with complete status
c20_html = html_page("Portail fournisseurs — Commande LD-24-0586", P("""
<h2>Léman Diagnostics SA — Portail fournisseurs</h2>
<p>Connecté : <b>Verrerie Technique Fribourg SA</b> (fournisseur 40117) — <a href="#">Déconnexion</a></p>
<h3>Commande LD-24-0586 — Cellule de mesure en quartz, plan LD-QC-086 rév. 4</h3>
<table>
<tr><th>Ligne</th><th>Portée</th><th>Quantité</th><th>Statut production</th><th>Livraison</th></tr>
<tr><td>10</td><td>Prototypes</td><td>15</td><td>Autorisé — à fabriquer maintenant</td><td>sem. 24</td></tr>
<tr><td>20</td><td>Série</td><td>585</td><td>En attente — NON libéré</td><td>—</td></tr>
</table>
<div class="note">
<p><b>Ce qui débloque la ligne 20 :</b> validation des 15 prototypes par Dr Mathieu Rochat (laboratoire
d'application), puis libération écrite signée par Mme Valérie Gex, Responsable Achats.
La mise à disposition de cette page ou la confirmation de la commande sur le portail ne libère rien.</p>
<p><b>Autorisation matière :</b> prototypes uniquement (quartz pour 15 cellules).</p>
</div>
<h3>Documents</h3>
<table>
<tr><th>Document</th><th>Version</th><th>Date</th></tr>
<tr><td>Plan LD-QC-086</td><td>rév. 4</td><td>02.05.2024</td></tr>
<tr><td>Spécification optique LD-SPEC-210 (transmission &gt; 80 % à 254 nm)</td><td>v2</td><td>02.05.2024</td></tr>
<tr><td>Conditions générales d'achat LD-CGA-2023</td><td>—</td><td>01.01.2023</td></tr>
</table>
<h3>Messages</h3>
<p><i>07.05.2024 — V. Gex :</i> Bonjour, merci de confirmer la date de livraison des 15 prototypes.
Rappel : la série de 585 cellules n'est pas libérée.</p>
<p><i>07.05.2024 — Verrerie Technique Fribourg :</i> Confirmé, semaine 24 pour les 15 prototypes.</p>
"""), lang="fr")
case("c20_lab_supplier_portal_html", [],
     "Buyer portal page: 15 prototypes authorized, 585 series on hold, unlock = prototype sign-off + written release by named manager; material prototypes only",
     [("Portail_LD-24-0586.html", c20_html)])

# c21 - Aerospace change notice, rev change, quantities untouched and restated
case("c21_aero_change_notice_pdf", [],
     "Change notice (rev D to E) restating scope: 20 FAI parts only, 980 not released until FAI sign-off + written release by named manager; rev letters and norms only",
     [("CN-ASO-24-0112.pdf", pdf([
         ("h1", "CHANGE NOTICE CN-ASO-24-0112"),
         ("p", "Aéro Structures Occitanie SAS — 12 avenue Didier Daurat, 31400 Toulouse — Engineering Change Board"),
         ("p", "To: Boulonnerie de l'Ariège SARL, 09100 Pamiers — for PO 45-7712"),
         ("table", [
             ["Field", "Before", "After"],
             ["Drawing", "ASO-7712 rev D", "ASO-7712 rev E"],
             ["Thread length", "14.0 mm", "16.0 mm (+2.0)"],
             ["Locking insert", "per NAS1611-020", "per NAS1611-020 (unchanged)"],
             ["Finish", "passivation AMS 2700", "passivation AMS 2700 (unchanged)"],
         ]),
         ("sp",),
         ("h", "Impact on the order"),
         ("p", "No quantity change. PO 45-7712 still covers the 20 FAI parts only; please make them at rev E."),
         ("p", "The 980 production parts remain not released. They will be released only after the AS9102 FAI of the "
               "rev E parts is signed off by our quality department and a written release is signed by "
               "M. Olivier Sentenac, Procurement Manager."),
         ("p", "Material authority: unchanged, FAI parts only. Any rev D bar already cut for the 20 FAI parts may be "
               "used if the length allows; tell us if not."),
         ("p", "Effectivity: immediate. Change decided by Engineering Change Board ECB-24-19 on 14/05/2024."),
         ("p", "Contact: Olivier Sentenac — o.sentenac@aso-toulouse.fr — +33 5 34 60 12 90"),
     ], title="CN-ASO-24-0112", author="Aero Structures Occitanie"))])

# c22 - Maltese buyer: framework agreement (DOCX) + first call-off (TXT), multi-file bundle
c22_fa = docx_bytes([
    ("h1", "SUPPLY FRAMEWORK AGREEMENT MYS-FA-2024-02"),
    ("p", "Between Malta Yacht Services Ltd, Manoel Island Yacht Yard, Gżira GZR 3016, Malta (the Buyer) and "
          "Ionian Inox Fabrications S.A., Patras Industrial Area, 252 00 Patras, Greece (the Supplier)."),
    ("h", "1. Subject"),
    ("p", "Stainless steel deck hardware to the Buyer's drawings, for refits carried out at the Buyer's yard in 2024–2025."),
    ("h", "2. Items and planning volumes"),
    ("table", [
        ["Item", "Drawing", "Estimated annual volume (forecast, non-binding)", "Unit price EUR"],
        ["Hatch hinge H-316-40", "MYS-H-40 rev 2", "1,200", "17.40"],
        ["Deck padeye PE-316-10", "MYS-PE-10 rev 1", "800", "9.90"],
    ]),
    ("p", "The volumes above are forecasts for the Supplier's capacity planning. They are not orders, not a "
          "commitment to buy and they give no production or material authority."),
    ("h", "3. Call-offs"),
    ("p", "Production is authorized only by written call-offs issued under this agreement, each stating the quantity "
          "it releases. A call-off is valid only when signed by Mr. Joseph Camilleri, Procurement Manager, or in his "
          "absence Ms. Maria Borg, Yard Purchasing Officer. Quantities not called off are not released."),
    ("h", "4. Material"),
    ("p", "Unless a call-off states a staged material authority, the Supplier may buy material only for the quantity "
          "called off."),
    ("h", "5. Term"),
    ("p", "1 June 2024 to 31 May 2025. Maltese law applies. Signed in Gżira on 20 May 2024."),
    ("table", [["For the Buyer", "For the Supplier"],
               ["Joseph Camilleri, Procurement Manager", "Spyros Tsakalos, Commercial Director"]]),
], author="Malta Yacht Services")
c22_co = P("""
MALTA YACHT SERVICES LTD                     CALL-OFF No. 01
Manoel Island Yacht Yard, Gzira GZR 3016     under Framework MYS-FA-2024-02
VAT MT 1234-5678                             Date: 03/06/2024
To: Ionian Inox Fabrications S.A., Patras    attn. Mr. Spyros Tsakalos
------------------------------------------------------------------------
Item                      Drawing           Qty released   Deliver by
Hatch hinge H-316-40      MYS-H-40 rev 2    150 pcs        28/06/2024
------------------------------------------------------------------------
This call-off releases 150 hatch hinges for production and delivery.
The rest of the estimated volume (1,050 hinges for the year, and all padeyes)
is NOT released. Next quantities only by a further written call-off signed by
J. Camilleri (or M. Borg in his absence).
Material authority: 150 hinges only.
Delivery DAP Gzira, pallets max 500 kg, please call the yard office 24 h before.
Signed: Joseph Camilleri, Procurement Manager     +356 2133 0505
------------------------------------------------------------------------
""")
case("c22_malta_framework_and_calloff", [],
     "Framework with forecast labelled non-binding plus call-off releasing 150; remainder not released; next call-off signed by named managers",
     [("Framework_MYS-FA-2024-02.docx", c22_fa), ("Call-off_01_MYS-FA-2024-02.txt", c22_co)])

# c24 - French luxury packaging, long thread with forwards and inline answers + HTML spec sheet
c24_spec = html_page("Fiche technique écrin bague MCJ-EB-01", P("""
<h2>Fiche technique — Écrin bague MCJ-EB-01 (rév. C)</h2>
<table>
<tr><th>Élément</th><th>Spécification</th></tr>
<tr><td>Dimensions extérieures</td><td>62 × 62 × 48 mm</td></tr>
<tr><td>Coque</td><td>ABS injecté, charnière à ressort 180°</td></tr>
<tr><td>Habillage</td><td>Velours « bleu nuit 2945 » (échantillons : 2 teintes à présenter)</td></tr>
<tr><td>Marquage</td><td>Dorure à chaud or Kurz Luxor 220, logo 18 mm</td></tr>
<tr><td>Insert</td><td>Mousse fendue, velours assorti</td></tr>
</table>
<h3>Quantités</h3>
<table>
<tr><th>Phase</th><th>Quantité</th><th>Statut</th></tr>
<tr><td>Échantillons (PO MCJ-24-1102)</td><td>30</td><td>commandés — à fabriquer</td></tr>
<tr><td>Série</td><td>2 970</td><td>non libérée</td></tr>
</table>
"""), lang="fr")
c24_text = P("""
Bonjour Yannick,

Je te transfère le fil complet avec l'agence pour que tu aies tout l'historique (teinte du
velours, marquage). Mes réponses à tes questions sont en ligne plus bas, préfixées HD>.

Pour le périmètre, rien ne change par rapport au PO MCJ-24-1102 :
- 30 écrins bague échantillons : c'est tout ce qui est commandé maintenant ;
- les 2 970 écrins de série restent bloqués, ils ne sont pas libérés ;
- déblocage : validation des 30 échantillons par notre directrice artistique, Mme Inès
  Valadier, puis PO révisé signé par moi ;
- velours et dorure : pour les 30 échantillons uniquement.

La fiche technique à jour (rév. C) est en pièce jointe.

Belle journée,
Hélène Dufresne
Acheteuse Packaging — Maison Castellane Joaillerie
7 place Vendôme, 75001 Paris — +33 1 42 60 18 75

-----Message d'origine-----
De : Yannick Le Goff <y.legoff@ecrins-bretagne.fr>
Envoyé : lundi 13 mai 2024 17:40
À : Hélène Dufresne <h.dufresne@castellane-joaillerie.fr>
Objet : RE: TR: TR: écrins bague - velours

Bonjour Hélène, trois questions avant de lancer les échantillons :

> 1. Pouvons-nous commander le velours pour les 3 000 pièces tout de suite, pour garder
>    le même bain de teinture ?
HD> Non : velours pour les 30 échantillons seulement. Le bain de teinture, on en reparle
HD> après la validation des échantillons.
> 2. Dorure or ou argent ?
HD> Or, Kurz Luxor 220 — voir le mail de l'agence ci-dessous.
> 3. Date de livraison des échantillons ?
HD> Semaine 22 au plus tard, le shooting photo est le 4 juin.

Yannick Le Goff — Chef de projet — Écrins de Bretagne, Vitré

---------- Message transféré ----------
De : Studio Lumière <projets@studiolumiere.fr>
Date : lun. 6 mai 2024 à 11:02
Objet : TR: écrins bague - velours
À : Hélène Dufresne <h.dufresne@castellane-joaillerie.fr>

Bonjour Hélène,

Suite à la réunion de vendredi, la direction artistique retient le velours « bleu nuit
2945 » et, en alternative, le « minuit 2961 ». Logo en dorure or (Luxor 220) sur le
couvercle, 18 mm de large, centré. Nous vous envoyons les fichiers vectoriels ce soir.

Bien à vous,
Margaux — Studio Lumière

---------- Message transféré ----------
De : Inès Valadier <i.valadier@castellane-joaillerie.fr>
Date : ven. 3 mai 2024 à 18:20
Objet : écrins bague - velours
À : Hélène Dufresne <h.dufresne@castellane-joaillerie.fr>

Hélène, peux-tu faire suivre à l'agence : je veux voir deux teintes de velours sur les
échantillons, et le logo un peu plus petit que sur l'écrin collier. Merci ! Inès
""")
case("c24_lux_long_thread_forwards_eml", [],
     "Long thread with forwards and inline answers; buyer restates 30 samples, 2 970 not released, unlock + named signer; material question answered 'samples only'",
     [("TR_ecrins_bague_velours.eml", eml_bytes(mail(
         "Hélène Dufresne <h.dufresne@castellane-joaillerie.fr>",
         "Yannick Le Goff <y.legoff@ecrins-bretagne.fr>",
         "TR: RE: TR: TR: écrins bague - velours",
         "Tue, 14 May 2024 09:05:00 +0200", c24_text,
         cc="Inès Valadier <i.valadier@castellane-joaillerie.fr>",
         attachments=[("Fiche_technique_MCJ-EB-01_revC.html", c24_spec, "text/html")])))])

# c25 - Spanish olive-oil caps: Teams chat, supplier asks to start the 1.000, buyer declines with full scope
c25_text = P("""
Conversación de Microsoft Teams exportada — Canal "Tapones antigoteo AS-V28"
Participantes: Carmen Ortega (Aceites Sierra Mágina), Rafael Núñez (Plásticos del Guadalquivir)

[16/05/2024 08:41] Rafael Núñez: Buenos días Carmen
[16/05/2024 08:42] Rafael Núñez: La inyectora 7 se nos queda libre la semana que viene. ¿Podemos arrancar los 1.000 tapones vertedores?
[16/05/2024 08:58] Carmen Ortega: Buenos días Rafa. No, por favor.
[16/05/2024 08:59] Carmen Ortega: Solo las 50 muestras del pedido 24/0533. Only the 50 samples.
[16/05/2024 09:00] Carmen Ortega: Los 950 restantes NO están liberados. They will be released by a written release from me (Carmen Ortega, jefa de compras) after the samples pass the drip test on our bottling line in Mancha Real.
[16/05/2024 09:01] Carmen Ortega: Y no compréis granza para los 950, solo para las muestras.
[16/05/2024 09:03] Rafael Núñez: Entendido 👍 50 muestras, el resto parado hasta tu liberación por escrito.
[16/05/2024 09:04] Rafael Núñez: Las muestras salen el martes por Seur.
[16/05/2024 09:10] Carmen Ortega: Perfecto, gracias. El molde nuevo de 4 cavidades (ref. M-28-4C) ya está pagado, eso no cambia nada del punto anterior.
""")
case("c25_olive_caps_teams_gate_txt", [],
     "Supplier asks to start the 1.000; buyer declines: 50 samples only, 950 not released until drip test + written release by named sender; paid mould changes nothing",
     [("Teams_Tapones_AS-V28.txt", c25_text)])


# =================================================================== WITH RISKS (46)

# p01 - Lyon luxury packaging: Cegid PO for samples + supplier quote PDF with series tier (multi-file)
p01_po = P("""
PARFUMS BELLECOUR SAS                               COMMANDE FOURNISSEUR
22 quai Saint-Antoine - 69002 Lyon                  N° CF240117
Tél. 04 78 42 10 10                                 Date : 18/01/2024
                                                    Page : 1
Fournisseur : CARTONNERIE RHODANIENNE
              8 chemin des Mûriers - 69800 Saint-Priest
Contact     : Mme Nadia Belkacem
Affaire     : COFFRET BELLECOUR 100 ML - NOËL 2024
-------------------------------------------------------------------------------
Réf.          Désignation                              Qté     PU HT   Total HT
-------------------------------------------------------------------------------
PB-CF100-A    Coffret carton rigide 100 ml,            120    11,80    1 416,00
              aimant + cale thermoformée, dorure
              Échantillons - selon votre devis DV-2401-55
-------------------------------------------------------------------------------
                                                      Total HT        1 416,00
                                                      TVA 20 %          283,20
                                                      Total TTC       1 699,20
Délai : 4 semaines            Livraison : franco Lyon, quai n° 3
Règlement : virement 45 j fin de mois
Merci de rappeler le n° de commande sur BL et facture.
-------------------------------------------------------------------------------
""")
p01_quote = pdf([
    ("h1", "DEVIS DV-2401-55"),
    ("p", "Cartonnerie Rhodanienne — 8 chemin des Mûriers, 69800 Saint-Priest — SIRET 498 765 432 00017"),
    ("p", "Client : Parfums Bellecour SAS, Lyon — Affaire : coffret Bellecour 100 ml, Noël 2024 — 10/01/2024"),
    ("table", [
        ["Phase", "Désignation", "Quantité", "PU HT €", "Délai"],
        ["Échantillons", "Coffret rigide, aimant, cale thermoformée, dorure or", "120", "11,80", "4 semaines"],
        ["Série", "Idem, production", "8 000", "2,65", "7 semaines"],
        ["Outillage", "Forme de découpe + cliché de dorure", "1", "940,00", "—"],
    ]),
    ("p", "Papier : Arjowiggins Curious Metallics 300 g. Carton gris 1,5 mm. Cale PET 0,5 mm thermoformée."),
    ("p", "Validité 90 jours. Prix départ usine. Acompte 30 % à la commande."),
    ("p", "Nadia Belkacem — Responsable commerciale"),
], title="Devis DV-2401-55", author="Cartonnerie Rhodanienne")
case("p01_lyon_cegid_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Cegid PO for 120 samples 'selon votre devis' beside a quote with 8 000 series, nothing says not released; no hold, no unlock event, no named release person",
     [("CF240117_Parfums_Bellecour.txt", p01_po), ("DV-2401-55.pdf", p01_quote)])

# p02 - Portuguese wine-equipment buyer: sample PO, deposit on the full proposal 'so you can launch'
p02_text = P("""
Caro Sr. Zanetti,

Segue em anexo a nossa PO 2024/0188 for the 10 sample pump bodies DEM-PB-65 (AISI 316,
drawing rev. 3), according to your proposal no. 24-311 (10 samples + 490 series pieces).

We have already transferred the 30% deposit on the full proposal value (EUR 14.700,00), so
you have what you need to launch production on your side without waiting for anything else.
Transfer reference BPI 2024-04-09-7731.

Delivery of the samples to our plant in Peso da Régua, please, before the end of May — the
harvest machines must be tested in June.

Muito obrigado e bom trabalho,
""") + sig_pt("Tiago Fernandes", "Compras", "Douro Enomáquinas, S.A. — Peso da Régua", "+351 254 320 118")
p02_html = ("<p>Caro Sr. Zanetti,</p><p>Segue em anexo a nossa PO 2024/0188 for the 10 sample pump bodies "
            "DEM-PB-65 (AISI 316, drawing rev. 3), according to your proposal no. 24-311 (10 samples + 490 series "
            "pieces).</p><p>We have already transferred the 30% deposit on the full proposal value (EUR 14.700,00), so "
            "you have what you need to launch production on your side without waiting for anything else. Transfer "
            "reference BPI 2024-04-09-7731.</p><p>Delivery of the samples to our plant in Peso da Régua, please, "
            "before the end of May — the harvest machines must be tested in June.</p><p>Muito obrigado e bom "
            "trabalho,<br>Tiago Fernandes<br>Compras<br>Douro Enomáquinas, S.A.</p>")
p02_po = pdf([
    ("h1", "PURCHASE ORDER 2024/0188"),
    ("p", "Douro Enomáquinas, S.A. — Zona Industrial, 5050-114 Peso da Régua, Portugal"),
    ("p", "Supplier: Inox Valpolicella S.r.l., Via dell'Artigianato 12, 37029 San Pietro in Cariano (VR)"),
    ("table", [
        ["Item", "Ref.", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "DEM-PB-65", "Pump body sample, AISI 316, drawing rev. 3", "10", "96,00", "960,00"],
    ]),
    ("p", "Payment: as agreed. Delivery: DAP Peso da Régua."),
])
case("p02_wine_deposit_full_value_eml", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "Sample PO (10) beside 490 series with nothing saying not released; deposit on full value 'so you can launch production'; no hold, event or release person",
     [("PO_2024-0188_Douro_Enomaquinas.eml", eml_bytes(mail(
         "Tiago Fernandes <t.fernandes@douroenomaquinas.pt>",
         "Stefano Zanetti <s.zanetti@inoxvalpolicella.it>",
         "PO 2024/0188 - sample pump bodies DEM-PB-65",
         "Tue, 09 Apr 2024 15:48:00 +0100", p02_text, html=p02_html,
         attachments=[("PO_2024-0188.pdf", p02_po, PDF_MT)])))])

# p03 - Greek boat hardware, Viber export; unscoped 'go ahead' on drawings, quote shows series
p03_text = P("""
Viber chat export — "Ionian Boatworks / Chalkida Bronze"
12/03/2024 09:14 Stavros Karras: Καλημέρα Νίκο. Quote sent by mail: 12 proto fairleads + 800 series, bronze CuSn10, polished
12/03/2024 09:20 Nikos Alexiou: Καλημέρα. Ok thanks. PO 24-117 coming for the 12 prototypes
12/03/2024 11:02 Nikos Alexiou: PO 24-117 sent by email 📎 12 pcs, delivery Preveza
12/03/2024 11:05 Stavros Karras: 👍
13/03/2024 16:40 Stavros Karras: Drawings rev 3 with the new fixing holes (4x M10 instead of 3x M12) — ok for you?
13/03/2024 16:41 Stavros Karras: <attachment: IB-FL-220_rev3.pdf>
13/03/2024 17:05 Nikos Alexiou: Τα είδα. All good, go ahead 👍
13/03/2024 17:06 Stavros Karras: Τέλεια, thanks Niko
14/03/2024 08:30 Nikos Alexiou: Also pls send me the invoice for the pattern (EUR 650) separately, accounting asks
14/03/2024 08:31 Stavros Karras: ok will do today
""")
case("p03_boat_viber_go_ahead_txt", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "Viber: PO for 12 prototypes beside quoted 800 series with nothing saying not released; unscoped 'All good, go ahead'; no hold, unlock or release person",
     [("Viber_Ionian_Boatworks_Chalkida.txt", p03_text)])

# p04 - Spanish elevator parts, DOCX PO with table, reference line carrying the series quantity
case("p04_elevator_docx_po_ref_series", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX PO for 30 samples with reference line 'muestras + 3.000 uds serie, semanas 36-48' and nothing saying not released; no hold, unlock, person. Q-3000 is a quote number",
     [("Pedido_EL-24-0655.docx", docx_bytes([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER EL-24-0655"),
         ("p", "Elevadores Levante S.L. — Av. de la Industria 40, 46980 Paterna (Valencia) — CIF B46123456"),
         ("p", "Proveedor: Mecanizados Alcoy S.A., C/ Els Alçamora 7, 03802 Alcoy (Alicante)"),
         ("p", "Fecha: 25/03/2024 — Comprador: Pablo Ferrer — pferrer@elevadoreslevante.es"),
         ("table", [
             ["Pos.", "Referencia", "Descripción", "Cantidad", "Precio €", "Importe €"],
             ["10", "EL-ZG-16", "Zapata guía cabina, muestras / guide shoe, samples", "30 uds", "21,40", "642,00"],
         ]),
         ("p", "Referencia: su oferta Q-3000 (30 muestras + 3.000 uds serie, entrega semanas 36–48)."),
         ("p", "Plano EL-ZG-16 rev. D. Material: PA6 + 30 % FV sobre base S235JR galvanizada. "
               "Certificado 3.1 según EN 10204."),
         ("p", "Plazo de entrega muestras: 3 semanas. Entrega en nuestro almacén de Paterna, lunes a viernes 7:00–14:00."),
         ("p", "Forma de pago: confirming 90 días. Rogamos acusen recibo de este pedido."),
     ], author="Elevadores Levante"))])

# p05 - Swiss lab glassware: PO PDF for prototypes + supplier quote DOCX with series (multi-file)
p05_po = pdf([
    ("h1", "BON DE COMMANDE BQ-PO-24-0877"),
    ("p", "BioQuant Genève SA — Chemin des Aulx 14, 1228 Plan-les-Ouates — Achats laboratoire"),
    ("p", "Fournisseur : Verrerie Artisanale du Gros-de-Vaud Sàrl, Route d'Yverdon 3, 1040 Échallens"),
    ("p", "Date : 29.04.2024 — Selon votre offre VGV-24-061 ci-jointe"),
    ("table", [
        ["Pos.", "Article", "Désignation", "Qté", "Prix CHF", "Total CHF"],
        ["1", "BQ-CD-300", "Réfrigérant à serpentin 300 mm, NS 29/32, prototype", "18", "145.00", "2'610.00"],
    ]),
    ("p", "Livraison : 4 semaines, DAP Plan-les-Ouates, emballage individuel antichoc."),
    ("p", "Paiement : 30 jours net. Merci de confirmer la commande et le délai."),
    ("p", "Frédéric Monnier — Acheteur laboratoire"),
], title="BQ-PO-24-0877", author="BioQuant Geneve")
p05_quote = docx_bytes([
    ("h1", "Offre VGV-24-061"),
    ("p", "Verrerie Artisanale du Gros-de-Vaud Sàrl — Échallens, le 22 avril 2024"),
    ("p", "À l'attention de M. Frédéric Monnier, BioQuant Genève SA"),
    ("table", [
        ["Phase", "Article", "Quantité", "Prix unitaire CHF", "Délai"],
        ["Prototypes", "Réfrigérant à serpentin 300 mm BQ-CD-300", "18", "145.00", "4 semaines"],
        ["Série", "Réfrigérant à serpentin 300 mm BQ-CD-300", "1'200", "62.00", "10 semaines"],
    ]),
    ("p", "Verre borosilicate 3.3 selon ISO 3585. Rodages NS 29/32 selon ISO 383."),
    ("p", "Validité de l'offre : 3 mois. Avec nos meilleures salutations, Sylvie Chappuis."),
], author="Verrerie Artisanale du Gros-de-Vaud")
case("p05_lab_po_pdf_plus_quote_docx", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 18 prototypes 'selon votre offre ci-jointe'; the attached quote shows 1'200 series with nothing saying informational or not released; no hold/unlock/person",
     [("BQ-PO-24-0877.pdf", p05_po), ("Offre_VGV-24-061.docx", p05_quote)])

# p06 - Italian cosmetics: sample PO mail, buyer invites supplier to secure laminate for full series
p06_text = P("""
Buongiorno Sig. Rota,

allego l'ordine 24/0567 per i 50 tubetti campione (tubo laminato 40 ml, art. PB-LT40,
stampa offset 6 colori + hot stamping argento).

Per avere lo stesso lotto di laminato e la stessa tonalità Pantone 2577 C anche dopo, sentitevi
pure liberi di mettere al sicuro fin da ora il laminato per tutti i 25.000 pezzi — la parte
burocratica la sistemiamo poi con calma.

Consegna campioni entro il 14/06 presso il ns. magazzino di Cernusco.

Grazie e buona giornata,
""") + sig_it("Federica Galli", "Buyer Packaging", "Profumi di Brera S.r.l. — Milano", "+39 02 8723 1150")
case("p06_cosmetics_secure_laminate_eml", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "Sample order for 50 tubes; buyer invites supplier to secure laminate for all 25.000 ('paperwork later') without a material authority; 25.000 not said to be unreleased; no hold/unlock/person",
     [("Ordine_24-0567_campioni_PB-LT40.eml", eml_bytes(mail(
         "Federica Galli <f.galli@profumidibrera.it>",
         "Marco Rota <m.rota@laminatitubibergamo.it>",
         "Ordine 24/0567 - tubetti campione PB-LT40",
         "Mon, 27 May 2024 09:40:00 +0200", p06_text,
         attachments=[("Ordine_24-0567.txt", P("""
PROFUMI DI BRERA S.R.L. - ORDINE 24/0567 del 27/05/2024
Fornitore: LAMINATI TUBI BERGAMO S.P.A. - Grassobbio (BG)
Pos 1  PB-LT40  Tubo laminato 40 ml campione   50 pz   EUR 3,20   EUR 160,00
Pagamento: RB 60 gg f.m.   Resa: franco ns. magazzino Cernusco s/N
"""), "text/plain")])))])

# p07 - Italian espresso: engineer answers drawing question with unscoped 'You can proceed', complete PO quoted
p07_po_mail = P("""
Buongiorno Luca,

in allegato il ns. ordine 4500 61 220 per i portafiltri, con le indicazioni seguenti:
- ordiniamo ora solo 20 corpi portafiltro campione (VMC-PF-58);
- i 1.480 pezzi di serie della Vs. offerta 24/0412 NON sono rilasciati;
- la serie sarà rilasciata solo dopo il benestare campioni del ns. laboratorio (prova
  tenuta 12 bar + prova termica) con rilascio scritto firmato dalla sottoscritta;
- materiale: solo per i 20 campioni.

Cordiali saluti
Francesca Esposito - Ufficio Acquisti - Vesuvio Macchine per Caffè S.r.l.
""")
p07_supplier = P("""
Buongiorno Ing. Russo,

prima di partire con la lavorazione vi chiediamo conferma sul disegno VMC-PF-58 rev. D
(nuova zigrinatura sul codolo, raggio R2 invece di R1,5). Va bene per voi?

Luca Bonetti - Meccanica F.lli Bonetti S.r.l.

Il 15/04/2024 10:12, Francesca Esposito ha scritto:
""") + quote_lines(p07_po_mail)
p07_text = P("""
Ciao Luca,

la rev. D per noi va bene, anche il raggio R2. You can proceed.

Saluti,
Gennaro

Ing. Gennaro Russo
Ufficio Tecnico - Vesuvio Macchine per Caffè S.r.l.
Via Argine 310, 80147 Napoli

Il 17/04/2024 08:55, Luca Bonetti ha scritto:
""") + quote_lines(p07_supplier) + "\n"
case("p07_espresso_engineer_proceed_eml", ["RG002"],
     "Complete sample scope quoted below, but the buyer engineer's answer 'You can proceed' names neither sample-only nor a quantity",
     [("RE_disegno_VMC-PF-58_revD.eml", eml_bytes(mail(
         "Gennaro Russo <g.russo@vesuviocaffe.it>",
         "Luca Bonetti <luca.bonetti@bonetti-meccanica.it>",
         "R: R: Ordine 4500 61 220 - disegno VMC-PF-58 rev. D",
         "Wed, 17 Apr 2024 11:31:00 +0200", p07_text,
         cc="Francesca Esposito <f.esposito@vesuviocaffe.it>",
         in_reply_to="<bonetti-240417-0855@bonetti-meccanica.it>")))])

# p08 - Québec ski maker, Teams export, unscoped 'green light' on colour proofs after a complete scope
p08_text = P("""
Microsoft Teams — conversation exportée
Équipe : Skis Laurentides x Composites Mauricie — canal : Graphiques 2025

[2024-04-03 10:02] Mélanie Gagnon (Skis Laurentides): Salut Kevin! Le PO 88142 est parti ce matin.
[2024-04-03 10:03] Mélanie Gagnon (Skis Laurentides): Pour être claire : PO 88142 = 30 topsheets échantillons seulement (modèle Tremblant 176).
[2024-04-03 10:04] Mélanie Gagnon (Skis Laurentides): Les 1 470 autres ne sont pas libérées. Elles seront libérées par un PO révisé, signé par moi, après l'approbation du test sur neige au Mont-Tremblant.
[2024-04-03 10:20] Kevin Bélanger (Composites Mauricie): Parfait, bien compris. 30 échantillons, on commande le film pour 30 seulement.
[2024-04-10 15:47] Kevin Bélanger (Composites Mauricie): Voici les épreuves couleur pour le graphique « coucher de soleil », Pantone 1665 C et dégradé vers 2597 C. <3 images>
[2024-04-10 15:48] Kevin Bélanger (Composites Mauricie): Ça marche pour vous autres?
[2024-04-10 16:31] Mélanie Gagnon (Skis Laurentides): Wow, c'est vraiment beau 😍
[2024-04-10 16:31] Mélanie Gagnon (Skis Laurentides): Green light de notre bord! 🎿🔥
[2024-04-10 16:33] Kevin Bélanger (Composites Mauricie): Super, merci Mélanie!
[2024-04-11 09:05] Kevin Bélanger (Composites Mauricie): FYI le transporteur passe jeudi chez vous à Saint-Jérôme
""")
case("p08_ski_teams_green_light_txt", ["RG002"],
     "Scope is complete (30 samples, 1 470 not released, revised PO signed by named sender after snow test) but 'Green light de notre bord!' is unscoped",
     [("Teams_Graphiques_2025.txt", p08_text)])

# p09 - Belgian rail, Confluence-style minutes (HTML): 'approved' for drawing and PO, unscoped 'may proceed'
p09_html = html_page("Kick-off minutes — luggage rack end caps TRB-LR-09", P("""
<h1>Kick-off meeting — luggage rack end caps TRB-LR-09</h1>
<p>TransRail Interiors Brussel NV / Polyester Composites Gent BV — 09/04/2024 — meeting room "Midi", Anderlecht</p>
<p><b>Present:</b> Els Peeters (Purchasing Lead, TRI), Bart Willems (Engineering, TRI), Sofie Claes (Finance, TRI),
Dirk Van Acker (Account Manager, PCG), Lotte De Wilde (Project Engineer, PCG)</p>
<table>
<tr><th>#</th><th>Topic</th><th>Discussion / decision</th><th>Owner</th></tr>
<tr><td>1</td><td>Drawing</td><td>Drawing TRB-LR-09 rev B approved by TRI engineering for the 8 FAI parts (fire class EN 45545-2 HL2, RAL 9006).</td><td>B. Willems</td></tr>
<tr><td>2</td><td>Purchase order</td><td>PO 450091 for the 8 FAI parts approved by TRI finance on 02/04.</td><td>S. Claes</td></tr>
<tr><td>3</td><td>Quantities</td><td>Authorized now: 8 FAI parts. The remaining 392 end caps are not released. They need a written release signed by Els Peeters after the SNCB interior mock-up review.</td><td>E. Peeters</td></tr>
<tr><td>4</td><td>Material</td><td>Resin and gelcoat for the 8 FAI parts only.</td><td>D. Van Acker</td></tr>
<tr><td>5</td><td>Logistics</td><td>FAI parts delivered to Anderlecht, wrapped, with FAI report per EN 9102.</td><td>L. De Wilde</td></tr>
</table>
<p class="note"><b>Conclusion:</b> all open points closed — supplier may proceed.</p>
<p>Next meeting: FAI review, week 20. Minutes: L. De Wilde (PCG), checked by E. Peeters.</p>
"""))
case("p09_rail_minutes_approved_proceed_html", ["RG002", "RG009"],
     "'approved' used for the drawing (technical) and for the PO (commercial); conclusion 'supplier may proceed' names no scope or quantity",
     [("Kickoff_minutes_TRB-LR-09.html", p09_html)])

# p10 - Toulouse aerospace: bare 'Proceed.' in reply, complete scope quoted two levels down
p10_po = P("""
Bonjour Monsieur Perrin,

Ci-joint notre commande HP-24-3390 pour l'axe de moyeu HP-3390 (Ti-6Al-4V, plan indice F).
- Commandé maintenant : 15 pièces FAI (AS9102), rien d'autre.
- Les 1 185 pièces de production de votre offre ne sont pas libérées.
- Libération : après acceptation du rapport FAI par notre qualité, par une libération écrite
  signée par moi-même, Laure Daguerre.
- Matière : barres pour les 15 pièces FAI uniquement.

Cordialement,
Laure Daguerre, Acheteuse Senior, Hélices Pyrénées SAS
""")
p10_supplier = P("""
Bonjour Madame Daguerre,

Please find attached the material certificates (Ti-6Al-4V bar, heat no. 4471-B, AMS 4928)
and our FAI plan with the 42 characteristics to be measured. Can we proceed?

Bien cordialement,
Damien Perrin - Décolletage de la Vallée de l'Arve, Cluses

Le 22/04/2024 à 09:10, Laure Daguerre a écrit :
""") + quote_lines(p10_po)
p10_text = P("""
Bonjour Monsieur Perrin,

Documents are OK for us. Proceed.

Cordialement,
""") + sig_fr("Laure Daguerre", "Acheteuse Senior", "Hélices Pyrénées SAS — Tarbes", "+33 5 62 44 70 21") + P("""
Le 24/04/2024 à 16:02, Damien Perrin a écrit :
""") + quote_lines(p10_supplier) + "\n"
case("p10_aero_bare_proceed_eml", ["RG002"],
     "Complete FAI scope quoted (15 FAI, 1 185 not released, written release by named sender) but the reply 'Proceed.' is unscoped",
     [("RE_HP-24-3390_FAI_plan.eml", eml_bytes(mail(
         "Laure Daguerre <l.daguerre@helices-pyrenees.fr>",
         "Damien Perrin <d.perrin@decolletage-arve.fr>",
         "RE: RE: Commande HP-24-3390 - certificats matière et plan FAI",
         "Thu, 25 Apr 2024 08:20:00 +0200", p10_text,
         in_reply_to="<dva-240424-1602@decolletage-arve.fr>")))])

# p11 - Greek olive-oil equipment: pilot lot with no quantity, then 'advance paid, everything approved, you may start'
p11_first = P("""
Dear Kostas,

Following our call, please plan the pilot lot of decanter scroll segments (drawing OOE-DS-14
rev 2, hard-facing per our spec HF-03) according to your offer 24-077.

The series quantity is not released. It stays on hold until the pilot lot has been signed off
by our engineering and I issue a written release.

Best regards,
Eleni Konstantinou
Procurement Manager, Olympia Olive Mills Equipment S.A.
""")
p11_text = P("""
Dear Kostas,

The advance payment (30%) left our bank this morning, SWIFT copy attached below in text.
Everything is approved on our side, you may start.

Φιλικά,
Eleni

Eleni Konstantinou
Procurement Manager
Olympia Olive Mills Equipment S.A. — Industrial Area of Kalamata, 241 00 Kalamata
+30 27210 69 300

SWIFT MT103 ref. PIRBGRAA/240514/0093 - amount EUR 6,930.00 - beneficiary Thessaly Precision Castings

On 30/04/2024 12:47, Eleni Konstantinou wrote:
""") + quote_lines(p11_first) + "\n"
case("p11_olive_advance_approved_start_eml", ["RG002", "RG010", "RG012"],
     "No quantity stated anywhere for the pilot lot; 'advance paid ... everything is approved, you may start' treats payment as go and is unscoped",
     [("Advance_payment_OOE-DS-14.eml", eml_bytes(mail(
         "Eleni Konstantinou <e.konstantinou@olympia-olive.gr>",
         "Kostas Zisis <k.zisis@thessalycastings.gr>",
         "RE: Pilot lot decanter scroll segments OOE-DS-14 - advance payment",
         "Tue, 14 May 2024 10:05:00 +0300", p11_text,
         in_reply_to="<ooe-240430-1247@olympia-olive.gr>")))])

# p12 - Italian cosmetics supplier reply: 'once you approve the colour samples we roll straight into the 30,000'
p12_po = P("""
Gentile Sig.ra Marchetti,

in allegato l'ordine 24-0412 con le seguenti condizioni:
- ordiniamo ora 60 tubi campione ETC-T75 (75 ml, flip-top, stampa serigrafica 3 colori);
- i 30.000 tubi di produzione NON sono rilasciati;
- saranno rilasciati solo con un ordine revisionato firmato dalla sottoscritta, Dott.ssa
  Lucia Bini, Responsabile Acquisti, dopo il benestare dei campioni (colore + prova di
  stabilità 12 settimane);
- materiale: solo per i 60 campioni.

Cordiali saluti
Lucia Bini
Erboristeria Toscana Cosmetici S.r.l. - Sesto Fiorentino
""")
p12_text = P("""
Gentile Dott.ssa Bini,

ricevuto, grazie. Ordine 24-0412 inserito a sistema.

Perfetto così: once you approve the colour samples we will roll straight into the 30,000
pieces, so we keep our slot on line 3 in week 24 and you don't lose the summer launch.

I 60 campioni partono venerdì con BRT.

Cordiali saluti,
""") + sig_it("Silvia Marchetti", "Customer Service", "Tubital S.r.l. — Gallarate (VA)", "+39 0331 78 24 40") + P("""
Il 06/05/2024 09:30, Lucia Bini ha scritto:
""") + quote_lines(p12_po) + "\n"
case("p12_cosmetics_supplier_roll_straight_eml", ["RG007"],
     "Buyer's complete scope quoted; supplier assumes colour-sample approval rolls straight into the 30,000 although the PO requires a revised PO",
     [("R_Ordine_24-0412_ETC-T75.eml", eml_bytes(mail(
         "Silvia Marchetti <s.marchetti@tubital.it>",
         "Lucia Bini <l.bini@erboristeriatoscana.it>",
         "R: Ordine 24-0412 tubi ETC-T75",
         "Tue, 07 May 2024 14:22:00 +0200", p12_text,
         in_reply_to="<etc-240506-0930@erboristeriatoscana.it>")))])

# p13 - Aerospace (Mérignac): buyer's industrialisation engineer tells supplier to carry on after clean FAI
p13_po = pdf([
    ("h1", "PURCHASE ORDER NSO-24-0318"),
    ("p", "Nacelles du Sud-Ouest SAS — Avenue Marcel Dassault, 33700 Mérignac"),
    ("p", "Supplier: Fixations Aéro Normandie SAS, 27000 Évreux"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope"],
        ["10", "NSO-RN-0612", "Blind rivet nut, A286, drawing iss. B", "20", "FAI parts — make now"],
        ["20", "NSO-RN-0612", "Production", "1,480", "NOT RELEASED"],
    ]),
    ("p", "Line 20 is released only after the AS9102 FAI report has been accepted by our quality department AND "
          "a written release has been signed by Mr. Arnaud Lacoste, Purchasing Manager. No other person or "
          "document can release line 20."),
    ("p", "Material authority: FAI only."),
], title="NSO-24-0318", author="Nacelles du Sud-Ouest")
p13_text = P("""
Hi Sandrine,

Quick one from the industrialisation side, with Arnaud in copy. The assembly line needs the
rivet nuts for the June rate increase, so: as soon as the FAI report comes back clean, don't
wait for the paperwork from Purchasing — carry straight on with the 1,480. We'll tidy up the
documents afterwards.

PO attached again for reference.

Thanks a lot,
Bruno

Bruno Vidal
Ingénieur industrialisation
Nacelles du Sud-Ouest SAS — Mérignac
+33 5 56 34 90 12
""")
case("p13_aero_engineer_carry_on_after_fai_eml", ["RG007"],
     "PO requires FAI acceptance AND a written release by named manager; buyer engineer says carry straight on with the 1,480 once the FAI is clean, without the paperwork",
     [("NSO-24-0318_FAI_and_line_20.eml", eml_bytes(mail(
         "Bruno Vidal <b.vidal@nacelles-so.fr>",
         "Sandrine Lefebvre <s.lefebvre@fixations-aero-normandie.fr>",
         "NSO-24-0318 - FAI and line 20 timing",
         "Mon, 13 May 2024 18:10:00 +0200", p13_text,
         cc="Arnaud Lacoste <a.lacoste@nacelles-so.fr>",
         attachments=[("PO_NSO-24-0318.pdf", p13_po, PDF_MT)])))])

# p14 - Spanish supplier weekly status (PDF): steel bought for the full lot, series starts automatically on sample OK
case("p14_elevator_supplier_status_pdf", ["RG006", "RG007"],
     "Supplier status: sheet bought for the full 2.000 while only 30 samples are released; series to start automatically on the sample OK",
     [("Informe_semanal_EA-24-331.pdf", pdf([
         ("h1", "INFORME SEMANAL / WEEKLY STATUS — semana 19"),
         ("p", "Troquelados Zaragoza S.L. — Pol. Malpica, calle D 12, 50016 Zaragoza"),
         ("p", "Cliente: Elevadores Atlántico S.A. (Vigo) — Pedido 24-331 — Pieza: escuadra de fijación de guía EA-EF-90 rev. C"),
         ("table", [
             ["Concepto", "Cantidad", "Estado / status"],
             ["Muestras (pedido 24-331)", "30 uds", "Enviadas 06/05 con informe dimensional"],
             ["Serie", "1.970 uds", "Pendiente de su liberación / not released yet"],
             ["Chapa DC04 2,5 mm", "para 2.000 uds", "Comprada — lote completo, para asegurar la asignación de acería"],
             ["Troquel progresivo T-331", "1", "Terminado, probado con las muestras"],
         ]),
         ("sp",),
         ("p", "Plan: arrancaremos la serie automáticamente en cuanto recibamos su OK de muestras (previsto semana 22); "
               "series production will start automatically on your sample OK, to keep the press slot."),
         ("p", "Riesgos: ninguno. Próximo informe: semana 20."),
         ("p", "Marta Gil — Responsable de Proyectos — mgil@troqueladoszaragoza.es"),
     ], title="Informe semanal", author="Troquelados Zaragoza"))])

# p15 - Québec boat hardware: buyer's own hold notice undercut by 'keep the machine going after sign-off'
p15_text = P("""
Bonjour Patrick,

Tel que discuté au téléphone, voici le portrait pour le PO 24-5520 (aiguillots de safran inox
BC-AG-38, plan révision 6) :

- Le PO 24-5520 couvre 16 aiguillots échantillons. C'est ça qui est autorisé maintenant.
- Les 384 aiguillots de production ne sont pas libérés.
- Ils seront libérés par le PO révisé 24-5520-R1, signé par moi, après notre approbation des
  échantillons aux essais en mer à La Malbaie.
- Matière : inox 316 pour les 16 échantillons seulement.

Cela dit, entre nous, d'habitude ça va tout seul : une fois les échantillons approuvés, tu
peux juste garder la machine partie sur le reste, on régularisera le PO révisé après. Pas
besoin d'attendre après moi pour ça.

Bonne fin de semaine,

Julie Bouchard
Acheteuse principale
Bateaux Charlevoix inc. — 85 rue du Quai, La Malbaie QC G5A 1A1
418 555-0190
""")
case("p15_boat_buyer_undercuts_revised_po_eml", ["RG007"],
     "Buyer's hold notice names revised PO signed by her, then says once samples are approved keep the machine running on the rest and fix the PO later",
     [("PO_24-5520_aiguillots.eml", eml_bytes(mail(
         "Julie Bouchard <jbouchard@bateauxcharlevoix.ca>",
         "Patrick Lavoie <plavoie@usinagemauricie.ca>",
         "PO 24-5520 - aiguillots BC-AG-38 - portée",
         "Fri, 17 May 2024 15:40:00 -0400", p15_text)))])

# p16 - Portuguese supplier quote PDF with 'series starts automatically after sample approval' condition
case("p16_wine_quote_auto_start_pdf", ["RG007"],
     "Supplier quote condition: series starts automatically after customer sample approval, no new order needed; no explicit recorded auto-conversion",
     [("Proposta_IM-24-0207.pdf", pdf([
         ("h1", "PROPOSTA COMERCIAL / QUOTATION IM-24-0207"),
         ("p", "Inoxmar — Equipamentos Vinícolas, Lda. — Zona Industrial de Anadia, 3780-211 Anadia, Portugal"),
         ("p", "Cliente: Chais Techniques de Saint-Émilion SARL — à l'attention de M. Olivier Brun"),
         ("p", "Data: 02/04/2024 — Assunto: válvula de amostragem sanitária DN25, desenho CTSE-VA-25 rev. B"),
         ("table", [
             ["Fase", "Descrição", "Quantidade", "Preço unit. €", "Prazo"],
             ["Amostras / samples", "Válvula de amostragem DN25, AISI 316L, Ra max. 0,8 µm", "8", "74,00", "3 semanas"],
             ["Série / series", "Idem", "400", "31,50", "6 semanas"],
         ]),
         ("sp",),
         ("h", "Condições / conditions"),
         ("p", "1. Preços EXW Anadia, embalagem incluída."),
         ("p", "2. A produção de série arranca automaticamente após a aprovação das amostras pelo cliente, sem "
               "necessidade de nova encomenda. / Series production starts automatically once the customer approves "
               "the samples; no further order is needed."),
         ("p", "3. Pagamento: 30 dias data de fatura."),
         ("p", "4. Validade: 60 dias."),
         ("p", "Com os melhores cumprimentos, Sérgio Duarte — Departamento Comercial"),
     ], title="Proposta IM-24-0207", author="Inoxmar"))])

# p17 - Savoie supplier order confirmation (DOCX): CGV clause launches the series on sample validation
case("p17_ski_supplier_confirmation_docx", ["RG007"],
     "Supplier order confirmation notes the 1 960 are not released, then says the series will be launched without further formality on sample validation (general terms)",
     [("ARC-24-0140_Metallerie_des_Aravis.docx", docx_bytes([
         ("h1", "ACCUSÉ DE RÉCEPTION DE COMMANDE N° ARC-24-0140"),
         ("p", "Métallerie des Aravis SARL — 210 route des Clefs, 74230 Thônes — SIRET 433 221 998 00015"),
         ("p", "Client : Glisse Chartreuse SAS, ZA de la Diat, 38380 Saint-Laurent-du-Pont — à l'attention de "
               "M. Baptiste Rey, Achats"),
         ("p", "Votre commande : GC-24-0088 du 15/04/2024 — Notre référence : ARC-24-0140 — Thônes, le 17/04/2024"),
         ("table", [
             ["Pos.", "Référence", "Désignation", "Qté", "PU HT €", "Délai"],
             ["1", "GC-PL-07", "Plaque de serrage de carre, inox 17-4PH, plan GC-PL-07 ind. C — échantillons",
              "40", "12,60", "sem. 19"],
         ]),
         ("p", "Nous vous remercions de votre commande, que nous confirmons pour 40 plaques échantillons. Nous notons "
               "que la série (1 960 pièces, notre offre OF-24-031) n'est pas libérée à ce jour."),
         ("p", "Conformément à l'article 7 de nos conditions générales de vente, dès validation des échantillons de "
               "votre part, les 1 960 pièces de série seront lancées en fabrication sans autre formalité."),
         ("p", "Matière : tôle 17-4PH pour les 40 échantillons ; traitement thermique H1150 en sous-traitance."),
         ("p", "Conditions de paiement : 30 jours fin de mois. Transport : franco à partir de 500 € HT."),
         ("p", "Service commercial — Émilie Perrillat — e.perrillat@metallerie-aravis.fr — 04 50 02 18 44"),
     ], author="Metallerie des Aravis"))])

# p18 - Belgian rail: buyer quality engineer sends the (complete) PO but states FAI acceptance counts as the go
p18_po = pdf([
    ("h1", "PURCHASE ORDER RCM-24-2207"),
    ("p", "Rail Comfort Mechelen NV — Battelsesteenweg 455, 2800 Mechelen"),
    ("p", "Supplier: Kunststoffen Limburg BV, Centrum-Zuid 1120, 3530 Houthalen"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope"],
        ["1", "RCM-AR-05", "Armrest, PU integral skin, black, drawing rev E — FAI", "12", "FAI — make now"],
        ["2", "RCM-AR-05", "Armrest, series", "588", "not released"],
    ]),
    ("p", "Line 2 is not released by this PO. It will be released by a written production release signed by "
          "Mrs. Griet Vermeulen, Purchasing Manager, after FAI acceptance by our quality department."),
    ("p", "Material authority: FAI quantity only."),
], title="RCM-24-2207", author="Rail Comfort Mechelen")
p18_text = P("""
Dag Mr. Janssens,

Attached once more the PO RCM-24-2207 for the armrests RCM-AR-05 (12 FAI parts, 588 series),
since your planner asked for a copy with the rev E drawing number.

Practical point from our side: like on the previous project, our FAI acceptance counts as the
go for the series — no need to wait for another paper from Purchasing. As soon as you receive
the signed FAI report from me you can schedule the 588.

FAI inspection on your premises: Tuesday 4 June, 9:00, please have the CMM free.

Met vriendelijke groeten,
""") + sig("Wim De Smet", "Supplier Quality Engineer", "Rail Comfort Mechelen NV", "+32 15 28 44 61")
case("p18_rail_quality_fai_counts_as_go_eml", ["RG007"],
     "PO (attached, complete) requires a written release by named manager after FAI; buyer quality says FAI acceptance counts as the go for the 588, no further paper",
     [("RCM-24-2207_FAI_planning.eml", eml_bytes(mail(
         "Wim De Smet <wim.desmet@railcomfort.be>",
         "Jan Janssens <jan.janssens@kunststoffenlimburg.be>",
         "RCM-24-2207 armrests - FAI visit and PO copy",
         "Wed, 22 May 2024 13:12:00 +0200", p18_text,
         attachments=[("RCM-24-2207.pdf", p18_po, PDF_MT)])))])

# p19 - Greek elevator parts, meeting minutes PDF: 'series starts immediately after PPAP approval'
case("p19_elevator_minutes_ppap_autostart_pdf", ["RG007"],
     "Minutes record the complete hold (25 PPAP samples, 2,475 not released, written release by named director) but agree series start immediately after PPAP approval",
     [("Minutes_HLS_Kordas_2024-04-11.pdf", pdf([
         ("h1", "MINUTES OF MEETING — door-lock housings HLS-DL-33"),
         ("p", "Hellenic Lift Systems S.A. (Athens) / Kordas Metal Stamping S.A. (Sindos, Thessaloniki) — "
               "11 April 2024, Sindos plant, 11:00–13:30"),
         ("p", "Participants: G. Nikolaidis (Procurement Director, HLS), A. Papageorgiou (Quality, HLS), "
               "Ch. Kordas (General Manager, KMS), M. Ioannidou (Planning, KMS)"),
         ("h", "1. Order status"),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["PPAP samples, PO 24-0992", "25", "authorized — to be submitted week 14"],
             ["Series, PO 24-0992", "2,475", "not released"],
         ]),
         ("p", "The series is released only by a written release signed by G. Nikolaidis after PPAP sign-off."),
         ("h", "2. Metro Line 4 schedule"),
         ("p", "HLS explained that the installation of the Line 4 station lifts starts in September. To keep the "
               "date it was agreed that KMS will start series production immediately after PPAP approval "
               "(target week 18), without waiting for further documents."),
         ("h", "3. Tooling"),
         ("p", "Progressive die D-33 finished; tryout report handed over. Spare punches: 2 sets."),
         ("h", "4. Next meeting"),
         ("p", "PPAP review, week 17, Athens. Minutes: M. Ioannidou."),
     ], title="Minutes HLS/KMS", author="Kordas Metal Stamping"))])

# p20 - Italian supplier job-status export (Zucchetti-style TXT): brass bar ordered for the full lot
p20_text = P("""
TORNERIA BRESCIANA S.N.C.            STATO COMMESSE CLIENTE / JOB STATUS      Zucchetti Ad Hoc
Via Industriale 88 - 25016 Ghedi (BS)                                     Stampa: 20/05/2024 07:58
Cliente: CAFFETTIERE LARIO S.P.A. (cod. C00214)                                    Pag. 1
===============================================================================================
Commessa  Ord.cliente  Articolo     Descrizione                 Q.ta  Stato
-----------------------------------------------------------------------------------------------
C24/0311  4500203398   CL-BO-12     Boccola gruppo erogatore      25  IN COLLAUDO (campioni)
C24/0312  4500203398   CL-BO-12     Boccola - serie            1.975  NON RILASCIATA / not released
-----------------------------------------------------------------------------------------------
MATERIALI
Codice      Descrizione                     Q.ta ordinata  Per commessa    Note
MP-CW617N   Barra ottone CW617N D.22         2.000 pz eq.  C24/0311+0312   prezzo LME bloccato,
                                                                           consegna acciaieria sett.22
MP-PTFE     Guarnizione PTFE 12x8               25 pz      C24/0311
-----------------------------------------------------------------------------------------------
Note commerciali: barra ordinata per il lotto completo (25 + 1.975) per bloccare il prezzo
dell'ottone. Campioni in collaudo dimensionale, spedizione prevista 24/05.
Operatore: S. Ferrari
===============================================================================================
""")
case("p20_espresso_supplier_bar_full_lot_txt", ["RG006"],
     "Supplier status: 25 samples in test, 1.975 not released, but brass bar ordered for the full 2.000 to lock the price",
     [("Stato_commesse_C00214.txt", p20_text)])

# p21 - Swiss ski maker: complete sample PO mail with a PS inviting titanal purchase for the whole series
p21_text = P("""
Bonjour Monsieur Bernasconi,

Ci-joint notre commande FSJ-24-1207 pour les skis freeride « Risoud 186 ».

- Commandé maintenant : 30 paires échantillons, avec votre laminé titanal 0,5 mm.
- Les 1'470 paires restantes ne sont pas libérées.
- Elles seront libérées par une commande révisée signée par Mme Corinne Aubort, Responsable
  Achats, après validation des tests sur neige à la Vallée de Joux (fin janvier).

PS : pour gagner du temps, n'hésitez pas à commander déjà les tôles de titanal pour toute la
série, les délais de l'aciérie sont longs — on réglera ça plus tard entre nous.

Meilleures salutations,
""") + sig_fr("Yves Reymond", "Acheteur matières", "Fabrique de Skis du Jura Vaudois SA — Le Brassus",
              "+41 21 845 12 30")
case("p21_ski_ps_buy_titanal_whole_series_eml", ["RG006"],
     "Complete sample scope (30 pairs, 1'470 not released, revised PO by named manager) but PS invites buying titanal for the whole series, 'we'll settle it later', no material authority",
     [("Commande_FSJ-24-1207.eml", eml_bytes(mail(
         "Yves Reymond <y.reymond@skis-jura.ch>",
         "Paolo Bernasconi <p.bernasconi@alulaminati-ticino.ch>",
         "Commande FSJ-24-1207 - Risoud 186 - échantillons",
         "Mon, 16 Sep 2024 10:18:00 +0200", p21_text,
         cc="Corinne Aubort <c.aubort@skis-jura.ch>")))])

# p22 - Swiss lab glassware: supplier buys tubing beyond the explicit staged material authority of the call-off
p22_calloff = P("""
Bonjour,

Appel de livraison n° 03 au contrat-cadre LCH-CC-2023-05 (burettes automatiques 50 mL,
plan LCH-BU-50 rév. 5) :

- Quantité libérée par cet appel : 200 burettes, livraison semaine 26.
- Autorisation matière : vous pouvez acheter et stocker du tube borosilicate pour 400
  burettes au maximum (les 200 appelées + 200 en avance), à nos risques.
- Le reste du volume estimé du contrat (2'800 burettes) n'est pas libéré. Chaque quantité
  supplémentaire nécessite un nouvel appel de livraison signé par M. Pascal Chuard,
  Directeur des Achats.

Cordialement,
Pascal Chuard
Laboratoires Chuard SA, Yverdon-les-Bains
""")
p22_text = P("""
Bonjour Monsieur Chuard,

Merci pour l'appel n° 03, les 200 burettes sont lancées en fabrication pour la semaine 26.

Pour information : afin de sécuriser l'allocation Schott pour le second semestre, nous avons
acheté le tube borosilicate pour 1'000 burettes. Il est stocké chez nous à Bienne et facturé
au fur et à mesure des appels.

Meilleures salutations,

Nicole Schnyder
Verrerie de Bienne SA — Rue de la Gabelle 14, 2503 Biel/Bienne
+41 32 344 71 00

Le 21.05.2024 à 10:05, Pascal Chuard a écrit :
""") + quote_lines(p22_calloff) + "\n"
case("p22_lab_tubing_beyond_staged_authority_eml", ["RG006"],
     "Call-off releases 200 with explicit staged material authority for 400; supplier bought tubing for 1'000, beyond both release and authority",
     [("RE_Appel_03_LCH-CC-2023-05.eml", eml_bytes(mail(
         "Nicole Schnyder <n.schnyder@verrerie-bienne.ch>",
         "Pascal Chuard <p.chuard@labo-chuard.ch>",
         "RE: Appel de livraison 03 - burettes LCH-BU-50",
         "Thu, 23 May 2024 16:45:00 +0200", p22_text,
         in_reply_to="<lch-240521-1005@labo-chuard.ch>")))])

# p23 - Spanish olive-oil caps: buyer's supplier portal (HTML) shows sample-only authority, supplier note says resin for 10.000 bought
p23_html = html_page("Portal de proveedores — Pedido OC-24-1187", P("""
<h2>Oleícola Campiña de Córdoba S.C.A. — Portal de proveedores</h2>
<p>Proveedor: <b>Inyectados Lucena S.L.</b> (código P-0412) — usuario: jmolina</p>
<h3>Pedido OC-24-1187 — Tapón dosificador antigoteo OCC-TD-31, plano rev. 3</h3>
<table>
<tr><th>Línea</th><th>Alcance</th><th>Cantidad</th><th>Estado</th></tr>
<tr><td>1</td><td>Muestras</td><td>100</td><td>Liberado — fabricar ahora</td></tr>
<tr><td>2</td><td>Serie campaña 2024/25</td><td>9.900</td><td>NO liberado</td></tr>
</table>
<div class="note"><p><b>Liberación de la línea 2:</b> tras la validación de las muestras en nuestra línea de envasado
(prueba de goteo con AOVE a 18 °C) y liberación escrita firmada por D. Antonio Serrano, Director de Compras.</p>
<p><b>Autorización de material:</b> solo muestras (granza para 100 tapones).</p></div>
<h3>Actualizaciones del proveedor</h3>
<table>
<tr><th>Fecha</th><th>Autor</th><th>Comentario</th></tr>
<tr><td>02/05/2024</td><td>J. Molina (Inyectados Lucena)</td><td>Molde de 8 cavidades probado. Muestras en inyección.</td></tr>
<tr><td>08/05/2024</td><td>J. Molina (Inyectados Lucena)</td><td>Hemos comprado ya la granza PP y el masterbatch verde oliva para los 10.000 tapones, para asegurar el mismo color en toda la campaña.</td></tr>
<tr><td>10/05/2024</td><td>J. Molina (Inyectados Lucena)</td><td>Muestras enviadas por Seur, albarán 24-0877.</td></tr>
</table>
"""), lang="es")
case("p23_olive_portal_resin_full_campaign_html", ["RG006"],
     "Portal shows 100 samples released, 9.900 not released, material authority sample-only; supplier update says resin bought for all 10.000",
     [("Portal_OC-24-1187.html", p23_html)])

# p24 - Maltese supplier treats a labelled forecast as 'this order' and buys bar for 3,000
p24_buyer = P("""
Dear Mr. Farrugia,

For your planning, please find our FORECAST 2025 for stanchion bases CNC-SB-32 (not an order):
6,000 pcs, spread over the year.

Orders: PO 24-771 covers 20 samples only. Nothing else is released. Further quantities
only by written release signed by me after sample sign-off in our yard.

Best regards,
Claire Giraud
Achats, Chantiers Navals de Cannes
""")
p24_text = P("""
Dear Ms. Giraud,

Thank you very much for the forecast of 6,000 stanchion bases for 2025. On the basis of this
order we have already bought the 316L bar for the first 3,000 pcs, so we will be ready as soon
as you need them.

The 20 samples under PO 24-771 are machined and go out on Friday with DHL.

Best regards and saħħa,

Mark Farrugia
Sales Director
Marsaxlokk Metalcraft Ltd - Hal Far Industrial Estate, BBG 3000, Malta
+356 2165 7788

On 02/05/2024 17:20, Claire Giraud wrote:
""") + quote_lines(p24_buyer) + "\n"
case("p24_malta_forecast_as_order_bar_eml", ["RG006", "RG008"],
     "Supplier calls the labelled 6,000 forecast 'this order' and buys bar for 3,000 while only 20 samples are released",
     [("RE_Forecast_2025_CNC-SB-32.eml", eml_bytes(mail(
         "Mark Farrugia <mark@marsaxlokkmetalcraft.com.mt>",
         "Claire Giraud <c.giraud@cn-cannes.fr>",
         "RE: Forecast 2025 stanchion bases CNC-SB-32",
         "Mon, 06 May 2024 09:02:00 +0200", p24_text,
         in_reply_to="<cnc-240502-1720@cn-cannes.fr>")))])

# p25 - WhatsApp Spain/Portugal: supplier opens the full job and buys brass after receiving the deposit
p25_text = P("""
[22/04/24, 10:05:12] Javier Sáenz (Equipos Rioja): Buenos días Tiago
[22/04/24, 10:05:40] Javier Sáenz (Equipos Rioja): PO 24-201 is for the 12 sample tank valves DN40 only
[22/04/24, 10:06:31] Javier Sáenz (Equipos Rioja): The remaining 1,488 are NOT released until our pressure-test sign-off and a written release from me (Javier Sáenz, compras)
[22/04/24, 10:07:02] Javier Sáenz (Equipos Rioja): We pay 20% deposit on the pro-forma today as you asked
[22/04/24, 10:20:44] Tiago Matos (Fundição de Águeda): Bom dia Javier, obrigado 👍
[23/04/24, 17:48:10] Tiago Matos (Fundição de Águeda): Recebemos o sinal / deposit received, thanks!
[23/04/24, 17:49:03] Tiago Matos (Fundição de Águeda): So we opened the job for the full lot and ordered the brass CW617N for all 1.500 valves 💪
[23/04/24, 17:49:30] Tiago Matos (Fundição de Águeda): 12 samples first, they will be ready next week
""")
case("p25_wine_whatsapp_deposit_full_lot_txt", ["RG006", "RG012"],
     "Buyer scope complete (12 samples, 1,488 not released, written release by named sender); supplier treats the deposit as the go, opens the full job and buys brass for 1.500",
     [("WhatsApp_Chat_Tiago_Matos.txt", p25_text)])

# p26 - Belgian elevator parts: SAP PO (24 samples) vs separate sample release letter (thirty), multi-file
p26_po = P("""
ASCENSEURS BRABANT SA                                   BESTELBON / BON DE COMMANDE
Avenue Pasteur 6 - 1300 Wavre                           Nr. 4500033817
BTW/TVA BE 0412.345.678                                 Date 02.04.2024
                                                        Page 1/1
Leverancier / fournisseur 700233
PRECISION MECANICA ARAGON S.L.
Pol. Ind. Plaza, C/ Bari 31 - 50197 Zaragoza - ES
Acheteur: I. Lambert   +32 10 23 45 67   i.lambert@ascenseurs-brabant.be
------------------------------------------------------------------------------------
Pos.  Article       Description                          Qty   Un  Price EUR  Value EUR
------------------------------------------------------------------------------------
00010 AB-DR-075     Galet de porte / door roller D75       24   PC     14.90     357.60
      Echantillons / samples - drawing AB-DR-075 rev. 3
------------------------------------------------------------------------------------
                                                        Total net EUR        357.60
Header text:
  SAMPLES ONLY. The 1,176 series rollers of your offer PMA-24-090 are NOT released.
  Series release only after sample sign-off by our R&D lab (50,000 door cycles on
  test rig) AND a written release signed by Mme Isabelle Lambert, Purchasing Manager.
  Material authority: samples only.
Payment 60 days end of month - DAP Wavre - Delivery week 17
------------------------------------------------------------------------------------
""")
p26_letter = pdf([
    ("h1", "SAMPLE RELEASE — door roller AB-DR-075"),
    ("p", "Ascenseurs Brabant SA — Purchasing — Wavre, 03.04.2024"),
    ("p", "To: Precision Mecanica Aragon S.L., attn. Sr. Álvaro Lázaro"),
    ("p", "Reference: our PO 4500033817, your offer PMA-24-090"),
    ("p", "Dear Mr. Lázaro,"),
    ("p", "Further to our purchase order, we hereby authorize the production of thirty (30) sample door rollers "
          "AB-DR-075 rev. 3, for delivery in week 17."),
    ("p", "The series balance remains on hold: it will only be released after our R&D lab has signed off the samples "
          "and I have signed a written release."),
    ("p", "Yours sincerely,"),
    ("p", "Isabelle Lambert — Purchasing Manager"),
], title="Sample release AB-DR-075", author="Ascenseurs Brabant")
case("p26_elevator_po24_letter30", ["RG011"],
     "SAP PO authorizes 24 samples; the separate sample release letter for the same order authorizes thirty (30); otherwise complete",
     [("PO_4500033817.txt", p26_po), ("Sample_release_AB-DR-075.pdf", p26_letter)])

# p27 - Portuguese cosmetics: DOCX PO whose header note and line quantity disagree
case("p27_cosmetics_docx_header40_line50", ["RG011"],
     "Within one PO: header says 40 sample tubes, the table line says 50; production quantity otherwise correctly held",
     [("Encomenda_CA-24-0391.docx", docx_bytes([
         ("h1", "NOTA DE ENCOMENDA / PURCHASE ORDER CA-24-0391"),
         ("p", "Cosméticos Atlântico, Lda. — Rua do Freixo 1071, 4300-219 Porto — NIF 509 876 543"),
         ("p", "Fornecedor / supplier: Tubos Flexibles Ibéricos S.L., Polígono Campollano, 02007 Albacete"),
         ("p", "Encomenda de amostras: 40 bisnagas. Sample order: 40 tubes, creme de mãos 75 ml, ref. CA-HC-75."),
         ("table", [
             ["Linha", "Ref.", "Descrição", "Qtd.", "Preço unit. €", "Total €"],
             ["1", "CA-HC-75", "Bisnaga PE 75 ml, tampa flip-top, impressão offset 5 cores — amostras", "50",
              "0,95", "47,50"],
         ]),
         ("p", "A quantidade de produção (10.000 un., proposta TFI-24-118) não está libertada. / The production "
               "quantity of 10,000 is not released."),
         ("p", "Libertação da produção: só por encomenda revista assinada pela Dra. Inês Carvalho, Diretora de Compras, "
               "após validação das amostras (teste de compatibilidade de 8 semanas)."),
         ("p", "Material: só para as amostras."),
         ("p", "Entrega: DAP Porto, semana 21. Pagamento: 60 dias."),
     ], author="Cosmeticos Atlantico"))])

# p28 - Belgian rail, EDIFACT ORDERS: QTY segment and FTX disagree on the authorized sample lot
p28_text = P("""
UNA:+.? '
UNB+UNOC:3+5412345000019:14+5499999000026:14+240415:1402+000001207'
UNH+1+ORDERS:D:96A:UN'
BGM+220+TIB-24-1207+9'
DTM+137:20240415:102'
DTM+2:20240607:102'
NAD+BY+5412345000019::9++TRAINMOBIEL INTERIORS BRUGGE NV+KOLVESTRAAT 44+BRUGGE++8000+BE'
CTA+PD+:KATRIEN DECLERCQ'
NAD+SU+5499999000026::9++TEXTILES TECHNIQUES DE VERVIERS SA+RUE DE LIMBOURG 90+VERVIERS++4800+BE'
LIN+1++TIB-SC-2C:BP'
IMD+F++:::SEAT COVER 2ND CLASS MOQUETTE SAMPLE LOT'
QTY+21:60:PCE'
PRI+AAA:42.00'
FTX+PUR+++SAMPLE LOT: 50 PCS AUTHORIZED. SERIES QTY 1200 PCS IS NOT RELEASED'
FTX+PUR+++SERIES RELEASE BY WRITTEN RELEASE SIGNED BY KATRIEN DECLERCQ PURCHASING MANAGER'
FTX+PUR+++AFTER SAMPLE SIGN-OFF INCL. FIRE TEST EN 45545-2 R21 HL2. MATERIAL: SAMPLE LOT ONLY'
UNS+S'
MOA+79:2520.00'
CNT+2:1'
UNT+19+1'
UNZ+1+000001207'
""")
case("p28_rail_edi_qty60_ftx50_txt", ["RG011"],
     "EDIFACT ORDERS: QTY+21 gives 60 for the sample lot while FTX says 50 pcs authorized (MOA 2520 = 60 x 42); rest complete",
     [("ORDERS_TIB-24-1207.edi.txt", p28_text)])

# p29 - Portuguese wine equipment, thread: 'approved' for drawing and for PO; PO 20 samples vs '25 samples'
p29_first = P("""
Caro Sr. Ribera,

Segue a nossa PO 24/0321 para 20 portas de visita de cuba (manway DN450, AISI 304,
desenho AMA-PV-450 rev. A) — amostras.

- Só as 20 amostras estão encomendadas agora.
- As 380 restantes da vossa proposta NÃO estão libertadas.
- A produção das 380 só será libertada por escrito, pela Eng.ª Marta Lopes, Diretora de
  Compras, depois da validação das amostras na nossa adega de ensaio.

Cumprimentos,
Marta Lopes
Adegas Mecânicas do Alentejo, S.A. — Évora
""")
p29_supplier = P("""
Buenos días Sra. Lopes,

le adjuntamos el plano AMA-PV-450 rev. B con la bisagra reforzada. ¿Nos lo pueden confirmar
antes de cortar la chapa?

Saludos,
José Ribera — Calderería Ribera S.L., Logroño

El 08/04/2024 a las 11:20, Marta Lopes escribió:
""") + quote_lines(p29_first)
p29_text = P("""
Olá Sr. Ribera,

The drawing AMA-PV-450 rev. B is approved by our engineering for the samples. Also PO 24/0321
for the 20 sample manways was approved by our finance yesterday, so it is final now.

Please make the 25 samples with the reinforced hinge and ship them by 30/05 to Évora.

Obrigada,
Marta
""") + sig_pt("Marta Lopes", "Diretora de Compras", "Adegas Mecânicas do Alentejo, S.A. — Évora", "+351 266 750 410") + P("""
El 10/04/2024 a las 09:02, José Ribera escribió:
""") + quote_lines(p29_supplier) + "\n"
case("p29_wine_thread_approved_twice_20v25_eml", ["RG009", "RG011"],
     "'approved' used for the drawing (technical) and the PO (commercial); PO and first mail say 20 samples, latest mail asks for 25",
     [("RE_PO_24-0321_manways.eml", eml_bytes(mail(
         "Marta Lopes <m.lopes@adegasmecanicas.pt>",
         "José Ribera <jribera@caldereriaribera.es>",
         "RE: RE: PO 24/0321 portas de visita - plano rev. B",
         "Thu, 11 Apr 2024 17:30:00 +0100", p29_text,
         in_reply_to="<cr-240410-0902@caldereriaribera.es>")))])

# p30 - Maltese buyer: call-off PDF (300) with 'firm forecast, treat as confirmed order' + cover mail asking for 350 (multi-file)
p30_calloff = pdf([
    ("h1", "CALL-OFF No. 5 — Framework GMW-FA-23-07"),
    ("p", "Gozo Marine Works Ltd — Mgarr Harbour Road, Ghajnsielem GSM 9016, Gozo, Malta"),
    ("p", "To: Piraeus Stainless Fabrications S.A., 38 Ag. Dimitriou, 185 46 Piraeus — attn. Mr. Yannis Mavros"),
    ("p", "Date: 10/06/2024"),
    ("table", [
        ["Item", "Drawing", "Description", "Released by this call-off", "Deliver by"],
        ["DP-25", "GMW-DP-25 rev 3", "Davit pin Ø25, duplex 2205", "300 pcs", "28/06/2024"],
    ]),
    ("p", "The remaining framework volume is not released. Further quantities only by a further written call-off "
          "signed by Mr. Mark Vella, Procurement Manager. Material authority: this call-off quantity only."),
    ("h", "Outlook Q3–Q4 2024"),
    ("table", [
        ["Quarter", "Davit pins DP-25", "Status"],
        ["Q3 2024", "600", "firm forecast"],
        ["Q4 2024", "600", "firm forecast"],
    ]),
    ("p", "Please treat the Q3–Q4 forecast of 1,200 pcs as a confirmed order for your capacity planning; our "
          "call-offs will follow it."),
    ("p", "Mark Vella — Procurement Manager — +356 2155 6020"),
], title="Call-off 5 GMW-FA-23-07", author="Gozo Marine Works")
p30_mail = mail("Mark Vella <mark.vella@gozomarineworks.com.mt>",
                "Yannis Mavros <y.mavros@piraeus-stainless.gr>",
                "Call-off 5 - davit pins DP-25", "Mon, 10 Jun 2024 12:15:00 +0200",
                P("""
Hi Yannis,

Call-off 5 attached as PDF. Please deliver the 350 davit pins by 28/06 to Mgarr, the
Gozo Channel ferry from Cirkewwa is fine as usual.

Grazzi u sahha,
Mark

Mark Vella
Procurement Manager - Gozo Marine Works Ltd
+356 2155 6020
"""))
case("p30_malta_calloff300_mail350_firm_forecast", ["RG008", "RG011"],
     "Call-off releases 300 but the cover mail asks to deliver 350; the call-off also calls the 1,200 Q3-Q4 forecast 'firm' and a 'confirmed order'",
     [("Call-off_5_GMW-FA-23-07.pdf", p30_calloff), ("Call-off_5_cover_mail.eml", eml_bytes(p30_mail))])

# p31 - French luxury packaging, Teams group chat: purchasing scopes 60 samples, marketing asks supplier for 80
p31_text = P("""
Conversation Teams exportée — « Coffret Héritage Grasse — fournisseur »
Membres : Antoine Mercier (Achats, PGH), Camille Roux (Chef de projet marketing, PGH), Yann Kerbrat (Écrins de l'Odet)

[15/04/2024 09:31] Antoine Mercier: Bonjour Yann, le PO 24-0719 est parti ce matin.
[15/04/2024 09:32] Antoine Mercier: Il couvre 60 coffrets échantillons uniquement. Les 5 940 coffrets de série ne sont pas libérés.
[15/04/2024 09:33] Antoine Mercier: La série sera libérée par écrit, par moi, après la validation des échantillons par le comité produit du 21 mai.
[15/04/2024 09:33] Antoine Mercier: Matière : pour les 60 échantillons seulement.
[15/04/2024 09:50] Yann Kerbrat: Bien reçu Antoine, merci. 60 échantillons, livraison semaine 19.
[17/04/2024 14:12] Camille Roux: Hello @Yann Kerbrat ! Petite demande : pouvez-vous faire 80 échantillons ? On a besoin de 20 de plus pour la convention commerciale de Cannes 🙏
[17/04/2024 14:40] Yann Kerbrat: Aucun souci Camille, on part sur 80 alors 👍
[17/04/2024 14:41] Camille Roux: Top, merci !!
[18/04/2024 08:05] Yann Kerbrat: Fichiers de dorure bien reçus, merci Camille.
""")
case("p31_lux_teams_60_vs_80_txt", ["RG011"],
     "Purchasing's PO and chat authorize 60 samples; the buyer's marketing lead asks the supplier for 80 and the supplier confirms; PO never revised",
     [("Teams_Coffret_Heritage_Grasse.txt", p31_text)])

# p32 - Tarbes aerospace: PO printout (48 pilot parts) + change notice stating pilot lot 60 at new rev (multi-file)
p32_po = P("""
AEROTECH BIGORRE SAS                                  COMMANDE D'ACHAT
Zone Bastillac Sud - 65000 Tarbes                     N° ABT-CA-24-3310
                                                      Date 04/03/2024
Fournisseur : USINAGE DE PRECISION FIGEAC SAS         Acheteuse : C. Lasserre
              ZI de l'Aiguille - 46100 Figeac
-----------------------------------------------------------------------------------
Pos  Réf.           Désignation                        Qté   PU EUR     Total EUR
-----------------------------------------------------------------------------------
010  ABT-3310-F     Ferrure d'attache, 7050-T7451,      48    186,00     8 928,00
                    plan ABT-3310 ind. F - LOT PILOTE
-----------------------------------------------------------------------------------
Texte :
  Lot pilote de 48 pièces uniquement. Les 452 pièces de série de votre offre
  UPF-24-017 (500 au total) ne sont pas libérées. Libération de la série : après
  acceptation du FAI AS9102 sur le lot pilote ET libération écrite signée par
  Mme Christine Lasserre, Responsable Achats. Matière : lot pilote uniquement.
Paiement : 60 jours fin de mois. Livraison : DAP Tarbes.
-----------------------------------------------------------------------------------
""")
p32_cn = pdf([
    ("h1", "CHANGE NOTICE CN-24-031"),
    ("p", "Aerotech Bigorre SAS — Engineering — 18/04/2024"),
    ("p", "Part: attachment fitting ABT-3310. Supplier: Usinage de Précision Figeac SAS."),
    ("table", [
        ["Field", "Old", "New"],
        ["Drawing index", "F", "G"],
        ["Bore Ø12 H7", "depth 18 mm", "depth 22 mm"],
        ["Pilot lot quantity", "—", "60 pcs at index G"],
    ]),
    ("p", "Please machine the pilot lot of 60 pcs at index G. Parts already machined at index F are to be quarantined."),
    ("p", "Series: unchanged, not released."),
    ("p", "Issued by: Thomas Carrère, Design Office."),
], title="CN-24-031", author="Aerotech Bigorre")
case("p32_aero_po48_change_notice60", ["RG011"],
     "PO authorizes a 48-piece pilot lot; the change notice for the same order says machine the pilot lot of 60 pcs; PO not revised",
     [("ABT-CA-24-3310.txt", p32_po), ("CN-24-031.pdf", p32_cn)])

# p33 - Spanish cosmetics buyer: yearly forecast presented as a firm commitment (multipart/alternative)
p33_text = P("""
Hola Jordi,

Como cada año, te adjunto nuestra previsión 2025 para el tubo 50 ml LCM-T50 (crema solar
SPF 50):

  Q1: 20.000   Q2: 45.000   Q3: 40.000   Q4: 15.000   -> total 120.000 tubos

Esta vez no es solo orientativa: tomadla como un compromiso firme por nuestra parte. Podéis
contar con estos 120.000 tubos y reservar la capacidad de la línea 2 para nosotros; los
pedidos irán saliendo mes a mes.

Un abrazo y gracias por todo el apoyo en la campaña de este verano,
""") + sig_es("Núria Puig", "Responsable de Compras Packaging",
              "Laboratorios Cosmética Mediterránea S.A. — Sant Cugat del Vallès", "+34 935 89 41 20")
p33_html = ("<p>Hola Jordi,</p><p>Como cada año, te adjunto nuestra previsión 2025 para el tubo 50 ml LCM-T50 "
            "(crema solar SPF 50):</p><table><tr><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Total</th></tr>"
            "<tr><td>20.000</td><td>45.000</td><td>40.000</td><td>15.000</td><td>120.000</td></tr></table>"
            "<p>Esta vez no es solo orientativa: <b>tomadla como un compromiso firme por nuestra parte</b>. Podéis "
            "contar con estos 120.000 tubos y reservar la capacidad de la línea 2 para nosotros; los pedidos irán "
            "saliendo mes a mes.</p><p>Un abrazo y gracias por todo el apoyo en la campaña de este verano,<br>"
            "Núria Puig<br>Responsable de Compras Packaging<br>Laboratorios Cosmética Mediterránea S.A.</p>")
case("p33_cosmetics_forecast_firm_commitment_eml", ["RG008"],
     "Buyer sends the 2025 forecast (120.000) and says to take it as a firm commitment, count on the volumes; forecast written as a commitment",
     [("Prevision_2025_LCM-T50.eml", eml_bytes(mail(
         "Núria Puig <npuig@lcmediterranea.es>",
         "Jordi Vila <jvila@envasesvalles.com>",
         "Previsión 2025 tubo LCM-T50",
         "Fri, 08 Nov 2024 12:40:00 +0100", p33_text, html=p33_html)))])

# p34 - French cosmetics, Sage X3 printout: forecast quantities printed as a firm purchase order
p34_text = P("""
COSMETIQUES VALLEE DE LA DROME SARL                 BON DE COMMANDE FOURNISSEUR
Quartier Les Blaches - 26400 Crest                  Site : CRE   Commande : POCRE0240561
                                                    Date : 22/05/24
                                                    Acheteur : FAURE Odile
Fournisseur : F00107  TUBES ALU SAVOIE SAS
              145 rue des Usines, 73400 Ugine
-----------------------------------------------------------------------------------------
Lig  Article        Désignation                    Qté cde  UC  Date besoin  Type ligne
-----------------------------------------------------------------------------------------
1000 CVD-TA-30      Tube alu 30 ml verveine          20 000  UN  30/09/24     PRÉVISION
2000 CVD-TA-30      Tube alu 30 ml verveine          20 000  UN  31/12/24     PRÉVISION
3000 CVD-TA-30      Tube alu 30 ml verveine          20 000  UN  31/03/25     PRÉVISION
-----------------------------------------------------------------------------------------
                                                   Total qté           60 000
Commentaire :
  Les prévisions ci-dessus valent commande ferme. Merci de confirmer les dates
  et d'organiser votre production en conséquence.
Conditions : 45 jours fin de mois - Franco à partir de 400 EUR HT
-----------------------------------------------------------------------------------------
""")
case("p34_cosmetics_sage_forecast_lines_firm_txt", ["RG008"],
     "Sage X3 purchase order whose lines are typed PRÉVISION but the comment says the forecasts are worth a firm order; forecast written as an order",
     [("POCRE0240561.txt", p34_text)])

# p35 - Italian lab-glassware supplier confirms a labelled forecast as an order (mail + DOCX confirmation)
p35_buyer = P("""
Estimado Sr. Benetti,

Le enviamos nuestra previsión 2024-25 para las columnas de cromatografía LEA-CC-300
(previsión, no es un pedido): 4.800 columnas en 4 lotes trimestrales de 1.200.

Los pedidos se emitirán trimestre a trimestre.

Saludos,
Elena Sanz
Laboratorios Ebro Analítica, Zaragoza
""")
p35_doc = docx_bytes([
    ("h1", "CONFERMA D'ORDINE / ORDER CONFIRMATION N. 24/1187"),
    ("p", "Vetrotecnica Padova S.r.l. — Via Venezia 120, 35129 Padova"),
    ("p", "Cliente: Laboratorios Ebro Analítica S.L., Zaragoza — Rif. cliente: previsione 2024-25 del 03/06/2024"),
    ("table", [
        ["Lotto", "Articolo", "Quantità", "Prezzo unit. €", "Settimana produzione"],
        ["1", "Colonna LEA-CC-300, vetro borosilicato 3.3", "1.200", "38,50", "30"],
        ["2", "Colonna LEA-CC-300", "1.200", "38,50", "42"],
        ["3", "Colonna LEA-CC-300", "1.200", "38,50", "04/2025"],
        ["4", "Colonna LEA-CC-300", "1.200", "38,50", "16/2025"],
    ]),
    ("p", "Totale confermato: 4.800 colonne. Condizioni: 60 gg d.f.f.m., resa FCA Padova."),
    ("p", "Ufficio Commerciale — Davide Benetti"),
], author="Vetrotecnica Padova")
p35_text = P("""
Gentile Sig.ra Sanz,

grazie per la Vostra previsione. In allegato la nostra conferma d'ordine 24/1187: we confirm
your order for 4.800 chromatography columns LEA-CC-300 as per your forecast 2024-25, and we
have scheduled the first production lot of 1.200 in week 30.

Cordiali saluti,
""") + sig_it("Davide Benetti", "Ufficio Commerciale", "Vetrotecnica Padova S.r.l.", "+39 049 807 33 10") + P("""
Il 03/06/2024 11:15, Elena Sanz ha scritto:
""") + quote_lines(p35_buyer) + "\n"
case("p35_lab_supplier_confirms_forecast_eml", ["RG008"],
     "Buyer's forecast is labelled 'not an order'; supplier confirms it as an order of 4.800 and schedules production (mail + DOCX confirmation)",
     [("Conferma_ordine_24-1187.eml", eml_bytes(mail(
         "Davide Benetti <d.benetti@vetrotecnicapadova.it>",
         "Elena Sanz <esanz@ebroanalitica.es>",
         "R: Previsión 2024-25 columnas LEA-CC-300 - conferma d'ordine 24/1187",
         "Wed, 05 Jun 2024 09:45:00 +0200", p35_text,
         in_reply_to="<lea-240603-1115@ebroanalitica.es>",
         attachments=[("Conferma_ordine_24-1187.docx", p35_doc, DOCX_MT)])))])

# p36 - Greek olive-oil presses: framework DOCX commits the buyer to an 'estimated' forecast volume
case("p36_olive_framework_commits_estimate_docx", ["RG008"],
     "Framework lists 1,200 blades as an estimated annual volume (forecast) and then commits the buyer to take and pay for it",
     [("Framework_COP-FW-2024.docx", docx_bytes([
         ("h1", "FRAMEWORK SUPPLY AGREEMENT COP-FW-2024"),
         ("p", "Between Cretan Olive Presses S.A., Industrial Area of Heraklion, 714 08 Heraklion (the Buyer), and "
               "Macedonian Steel Works S.A., 1st km Sindos–Kalochori, 570 22 Sindos (the Supplier)."),
         ("h", "Article 2 — Products and estimated volumes"),
         ("table", [
             ["Product", "Drawing", "Estimated annual volume (forecast)", "Price EUR/pc"],
             ["Malaxer blade MB-900, AISI 304", "COP-MB-900 rev 2", "1,200", "64.00"],
             ["Paste pump rotor PR-40", "COP-PR-40 rev 5", "150", "310.00"],
         ]),
         ("h", "Article 3 — Commitment"),
         ("p", "3.1 The Buyer hereby commits to take and pay for the estimated annual volume of 1,200 malaxer blades "
               "in each contract year, whatever the actual call-offs."),
         ("h", "Article 4 — Call-offs"),
         ("p", "4.1 Production is authorized only by written call-offs signed by Ms. Maria Papadopoulou, Procurement "
               "Director. Quantities not called off are not released for production."),
         ("p", "4.2 Unless a call-off states otherwise, material may be bought only for the called-off quantity."),
         ("h", "Article 5 — Term"),
         ("p", "1 July 2024 – 30 June 2026. Greek law. Courts of Heraklion."),
         ("table", [["For the Buyer", "For the Supplier"],
                    ["Maria Papadopoulou, Procurement Director", "Alexandros Doukas, CEO"]]),
     ], author="Cretan Olive Presses"))])

# p37 - Spanish elevator buyer: 'PO released in SAP' next to 'production release' of the balance
p37_text = P("""
Buenos días Sr. Urrutia,

Le informo de que el pedido 4500077120 ya ha sido liberado en SAP (estrategia de liberación
completada por Finanzas el 15/04). / PO 4500077120 has been released in SAP.

Please note the scope of this PO:
- it covers 15 sample counterweight brackets AM-CW-210 (plano rev. C) only;
- the production release of the remaining 985 pcs will follow only after the sample sign-off
  by our engineering and a written release from D. Álvaro Ruiz, Director de Compras;
- until then the 985 pcs are not released, and material is for the 15 samples only.

Plazo de muestras: 4 semanas. Certificado 3.1 y informe dimensional con las muestras.

Un saludo,
""") + sig_es("Beatriz Santos", "Compradora", "Ascensores Meseta S.A. — Madrid", "+34 915 47 82 30")
case("p37_elevator_po_released_in_sap_eml", ["RG009"],
     "'released' used for the SAP release strategy (commercial) and for the production release of the 985; scope otherwise complete",
     [("Pedido_4500077120_liberado.eml", eml_bytes(mail(
         "Beatriz Santos <bsantos@ascensoresmeseta.es>",
         "Iker Urrutia <iurrutia@fundicionesnervion.es>",
         "Pedido 4500077120 liberado - muestras AM-CW-210",
         "Tue, 16 Apr 2024 09:12:00 +0200", p37_text)))])

# p38 - Italian espresso: 'approvati' for samples, for the PO, and 'approval of production'
p38_text = P("""
Buongiorno Sig. Gatti,

aggiornamento sul gruppo erogatore ED-GE-61:

- i 20 campioni sono stati approvati dal nostro controllo qualità (dimensionale + prova a
  pressione 16 bar, rapporto CQ-24-118 allegato al portale);
- anche l'ordine per i 20 campioni è stato approvato dalla direzione ieri sera;
- per i 1.480 pezzi di serie aspettiamo ora l'approvazione della produzione da parte
  dell'Ing. Mauro De Carli, Direttore Operativo. Finché non arriva la sua approvazione
  scritta, la serie non è rilasciata: non c'è niente da avviare.

Vi ringrazio per la qualità dei campioni.

Cordiali saluti,
""") + sig_it("Chiara Dal Farra", "Buyer", "Espresso Dolomiti S.r.l. — Belluno", "+39 0437 93 12 00")
case("p38_espresso_approvati_three_ways_eml", ["RG009"],
     "'approved' used for the sample result (technical), the PO (commercial) and the production approval of the 1.480; scope otherwise complete",
     [("Aggiornamento_ED-GE-61.eml", eml_bytes(mail(
         "Chiara Dal Farra <c.dalfarra@espressodolomiti.it>",
         "Renato Gatti <r.gatti@stampaggivaltrompia.it>",
         "Gruppo erogatore ED-GE-61 - esito campioni",
         "Thu, 23 May 2024 08:50:00 +0200", p38_text)))])

# p39 - Swiss lab glassware change notice PDF: 'released' for drawing, PO and production
case("p39_lab_change_notice_released_x3_pdf", ["RG009"],
     "'released' used for the drawing (engineering), the PO (finance) and production; scope otherwise complete (12 prototypes, 288 on hold, named signer)",
     [("Avis_modification_CN-0441.pdf", pdf([
         ("h1", "AVIS DE MODIFICATION / CHANGE NOTICE CN-0441"),
         ("p", "Chromatec Neuchâtel SA — Rue de la Maladière 71, 2000 Neuchâtel — Achats & Ingénierie"),
         ("p", "Fournisseur : Soufflerie de Verre Morges Sàrl, Chemin du Bief 4, 1110 Morges"),
         ("table", [
             ["Objet", "Statut", "Date"],
             ["Plan CN-0441 rév. C (réacteur 2 L, col SVL 42)", "Released (engineering release)", "12.04.2024"],
             ["Commande 24-0441", "Released by Finance", "15.04.2024"],
             ["Production — prototypes", "12 réacteurs autorisés", "15.04.2024"],
             ["Production — série", "NOT released (288 réacteurs en attente)", "—"],
         ]),
         ("sp",),
         ("p", "Les 12 réacteurs prototypes sont la seule quantité autorisée. La série de 288 réacteurs reste en "
               "attente jusqu'à la validation des prototypes par notre laboratoire et une libération de production "
               "écrite signée par Dr. Sandrine Vuilleumier, Head of Procurement."),
         ("p", "Modification rév. B -> rév. C : col SVL 42 au lieu de NS 45/40, épaisseur de paroi 3,2 mm."),
         ("p", "Matière : tube pour les 12 prototypes uniquement."),
     ], title="CN-0441", author="Chromatec Neuchatel"))])

# p40 - Greek supplier: 'your PO was released by your finance and the deposit arrived: for us this is the production release'
p40_po = P("""
Dear Mr. Vlachos,

Please find our PO CNA-24-0614 for the winch drums WD-58 (drawing rev 2):
- 10 pilot drums only are ordered now;
- the 390 series drums are not released;
- they will be released by a written release signed by me, Ing. Roberta Conti, after the
  pilot drums pass our load test (1.5 x SWL);
- material: for the 10 pilot drums only.

Per your conditions we will pay a 40% deposit on the PO value.

Best regards,
Roberta Conti
Cantiere Navale Adriatico S.p.A., Ancona
""")
p40_text = P("""
Dear Ms. Conti,

Thank you. Your PO was released by your finance department yesterday and the 40% deposit
arrived today — for us this is the production release, so we start the series on Monday
6 May to be on the safe side with your launch date.

The 10 pilot drums will be the first off the line.

Kind regards,

Vangelis Vlachos
Commercial Manager
Syros Marine Metal S.A. — Ermoupoli Shipyard Zone, 841 00 Syros
+30 22810 83 550

On 29/04/2024 10:40, Roberta Conti wrote:
""") + quote_lines(p40_po) + "\n"
case("p40_boat_supplier_deposit_is_release_eml", ["RG009", "RG012"],
     "Supplier uses 'released' for the PO (finance) and for production, and treats PO plus deposit as the production release, starting the series",
     [("RE_PO_CNA-24-0614_winch_drums.eml", eml_bytes(mail(
         "Vangelis Vlachos <v.vlachos@syrosmarinemetal.gr>",
         "Roberta Conti <r.conti@cantierenavaleadriatico.it>",
         "RE: PO CNA-24-0614 winch drums WD-58",
         "Thu, 02 May 2024 16:20:00 +0300", p40_text,
         in_reply_to="<cna-240429-1040@cantierenavaleadriatico.it>")))])

# p41 - Maltese packaging printer: accepted PO read as go-ahead for the full quoted quantity
p41_po = P("""
Buongiorno Mr. Spiteri,

please find our PO DA-24-0233 for the limoncello gift boxes (ref. DA-GB-50, kraft 400 g,
hot-foil lemon yellow):
- 25 sample boxes only are ordered now;
- the 4,975 production boxes of your quote MPP-Q-0412 are not released;
- they will be released only by a written release signed by Dott. Carmine Amato, after our
  marketing has signed off the samples;
- material: board for the 25 samples only.

Cordiali saluti,
Carmine Amato
Responsabile Acquisti - Distilleria Amalfitana S.r.l.
""")
p41_text = P("""
Bongu Carmine,

PO DA-24-0233 received and accepted on our side, thank you.

Under our standard terms of sale (clause 4.2), an accepted PO is the go-ahead for the full
quoted quantity, so we have booked press time on the Heidelberg for the 4,975 boxes starting
10 June. The 25 samples will be printed first, in the same run set-up.

Nirringrazzjak and best regards,

Kevin Spiteri
Account Manager
Malta Print & Pack Ltd - Mosta Technopark, MST 3000, Malta
+356 2143 9900

On 21/05/2024 11:03, Carmine Amato wrote:
""") + quote_lines(p41_po) + "\n"
case("p41_malta_accepted_po_is_go_ahead_eml", ["RG012"],
     "Buyer's complete sample scope quoted; supplier says an accepted PO is the go-ahead for the full quoted 4,975 and books the press",
     [("RE_PO_DA-24-0233_gift_boxes.eml", eml_bytes(mail(
         "Kevin Spiteri <kevin.spiteri@maltaprintpack.com.mt>",
         "Carmine Amato <c.amato@distilleria-amalfitana.it>",
         "RE: PO DA-24-0233 limoncello gift boxes",
         "Wed, 22 May 2024 10:30:00 +0200", p41_text,
         in_reply_to="<da-240521-1103@distilleria-amalfitana.it>")))])

# p42 - Greek elevator buyer, Viber: 'advance paid, don't wait, you can start the series'
p42_text = P("""
Viber — "Attica Elevators / Kordas"
[03/06/2024 09:40] Dimitra Kalogirou: Καλημέρα κ. Κορδά. PO 24-318 sent: 20 sample door-lock brackets AE-DLB-7 only.
[03/06/2024 09:41] Dimitra Kalogirou: Τα υπόλοιπα 980 δεν είναι εγκεκριμένα για παραγωγή — the other 980 are NOT released until FAI sign-off and a written release from Mr. Petros Lambrou, our Procurement Director.
[03/06/2024 09:42] Dimitra Kalogirou: Material only for the 20, please.
[03/06/2024 10:15] Christos Kordas: Καλημέρα. Clear, 20 samples. Advance 30% as usual?
[03/06/2024 10:17] Dimitra Kalogirou: Yes, accounting will pay this week.
[06/06/2024 15:02] Dimitra Kalogirou: Η προκαταβολή πληρώθηκε 👍 The advance is paid, so please don't wait — you can start the series.
[06/06/2024 15:10] Christos Kordas: Ok, thank you!
""")
case("p42_elevator_viber_advance_start_series_txt", ["RG012"],
     "Scope complete in chat (20 samples, 980 not released, FAI + written release by named director); later the buyer says the advance is paid so start the series",
     [("Viber_Attica_Elevators_Kordas.txt", p42_text)])

# p43 - Greek olive-oil equipment: 'make the sample lot per your quote' - hold, event, person, but no quantity
p43_text = P("""
Dear Mr. Bartoli,

Thank you for the quick quotation. Please make the sample lot of pump rotors PR-80
(duplex 1.4462, drawing POT-PR-80 rev 4) per your quote 24-118, delivery to Kalamata by
the end of June.

The series quantity is not released. It stays on hold until our sample sign-off (500 h
endurance test with olive paste at 28 °C) and a written release signed by Elena Pappa,
Procurement Lead. Material authority: the sample lot only.

Best regards,
""") + sig("Elena Pappa", "Procurement Lead", "Peloponnese Olive Technologies S.A. — Kalamata", "+30 27210 45 900")
case("p43_olive_sample_lot_per_quote_no_qty_eml", ["RG010"],
     "Authorization of 'the sample lot per your quote 24-118' never states how many; hold, unlock event and named signer present",
     [("Sample_lot_PR-80.eml", eml_bytes(mail(
         "Elena Pappa <e.pappa@potech.gr>",
         "Andrea Bartoli <a.bartoli@fonderiavaldarno.it>",
         "Sample lot pump rotors PR-80 - your quote 24-118",
         "Mon, 27 May 2024 11:55:00 +0300", p43_text)))])

# p44 - Portuguese WhatsApp: 'pode avançar com as amostras' - no quantity, no hold, no event, no person
p44_text = P("""
[02/05/24, 18:22:05] Sr. Pedro Alves (Metalomecânica Alves): Boa tarde Eng. Sousa, the drawing of the bottling star wheel was updated, rev. C
[02/05/24, 18:22:31] Sr. Pedro Alves (Metalomecânica Alves): <anexo: EB-SW-24_revC.pdf>
[02/05/24, 19:05:47] Eng. Rui Sousa (Enomáquinas Bairrada): Boa tarde Sr. Pedro! Vi o desenho, está ótimo
[02/05/24, 19:06:12] Eng. Rui Sousa (Enomáquinas Bairrada): Pode avançar com as amostras, conforme combinado 👍 go ahead with the samples
[02/05/24, 19:06:40] Eng. Rui Sousa (Enomáquinas Bairrada): A PO segue amanhã por email
[02/05/24, 19:10:03] Sr. Pedro Alves (Metalomecânica Alves): Obrigado! Amostras prontas em 2 semanas
[03/05/24, 08:45:19] Sr. Pedro Alves (Metalomecânica Alves): POM-C preto ou natural?
[03/05/24, 09:02:51] Eng. Rui Sousa (Enomáquinas Bairrada): Natural, como na rev. B
""")
case("p44_wine_whatsapp_avancar_amostras_txt", ["RG003", "RG004", "RG005", "RG010"],
     "Buyer authorizes 'go ahead with the samples' (scoped to samples) but never states how many; nothing about the balance, its unlock event or a release person",
     [("WhatsApp_Chat_Pedro_Alves.txt", p44_text)])

# p45 - Swiss lab glassware: lump-sum prototype PO (CHF amount, no quantity), series 'on hold until further notice'
case("p45_lab_lump_sum_prototypes_pdf", ["RG004", "RG010"],
     "Prototype phase ordered as a CHF 4'800 lump sum without a quantity; series on hold 'until further notice' with a named decision-maker but no unlock event",
     [("Commande_SAS-24-0318.pdf", pdf([
         ("h1", "COMMANDE SAS-24-0318"),
         ("p", "Sion Analytical SA — Rue de l'Industrie 45, 1950 Sion — Achats R&D"),
         ("p", "Fournisseur : Atelier de Verre Soufflé Lavaux Sàrl, Route de la Corniche 12, 1098 Epesses"),
         ("p", "Date : 06.05.2024 — Votre offre AVL-24-022 du 29.04.2024"),
         ("table", [
             ["Pos.", "Désignation", "Montant CHF"],
             ["1", "Phase prototypes — cellule de distillation SAS-DC-12, selon votre offre, forfait", "4'800.00"],
             ["2", "Outillage (moules graphite)", "1'250.00"],
         ]),
         ("p", "La série reste en attente jusqu'à nouvel avis. The series stays on hold until further notice."),
         ("p", "Toute décision concernant la série appartient au Dr. Nicolas Favre, Head of R&D Procurement."),
         ("p", "Délai prototypes : 5 semaines. Livraison DAP Sion. Paiement 30 jours net."),
         ("p", "Nicolas Favre — n.favre@sion-analytical.ch — +41 27 322 40 11"),
     ], title="Commande SAS-24-0318", author="Sion Analytical"))])

# p46 - Québec ski: hold notice without quantity and with only a team as release owner
p46_text = P("""
Bonjour Luc,

Suite à notre appel de ce matin : vous pouvez faire les carres échantillons pour les skis de
test, tel que discuté (acier 1.1274, trempé 48 HRC, profil CB-22).

La production est en attente : the production quantity is not released. Elle sera libérée par
un PO révisé une fois nos tests sur neige au Mont-Sainte-Anne complétés et signés par
l'équipe R&D.

Merci et bonne journée,

Sébastien Pelletier
Approvisionnement
Planches Boréales inc. — 2400 boul. Laurier, Québec QC G1V 2L1
581 555-0133
""")
case("p46_ski_hold_no_qty_team_only_eml", ["RG005", "RG010"],
     "Sample authorization without any quantity; production held until revised PO after snow tests signed by 'l'équipe R&D' (a team, not a named person)",
     [("Carres_echantillons_CB-22.eml", eml_bytes(mail(
         "Sébastien Pelletier <spelletier@planchesboreales.ca>",
         "Luc Gagné <lgagne@carresacier.ca>",
         "Carres échantillons CB-22 - skis de test",
         "Thu, 11 Jul 2024 13:20:00 -0400", p46_text)))])


# =================================================================== build
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def _stem(fn):
    stem = Path(fn).name.split(".")[0]
    return re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_")


def _formats_in(fn, data):
    """Formats a file contributes: its own extension plus, for EML, its attachments."""
    ext = Path(fn).suffix.lower().lstrip(".")
    found = {"htm": "html"}.get(ext, ext)
    out = {found.upper()}
    extra = {"alternative": 0, "pdf": 0, "docx": 0, "txt": 0, "html": 0, "rfc822": 0, "quoted": 0}
    if ext == "eml":
        from email import message_from_bytes
        msg = message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            ct = part.get_content_type()
            if ct == "multipart/alternative":
                extra["alternative"] += 1
            if ct == "message/rfc822":
                extra["rfc822"] += 1
            fname = part.get_filename()
            if fname:
                e = Path(fname).suffix.lower().lstrip(".")
                out.add(e.upper())
                if e in extra:
                    extra[e] += 1
        body = msg.get_body(preferencelist=("plain",))
        if body is not None and re.search(r"^> ", body.get_content(), re.M):
            extra["quoted"] += 1
    return out, extra


def main():
    assert len(CASES) == 70, len(CASES)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = CASES[:]
    random.Random(2222).shuffle(order)
    labels = {}
    per_rule = {r: 0 for r in RULES}
    top_files = {}
    cases_with = {}
    eml_extra = {}
    multi = 0
    for i, c in enumerate(order, 1):
        folder = f"h22_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        if len(c["files"]) > 1:
            multi += 1
        fmts_case = set()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
            ext = Path(fn).suffix.lower().lstrip(".").upper()
            top_files[ext] = top_files.get(ext, 0) + 1
            f, extra = _formats_in(fn, data)
            fmts_case |= f
            for k, v in extra.items():
                eml_extra[k] = eml_extra.get(k, 0) + v
        for f in fmts_case:
            cases_with[f] = cases_with.get(f, 0) + 1
        for r in c["expect"]:
            assert r in per_rule, r
            per_rule[r] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    multi_rule = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  multi-rule {multi_rule}  "
          f"multi-file folders {multi}")
    for r in RULES:
        print(f"  {r} {per_rule[r]}")
    print("top-level files:", dict(sorted(top_files.items())))
    print("cases containing format:", dict(sorted(cases_with.items())))
    print("inside EML:", eml_extra)


if __name__ == "__main__":
    main()
