"""The one Jinja2 environment: templates from files in this package, autoescape always on.

Everything handed to a template is plain text and reaches the markup only through Jinja's escaping, so a
name or subject taken from mail can never become markup. Templates are compiled once per container.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its file name
        undefined=StrictUndefined,  # a misspelt variable fails loudly instead of rendering as nothing
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["address_breaks"] = address_breaks
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


_ADDRESS_BREAK = re.compile(r"([@.])")


def address_breaks(value: str) -> Markup:
    """A mail address that may wrap only after "@" or a dot, never in the middle of a word."""
    return Markup(_ADDRESS_BREAK.sub(r"\1<wbr>", str(escape(value))))
