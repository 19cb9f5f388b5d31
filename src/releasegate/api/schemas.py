"""Request and response bodies of the REST API (separate models for what comes in and out)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from releasegate.domain.vocabulary import Basis, Disposition, MaterialMode, Role, UnlockEvent

Qty = Field(ge=1, le=1_000_000_000, description="Units, a positive whole number.")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorDetail(BaseModel):
    rule: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class LoginIn(Strict):
    member: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


class SessionOut(BaseModel):
    token: str
    expires_at: str
    member: str
    party: str
    roles: list[str]


class MeOut(BaseModel):
    name: str
    party: str
    roles: list[str]
    token_id: str | None


class TokenIn(Strict):
    label: str = Field(min_length=1, max_length=200, description="What uses it, e.g. print-queue.")
    roles: list[Role] = Field(min_length=1)
    days: int = Field(default=90, ge=1, le=3650)


class TokenOut(BaseModel):
    id: str
    party: str
    roles: list[str]
    label: str
    created_by: str
    created_at: str
    expires_at: str
    revoked_at: str | None


class NewTokenOut(TokenOut):
    token: str = Field(description="The secret: shown once, stored only as its hash.")


class OrderIn(Strict):
    buyer: str = Field(min_length=1, max_length=200)
    supplier: str = Field(min_length=1, max_length=200)
    part: str = Field(min_length=1, max_length=200)
    rev: str = Field(default="", max_length=50)
    sample_qty: int = Field(ge=0, le=1_000_000_000)
    production_qty: int = Field(ge=0, le=1_000_000_000)
    basis: Basis
    quote: str | None = Field(default=None, max_length=200)
    id: str | None = Field(default=None, min_length=1, max_length=100)


class TermsIn(Strict):
    unlock: UnlockEvent | None = None
    authority: str | None = Field(default=None, max_length=200)
    material: MaterialMode | None = None
    material_qty: int | None = Field(default=None, ge=1, le=1_000_000_000)
    auto_convert: int | None = Field(default=None, ge=0, le=1_000_000_000)
    second_approver: bool | None = None


class POIn(TermsIn):
    number: str = Field(min_length=1, max_length=100)
    sample: int = Field(default=0, ge=0, le=1_000_000_000)
    production: int = Field(default=0, ge=0, le=1_000_000_000)


class RevisionIn(TermsIn):
    sample: int | None = Field(default=None, ge=0, le=1_000_000_000)
    production: int | None = Field(default=None, ge=0, le=1_000_000_000)


class SignoffIn(Strict):
    disposition: Disposition
    qty: int | None = Field(default=None, ge=1, le=1_000_000_000)
    until: str | None = Field(default=None, max_length=10, description="YYYY-MM-DD")
    note: str | None = Field(default=None, max_length=2000)


class ReleaseIn(Strict):
    qty: int = Qty
    event: UnlockEvent
    ref: str | None = Field(default=None, max_length=500)
    waive_reason: str | None = Field(
        default=None, max_length=2000, description="Set to waive the unlock event, with why."
    )


class StopIn(Strict):
    reason: str = Field(min_length=1, max_length=2000)


class QtyIn(Strict):
    qty: int = Qty


class EventOut(BaseModel):
    type: str
    data: dict[str, Any]


class OutcomeOut(BaseModel):
    """What a write recorded. An idempotent retry returns the same body again."""

    order: str
    events: list[EventOut]


class GateOut(BaseModel):
    allowed: bool
    rule: str | None
    reason: str
    documents: list[str]


class DiagnosisOut(BaseModel):
    case: str
    why: str
    next: str


class LoggedEventOut(BaseModel):
    seq: int
    type: str
    at: str
    by: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


class VerifyOut(BaseModel):
    ok: bool
    orders: int
    events: int
    problems: list[str]


class OrderSummaryOut(BaseModel):
    order: str
    part: str
    buyer: str
    supplier: str


class WordingOut(BaseModel):
    doc: str
    format: str
    text: str


class WebhookIn(Strict):
    url: str = Field(min_length=8, max_length=2000, pattern="^https?://")
    secret: str | None = Field(default=None, min_length=16, max_length=200)


class WebhookOut(BaseModel):
    id: str
    party: str
    url: str
    created_at: str


class NewWebhookOut(WebhookOut):
    secret: str = Field(description="The HMAC key: shown once.")
