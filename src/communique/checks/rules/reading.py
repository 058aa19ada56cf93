"""Codes reported while reading a release file or loading its pack (documented here)."""

from __future__ import annotations

from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic
from communique.packs.manifest import PackError
from communique.packs.template_fields import template_sources


class YamlMalformed(Rule):
    """R001 yaml-malformed: The release file's front matter is not valid YAML.

    Why: A field that cannot be read cannot be checked; nothing is built from a guess.

    Example: venue: [Glasgow   ← a bracket never closed

    Fix: Correct the YAML at the line given (indentation, quotes, brackets).

    Reported by: reader
    """


class DuplicateKey(Rule):
    """R002 duplicate-key: A field is written twice; YAML readers silently keep only the last one.

    Why: A corrected value written below the old one would be dropped by other tools.

    Example:
        date: 2024-11-06
        ...
        date: 2024-11-07

    Fix: Keep one of the two lines.

    Reported by: reader
    """


class YamlTagOrAlias(Rule):
    """R003 yaml-tag-or-alias: YAML tags (!!int), anchors (&a) or aliases (*a) are used.

    Why: They change types behind the reader's back and aliases can blow up memory.

    Example: date: !!timestamp 2024-11-07

    Fix: Write the plain value; quote it if needed.

    Reported by: reader
    """


class WrongShape(Rule):
    """R004 wrong-shape: A field has the wrong shape (a list where a text is expected, or the
    reverse).

    Why: The writers would show nothing, or the wrong thing, for that field.

    Example: people: Mohamed Dkhissi, Abdellatif Hammouchi   ← should be a list

    Fix: Follow the shape shown in the example release.

    Reported by: reader
    """


class UnknownSubfield(Rule):
    """R005 unknown-subfield: A group (venue, a person, a quote, a contact) has a field that does
    not exist.

    Why: A misspelt field name ('titre' for 'titles') silently drops the value.

    Example:
        people:
          - name: Mohamed Dkhissi
            title: préfet de police   ← 'titles'

    Fix: Check the spelling of the field name.

    Reported by: reader
    """


class ReleaseUnreadable(Rule):
    """R006 release-unreadable: The release file or its article cannot be read as UTF-8 text.

    Why: Bytes that are not text cannot be checked or rendered faithfully.

    Example: A release saved as Windows-1252 from an old editor.

    Fix: Save the file as UTF-8.

    Reported by: reader
    """


class UnsafeSlug(Rule):
    """R007 unsafe-slug: The release folder's name is not a safe file name on every system.

    Why: The folder name names the PDF and DOCX; spaces, accents, '..', trailing dots or Windows
    reserved names break sharing, links or archives.

    Example: releases/Communiqué 7 nov./   or   releases/con/

    Fix: Rename the folder with lower-case letters, digits and hyphens.

    Reported by: reader
    """


class UnknownTemplate(Rule):
    """T001 unknown-template: The release names a template pack that does not exist.

    Why: Without its pack a release has no layout and no list of required fields.

    Example: template: comunique   ← 'communique'

    Fix: Use one of the packs listed by `inv templates`.

    Reported by: pack loader
    """


class TemplateBroken(Rule):
    """T005 template-broken: A pack's manifest or template cannot be read (syntax error, bad field
    type).

    Why: A broken template would fail half-way through a build.

    Example: {{ venue.city }   ← unclosed expression

    Fix: Correct the file at the line given.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.pack is None:
            return
        try:
            template_sources(ctx.pack)
        except PackError as err:
            yield self.problem(err.message, err.location)


class UnknownInstitution(Rule):
    """T006 unknown-institution: The release names an institution that has no folder under
    templates/institutions.

    Why: The letterhead, contacts and boilerplate come from the institution.

    Example: institution: dgns   ← 'dgsn'

    Fix: Use one of the institutions under templates/institutions/.

    Reported by: pack loader
    """


READING_RULES = [YamlMalformed, DuplicateKey, YamlTagOrAlias, WrongShape, UnknownSubfield,
                 ReleaseUnreadable, UnsafeSlug, UnknownTemplate, TemplateBroken, UnknownInstitution]
