"""The HTML writer: the release as an HTML document, the source of the PDF.

Pure: the same model, pack and institution give the same string. Links to the pack's
stylesheets and the institution's emblem are relative to the pack folder, so the
document does not carry the path of the checkout; `render_pdf` resolves them against
the pack folder through the locked-down fetcher.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PurePosixPath

from jinja2 import TemplateError, pass_context
from markupsafe import Markup

from ..model import Release
from ..packs.manifest import BASE_DIR, Institution, Pack
from ..packs.render_context import render_context
from ..packs.sandbox import make_environment, render_runs
from . import RenderError
from .assets import asset_roots  # noqa: F401 - the preview finds it here

# What a colour must look like before it is written into a <style> element.
_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
DEFAULT_COLORS = {"primary": "#1f2937", "accent": "#8a6d1f"}
# A font family name as fontconfig knows it: letters, digits, spaces, hyphens.
_FONT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-]{0,63}$")
# What each font role falls back to when the named font lacks a character or is missing.
FONT_ROLES = {"serif": ("Noto Serif", '"Liberation Serif", "DejaVu Serif", serif'),
              "sans": ("Noto Sans", '"Liberation Sans", "DejaVu Sans", sans-serif'),
              "arabic": ("Noto Naskh Arabic", '"Amiri", "Noto Sans", serif')}

_environments: dict[str, object] = {}
# A word that starts with a capital (a name: Hammouchi, Glasgow, Interpol), and the tags
# of rendered runs it must not be looked for in.
_PROPER = re.compile(r"(?<![\w&#])[A-ZÀ-ÖØ-Þ][\w’'-]*\w")
_TAG = re.compile(r"(<[^>]*>)")


def render_html(release: Release, pack: Pack, institution: Institution) -> str:
    """The release as a complete HTML document (lang, dir, title, author, description)."""
    context = html_context(release, pack, institution)
    env = _environment(pack)
    try:
        template = env.get_template(pack.html_template)
        return template.render(context)
    except (TemplateError, OverflowError) as err:
        # OverflowError: the sandbox's refusal of range() beyond 100 000 items.
        raise RenderError(f"{_template_position(pack)}: template error: {err}") from None


def html_context(release: Release, pack: Pack, institution: Institution) -> dict:
    """`render_context` plus what only the HTML needs: stylesheet and emblem links."""
    context = render_context(release, pack, institution)
    context["institution"] = {**context["institution"],
                              "colors": institution_colors(institution),
                              "fonts": institution_fonts(institution)}
    context["css"] = [stylesheet_href(pack, name) for name in pack.css]
    context["emblem"] = emblem_href(pack, institution)
    return context


def institution_colors(institution: Institution) -> dict[str, str]:
    """The institution's colours, each checked to be a #rgb/#rrggbb value.

    They end up inside a <style> element, where HTML escaping does not protect CSS.
    """
    raw = institution.values.get("colors", {})
    raw = raw if isinstance(raw, dict) else {}
    colors = {}
    for key, default in DEFAULT_COLORS.items():
        value = str(raw.get(key, default)).strip()
        if not _COLOR.match(value):
            raise RenderError(f"{_name(institution.source)}: colors.{key} is '{value}'; "
                              "write a colour as #rrggbb (e.g. #0b3d2e).")
        colors[key] = value
    return colors


def institution_fonts(institution: Institution) -> dict[str, str]:
    """CSS font stacks for --serif, --sans and --arabic from institution.yaml `fonts:`.

    Each name is checked to be a plain family name: it is written inside <style>.
    """
    raw = institution.values.get("fonts", {})
    raw = raw if isinstance(raw, dict) else {}
    stacks = {}
    for role, (default, fallback) in FONT_ROLES.items():
        name = str(raw.get(role, default)).strip()
        if not _FONT.match(name):
            raise RenderError(f"{_name(institution.source)}: fonts.{role} is '{name}'; write "
                              "a font family name (letters, digits, spaces), e.g. Noto Serif.")
        # Validated above, so safe to write unescaped (autoescape would turn " into &#34;).
        stacks[role] = Markup(f'"{name}", {fallback}')
    return stacks


def stylesheet_href(pack: Pack, name: str) -> str:
    """A stylesheet listed by the manifest, found in the pack folder or `_base/`."""
    for folder in pack.search_path():
        if (folder / name).is_file():
            return _relative_href(folder / name, pack.folder)
    raise RenderError(f"{_name(pack.manifest)}: the stylesheet '{name}' listed in outputs.css "
                      f"is neither in {pack.folder.name}/ nor in {BASE_DIR}/.")


def emblem_href(pack: Pack, institution: Institution, key: str = "emblem") -> str:
    name = str(institution.values.get(key, "") or "")
    if not name:
        raise RenderError(f"{_name(institution.source)}: '{key}' is not set; give the "
                          "file name of the emblem, next to institution.yaml.")
    path = institution.folder / name
    if not path.is_file():
        raise RenderError(f"{_name(institution.source)}: {key} '{name}' does not exist "
                          f"in {_name(institution.folder)}/.")
    return _relative_href(path, pack.folder)


def _relative_href(path: Path, start: Path) -> str:
    rel = os.path.relpath(path.resolve(), start.resolve())
    return str(PurePosixPath(*Path(rel).parts))


def _environment(pack: Pack):
    key = str(pack.folder.resolve())
    env = _environments.get(key)
    if env is None:
        env = _environments[key] = make_environment(pack)
        env.filters["runs"] = runs_keeping_names
    return env


@pass_context
def runs_keeping_names(context, runs) -> Markup:
    """`render_runs`, with each capitalised word in `<span class="proper">`.

    Justified text is hyphenated (house.css); a name cut at a line end (« Ham-mouchi »)
    is a typographic fault, so the stylesheet turns hyphenation off for these spans.
    Not in right-to-left documents: Arabic is not hyphenated, and WeasyPrint would lay
    the spans of a Latin name out in right-to-left order (« Exemple Clara »).
    """
    html = str(render_runs(runs))
    if context.get("dir") == "rtl":
        return Markup(html)
    parts = _TAG.split(html)
    for i in range(0, len(parts), 2):  # even items are text, odd ones tags
        parts[i] = _PROPER.sub(r'<span class="proper">\g<0></span>', parts[i])
    return Markup("".join(parts))


def _template_position(pack: Pack) -> str:
    """The template file and line being rendered when the current exception was raised."""
    tb = sys.exc_info()[2]
    where = _name(pack.folder / pack.html_template)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where = f"{_name(Path(filename))}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def _name(path: Path) -> str:
    """A path relative to the project (…/templates/x → templates/x) for messages."""
    parts = path.parts
    if "templates" in parts:
        return str(Path(*parts[len(parts) - 1 - parts[::-1].index("templates"):]))
    return str(path)
