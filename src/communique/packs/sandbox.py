"""The sandboxed Jinja environment that renders staff-edited templates.

Sandboxed and autoescaping, with `StrictUndefined`; operators that let a template exhaust
memory or CPU are refused; templates load only from their pack and `_base/`, on their
real path; filters run only at render time (never folded while compiling in `inv check`).
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined, pass_context
from jinja2.exceptions import SecurityError, TemplateNotFound
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from communique.model import Run
from communique.packs.manifest import (
    Pack,
    is_yes,
)


class _SafeEnvironment(ImmutableSandboxedEnvironment):
    """Sandboxed, and without the operators that let a template exhaust memory or CPU.

    '%' is intercepted (not refused) so that Jinja never folds `'%0999999999d' % 1` into a
    constant while compiling: compiling also happens in `inv check`, outside the time
    and memory limits that rendering runs under.
    """

    intercepted_binops = frozenset({"**", "*", "%"})

    def call_binop(self, context, operator, left, right):
        if operator == "**":
            raise SecurityError("the power operator is not allowed in templates")
        sequences = (str, list, tuple)
        if operator == "*" and (isinstance(left, sequences) or isinstance(right, sequences)):
            raise SecurityError("repeating text or lists with '*' is not allowed in templates")
        return super().call_binop(context, operator, left, right)


class _ConfinedLoader(FileSystemLoader):
    """Templates from the pack and `_base/` only, judged on their real path.

    FileSystemLoader already refuses '..' in a name, but follows symbolic links: a
    `partial.html.j2` linked to /etc/passwd would be included into a release.
    """

    def get_source(self, environment, template):
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(Path(root).resolve()) for root in self.searchpath):
            raise TemplateNotFound(template, f"the template '{template}' is a link to a file "
                                   "outside the pack and _base/, which is not allowed.")
        return source, filename, uptodate


def make_environment(pack: Pack) -> _SafeEnvironment:
    env = _SafeEnvironment(
        loader=_ConfinedLoader([str(p) for p in pack.search_path()]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["runs"] = render_runs
    env.filters["long_date"] = _long_date_filter
    env.filters["time_of_day"] = _time_filter
    env.filters = {name: _at_render_time(f) for name, f in env.filters.items()}
    return env


def _at_render_time(func):
    """The same filter, which Jinja will not run while compiling the template.

    Jinja folds a filter of constants into the compiled code: `''|center(2000000000)` would
    allocate 2 GB when `inv check` analyses the template, outside the render's limits.
    A filter that takes the context is never folded, so each one is wrapped as such.
    """
    kind = getattr(getattr(func, "jinja_pass_arg", None), "name", "")
    if kind == "context":
        return func

    @pass_context
    def filter_(context, *args, **kwargs):
        if kind == "eval_context":
            return func(context.eval_ctx, *args, **kwargs)
        if kind == "environment":
            return func(context.environment, *args, **kwargs)
        return func(*args, **kwargs)

    return filter_


@pass_context
def _long_date_filter(context, value) -> str:
    """`{{ accreditation.deadline|long_date }}`: an ISO date written in the release's language."""
    import datetime as dt

    from communique.packs.date_format import format_long_date

    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)  # reported by the field type check (T008) before rendering
    moroccan = is_yes(str(context.get("institution", {}).get("moroccan_months", "")))
    return format_long_date(day, context.get("language", ""), moroccan_months=moroccan)


@pass_context
def _time_filter(context, value) -> str:
    """`{{ event_time|time_of_day }}`: « 10 h 30 » in French, "10:30" elsewhere."""
    from communique.packs.date_format import format_time

    return format_time(str(value), context.get("language", ""))


def render_runs(runs: tuple[Run, ...]) -> Markup:
    """Inline runs as HTML, every piece of text escaped; links were vetted by the reader."""
    out = []
    for run in runs:
        piece = escape(run.text).replace("\n", Markup("<br>"))
        if run.italic:
            piece = Markup("<em>") + piece + Markup("</em>")
        if run.bold:
            piece = Markup("<strong>") + piece + Markup("</strong>")
        if run.href:
            piece = Markup('<a href="') + escape(run.href) + Markup('">') + piece + Markup("</a>")
        out.append(piece)
    return Markup("").join(out)
