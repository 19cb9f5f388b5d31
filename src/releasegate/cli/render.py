"""How the CLI shows events, status and the log."""

from __future__ import annotations

import json
from typing import Any

from releasegate.domain import events as ev
from releasegate.domain.orders import OrderState
from releasegate.services.status import status_data


def describe(order: str, event: ev.Event) -> str:
    """One line a user reads after a command: what the register recorded."""
    match event:
        case ev.OrderCreated():
            return (
                f"order {event.order} created: part {event.part}"
                + (f" rev {event.rev}" if event.rev else "")
                + f", sample {event.sample_qty}, production {event.production_qty} "
                f"({event.basis}), {event.buyer} buys from {event.supplier}"
            )
        case ev.POIssued():
            return (
                f"PO {event.po} rev 0 issued on {order}: sample {event.sample_qty}, "
                f"production {event.production_qty} (commercial cover, not a release)"
            )
        case ev.PORevised():
            return (
                f"PO {event.po} revised to rev {event.revision}: sample {event.sample_qty}, "
                f"production {event.production_qty}"
            )
        case ev.TermsStated():
            return (
                f"terms: unlock {event.unlock_event}"
                + (f" by {event.authority}" if event.authority else "")
                + f", material {event.material_mode}"
                + (f" {event.material_qty}" if event.material_mode == "staged" else "")
                + (f", auto-conversion {event.auto_convert}" if event.auto_convert else "")
                + (", second approver required" if event.second_approver else "")
            )
        case ev.POAcknowledged():
            return f"PO {event.po} rev {event.revision} acknowledged by the supplier as written"
        case ev.SampleSignedOff():
            limits = []
            if event.qty_limit is not None:
                limits.append(f"up to {event.qty_limit}")
            if event.until is not None:
                limits.append(f"until {event.until}")
            extra = f" ({', '.join(limits)})" if limits else ""
            return f"samples {event.disposition}{extra}, round {event.round}"
        case ev.SampleRoundOpened():
            return f"sample round {event.round} opened"
        case ev.ReleaseProposed():
            return (
                f"release {event.release} of {event.qty} proposed by {event.proposed_by}; "
                f"awaits a second approver: releasegate release {order} --approve {event.release}"
            )
        case ev.QuantityReleased():
            how = "waived " + event.event if event.waived else event.event
            return (
                f"released {event.release}: {event.qty} ({event.kind}, {how}) by "
                f"{' and '.join(event.authorized_by)}"
                + (f", PO {event.po} rev {event.po_revision}" if event.po else "")
            )
        case ev.OrderStopped():
            return f"order {order} stopped: {event.reason}"
        case ev.OrderResumed():
            return f"order {order} resumed"
        case ev.MaterialBought():
            return f"material bought for {event.qty}"
        case ev.ProductionRecorded():
            return f"produced {event.qty}"
        case ev.ShipmentRecorded():
            return f"shipped {event.qty}"
    return event.type


def status_text(state: OrderState) -> str:
    d = status_data(state)
    part = f"{d['part']}" + (f" rev {d['rev']}" if d["rev"] else "")
    lines = [
        f"{d['order']}  part {part}  {d['buyer']} -> {d['supplier']}",
        f"  quote        sample {d['sample_qty']}, production {d['production_qty']} "
        f"({d['basis']})"
        + (f", ref {d['quote']}" if d["quote"] else "")
        + (
            f", unit prices {d['sample_price'] or '-'} / {d['production_price'] or '-'} "
            f"{d['currency']}"
            if d["currency"]
            else ""
        ),
    ]
    for p in d["pos"]:
        ack = (
            f"acknowledged rev {p['acknowledged_revision']}"
            if p["acknowledged_revision"] is not None
            else "not acknowledged"
        )
        lines.append(
            f"  PO {p['number']} rev {p['revision']}  sample {p['sample']}, "
            f"production {p['production']}  ({ack})"
        )
    lines.append(
        f"  terms        unlock {d['unlock_event']}"
        + (f" by {d['release_authority']}" if d["release_authority"] else "")
        + f"; material {d['material_mode']}"
        + (f" {d['material_staged']}" if d["material_mode"] == "staged" else "")
        + (f"; auto-conversion {d['auto_convert']}" if d["auto_convert"] else "")
        + ("; second approver" if d["second_approver"] else "")
    )
    lines += [
        f"  covered {d['covered']}  released {d['released']}  produced {d['produced']}  "
        f"shipped {d['shipped']}",
        f"  material     authorized {d['material_authorized']}, bought {d['material_bought']}",
        f"  on hold {d['on_hold']}  may start {d['may_start']}  sign-off {d['signoff'] or 'none'}"
        + (f"  STOPPED: {d['stop_reason']}" if d["stopped"] else ""),
    ]
    for r in d["releases"]:
        lines.append(
            f"  {r['number']}  {r['qty']} {r['kind']} ({'waived ' if r['waived'] else ''}"
            f"{r['event']}) by {' and '.join(r['authorized_by'])}"
        )
    for p in d["pending"]:
        lines.append(
            f"  {p['number']}  {p['qty']} awaiting a second approver (by {p['proposed_by']})"
        )
    return "\n".join(lines)


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)
