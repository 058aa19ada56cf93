"""Titles read before a name (« le ministre de l'Economie, X », "Prime Minister X")."""

from __future__ import annotations

import re

from ..constructions import EVERY_LANGUAGE, compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold, title_index, titles
from .arabic_names import AR_ACCUSATIVE_END, ar_clause_nouns, ar_name_end, ar_not_name
from .en_portfolios import (
    en_portfolio_item,
    en_portfolio_listed,
    name_of_two_words_ends,
    portfolio_with_and,
)
from .fr_appositions import fr_apposition_after_name, fr_titled_before_comma
from .lexicon import (
    ar_proclitics,
    determiners,
    folded_honorifics,
    is_title_word,
    modifiers,
    place_words,
)
from .title_phrases import (
    after_participle,
    apposition_after_name,
    assigned_title,
    of_before,
    only_capitals_and_links,
    split_titles,
    title_start,
    titled_before_comma,
)
from .title_words import (
    APPOINTED,
    BOUNDARY,
    PORTFOLIO_PART,
    continues,
    continues_portfolio,
    day_after_title,
    dotted_head_words,
    find_head,
    past_verb_after_head,
    title_stop,
    trim,
    word_spans,
)

# A conjunction closing a stretch of text ("President of Parliament and", « ، و »).
_AND_AT_END = r"\s{conjunction}\s*$"


# What stands between two stacked titles: a comma, a conjunction, an article, the first
# title's acronym ("Chief of Army Staff (COAS) General X").
# (« سفير مملكة إسبانيا، سعادة السفير X »: a form of address between them, slot
# address_between_titles)
_STACK_GAP = (r"(?:\s|,|\s{conjunction}\s|\s{ar_conjunction}"
              r"|\s{title_article}(?=\s|$)|\s{address_between_titles}(?=\s|$)"
              r"|(?<=\w)\s\((?-i:[A-Z]{2,8})\)(?=\s))*$")


_ACRONYM = re.compile(r"\([A-Z][A-Za-z0-9&.\-]{1,11}\)")


# "Lt. Gov. Susan Bysiewicz", "Sen. Chuck Schumer": the dot of a title written short
# (an English head in data/titles_en.txt that ends on a dot) ends no clause.
_SHORT_WORD_DOT = re.compile(r"(?<![\w.])[A-Z][a-z]{0,4}\.(?=[ \t]+[A-Z]|[ \t]*$)")


def _clause_before(norm: str, start: int) -> tuple[int, str]:
    lo = max(0, start - 250)
    chunk = norm[lo:start]
    # "the CEO of Rwanda Development Board (RDB), Claire Akamanzi": an acronym in brackets
    # is part of the title, not a clause boundary.
    masked = _ACRONYM.sub(lambda m: "x" * len(m.group(0)), chunk)
    masked = _SHORT_WORD_DOT.sub(
        lambda m: m.group(0)[:-1] + "x" if fold(m.group(0)) in dotted_head_words()
        else m.group(0), masked)
    # "The President of Uganda, H.E Gen. Yoweri Museveni": the dots of a form of address
    # written with initials end no clause
    masked = _DOTTED_ADDRESS.sub(
        lambda m: m.group(0).replace(".", "x")
        if fold(m.group(0)).rstrip(".") in folded_honorifics() else m.group(0), masked)
    cut = max((m.end() for m in BOUNDARY.finditer(masked)), default=0)
    return lo + cut, chunk[cut:]


# "H.E", "H.R.H.": initials with their dots before a capital (the last dot may be left out)
_DOTTED_ADDRESS = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]\.?(?=[ \t]+[A-Z])")


# « ، في شخص »: "in the person of", between an office and its holder's name
# (patterns/ar/words.yaml, slot ar_in_the_person_of)
_IN_THE_PERSON_OF = r"[ \t]*[،,]?[ \t]*{ar_in_the_person_of}[ \t]*$"


_DASH_BEFORE = re.compile(r"(?<=\w)[ \t]+[–—-][ \t]+$")


_PAREN_BEFORE = re.compile(r"(?<=[\w.])[ \t]*\([^()\n]{1,40}\)\.?[ \t]*$")


def _common_noun_before_comma(norm: str, title: tuple[int, int], lead: int) -> bool:
    """"On the issue of transitional justice, President X": a head alone in lower case after
    a lower-case word that is no article or premodifier, closed by a comma, is a common noun
    ending a clause, no title stacked on the one after the comma."""
    words = norm[title[0]:title[1]].split()
    before = norm[max(0, title[0] - 30):title[0]].split()[-1:]
    return (len(words) == 1 and words[0].islower() and "," in norm[title[1]:lead + 2]
            and bool(before) and before[0].isalpha() and before[0].islower()
            and fold(before[0]) not in determiners() and fold(before[0]) not in modifiers())


def _body_before_lower_head(norm: str, s: int, n: int, e: int) -> bool:
    """"Swapo Party Youth League spokesperson X", "Town Council chairman X": the capitalised
    word at ``n``, after another one that is no title, runs on capitals into the title's
    head in lower case: it names the body whose officer X is, not a person."""
    words = word_spans(norm[s:e], s)
    at = next((k for k, w in enumerate(words) if w[0] == n), 0)
    return (at >= 1 and len(words) - at >= 2 and words[-1][2].islower()
            and bool(find_head(words, "en", len(words) - 1))
            and all(w[2][:1].isupper() for w in words[at - 1:-1])
            and not is_title_word(words[at - 1][2], "en"))


def titles_before(
    norm: str, start: int, language: str, name_starts: frozenset[int] = frozenset(),
    depth: int = 0, name_ends: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    assigned = assigned_title(norm, start, language) if depth == 0 else []
    if assigned:
        return assigned
    paren = _PAREN_BEFORE.search(norm, max(0, start - 45), start) if depth == 0 else None
    if paren and language == "en":
        # "Minister of State for Water Resources AYUSH (Independent Charge) Ramkishore Kawre":
        # the title stands before the bracket
        return titles_before(norm, paren.start(), language, name_starts, 1, name_ends)
    dash = _DASH_BEFORE.search(norm, max(0, start - 6), start) if depth == 0 else None
    label = norm[:dash.start()].split()[-1] if dash else ""
    if dash and language == "en" and fold(label) not in place_words():
        # "Present were: Minister of Finance – Tovin Marsh; Governor – Ilse Brandvik": a list
        # item's title stands before the dash (not "heads of mission of Ethiopia – X, Japan
        # – Y": a list labelled by country)
        return titles_before(norm, dash.start(), language, name_starts, 1, name_ends)
    person_of = compile_skeleton(_IN_THE_PERSON_OF, "ar").search(
        norm, max(0, start - 24), start) if language == "ar" and depth == 0 else None
    if person_of:
        # « انتخاب رئيس الجمعية العامة، في شخص X »: the office told before "in the person of"
        return titles_before(norm, person_of.start(), language, name_starts, 1, name_ends)
    if language == "ar" and depth == 0 and norm[start - 1:start] in ("(", '"'):
        # « سفير جمهورية تركيا (أنل بورا إينان) »: a name in brackets after its title
        lead = start - 1
        while lead > 0 and norm[lead - 1] in " \t":
            lead -= 1
        return titles_before(norm, lead, language, name_starts, 1, name_ends)
    if language == "en" and depth == 0 and norm[start - 1:start] == "(":
        return _title_before_bracket(norm, start - 1, name_starts, name_ends)
    clause_start, clause = _clause_before(norm, start)
    stripped = clause.rstrip()
    article = compile_skeleton(r",\s*{title_article}$", language, re.IGNORECASE).search(stripped)
    if article and language == "en":
        # "the Premier of Bermuda, the Hon. David Burt": the article before the honorific
        stripped = stripped[:article.start() + 1]
    if stripped.endswith(","):
        # « le Directeur général de la Sûreté nationale, Abdellatif Hammouchi »
        body_end = clause_start + len(stripped) - 1
        out: list[tuple[int, int]] = []
        if language == "en" and name_of_two_words_ends(norm, body_end, name_starts,
                                                        name_ends):
            # "Cabinet Ministers Harpal Singh Cheema, Dr. Baljit Kaur": a name before the
            # comma makes a list; what stands before it is that name's
            return out
        cut = norm.rfind(",", clause_start, body_end)
        if (language == "en" and cut >= 0 and apposition_after_name(norm, start)
                and any(cut - 2 <= n <= cut and not titled_before_comma(norm, n)
                        for n in name_ends)):
            # "A, Minister of Trade, B, Ambassador to Ghana": the title between two names is
            # A's when B has its own after it
            return out
        if (language == "fr" and cut >= 0 and fr_apposition_after_name(norm, start)
                and any(cut - 2 <= n <= cut and not fr_titled_before_comma(norm, n, name_starts)
                        for n in name_ends)):
            return out  # « A, conseiller du président, B, conseillère de presse »: A's
        body_end = _before_aside(norm, clause_start, body_end, language)
        for _ in range(3):
            cut = norm.rfind(",", clause_start, body_end)
            seg_start = cut + 1 if cut >= 0 else clause_start
            if language in ("en", "fr"):
                # "The Union minister was accompanied by the Chief Minister of Assam, Dr. X",
                # « Le président a reçu son homologue guinéen, X »: the title opens after the
                # last stop word ("was", « a »), not before it
                stops = list(title_stop().finditer(norm, seg_start, body_end))
                seg_start = stops[-1].end() - 1 if stops else seg_start
            words = word_spans(norm[seg_start:body_end], seg_start)
            all_words = len(words)
            words = _after_name_and(words, norm, seg_start, body_end, name_ends, language)
            # "..., Dr X and South Korea's Minister of Environment, Y": the part opens after
            # X's name, so what stands before it is X's, no title stacked on Y's
            after_name = len(words) < all_words
            i = title_start(words, language, last=False, norm=norm)
            # « le ministre de l'Intérieur, des Collectivités locales et de l'Aménagement du
            # Territoire, Kamel Beldjoud »: a part starting « des/du/de » continues a title.
            for _ in range(4):
                part_end = norm.find(",", seg_start, body_end)
                part_end = body_end if part_end < 0 else part_end
                listed = language == "en" and en_portfolio_item(norm, seg_start, part_end)
                if (i is not None or cut < 0 or not words
                        or not (listed or continues(words[0][2]))
                        # « , à savoir les professeurs A, B »: a part naming someone or
                        # giving a figure is no portfolio
                        or not PORTFOLIO_PART.fullmatch(norm[seg_start:part_end])
                        or not listed and any(seg_start <= n < part_end
                                              and not of_before().search(norm[seg_start:n])
                                              for n in name_starts)):
                    break
                cut = norm.rfind(",", clause_start, cut)
                seg_start = cut + 1 if cut >= 0 else clause_start
                words = word_spans(norm[seg_start:body_end], seg_start)
                i = title_start(words, language, last=False, norm=norm)
            if i is None or language == "en" and after_participle(words, i):
                break
            verb = past_verb_after_head(norm, words[i][0], body_end) if language == "en" \
                else None
            if verb is not None:
                # "The President thanked the Minister of Trade, X": the subject's title stands
                # before the verb, X's after it
                rest = [w for w in words if w[0] > verb]
                k = title_start(rest, language, last=False, norm=norm)
                if k is None:
                    break
                i = words.index(rest[k])
            s, e = trim(norm, words[i][0], body_end)
            clause_at = [n for n in name_starts
                         if s < n < body_end and _clause_after_name(norm, n, body_end)]
            if clause_at and language == "en":
                # "President X met the Mayor of Lima, Y": the title opens after the clause of
                # the name before it, if one does
                s = _title_after_clause(norm, max(clause_at), body_end, name_ends)
                if s is None:
                    break
                s, e = trim(norm, s, body_end)
            elif clause_at:
                break  # "Governor X administered the oath to Y, Z": a clause, not a title
            if language == "fr" and any(s < n < body_end and any(body_end - 2 <= x <= body_end
                                                                  for x in name_ends)
                                        and not of_before().search(norm[s:n])
                                        for n in name_starts):
                # « À l'invitation du prince Albert II, Ilir Meta »: a title ending on a name
                # before the comma is that name's (not « conseiller de Nasser Bourita, X »)
                break
            if language == "en" and _appointed_before(norm, s, seg_start, name_ends):
                break  # "Manzoor Nadir elected Speaker of the National Assembly, Shuman ..."
            if e > s:
                parts = split_titles(norm, s, e, language)
                if cut >= 0 and any(cut - 2 <= n <= cut for n in name_ends):
                    # "Judith Uwizeye, Minister of Public Service and Labour and the CEO of
                    # RDB, Claire Akamanzi": only the last part is the next name's
                    parts = parts[-1:]
                out = parts + out
            # « le wali de X, gouverneur de Y, Mohamed Mhidia »: stacked appositions
            if i != 0 or cut < 0 or after_name:
                break
            body_end = cut
        return out
    # « le président Macky Sall », "U.S. President Barack Obama", « وزير الداخلية عبد الوافي »
    words = word_spans(clause, clause_start)[-18:]
    i = title_start(words, language, last=True, norm=norm)
    if i is None:
        return []
    head_at = words[i][0]  # "Farmers Welfare": a run of the portfolio after "and" is no name
    if language == "en":
        i = portfolio_with_and(words, i, norm, name_ends)
    if compile_skeleton(_AND_AT_END, EVERY_LANGUAGE, re.IGNORECASE).search(
            norm[words[i][0]:start]):
        return []  # "elected President of Parliament and Norberto Ribeiro": not Ribeiro's
    verb = past_verb_after_head(norm, words[i][0], start) if language == "en" else None
    if verb is not None:
        # "the Deputy Minister conveyed greetings of the Custodian of the Two Holy Mosques King
        # X": the title before the verb is its subject's; only one after it is X's
        rest = [w for w in words if w[0] > verb]
        k = title_start(rest, language, last=True, norm=norm)
        if k is None:
            return []
        i = words.index(rest[k])
    s, e = trim(norm, words[i][0], start)
    if (language == "ar" and norm[s:s + 1] in ar_proclitics() and norm[s:s + 2] != "لل"
            and find_head([(0, 0, words[i][2][1:])] + words[i + 1:], "ar", 0)):
        # « مرفوقا بولي العهد الأمير مولاي الحسن »: a proclitic is not the title (« للرئيس »
        # keeps its « ل », which stands for the article: components/titles.py writes « ال »)
        s += 1
    if title_stop().search(" " + norm[s:e] + " "):
        return []
    days = list(day_after_title().finditer(" " + norm[s:e] + " ")) if language == "en" else []
    if days:
        # "sworn in as the new president Friday following X", "Tuesday Minister X": a day
        # ends the title before it; only a title after the day is the name's
        rest = [w for w in words if w[0] >= s + days[-1].end() - 1]
        k = title_start(rest, language, last=True, norm=norm)
        if k is None:
            return []
        s = rest[k][0]
    kin = compile_skeleton(_AND_POSSESSIVE, language, re.IGNORECASE).search(norm, s, e)
    if kin and not find_head(word_spans(norm[kin.end():e], kin.end()), language, 0):
        return []  # « le nouveau ministre et son prédécesseur X »: X is the predecessor
    if any(c.isalpha() for c in norm[e:start]):
        # "Ministers (OIC-CFM) as a special guest at the invitation of Qureshi"; « مويل سفير
        # الكونغو، وزياد عطا الله »: a title cut short of the name is not that name's
        return []
    if "," in norm[s:e]:
        # « du ministre d'Etat, ministre des Affaires étrangères X » is one stack of titles;
        # « la ministre, Mme Y, et le président X » is not
        cut = norm.rfind(",", s, e) + 1
        tail = [w for w in word_spans(norm[cut:e], cut) if fold(w[2]) not in determiners()]
        # (French only: "Governor of Pitcairn, and he also served as" is a clause)
        if (not tail or not find_head(tail, language, 0)) and not (
                language == "fr" and continues_portfolio(norm, s, e)
                or language == "en" and en_portfolio_listed(norm, s, e)):
            return []
    # "Minister for Information Auqaf, Hajj, Religious and Minority Affairs X": the fields
    # of a listed portfolio are capitalised words, not names
    listed = language == "en" and "," in norm[s:e] and en_portfolio_listed(norm, s, e)
    if not listed and any(s < n < e and n != head_at
                          and not (language == "en" and of_before().search(norm[s:n])
                                   and only_capitals_and_links(norm[n:e]))
                          and not (language == "en" and _body_before_lower_head(norm, s, n, e))
                          for n in name_starts):
        # "President X at a ceremony held in Rashtrapati Bhavan": X's title; not "Water
        # Resources" of "Minister of State for Water Resources AYUSH"
        return []
    tail = norm[s:e].split()
    if tail and (fold(tail[-1]) in determiners() or norm[e:e + 1] in "'’"
                 or language == "en" and fold(tail[-1]) in slot_words("title_link", "en")
                 # "five new Ministers in Bhagwant Mann led cabinet": nor on "in", "namely"
                 or language == "en" and fold(tail[-1]) in slot_words("title_never_ends",
                                                                      "en")):
        # "Leaders of the Three Amigos", « ministre des Infrastructures et de l'Entretien
        # Routier »: a title does not end on « of the », nor on an elided « de l' »; "Minister
        # of State for Water Resources": nor on "for"
        return []
    found = split_titles(norm, s, e, language) if e > s else []
    if found and depth < 2:
        # Stacked titles: « وزير الخارجية الأمير فيصل », "Vice President and Rajya Sabha Chair
        # M. Venkaiah Naidu", « au chef de l'Etat ivoirien, le président Laurent Gbagbo ».
        at = s
        address = re.search(r"(\S+)[ \t]+$", norm[max(0, s - 20):s])
        if (language == "en" and address
                and fold(address.group(1)).rstrip(".") in folded_honorifics()):
            at = s - len(address.group(0))  # "the Chief Justice, the Hon Justice X"
        gap = compile_skeleton(_STACK_GAP, EVERY_LANGUAGE, re.IGNORECASE).search(
            norm[max(0, at - 12):at])
        lead = at - len(gap.group(0)) if gap else at
        prev = titles_before(norm, lead, language, name_starts, depth + 1, name_ends)
        if language == "en" and prev and _common_noun_before_comma(norm, prev[-1], lead):
            prev = []
        last_word = norm[prev[-1][0]:prev[-1][1]].split()[-1] if prev else ""
        # « du Délégué général du gouvernement auprès de la province du Guéra, le Général
        # X »: a French title before a comma may run long, its complement told in full
        longest = 16 if language == "fr" and gap and "," in gap.group(0) else 9
        if (prev and prev[-1][1] >= lead and len(norm[prev[0][0]:s].split()) <= longest
                # « نقل الوزير تحياته إلى الرئيس البرازيلي »: no title ends on « إلى »
                and last_word not in ar_name_end() and fold(last_word) not in determiners()
                # (a bracketed acronym after it abbreviates the words before: "Army Staff"
                # of "Chief of Army Staff (COAS) General X" names no one)
                # ("Diplomatic Institute Director, Ambassador X": a word of the body read as
                # a run of its own is no name in the title; a headline's is no stacked title)
                and (")" in gap.group(0) or not any(
                    prev[0][0] <= n < s and not (language == "en" and _one_word_run(
                        norm, n, name_ends) and "\n" not in norm[n:s]) for n in name_starts))
                # « ومحمد مفكر، الوالي مدير ...، ومحمد الدخيسي »: « الوالي » is مفكر's
                # (« جبر، ومستشار الرئيس القانوني حسن العوري »: « و » opens the next item)
                # (an acronym between the two titles ties them: "Sharif, Chief of Army
                # Staff (COAS) General X" are X's)
                and (")" in gap.group(0)
                     or not any(prev[0][0] - 4 <= n <= prev[0][0] for n in name_ends
                                if norm[prev[0][0] - 1:prev[0][0]] != "و"))):
            one = norm[prev[-1][0]:prev[-1][1]]
            if (language == "ar" and len(one.split()) == 1 and not one.startswith("ال")
                    and not norm[prev[-1][1]:s].strip()):
                # « نائب رئيس مجلس الوزراء »: a head without « ال » is in the construct state,
                # the title after it is its complement, not a second title
                found = [(prev[-1][0], found[0][1])] + found[1:]
                prev = prev[:-1]
            elif language == "ar" and prev[-1][1] == s and norm[s - 1:s] == "ل":
                # « النائب الأول لرئيس الوزراء »: the head after « ل » is the first title's
                # complement ("deputy to the Prime Minister"), one title
                found = [(prev[-1][0], found[0][1])] + found[1:]
                prev = prev[:-1]
            if prev and ")" in gap.group(0):  # the acronym belongs to the title it follows
                prev = prev[:-1] + [(prev[-1][0], norm.find(")", prev[-1][1], s) + 1)]
            found = prev + found
    if language == "ar":
        # « سفيراً لدولة فلسطين خلفاً لمحمود الخالدي »: an accusative title is said of a name
        # before it (« عين X سفيرا »), never of the name it precedes
        found = [t for t in found if not _ar_accusative_head(norm[t[0]:t[1]].split()[0])]
        # « السفير الجديد أوراق اعتماده لرئيس الجمهورية »: what an envoy hands over, or a
        # verb, is the clause between two people, never part of a title
        clause = ar_not_name() | ar_clause_nouns()
        found = [t for t in found if not any(w in clause for w in norm[t[0]:t[1]].split())]
    return found


# "The High Commissioner of X to Y, resident in Lorton, H.E. Z": where an envoy sits, told
# between the title and the name (patterns/<language>/words.yaml, slot title_aside)
_ASIDE = r",[ \t]*(?i:{title_aside})[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*$"


def _before_aside(norm: str, lo: int, body_end: int, language: str) -> int:
    """The end of the title before a name once an aside closed by the comma at
    ``body_end`` is taken off ("..., resident in Lorton,"); ``body_end`` when none is."""
    aside = compile_skeleton(_ASIDE, language).search(norm, max(lo, body_end - 60), body_end)
    return aside.start() if aside else body_end


def _one_word_run(norm: str, n: int, name_ends: frozenset[int]) -> bool:
    """The run of capitals read as a name at ``n`` is one word ("Diplomatic")."""
    end = min((e for e in name_ends if e > n), default=n)
    return end > n and not any(c.isspace() for c in norm[n:end])


def _title_before_bracket(norm: str, bracket: int, name_starts: frozenset[int],
                          name_ends: frozenset[int]) -> list[tuple[int, int]]:
    """"Ambassador of Oman (H.E. X); Ambassador of Latvia (H.E. Y)", "The Lorvania High
    Commissioner (H.E. X)": a name in brackets right after a title holds it; not after a
    plural ("the governors of Oshana (A), Khomas (B)": the office is shared, told once) nor
    as one word ("Justice (Retd) X", "Second Secretary (Political) X": a qualifier of the
    title). (A name in brackets after a person's name is no person: ``attach``.)"""
    lead = len(norm[:bracket].rstrip(" \t"))
    inside = re.match(r"\(([^()\n]*)\)", norm[bracket:bracket + 80])
    if inside is None or len(inside.group(1).split()) < 2:
        return []
    found = titles_before(norm, lead, "en", name_starts, 1, name_ends)
    if not found or found[-1][1] < lead - 1:
        return []
    # a head written in the singular: "governors" opens no head as written, "Ambassador" does
    singular = title_index("en").first_words
    if not any(fold(w) in singular for w in norm[found[-1][0]:found[-1][1]].split()):
        return []
    return found


# « le ministre et son prédécesseur X »: a conjunction and a possessive (slot possessive,
# patterns/<language>/words.yaml) before the noun that names X
_AND_POSSESSIVE = r"\s{conjunction}\s+{possessive}\s+"


def _appointed_before(norm: str, s: int, lo: int, name_ends: frozenset[int]) -> bool:
    """A name and a verb of appointment lead to the title at ``s``: it is that name's."""
    appointed = compile_skeleton(APPOINTED, "en", re.IGNORECASE)
    return any(lo - 40 <= n < s and (m := appointed.match(norm[n:s])) and n + m.end() == s
               for n in name_ends)


def _ar_accusative_head(word: str) -> bool:
    """« وزيرا », « سفيراً »: a title head with an accusative ending (patterns/ar/words.yaml)."""
    heads = set(titles("ar"))
    bare = compile_skeleton(AR_ACCUSATIVE_END, "ar").sub("", word)
    return bare != word and fold(word) not in heads and (
        fold(bare) in heads or fold("ال" + bare) in heads)


# « SM le Roi Mohammed VI et le Président chilien, Ricardo Lagos Escobar »: a conjunction
# after a name inside an apposition opens the next name's title (slot conjunction, pooled).
_NAME_AND = r"[ \t]+{conjunction}[ \t]+"


def _after_name_and(words: list[tuple[int, int, str]], norm: str, s: int, e: int,
                    name_ends: frozenset[int], language: str) -> list[tuple[int, int, str]]:
    """The words of an apposition after the last name in it that a conjunction follows,
    when a title opens there; else all its words ("Minister of Transport and Logistics":
    capitals inside a title are no name)."""
    joined = compile_skeleton(_NAME_AND, EVERY_LANGUAGE, re.IGNORECASE)
    after = [m.end() for n in name_ends if s < n < e and (m := joined.match(norm, n))]
    if not after:
        return words
    rest = [w for w in words if w[0] >= max(after)]
    i = title_start(rest, language, last=False, norm=norm)
    opens = i is not None and all(fold(w[2]) in determiners() for w in rest[:i])
    return rest if opens else words


def _title_after_clause(
    norm: str, n: int, e: int, name_ends: frozenset[int]
) -> int | None:
    """Where a title opens in the clause after the name at ``n`` ("met the Mayor of Lima"):
    after the verb and an article only (no capital before it), or None ("administered the
    oath to Y": none)."""
    end = min((x for x in name_ends if x > n), default=n)
    words = word_spans(norm[end:e], end)
    k = title_start(words, "en", last=False, norm=norm)
    if k is None or k == 0 or not all(w[2].islower() for w in words[:k]):
        return None
    if any(end < x < words[k][0] for x in name_ends):
        return None
    return words[k][0]


def _clause_after_name(norm: str, n: int, e: int) -> bool:
    """"Governor X administered the oath to Y": words after a name inside an apposition,
    one of them lower case and no determiner, make it a clause, not a title."""
    after = norm[n:e].split()[1:]
    return len(after) >= 3 and any(
        w[:1].islower() and fold(w) not in determiners() and not continues(w) for w in after)
