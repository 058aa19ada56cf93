"""Invoke tasks: the press office's commands. A thin layer over communique.api."""

from __future__ import annotations

import sys
from pathlib import Path

from invoke import Exit, task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout even before `pip install -e .`

from communique.build import early  # noqa: E402

early.start_for(sys.argv)  # `inv build`: WeasyPrint's import starts now (build/early.py)

from communique import api  # noqa: E402

RELEASE_HELP = "a release slug (repeat for several; all releases when omitted)"


def _run(function, *args, **kwargs) -> None:
    """Run an api function; exit with its code. Unexpected failures become one paragraph."""
    code = api.guarded(function, *args, **kwargs)
    if code:
        raise Exit(code=code)


@task(iterable=["release"], help={
    "release": RELEASE_HELP,
    "format": "text (default) or json",
    "select": "only these rule codes or prefixes, comma-separated (e.g. F,T002)",
    "ignore": "skip these rule codes or prefixes, comma-separated",
    "severity": "re-grade rules, e.g. F007=warning,T003=error",
    "fix": "first apply the French typography fixes to the release files (as inv fix)",
})
def check(c, release=None, format="text", select="", ignore="", severity="", fix=False):
    """Check releases: exit 0 when clean, 1 when errors were found, 2 on a usage error."""
    if fix:
        _run(api.fix, ROOT, release or [])
    _run(api.check, ROOT, release or [], fmt=format, select=select, ignore=ignore,
         severity=severity)


@task(iterable=["release"], help={
    "release": RELEASE_HELP,
    "check": "only list what would change; exit 1 if anything would (for CI)",
})
def fix(c, release=None, check=False):
    """Fix French typography (no-break spaces, ’, 92e, 1er, 12 h 30) in release files."""
    _run(api.fix, ROOT, release or [], check_only=check)


@task
def checks_bench(c):
    """Inject one defect of each kind into correct releases; report detection and false alarms."""
    from communique.devtools.checks_bench import run_benchmark

    _run(run_benchmark, ROOT, (ROOT / "tests" / "checks" / "bench",
                               ROOT / "tests" / "extract" / "sets" / "validation"
                               / "pages-2026-12"))


@task(iterable=["release"], help={"release": RELEASE_HELP})
def build(c, release=None):
    """Check, then render PDF and DOCX under build/<slug>/ (nothing is written on error)."""
    code = api.guarded(api.build, ROOT, release or [])
    early.discard()  # not taken when the build stopped before it began (SIGTERM)
    api.exit_at_once(code)  # returns only when the process cannot end at once
    if code:
        raise Exit(code=code)


@task(help={"release": "the release slug to preview",
            "port": "the port on 127.0.0.1 (default 8000; 0 picks a free one)"})
def preview(c, release="", port=8000):
    """Serve a release at http://127.0.0.1:PORT/, rendered again on every save; Ctrl-C stops."""
    _run(api.preview, ROOT, release, port=int(port))


@task(help={
    "docx": "the edited DOCX file",
    "release": "the release slug the DOCX was built from",
    "accept_changes": "apply the DOCX's tracked changes (otherwise only shown)",
})
def merge_docx(c, docx="", release="", accept_changes=False):
    """Bring a colleague's DOCX edits back into release.md (fields changed on both sides
    are listed, not written)."""
    _run(api.merge_docx, ROOT, release, docx, accept_changes=accept_changes)


@task(iterable=["accept"], help={
    "article": "the news article, a UTF-8 text file (copied verbatim into the release)",
    "template": "the template pack (see inv templates); default communique",
    "institution": "the issuing institution (folder under templates/institutions)",
    "slug": "the release folder name; drafted from the headline when omitted",
    "language": "fr, en, ar or auto (default)",
    "accept": "when the release exists: a field to take from the new extraction (repeat)",
    "reference_date": "the day the article was published (YYYY-MM-DD), for « hier » or "
                      "« jeudi » when the article carries no date (without it such a date is left "
                      "to confirm)",
})
def new(c, article="", template="communique", institution="", slug="", language="auto",
        accept=None, reference_date=""):
    """Draft releases/<slug>/ from an article; re-extract into it when it exists."""
    _run(api.new, ROOT, article, template=template, institution=institution, slug=slug,
         language=language, accept=accept or [], reference_date=reference_date)


@task(help={
    "article": "the news article, a UTF-8 text file",
    "language": "fr, en, ar or auto (default)",
    "format": "json (default) or yaml",
    "reference_date": "the day the article was published (YYYY-MM-DD), for « hier » or "
                      "« jeudi » when the article carries no date (without it such a date is left "
                      "to confirm)",
})
def extract(c, article, language="auto", format="json", reference_date=""):
    """Print the facts found in an article (date, venue, people, titles, figures, sources)."""
    _run(api.extract, article, language=language, fmt=format, reference_date=reference_date)


EVAL_SETS = ROOT / "tests" / "extract" / "sets.yaml"  # developer data, never read by the package


@task(name="eval", iterable=["set"], help={
    "role": "only the sets of this role: development or validation",
    "set": "only this set id (repeat for several); see tests/extract/sets.yaml",
})
def eval_(c, role="", set=None):
    """Score the extractor per field on each evaluation set, by role, beside spaCy/dateparser."""
    _run(api.evaluate_extraction, EVAL_SETS, role=role, sets=tuple(set or ()))


@task(help={"release": "the release to measure (default: the Moroccan example)",
            "repeat": "paired runs per figure (median and min–max reported)",
            "batch": "how many copies of the release the batch figures build",
            "only": "figures to run, separated by commas: cold, batch, preview, extract"})
def bench(c, release="", repeat=3, batch=100, only=""):
    """Time cold, batch and no-op builds and the preview as ratios to baselines in the same run."""
    from communique.devtools.bench import run_benchmark

    _run(run_benchmark, ROOT, release, int(repeat), int(batch), only=only)


@task(name="list")
def list_(c):
    """List releases with their template, date, status and check result."""
    _run(api.list_releases, ROOT)


@task
def templates(c):
    """List template packs with their fields, and the institutions."""
    _run(api.describe_templates, ROOT)


@task(name="template-new", positional=["name"], help={
    "name": "the new pack's folder name: lower-case letters, digits, hyphens",
    "from": "the pack to copy (default communique)",
    "title": "the new pack's title (default: from the name)",
})
def template_new(c, name, from_="communique", title=""):
    """Create templates/NAME/ as a copy of an existing pack, to edit (never overwrites)."""
    _run(api.new_template, ROOT, name, from_, title=title)


@task(name="visual-refresh")
def visual_refresh(c):
    """Re-render the visual test references (each pack × language × example institution)."""
    from communique.devtools.visual import run_refresh

    _run(run_refresh, ROOT, ROOT / "tests" / "visual" / "references")


@task(help={"code": "a rule code (e.g. F004) or name to explain instead of listing"})
def rules(c, code=""):
    """List the check rules (inv rules), or explain one (inv rules --code F004)."""
    _run(api.explain_rules, code)


@task(positional=["code"], help={"code": "a rule code (e.g. F004) or name"})
def rule(c, code=None):
    """Explain one check rule: what it checks, why it matters, an example (inv rule F004)."""
    _run(api.explain_rules, code)


@task
def clean(c):
    """Remove build/ (never build/published/, the archive of published versions)."""
    _run(api.clean, ROOT)


@task(help={"release": "the release slug", "by": "who approves it (\"First Last\")"})
def approve(c, release="", by=""):
    """Record who approved the release, when, and a hash of its content, in release.md."""
    _run(api.approve, ROOT, release, by)


@task(help={
    "release": "the release slug",
    "correction": "publish changed content as a correction, saying what was wrong",
    "embargoed": "hand over before the embargo lifts (files say « SOUS EMBARGO »)",
    "verify": "only check every archived file against the ledgers",
})
def publish(c, release="", correction="", embargoed=False, verify=False):
    """Check, build and archive an approved release as build/published/<slug>/v<N>/."""
    if verify:
        _run(api.verify_published, ROOT)
        return
    _run(api.publish, ROOT, release, correction=correction, embargoed=embargoed)


@task(name="institution-new", positional=["ident"], help={
    "ident": "the new institution's folder name (lower-case letters, digits, hyphens)",
    "from": "the institution to start from (default dgsn)",
})
def institution_new(c, ident, from_="dgsn"):
    """Start templates/institutions/ID/ from another institution, to make it your own."""
    _run(api.new_institution, ROOT, ident, from_)
