"""The headline: the article's first line when it reads as a title; the body starts after it."""

from __future__ import annotations

import re

from ..state import ArticleState, Component


def headline_span(text: str) -> tuple[int, int] | None:
    m = re.match(r"\s*([^\n]+)\n", text)
    if not m:
        return None
    line = m.group(1).strip()
    s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
    e = s + len(line)
    rest = text[m.end():].strip()
    looks_like_title = (
        0 < len(line) <= 200
        and len(line.split()) >= 2
        and not line.endswith((".", ":", ";", ","))
        and bool(rest)
        and not re.fullmatch(r"[\d\s/.,:-]+", line)
    )
    return (s, e) if looks_like_title else None


class Headline(Component):
    name = "headline"
    reads = ("text",)
    adds = ("headline", "first_body")

    def __call__(self, state: ArticleState) -> None:
        head = headline_span(state.text)
        if head:
            state.headline = head
            state.source("headline", *head)
            state.first_body = head[1] + 1
