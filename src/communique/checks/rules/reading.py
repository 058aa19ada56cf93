"""Codes reported while reading a release file or loading its pack (documented here)."""

from __future__ import annotations

from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic
from communique.packs.manifest import PackError
from communique.packs.template_fields import template_sources


class YamlMalformed(Rule):
    code, name, reported_by = "R001", "yaml-malformed", "reader"
    summary = "The release file's front matter is not valid YAML."
    why = "A field that cannot be read cannot be checked; nothing is built from a guess."
    example = "venue: [Glasgow   ← a bracket never closed"
    fix = "Correct the YAML at the line given (indentation, quotes, brackets)."


class DuplicateKey(Rule):
    code, name, reported_by = "R002", "duplicate-key", "reader"
    summary = "A field is written twice; YAML readers silently keep only the last one."
    why = "A corrected value written below the old one would be dropped by other tools."
    example = "date: 2024-11-06\n...\ndate: 2024-11-07"
    fix = "Keep one of the two lines."


class YamlTagOrAlias(Rule):
    code, name, reported_by = "R003", "yaml-tag-or-alias", "reader"
    summary = "YAML tags (!!int), anchors (&a) or aliases (*a) are used."
    why = "They change types behind the reader's back and aliases can blow up memory."
    example = "date: !!timestamp 2024-11-07"
    fix = "Write the plain value; quote it if needed."


class WrongShape(Rule):
    code, name, reported_by = "R004", "wrong-shape", "reader"
    summary = "A field has the wrong shape (a list where a text is expected, or the reverse)."
    why = "The writers would show nothing, or the wrong thing, for that field."
    example = "people: Mohamed Dkhissi, Abdellatif Hammouchi   ← should be a list"
    fix = "Follow the shape shown in the example release."


class UnknownSubfield(Rule):
    code, name, reported_by = "R005", "unknown-subfield", "reader"
    summary = "A group (venue, a person, a quote, a contact) has a field that does not exist."
    why = "A misspelt field name ('titre' for 'titles') silently drops the value."
    example = "people:\n  - name: Mohamed Dkhissi\n    title: préfet de police   ← 'titles'"
    fix = "Check the spelling of the field name."


class ReleaseUnreadable(Rule):
    code, name, reported_by = "R006", "release-unreadable", "reader"
    summary = "The release file or its article cannot be read as UTF-8 text."
    why = "Bytes that are not text cannot be checked or rendered faithfully."
    example = "A release saved as Windows-1252 from an old editor."
    fix = "Save the file as UTF-8."


class UnsafeSlug(Rule):
    code, name, reported_by = "R007", "unsafe-slug", "reader"
    summary = "The release folder's name is not a safe file name on every system."
    why = ("The folder name names the PDF and DOCX; spaces, accents, '..', trailing dots or "
           "Windows reserved names break sharing, links or archives.")
    example = "releases/Communiqué 7 nov./   or   releases/con/"
    fix = "Rename the folder with lower-case letters, digits and hyphens."


class UnknownTemplate(Rule):
    code, name, reported_by = "T001", "unknown-template", "pack loader"
    summary = "The release names a template pack that does not exist."
    why = "Without its pack a release has no layout and no list of required fields."
    example = "template: comunique   ← 'communique'"
    fix = "Use one of the packs listed by `inv templates`."


class TemplateBroken(Rule):
    code, name = "T005", "template-broken"
    summary = "A pack's manifest or template cannot be read (syntax error, bad field type)."
    why = "A broken template would fail half-way through a build."
    example = "{{ venue.city }   ← unclosed expression"
    fix = "Correct the file at the line given."

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.pack is None:
            return
        try:
            template_sources(ctx.pack)
        except PackError as err:
            yield self.problem(err.message, err.location)


class UnknownInstitution(Rule):
    code, name, reported_by = "T006", "unknown-institution", "pack loader"
    summary = "The release names an institution that has no folder under templates/institutions."
    why = "The letterhead, contacts and boilerplate come from the institution."
    example = "institution: dgns   ← 'dgsn'"
    fix = "Use one of the institutions under templates/institutions/."


READING_RULES = [YamlMalformed, DuplicateKey, YamlTagOrAlias, WrongShape, UnknownSubfield,
                 ReleaseUnreadable, UnsafeSlug, UnknownTemplate, TemplateBroken, UnknownInstitution]
