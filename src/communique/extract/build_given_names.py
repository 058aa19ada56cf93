"""Build ``data/given_names_world.txt``, the large list of Latin-script given names.

Run once and commit the output; the extractor never imports the packages used here::

    pip install gender-guesser                       # build-time only (ships nam_dict.txt)
    apt-get install wamerican wfrench                # word lists for the stop filter
    python -m communique.extract.build_given_names   # writes data/given_names_world.txt

Source: ``nam_dict.txt`` shipped inside the ``gender-guesser`` package (Jörg Michael's
multicultural list of about 48,000 first names, GNU Free Documentation License 1.2 or later;
the generated list is a derived work under the same licence).

A given name only counts as evidence that a capitalised run is a person, so a name that is also
a common word would turn "Grace Period" or "Will Power" into people. Dropped here:

- words that the English or French dictionary lists in lower case (``will``, ``rose``, ``mark``,
  ``bill``, ``grace``), unless the hand list ``given_names_latin.txt`` or ``KEEP`` has them
  (« Pierre » is a stone in French and still a name);
- place names from ``world_places.tsv`` and ``places.yaml`` (Paris, Georgia, Chad), month and
  weekday names, title heads, honorifics and the ``non_name_words`` of ``names.yaml``;
- names of one or two letters, and the ``STOP`` list below.

Staff edit ``given_names_latin.txt`` (the hand list, always kept); this file is regenerated.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

DATA = Path(__file__).with_name("data")
OUT = DATA / "given_names_world.txt"
DICTIONARIES = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/french"))

# Also common words or name parts that mislead in press text, whatever the dictionaries say.
STOP = set(
    """
    Al El Ben Bin Abu Ibn Ould Van Von Der Den Del Della Dos Das Du De La Le Les Di Da Mac Mc
    Saint Sainte San Santa Santo Sao St Ste Don Dona Dom Sir Lord Lady Dame King Queen Prince
    Princess Emir Sheikh Cheikh Imam Pope Bishop Father Mother Sister Brother Baby Honey Sunny
    Star Love Happy Lucky Hope Faith Joy Glory Victory Liberty Justice Unity Peace Royal Major
    General Colonel Captain Marshal Admiral Judge Chancellor Mayor Governor Senator President
    Minister Premier Chief Deputy Vice Director Secretary Ambassador Consul Speaker Chairman
    Member Mister Madame Monsieur Madam Miss Doctor Professor Dean Rector Regent Sultan Caliph
    Amir Emperor Empress Duke Duchess Count Countess Baron Baroness Earl Knight Bishop Cardinal
    Nation National Union United State States Republic Kingdom Capitol Congress Senate Assembly
    Council Court House Hall Palace Tower Bridge Station Avenue Street Square Park Lake River
    Mount Mountain Island Port Bay Cape Valley North South East West Central Upper Lower New Old
    Great Grand Little Big Young Junior Senior Prime Foreign Home Interior Defence Defense
    Health Finance Trade Labour Labor Justice Security Energy Education Culture Sport Sports
    Youth Women Family Welfare Affairs Public Works Development Agriculture Industry Commerce
    Africa African America American Europe European Asia Asian Arab Arabia Islam Islamic Christ
    Christian Catholic Orthodox Muslim Jewish Israel Jordan Kuwait Oman Qatar Yemen Syria Iran
    Iraq Egypt Libya Sudan Chad Niger Mali Togo Benin Gabon Congo Guinea Kenya India China Japan
    Georgia Virginia Carolina Florida Indiana Montana Nevada Dakota Washington Lincoln Jackson
    Houston Austin Dallas Denver Phoenix Orlando Memphis Nashville Charlotte Madison Cleveland
    Columbia Victoria Alexandria Adelaide Sydney Melbourne Wellington Hamilton Kingston
    Paris London Berlin Rome Roma Madrid Lisbon Vienna Geneva Brussels Moscow Cairo Tunis Rabat
    Dakar Abuja Accra Lagos Doha Dubai Riyadh Beirut Damascus Baghdad Tehran Kabul Delhi
    Mumbai Chennai Lima Quito Bogota Caracas Havana Santiago Valencia Florence Venice Sofia
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Janvier Juin Juillet Avril Mars Mai
    Christmas Easter Ramadan Eid Summer Winter Spring Autumn Noel Pascal Toussaint Fete
    Press News Media Radio Post Times Herald Daily Mail Tribune Gazette Journal Express Star
    Photo Image Video Read More Share Print Email Follow Like Comment Reply Home Top
    Gold Silver Diamond Pearl Ruby Jade Amber Coral Ivory Crystal Jewel Dawn Summer Autumn
    Rose Lily Daisy Iris Violet Jasmine Olive Hazel Holly Ivy Heather Fern Blossom Flower
    Will Bill Mark Grace Chase Hunter Mason Cash Price Rich Bob Pat Sue Art Guy Ray Jay Dean
    Frank Earnest Ernest Miles Victor Rock Stone Wolf Fox Bear Hawk Swan Drake Robin Jack
    Duke Prince Baron Count Earl Page Carter Cook Baker Porter Fisher Butler Taylor Parker
    Sign Signing Signed Meeting Summit Visit Forum Session Ceremony Farewell Call Calls Pays
    Pay Says Said Holds Meets Receives Welcomes Hosts Takes Becomes Wins Named Elected Sworn
    Honorable Honourable Excellency Highness Majesty Esteemed Dear Welcome Thanks Thank
    Ahead Above Again Amen Angel Archer Ash Bishop Blue Brown Green Black White Red Gray Grey
    Wall Wells Wood Woods Field Fields Hill Hills Lane Banks Brook Brooks Marsh Moor Ford Forest
    Province Region District County City Town Village Capital Centre Center Gate Square
    Festival Fair Expo Games Cup League Club Team Party Front Alliance Coalition Movement
    Raj Bhavan Nagar Pur Abad Mahatma Bapu Sri Shri Lok Sabha
    """.split()
)
# Dictionary words that are still read as given names in press text.
KEEP = set(
    """
    Pierre Jean Paul Louis Marie Michel Claude Henri Jacques Charles Georges Andre Rene Jules
    Blaise Patrice Vincent Denis Gilles Serge Olivier Martin Julien Bruno Alain Francois Xavier
    Emmanuel Edouard Nicolas Mathieu Lucien Simon Thomas Adrien Antoine Benoit Bernard Dominique
    Laurent Marc Philippe Roger Yves Luc Gabriel Raphael Samuel Daniel David Joseph Moussa
    Abdou Ibrahim Ali Omar Karim Nadia Leila Amina Fatima Aisha Salma Yasmine Hassan Hussein
    Ahmed Mohamed Mohammed Mahmoud Mustapha Youssef Said Rachid Nabil Tarek Sami Walid Khalid
    """.split()
)


def _fold(text: str) -> str:
    from .reference import fold

    return fold(text)


def _nam_dict() -> Path:
    import gender_guesser  # build-time only

    return Path(gender_guesser.__file__).with_name("data") / "nam_dict.txt"


def _read_names(path: Path) -> set[str]:
    names: set[str] = set()
    for raw in path.read_text("utf-8").splitlines():
        if raw.startswith("#") or len(raw) < 4 or raw[:2].strip() == "=":
            continue
        code = raw[:2].strip()
        if code not in ("M", "F", "1M", "1F", "?M", "?F", "?"):
            continue
        name = raw[3:29].strip()
        # « Jun+Wei » stands for "Jun-Wei", "Jun Wei" and "Junwei": keep the hyphenated form.
        name = name.replace("+", "-")
        if " " in name or not re.fullmatch(r"[^\W\d_][\w'\-]*", name):
            continue
        names.add(name)
    return names


def _dictionary_words() -> set[str]:
    words: set[str] = set()
    for path in DICTIONARIES:
        if not path.exists():
            raise SystemExit(f"{path}: missing; apt-get install wamerican wfrench")
        for line in path.read_text("utf-8", errors="replace").splitlines():
            w = line.strip()
            if w and w[0].islower() and "'" not in w:
                words.add(_fold(w))
    return words


def _blocked() -> set[str]:
    """Folded words that must never count as a given name: places, months, titles..."""
    from ..date_mentions import calendar
    from .reference import honorifics, places, read_data_yaml, titles

    p = places()
    out = set(p.city_country) | set(p.country_names) | set(p.demonyms)
    cal = calendar()
    out |= {_fold(w) for w in cal.month_forms + cal.weekday_forms}
    for lang in ("fr", "en", "ar"):
        for head in titles(lang):
            out |= set(head.split())
    out |= {_fold(h).rstrip(".") for h in honorifics()}
    out |= {_fold(w) for w in read_data_yaml("names.yaml")["non_name_words"]}
    out |= {_fold(w) for w in STOP}
    return out


def _hand_list() -> set[str]:
    text = resources.files("communique.extract").joinpath("data", "given_names_latin.txt")
    lines = (line.strip() for line in text.read_text("utf-8").splitlines())
    return {_fold(line) for line in lines if line and not line.startswith("#")}


def build() -> list[str]:
    hand = _hand_list()
    keep = {_fold(w) for w in KEEP} | hand
    common = _dictionary_words()
    blocked = _blocked()
    out: dict[str, str] = {}
    for name in _read_names(_nam_dict()):
        key = _fold(name)
        if len(key.replace("-", "")) <= 2 or key in hand:
            continue  # the hand list already has it
        if key in blocked and key not in {_fold(w) for w in KEEP}:
            continue
        if key in common and key not in keep:
            continue
        out.setdefault(key, name)
    return sorted(out.values(), key=lambda n: (_fold(n), n))


def main() -> None:
    names = build()
    header = [
        "# Generated by build_given_names.py from gender-guesser's nam_dict.txt (Jörg Michael,",
        "# GNU FDL 1.2+): Latin-script given names, one a line, minus common words, places and",
        "# titles. Do not edit: add names to given_names_latin.txt, stop words to the generator.",
    ]
    OUT.write_text("\n".join(header + names) + "\n", "utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main()
