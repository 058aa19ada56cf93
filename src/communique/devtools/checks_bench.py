"""`inv checks-bench`: how well the checks catch the faults a press office actually makes.

Take correct releases (the project's example plus generated variants), inject one defect
of each class into a fresh copy, run the checks (and, for template defects, render and
verify the outputs), and count a defect as detected when a diagnostic of the expected
family appears that the unmutated release did not have. Unmutated releases must produce no
diagnostic at all (false positives). Prints a table; exit 1 when a defect is missed or a
false positive appears.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

EXAMPLE = "maroc-vice-presidence-interpol"

# A second, fictional release with its own article: other people, place, numbers, month.
_TRAINING_ARTICLE = """\
La DGSN inaugure un centre de formation à la police scientifique à Fès

La Direction générale de la Sûreté nationale a inauguré, ce mardi 14 janvier, à Fès, un \
nouveau centre de formation consacré à la police scientifique et technique.

Le centre, d’une capacité de 250 stagiaires, a été présenté par Mme Nadia Benali, \
directrice de l’Institut royal de police. Il compte 12 laboratoires et accueillera \
chaque année des fonctionnaires de 18 pays africains.
"""

_TRAINING_RELEASE = """\
---
template: communique
institution: dgsn
language: fr
status: approved
date: 2025-01-14
event_date: 2025-01-14
dateline: Rabat
venue:
  event: Inauguration du centre de formation à la police scientifique
  city: Fès
  country: Maroc
headline: La DGSN inaugure à Fès un centre de formation à la police scientifique
subheadline: Un centre de 250 stagiaires et 12 laboratoires, ouvert à 18 pays africains
people:
  - name: Nadia Benali
    honorific: Mme
    titles:
      - directrice de l’Institut royal de police
    role: a présenté le centre
---
La Direction générale de la Sûreté nationale a inauguré, ce mardi 14 janvier, à Fès, un \
nouveau centre de formation consacré à la police scientifique et technique.

Le centre, d’une capacité de 250 stagiaires, a été présenté par la directrice de \
l’Institut royal de police, Mme Nadia Benali. Il compte 12 laboratoires et accueillera \
chaque année des fonctionnaires de 18 pays africains.
"""


@dataclass
class Base:
    name: str
    slug: str
    release: str
    article: str | None  # None: keep the example's article


@dataclass
class Mutation:
    name: str
    expect: tuple[str, ...]           # code prefixes that count as detection
    apply: Callable[[str], str | None]  # release text → mutated text (None: not applicable)
    template: Callable[[str], str | None] | None = None  # mutates release.html.j2 instead
    renders: bool = False             # detection may come from build verification
    pastes_article: bool = False      # the body is replaced by the base's article


@dataclass
class Outcome:
    detected: int = 0
    tried: int = 0
    codes: set[str] = field(default_factory=set)
    missed: list[str] = field(default_factory=list)


def _sub_first(pattern: str, repl, flags=0):
    def apply(text: str) -> str | None:
        head, sep, body = text.partition("\n---\n")
        new, n = re.subn(pattern, repl, body, count=1, flags=flags)
        return head + sep + new if n else None
    return apply


def _sub_front(pattern: str, repl):
    def apply(text: str) -> str | None:
        new, n = re.subn(pattern, repl, text, count=1, flags=re.MULTILINE)
        return new if n else None
    return apply


_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _next_weekday(m: re.Match) -> str:
    return _WEEKDAYS[(_WEEKDAYS.index(m.group(1)) + 1) % 7] + m.group(2)


def _next_weekday_alone(m: re.Match) -> str:
    """« jeudi 7 novembre » → « vendredi »: a bare weekday that is not the event's."""
    return _WEEKDAYS[(_WEEKDAYS.index(m.group(1)) + 1) % 7]


def _misspell(text: str) -> str | None:
    """Drop one letter of the first person's name where it appears in the body."""
    name = re.search(r"^  - name: (.+)$", text, re.MULTILINE)
    if not name:
        return None
    full = name.group(1).strip()
    doubled = re.search(r"(\w)\1", full)
    if doubled:
        wrong = full[:doubled.start()] + full[doubled.start() + 1:]
    else:
        last = full.split()[-1]
        wrong = full.replace(last, last[:2] + last[3:])
    head, sep, body = text.partition("\n---\n")
    if full not in body:
        return None
    return head + sep + body.replace(full, wrong, 1)


def _embargo_after(text: str) -> str | None:
    m = re.search(r"^date: (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)
    if not m:
        return None
    later = f"embargo: {dt.date.fromisoformat(m.group(1)) + dt.timedelta(days=5)}T18:00+01:00"
    if re.search(r"^embargo:", text, re.MULTILINE):
        return re.sub(r"^embargo: .*$", later, text, count=1, flags=re.MULTILINE)
    return text.replace(m.group(0), f"{m.group(0)}\n{later}", 1)


def _event_date_shift(text: str) -> str | None:
    m = re.search(r"^event_date: (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)
    if not m:
        return None
    earlier = dt.date.fromisoformat(m.group(1)) - dt.timedelta(days=2)
    return text.replace(m.group(0), f"event_date: {earlier}", 1)


def _title_of_the_next_person(text: str) -> str | None:
    """The first person's first title replaced by the second person's first title."""
    blocks = re.findall(r"^  - name: .+\n(?:    .+\n)*", text, re.MULTILINE)
    titles = [re.search(r"^      - (.+)$", b, re.MULTILINE) for b in blocks]
    if len(titles) < 2 or not titles[0] or not titles[1]:
        return None
    first, other = titles[0].group(1), titles[1].group(1)
    return text.replace(f"      - {first}\n", f"      - {other}\n", 1)


def _city_as_person(text: str) -> str | None:
    city = re.search(r"^  city: (.+)$", text, re.MULTILINE)
    if not city or "\npeople:\n" not in text:
        return None
    return text.replace("\npeople:\n", f"\npeople:\n  - name: {city.group(1)}\n"
                        "    titles:\n      - ville hôte\n", 1)


def _city_not_dateline(text: str) -> str | None:
    """The release itself, when its venue city is not also its dateline (a city shown in the
    dateline is not missing from the outputs when the template drops {{ venue.city }})."""
    city = re.search(r"^  city: (.+)$", text, re.MULTILINE)
    dateline = re.search(r"^dateline: (.+)$", text, re.MULTILINE)
    if city and dateline and city.group(1).strip() == dateline.group(1).strip():
        return None
    return text


def _confirm_left(text: str) -> str | None:
    return text.replace("\nstatus: ", "\nconfirm:\n  - date\nstatus: ", 1) \
        if "\nstatus: " in text else None


MUTATIONS = [
    Mutation("wrong weekday", ("D001",),
             _sub_first(r"\b(" + "|".join(_WEEKDAYS) + r")(\s+\d)", _next_weekday)),
    Mutation("wrong weekday, no date", ("D010",),
             _sub_first(r"\b(" + "|".join(_WEEKDAYS) + r")\s+\d{1,2}(?:er)?\s+[^\W\d]+",
                        _next_weekday_alone)),
    Mutation("impossible date", ("D002",),
             _sub_first(r"\b\d{1,2}\s+(?:janvier|novembre)", "30 février")),
    Mutation("wrong event date", ("D0", "A003"), _event_date_shift),
    Mutation("changed number", ("A001",),
             _sub_first(r"(\s)(\d{2,3})(?=\s+(?:pays|stagiaires))",
                        lambda m: m.group(1) + "1" + m.group(2))),
    Mutation("misspelt name", ("P002", "A002"), _misspell),
    Mutation("dropped title", ("F007", "P005"),
             _sub_front(r"^    titles:\n(?:      - .+\n)+", "")),
    Mutation("wrong title", ("P001", "A004"),
             _sub_front(r"^(      - )(?:directeur|directrice|préfet)(.*)$",
                        r"\1sous-directeur\2")),
    Mutation("missing venue", ("F004",), _sub_front(r"^  city: .+\n", "")),
    Mutation("missing honorific", ("P003",),
             _sub_first(r"Sa Majesté le Roi Mohammed VI", "le Roi Mohammed VI")),
    Mutation("bad typography", ("Y",), _sub_first(r"’", "'")),
    Mutation("embargo after date", ("D005",), _embargo_after),
    # A005 when the article writes the title as given; A004 when it writes it once, in the
    # plural, for a list (« des ambassadeurs de … »): then it is no one's word for word.
    Mutation("title of another person", ("A005", "A004"), _title_of_the_next_person),
    Mutation("title cut short", ("F014",),
             _sub_front(r"^(      - .*?\b(?:de la|de|du|des|d’|of|for))\s*\S.*$", r"\1")),
    Mutation("place listed as a person", ("F015",), _city_as_person),
    Mutation("unconfirmed value", ("F013",), _confirm_left),
    Mutation("body pasted from the article", ("A008",), lambda text: text,
             pastes_article=True),
    Mutation("template placeholder removed", ("O001", "T003"), _city_not_dateline,
             template=lambda html: html.replace("{{ venue.city }}", "")
             if "{{ venue.city }}" in html else None, renders=True),
    Mutation("field hidden by a style", ("O006",), lambda t: t,
             template=lambda html: html.replace('<h1 class="headline">',
                                                '<h1 class="headline" style="color: #fff">')
             if '<h1 class="headline">' in html else None, renders=True),
]


# Releases drafted with `inv new` from real articles and finished by hand (see the README
# there); their articles are those of the extractor's evaluation set.
_REAL = (("fr-bourita-ambassadeurs", "fr-infomediaire-bourita-copies-figurees"),
         ("en-ethiopia-russia-mou", "en-fanabc-ethiopia-russia-mou"),
         ("ar-assad-sufara", "ar-alwatan-assad-sufara-mauritania-argentina"))


def bases(root: Path, real: tuple[Path, Path] | None = None) -> list[Base]:
    """The correct releases mutated: the example, two variants, and the hand-finished
    real releases when `real` names their folders (releases, articles): test data, whose
    place the developer task gives."""
    example = (root / "releases" / EXAMPLE / "release.md").read_text(encoding="utf-8")
    with_embargo = example.replace("status: approved\n",
                                   "status: approved\nembargo: 2024-11-07T18:00+01:00\n", 1)
    found = [
        Base("example", EXAMPLE, example, None),
        Base("example + embargo", EXAMPLE, with_embargo, None),
        Base("training centre", "centre-formation-fes", _TRAINING_RELEASE, _TRAINING_ARTICLE),
    ]
    for slug, article in _REAL if real else ():
        release = real[0] / slug / "release.md"
        source = real[1] / f"{article}.txt"
        if release.is_file() and source.is_file():
            found.append(Base(f"real: {slug}", slug, release.read_text(encoding="utf-8"),
                              source.read_text(encoding="utf-8")))
    return found


def _article_of(root: Path, base: Base) -> str:
    return base.article if base.article is not None else (
        root / "releases" / EXAMPLE / "article.txt").read_text(encoding="utf-8")


def _paste_article(text: str, article: str) -> str:
    """The release's body replaced by the article's paragraphs (its headline left out)."""
    head, sep, _ = text.partition("\n---\n")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", article) if p.strip()]
    return head + sep + "\n\n".join(paragraphs[1:]) + "\n"


def _project(root: Path, base: Base, where: Path) -> Path:
    shutil.copytree(root / "templates", where / "templates")
    folder = where / "releases" / base.slug
    folder.mkdir(parents=True)
    article = base.article if base.article is not None else (
        root / "releases" / EXAMPLE / "article.txt").read_text(encoding="utf-8")
    (folder / "article.txt").write_text(article, encoding="utf-8")
    (folder / "release.md").write_text(base.release, encoding="utf-8")
    return folder / "release.md"


def _diagnose(project: Path, release_file: Path, render: bool) -> list:
    from communique.checks.engine import check_release_file
    from communique.checks.rule import Selection

    # The shipped institutions carry placeholder contacts on purpose (W003, W004 say so on
    # every release): they are not about the release, so the bench leaves them out.
    checked = check_release_file(project, release_file, Selection(ignore=("W003", "W004")))
    found = list(checked.diagnostics)
    if render and checked.release is not None and checked.pack and checked.institution \
            and not checked.has_errors:
        from communique.checks.readback import verify_outputs
        from communique.errors import RenderError

        try:
            from communique.writers.docx import render_docx
            from communique.writers.pdf import render_pdf

            pdf = render_pdf(checked.release, checked.pack, checked.institution)
            docx = render_docx(checked.release, checked.pack, checked.institution)
        except (RenderError, ImportError) as err:
            from communique.diagnostics import Diagnostic, Severity
            from communique.model import Location

            found.append(Diagnostic("O005", "output-unreadable", Severity.ERROR,
                                    f"not rendered: {err}", Location(str(release_file))))
        else:
            found.extend(verify_outputs(checked.release, checked.pack, pdf, docx))
    return found


def run_benchmark(root: Path, real: tuple[Path, Path] | None = None, *,
                  out: TextIO = sys.stdout, render: bool = True) -> int:
    outcomes = {m.name: Outcome() for m in MUTATIONS}
    false_positives: list[str] = []
    with tempfile.TemporaryDirectory(prefix="checks-bench-") as tmp:
        for b_index, base in enumerate(bases(root, real)):
            clean_dir = Path(tmp) / f"b{b_index}-clean"
            release_file = _project(root, base, clean_dir)
            baseline = _diagnose(clean_dir, release_file, render)
            false_positives += [f"{base.name}: {d.code} {d.location} {d.message}"
                                for d in baseline]
            seen = {(d.code, d.message) for d in baseline}
            for m_index, mutation in enumerate(MUTATIONS):
                mutated = mutation.apply(base.release)
                if mutation.pastes_article and mutated is not None:
                    mutated = _paste_article(mutated, _article_of(root, base))
                html_path = None
                if mutated is None:
                    continue
                work = Path(tmp) / f"b{b_index}-m{m_index}"
                release_file = _project(root, Base(base.name, base.slug, mutated,
                                                   base.article), work)
                if mutation.template is not None:
                    html_path = work / "templates" / "communique" / "release.html.j2"
                    html = mutation.template(html_path.read_text(encoding="utf-8"))
                    if html is None:
                        continue
                    html_path.write_text(html, encoding="utf-8")
                outcome = outcomes[mutation.name]
                outcome.tried += 1
                found = [d for d in _diagnose(work, release_file, render or mutation.renders)
                         if (d.code, d.message) not in seen]
                hits = [d for d in found if d.code.startswith(mutation.expect)]
                if mutation.renders:
                    # A template fault must stop the build: an error, not only a warning.
                    hits = hits if any(d.severity.name == "ERROR" for d in hits) else []
                if hits:
                    outcome.detected += 1
                    outcome.codes.update(d.code for d in hits)
                else:
                    outcome.missed.append(base.name)
    _print_table(outcomes, false_positives, len(bases(root, real)), out)
    missed = any(o.detected < o.tried for o in outcomes.values())
    return 1 if missed or false_positives else 0


def _print_table(outcomes: dict[str, Outcome], false_positives: list[str], n_bases: int,
                 out: TextIO) -> None:
    print(f"{'defect class':<30} {'detected':>9} {'rate':>6}  codes", file=out)
    print("-" * 72, file=out)
    total = detected = 0
    for name, o in outcomes.items():
        rate = f"{o.detected / o.tried:.0%}" if o.tried else "n/a"
        print(f"{name:<30} {o.detected:>4}/{o.tried:<4} {rate:>6}  "
              f"{', '.join(sorted(o.codes))}"
              + (f"  MISSED in: {', '.join(o.missed)}" if o.missed else ""), file=out)
        total += o.tried
        detected += o.detected
    print("-" * 72, file=out)
    print(f"{'all defects':<30} {detected:>4}/{total:<4} "
          f"{(detected / total if total else 0):>6.0%}", file=out)
    print(f"false positives on {n_bases} unmutated releases: {len(false_positives)}", file=out)
    for line in false_positives:
        print(f"  {line}", file=out)
