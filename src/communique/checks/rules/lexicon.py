"""Word lists the people rules need, read from the extractor's data files (read-only).

The extractor keeps its gazetteer (places.yaml, world_places.tsv), its title heads
(titles_<lang>.txt), honorifics and the capitalised words that are never part of a name
(names.yaml) as files beside its code. The checks read the same files so that a place
the extractor knows is a place for the checks too; they read them directly, without
importing the extractor (which would load its language models into `inv check`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from communique.checks.rules.article_match import fold_text, loose_key

_FLOW_LIST = re.compile(r"\[([^\[\]]*)\]")
_DATA = Path(__file__).resolve().parents[2] / "extract" / "data"


def _text(name: str) -> str:
    try:
        return (_DATA / name).read_text("utf-8")
    except OSError:
        return ""  # an installation without the extractor's data: the lists are empty


def _lines(name: str) -> list[str]:
    return [line.strip() for line in _text(name).splitlines()
            if line.strip() and not line.startswith("#")]


@cache
def place_names() -> frozenset[str]:
    """Countries, nations and cities in every language, folded (`loose_key`)."""
    # Folded as one text (one pass instead of ten thousand): the same result as folding
    # each name with loose_key.
    names: list[str] = []
    # Every entry of places.yaml is a flow list of spellings (« [Maroc] », « names: [Rabat,
    # الرباط] »); reading the lists directly is ten times faster than a YAML parser here.
    for line in _text("places.yaml").splitlines():
        if not line.lstrip().startswith("#"):
            for group in _FLOW_LIST.findall(line):
                names.extend(n.strip().strip("'\"") for n in group.split(","))
    for line in _text("world_places.tsv").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        for cell in line.split("\t")[4:7]:
            names.extend(cell.split("|"))
    folded = fold_text("\n".join(n.replace("\n", " ") for n in names))
    return frozenset(" ".join(n.split()) for n in folded.split("\n")) - {""}


@cache
def title_heads() -> frozenset[str]:
    """Words that start an official title (« ministre », "governor", « وزير »), folded."""
    words: set[str] = set()
    for lang in ("fr", "en", "ar"):
        for line in _lines(f"titles_{lang}.txt"):
            words.update(loose_key(line).split())
    return frozenset(words)


@cache
def title_head_phrases() -> tuple[str, ...]:
    phrases = {loose_key(line) for lang in ("fr", "en", "ar")
               for line in _lines(f"titles_{lang}.txt")}
    return tuple(sorted(phrases, key=len, reverse=True))


def _yaml_list(name: str, key: str) -> list[str]:
    """The flow list `key: [a, b, …]` of a data file (a YAML parser costs 0.2 s here)."""
    m = re.search(rf"^{key}:\s*\[(.*?)\]", _text(name), re.MULTILINE | re.DOTALL)
    if not m:
        return []
    items = re.sub(r"#[^\n]*", "", m.group(1))
    return [w.strip().strip("'\"") for w in items.split(",") if w.strip()]


@cache
def honorific_words() -> frozenset[str]:
    words: set[str] = set()
    for line in _text("honorifics.yaml").splitlines():
        m = re.match(r"^\s*-\s+(.+?)\s*$", line)
        if m:
            words.update(loose_key(m.group(1).strip("'\"")).split())
    return frozenset(words)


@cache
def non_name_words() -> frozenset[str]:
    """Capitalised words that never belong to a person's name ("Minister", « Sa »)."""
    return frozenset(loose_key(w) for w in _yaml_list("names.yaml", "non_name_words"))


# Heads of organisation names (fr/en/ar): a person's name never starts with one.
ORGANISATION_HEADS = frozenset(loose_key(w) for w in (
    "Ministère", "Ministry", "Direction", "Directorate", "Organisation", "Organization",
    "Union", "Fédération", "Federation", "Association", "Agence", "Agency", "Banque", "Bank",
    "Fonds", "Fund", "Conseil", "Council", "Commission", "Committee", "Comité", "Parti",
    "Party", "Office", "Bureau", "Institut", "Institute", "Université", "University",
    "Syndicat", "Chambre", "Chamber", "Cour", "Court", "Parlement", "Parliament", "Sénat",
    "Senate", "Assemblée", "Assembly", "Gouvernement", "Government", "Ambassade", "Embassy",
    "Préfecture", "Wilaya", "Mairie", "Municipalité", "Royaume", "Kingdom", "République",
    "Republic", "Sûreté", "Gendarmerie", "Police", "Interpol", "Europol", "Nations",
    "وزارة", "منظمة", "هيئة", "مجلس", "الاتحاد", "اتحاد", "جامعة", "المنظمة", "البنك",
    "صندوق", "المديرية", "مديرية", "حزب", "الأنتربول", "الانتربول", "سفارة", "الحكومة"))

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,7}$")


def looks_like_acronym(name: str) -> bool:
    return bool(_ACRONYM.match(name.strip())) and not name.strip().endswith(".")
