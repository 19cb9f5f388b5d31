"""Lay a document out as plain text, Markdown or HTML (Jinja2 templates in ./templates)."""

from __future__ import annotations

import textwrap
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from releasegate.documents.generate.wording import Document

FORMATS = ("text", "md", "html")


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("releasegate.documents.generate", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["wrap"] = lambda text, width=78: "\n".join(
        textwrap.wrap(text, width, break_on_hyphens=False)
    )
    return env


def render(document: Document, fmt: str = "text") -> str:
    if fmt not in FORMATS:
        from releasegate.domain.errors import BadInput

        raise BadInput(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return _environment().get_template(f"document.{fmt}").render(doc=document)
