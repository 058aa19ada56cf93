"""The check engine: read a release file, load its pack and institution, run the rules.

Reading (`read_release_file`) and checking (`run_checks`) are separate steps so that a
build can hand a release to the renderer as soon as it is read, while the rules run: the
rule catalogue is imported only when the rules first run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from communique.checks.rule import CheckContext, Selection
from communique.diagnostics import Diagnostic, Severity
from communique.model import Release
from communique.packs.manifest import (
    Institution,
    Pack,
    PackError,
    list_institutions,
    list_packs,
    load_institution,
    load_pack,
)
from communique.read.folders import resolve_targets  # noqa: F401 - part of the engine's API
from communique.read.release import read_release, release_files


@dataclass
class Checked:
    """One release file after reading and checking."""

    path: Path
    release: Release | None
    pack: Pack | None
    institution: Institution | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)


def load_named(release: Release, field: str, loader, known: list[str],
                diagnostics: list[Diagnostic]):
    """Load the pack or institution a release names; a problem becomes a diagnostic."""
    name = getattr(release, field)
    if not name:
        diagnostics.append(Diagnostic(
            "F008", "missing-required-field", Severity.ERROR,
            f"the release names no {field}.", release.where(field),
            f"Add '{field}: <name>' (known: {', '.join(known) or 'none'})."))
        return None
    try:
        return loader(name)
    except PackError as err:
        # "No such pack" is the release's fault (its line); a broken pack is the pack's.
        from communique.checks.registry import find_rule

        where = release.where(field) if err.code in ("T001", "T006") else err.location
        rule = find_rule(err.code)
        diagnostics.append(Diagnostic(err.code, rule.name if rule else err.code,
                                      Severity.ERROR, err.message, where,
                                      rule.fix if rule else ""))
        return None


def check_release_file(root: Path, path: Path, selection: Selection) -> Checked:
    return run_checks(root, read_release_file(root, path, selection), selection)


def read_release_file(root: Path, path: Path, selection: Selection) -> Checked:
    """The release read, with its pack and institution loaded; the rules not yet run.

    Its diagnostics are those of reading (R codes, a pack or institution that cannot be
    loaded), with `selection` applied.
    """
    result = read_release(path, root)
    checked = Checked(path, result.release, None, None, list(result.diagnostics))
    release = result.release
    if release is not None:
        checked.pack = load_named(release, "template", lambda n: load_pack(root, n),
                                   list_packs(root), checked.diagnostics)
        checked.institution = load_named(release, "institution",
                                          lambda n: load_institution(root, n),
                                          list_institutions(root), checked.diagnostics)
    checked.diagnostics = selection.apply(checked.diagnostics)
    return checked


def is_renderable(checked: Checked) -> bool:
    """Read without error, with its pack and institution: something a renderer can lay
    out (whether the rules then pass is another matter)."""
    return (checked.release is not None and checked.pack is not None
            and checked.institution is not None and not checked.has_errors)


def run_checks(root: Path, checked: Checked, selection: Selection) -> Checked:
    """`checked` (from read_release_file) with the rules' diagnostics added."""
    from communique.checks.registry import run_rules

    if checked.release is not None:
        context = CheckContext(checked.release, checked.pack, checked.institution, root)
        checked.diagnostics = checked.diagnostics + run_rules(context, selection)
    return checked


def check_targets(root: Path, names: list[str], selection: Selection) -> list[Checked]:
    results = []
    for folder in resolve_targets(root, names):
        seen: set[tuple] = set()
        for path in release_files(folder):
            results.append(report_once(check_release_file(root, path, selection), seen))
    return results


def report_once(checked: Checked, seen: set[tuple]) -> Checked:
    """A version inherits release.md's shared facts: a problem with one of them is
    reported once, at release.md, not again for every version. `seen` holds what the
    release's files before this one reported."""
    checked.diagnostics = [d for d in checked.diagnostics
                           if (d.code, d.message, d.location) not in seen]
    seen.update((d.code, d.message, d.location) for d in checked.diagnostics)
    return checked


def unique(diagnostics) -> list[Diagnostic]:
    """Each problem once: versions of a release share a template and inherited fields, so
    the same diagnostic at the same place can come from several release files."""
    return list(dict.fromkeys(diagnostics))
