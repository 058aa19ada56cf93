"""Rules on characters that make a name, title or venue read differently than it is."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic

# Bidi embedding/override/isolate controls reorder what a reader sees (Trojan Source);
# zero-width and other format characters hide inside names and break search and matching.
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
# Fields that must say exactly what they show: who, which office, where.
_FACT_FIELDS = ("headline", "dateline", "venue.", "people[")


def _fact_fields(ctx: CheckContext):
    for path, value in ctx.release.fields.items():
        if path.startswith(_FACT_FIELDS) and value:
            yield path, value


def _script(char: str) -> str:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return ""
    for script in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "ARMENIAN"):
        if name.startswith(script):
            return script
    return ""


class HiddenCharacters(Rule):
    """S001 hidden-characters: A name, title, venue or headline holds invisible or
    direction-changing characters.

    Why: Bidirectional overrides and zero-width characters make text display differently from what
    it is: a name can look right and still fail every search, or show reversed in one output and not
    the other.

    Example: name: Mohamed\u200b Dkhissi   ← a zero-width space inside the name

    Fix: Retype the value, or delete the hidden character at the column given.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        for path, value in _fact_fields(ctx):
            for index, char in enumerate(value):
                kind = ("direction control" if char in _BIDI else
                        "invisible character" if char in _INVISIBLE else "")
                if kind:
                    yield self.problem(f"'{path}' holds a {kind} U+{ord(char):04X} at character "
                                       f"{index + 1}.", ctx.release.where(path))
                    break


class MixedScriptName(Rule):
    """S002 mixed-script-word: A word in a name, title or venue mixes alphabets (e.g. a Cyrillic « а
    » in Latin).

    Why: Look-alike letters from another alphabet (homoglyphs) make a misspelt or forged name look
    correct to the eye while no registry or search will match it.

    Example: name: Mohаmed Dkhissi   ← the second « а » is Cyrillic

    Fix: Retype the word on a keyboard set to a single alphabet.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        for path, value in _fact_fields(ctx):
            for word in value.split():
                scripts = {_script(c) for c in word if c.isalpha()} - {""}
                if len(scripts) > 1:
                    yield self.problem(f"'{path}': the word « {word} » mixes "
                                       f"{' and '.join(sorted(s.title() for s in scripts))} "
                                       "letters.", ctx.release.where(path))
                    break


class ControlCharactersRemoved(Rule):
    """S003 control-characters-removed: Control characters were removed from a field (PDF and DOCX
    cannot hold them).

    Why: Text pasted from e-mail or a PDF can carry control characters (a vertical tab, a NUL, a C1
    code from a wrong encoding). The reader removes them so the PDF and the DOCX agree; the value
    issued is then not byte for byte what was written.

    Example: headline: Le Maroc élu   ← with a vertical tab (U+000B) pasted after « Maroc »

    Fix: Retype the value at the line given, or save the file without the control character.

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        for item in ctx.release.cleaned:
            codes = ", ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in item.characters))
            count = len(item.characters)
            yield self.problem(f"'{item.path}': {count} control character{'s' * (count > 1)} "
                               f"({codes}) removed.", item.location)


class UnencodableCharacter(Rule):
    """S005 unencodable-character: A field holds a lone surrogate (half of a UTF-16 pair),
    written as an escape.

    Why: No UTF-8 file, PDF or DOCX can hold such a code point: the release could not be laid
    out, or would lose the character silently. It comes from a program that split a character
    (an emoji, a rare letter) in two.

    Example: headline: "Le Maroc \\uD800élu"

    Fix: Retype the value at the line given, without the \\u escape.

    Reported by: reader
    """


SAFETY_RULES = [HiddenCharacters, MixedScriptName, ControlCharactersRemoved,
                UnencodableCharacter]
