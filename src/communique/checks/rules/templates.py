"""Rules on the template pack a release uses."""

from __future__ import annotations

from collections.abc import Iterator

from communique.checks.rule import CheckContext, Rule
from communique.diagnostics import Diagnostic
from communique.model import Location
from communique.packs.manifest import PackError, pack_relative
from communique.packs.template_fields import template_fields


def _template_fields(ctx: CheckContext) -> dict | None:
    """The fields each template of the release's pack uses; None without a pack, or when
    a template cannot be read (reported as T005)."""
    if ctx.pack is None:
        return None
    try:
        return template_fields(ctx.pack)
    except PackError:
        return None


class UndeclaredTemplateField(Rule):
    """T002 undeclared-template-field: A template uses a field that its manifest does not declare.

    Why: The manifest is the contract between the release and the template: an undeclared field is
    never checked, so it can be empty in the output without anyone knowing.

    Example: {{ venue.room }} in release.html.j2, with no 'venue.room' in manifest.yaml

    Fix: Declare the field in the pack's manifest.yaml (type, required, help) or fix its name.
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        for name, used in (_template_fields(ctx) or {}).items():
            # A template included from _base/ is reported in _base/, where it is.
            folder = next((f for f in ctx.pack.search_path() if (f / name).is_file()),
                          ctx.pack.folder)
            file = pack_relative(ctx.pack, str(folder / name))
            for path, line in used:
                if not ctx.pack.declares(path):
                    yield self.problem(f"the template uses '{path}', which "
                                       f"{ctx.pack.manifest.name} does not declare.",
                                       Location(file, line))


class RequiredFieldNotShown(Rule):
    """T003 required-field-not-shown: A field the manifest requires is never shown by the HTML
    template.

    Why: Requiring a field the document never shows gives a false sense of safety.

    Example: manifest requires venue.city; release.html.j2 never writes {{ venue.city }}

    Fix: Show the field in the template, or make it optional in the manifest.

    Severity: warning
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        fields = _template_fields(ctx)
        if fields is None:
            return
        used = {path for found in fields.values() for path, _ in found}
        # Shown through the writer's derived names rather than by their own name.
        derived = {"date": "dateline_text", "dateline": "dateline_text", "body": "body",
                   "event_date": "event_date_text",
                   "boilerplate": "institution"}
        for spec in ctx.pack.required_fields:
            top = spec.path.split(".")[0]
            if any(u == spec.path or u.startswith(spec.path + ".") for u in used):
                continue
            if spec.path == top and top in used:
                continue
            if derived.get(spec.path) in {u.split(".")[0] for u in used}:
                continue
            yield self.problem(f"'{spec.path}' is required but the template never shows it.",
                               spec.location or Location(
                                   pack_relative(ctx.pack, str(ctx.pack.manifest)), 1))


class UnsafeStyleSource(Rule):
    """T010 unsafe-style-source: The DOCX style source carries macros, links to outside files, risky
    fields or a DTD, or is too big.

    Why: The style source's header, footer and settings are copied into every DOCX sent out under
    the institution's name: a macro, a remote template or image that Word loads on opening, an
    INCLUDETEXT or DDE field would go out with each release.

    Example: styles.docx saved as .docm, or with an attached template at http://…/x.dotm

    Fix: Open the style source in Word or LibreOffice, remove the macros, linked files and fields
    named, and save it as a plain .docx (Word Document).
    """

    def check(self, ctx: CheckContext) -> Iterator[Diagnostic]:
        if ctx.pack is None:
            return
        from communique.writers.docx_guard import style_source_problem

        folders = [ctx.pack.folder] + ([ctx.institution.folder] if ctx.institution else [])
        for folder in folders:
            path = folder / ctx.pack.docx_styles
            if not path.is_file():
                continue  # a missing style source is reported when rendering
            problem = style_source_problem(path, folders)
            if problem:
                yield self.problem(f"the DOCX style source is refused: {problem}",
                                   Location(pack_relative(ctx.pack, str(path))))


TEMPLATE_RULES = [UndeclaredTemplateField, RequiredFieldNotShown, UnsafeStyleSource]
