"""The render context: everything a template or the DOCX writer may show, derived from
the model, the pack's labels and the institution's identity only."""

from __future__ import annotations

import dataclasses
import re

from communique.model import Release
from communique.packs.manifest import (
    IDENTITY_TEXTS,
    Institution,
    Pack,
    is_yes,
    pack_relative,
)
from communique.read.approval_record import approval_in_force


def render_context(release: Release, pack: Pack, institution: Institution) -> dict:
    """Everything a template or the DOCX writer may show, derived from the model only."""
    from communique.errors import RenderError
    from communique.packs.date_format import format_dateline, format_long_date

    lang = release.language or (pack.languages[0] if pack.languages else "fr")
    labels = dict(pack.labels.get(lang, {}))
    if "dateline" not in labels:
        raise RenderError(f"{pack_relative(pack, str(pack.manifest))}: labels.{lang} has no "
                          "'dateline' pattern (e.g. '{city}, le {date}').")
    moroccan = is_yes(str(institution.values.get("moroccan_months", "")))
    city = release.dateline
    dateline_text = format_dateline(city, release.date, lang, str(labels["dateline"]),
                                    moroccan_months=moroccan)
    identity = {key: institution.text(key, lang) for key in IDENTITY_TEXTS}
    context = {
        "language": lang,
        "dir": "rtl" if lang == "ar" else "ltr",
        "moroccan_months": moroccan,
        "labels": labels,
        "institution": {**institution.values, **identity,
                        "about": identity["about_title"] or identity["name"]},
        "headline": release.headline,
        "subheadline": release.subheadline,
        "dateline": release.dateline,
        "dateline_text": dateline_text,
        "date": release.date,
        "date_text": format_long_date(release.date, lang, moroccan_months=moroccan)
        if release.date else "",
        "event_date": release.event_date or release.date,
        "event_date_text": format_long_date(release.event_date, lang, moroccan_months=moroccan)
        if release.event_date else "",
        "venue": release.venue,
        "people": tuple(_without_repeated_title(p) for p in release.people),
        "quotes": release.quotes,
        "contacts": release.contacts or tuple(_institution_contacts(institution, lang)),
        "boilerplate": release.boilerplate or institution.text("boilerplate", lang),
        "embargo": release.embargo,
        "embargo_text": _embargo_text(release.embargo, lang, moroccan),
        "lead": release.lead,
        "body": release.rest_of_body,
        "title": release.headline,
        "pack": {"name": pack.name, "title": pack.title},
        "draft_mark": draft_mark(release, labels, lang),
        "correction_text": correction_text(release, labels, lang, moroccan),
    }
    # Pack-specific fields (declared in the manifest, not in the core model) pass raw.
    for path in pack.fields:
        top = path.split(".")[0].split("[")[0]
        if top not in context:
            context[top] = _raw_subtree(release.fields, top)
    return context


# Used only when a pack's manifest lacks the label: a draft must never go out unmarked
# because a pack copied before the label existed does not have it.
FALLBACK_DRAFT_MARKS = {"fr": "PROJET — NE PAS DIFFUSER", "en": "DRAFT — NOT FOR RELEASE",
                        "ar": "مسودة — لا تنشر"}
FALLBACK_CORRECTION = "{label} {date} — v{version} / v{corrects}: {reason}"


def draft_mark(release: Release, labels: dict, lang: str) -> str:
    """The pack's draft mark (« PROJET — NE PAS DIFFUSER ») unless an approval recorded by
    `inv approve` covers the release's present content."""
    if approval_in_force(release) is not None:
        return ""
    return str(labels.get("draft_mark") or FALLBACK_DRAFT_MARKS.get(lang, "DRAFT"))


def correction_text(release: Release, labels: dict, lang: str, moroccan: bool) -> str:
    """« RECTIFICATIF du 8 novembre 2024 (version 2, remplace la version 1) : … »."""
    correction = release.correction
    if correction is None:
        return ""
    from communique.packs.date_format import format_long_date

    pattern = str(labels.get("correction") or FALLBACK_CORRECTION)
    return pattern.format(label="CORRECTION",
                          date=format_long_date(correction.date, lang, moroccan_months=moroccan),
                          version=correction.version, corrects=correction.corrects,
                          reason=correction.reason)


def _without_repeated_title(person):
    """The person as shown: a title that restates the honorific is left out, so « Sa
    Majesté le Roi » with the title « Roi du Maroc » reads « Sa Majesté le Roi Mohammed VI »,
    not « Sa Majesté le Roi Mohammed VI, Roi du Maroc ». The release keeps every title."""
    words = person.honorific.split()
    if not words or not person.titles:
        return person
    last = words[-1].casefold()
    kept = tuple(t for t in person.titles if t.split()[:1] != [last] and
                 (t.split() or [""])[0].casefold() != last)
    return person if kept == person.titles else dataclasses.replace(person, titles=kept)


def _embargo_text(when, lang: str, moroccan: bool) -> str:
    """« 7 novembre 2024 à 18 h 00 (UTC+01:00) »: the moment, as a reader checks it.

    (Added for the writers: the raw ISO form read badly on a letterhead.)
    """
    if when is None:
        return ""
    from communique.packs.date_format import format_long_date, format_time

    day = format_long_date(when.date(), lang, moroccan_months=moroccan)
    joiner = {"fr": " à ", "ar": "، "}.get(lang, ", ")
    offset = when.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    # The language's own time format: « 18 h 00 » in French (Y007), as in release fields.
    return f"{day}{joiner}{format_time(f'{when:%H:%M}', lang)}{zone}"


def _institution_contacts(institution: Institution, lang: str) -> list:
    """The institution's press contacts; a name or role may be given per language."""
    from communique.model import Contact

    def pick(value) -> str:
        if isinstance(value, dict):
            value = value.get(lang, "")
        return str(value or "")

    raw = institution.values.get("press_contacts", [])
    out = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            out.append(Contact(**{k: pick(item.get(k)) for k in
                                  ("name", "role", "phone", "email")}))
    return out


_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _raw_subtree(flat: dict[str, str], top: str):
    """The raw values under `top`, nested again: `programme[0].time` → programme[0]["time"].

    Mappings become dicts and lists become lists, so a template writes
    `accreditation.contact.email` or `{% for item in programme %}{{ item.time }}`.
    """
    if top in flat:
        return flat[top]
    tree: dict = {}
    for key, value in flat.items():
        if not key.startswith((top + ".", top + "[")):
            continue
        parts = [name if name else int(index)
                 for name, index in _PATH_PART.findall(key[len(top):])]
        _place(tree, parts, value)
    return _listify(tree)


def _place(tree: dict, parts: list, value: str) -> None:
    node = tree
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[parts[-1]] = value


def _listify(node):
    """Dicts keyed 0, 1, 2… (from `[i]` paths) become lists, recursively."""
    if not isinstance(node, dict):
        return node
    items = {k: _listify(v) for k, v in node.items()}
    if items and all(isinstance(k, int) for k in items):
        return [items[k] for k in sorted(items)]
    return items
