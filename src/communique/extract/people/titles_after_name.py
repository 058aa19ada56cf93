"""Titles read after a name (« X, ministre de l'Economie », "X, the 47th President"),
up to the next name."""

from __future__ import annotations

import re
from itertools import takewhile

from ..constructions import EVERY_LANGUAGE, compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold, title_index
from .arabic_names import ar_clause_nouns, ar_name_end, ar_preposition_and_article
from .arabic_roles import ar_accusative_role
from .en_portfolios import portfolio_runs_into_name
from .fr_appositions import fr_apposition_after_name, fr_titled_before_comma
from .lexicon import (
    determiners,
    final_heads_en,
    folded_honorifics,
    honorific_before,
    is_title_word,
    modifiers,
)
from .shared_titles import plural_head
from .title_phrases import (
    apposition_after_name,
    en_head_at,
    en_title_phrase,
    of_before,
    only_capitals_and_links,
    split_titles,
    titled_before_comma,
)
from .title_words import (
    APPOINTED,
    BOUNDARY,
    PORTFOLIO_PART,
    ROLE_END,
    before_city,
    continues,
    day_after_title,
    find_head,
    title_stop,
    trim,
    word_spans,
)
from .titles_before_name import titles_before

# A role introduced without a verb of appointment: « en tant que », "as", « في منصب », a
# copula (« X, qui est aussi ministre »), « pour occuper le poste de », or a short verb phrase
# before « en qualité de »; the slots are filled from patterns/<language>/role.yaml.
_ROLE_INTRO = (
    r"^\s*(?:,[^,.;\n]{0,80}?)?,?\s*{role_intro}"
    r"|^\s*,?\s*{role_copula}\s+(?:{role_copula_adverb}\s+)?(?:{role_article})?"
    r"|^\s*,?\s*{role_take_up}"
    r"|^(?:\s+[a-zà-ÿ']+){1,9}?\s+{role_after_verbs}\s+"
)


# "X (H.E. Y) in his capacity as Dean of the Diplomatic Corps" (patterns/<language>/role.yaml,
# slot role_capacity): after the name, or the bracket that closes it.
_CAPACITY = r"^\)?[ \t]*,?[ \t]*{role_capacity}[ \t]+"


# A title right after a name without a comma (patterns/<language>/role.yaml, slot
# role_no_comma): only a lower-case word can open it.
_NO_COMMA = r"^{role_no_comma}(?=[a-zà-ÿ])"


# « X – ministre de l'Economie – a … » (slot role_between_dashes): the opening dash.
_DASHED = r"^{role_between_dashes}"


def _opens_next_person(norm: str, at: int, name_starts: set[int]) -> bool:
    """"..., the Chief Justice, the Hon Justice Narinder Hargun": the part after the next comma
    opens on a name of two words or more behind at most three words of address or title (an
    article, "Hon", capitalised words), so the apposition before it is that person's."""
    # ("..., Deputy Foreign Minister, Dr. Faisal Mikdad": the dot of a form of address
    # written short ends no part)
    b = next((m for m in re.compile(r"[,]|" + BOUNDARY.pattern).finditer(norm, at)
              if not _address_dot(norm, m)), None)
    limit = b.start() if b else len(norm)
    n = min((n for n in name_starts if at <= n < limit), default=None)
    if n is None:
        return False
    between = norm[at:n].split()
    # "Talia Brennick, Minister for Health, and Oswin Farrel, ...": "and" closes the list's
    # item, so the apposition before it is still the first name's
    joins = slot_words("conjunction", "en") | slot_words("name_conjunction", "en")
    if between and fold(between[0]) in joins:
        return False
    name = list(takewhile(lambda w: w[:1].isupper(), norm[n:limit].split()))
    return len(between) <= 3 and len(name) >= 2 and all(
        fold(w) in determiners() or fold(w).rstrip(".") in folded_honorifics()
        or w[:1].isupper() for w in between)


def _address_dot(norm: str, m: re.Match[str]) -> bool:
    """The dot at ``m`` closes a form of address written short ("Dr.", "Prof.") before a
    capital."""
    if m.group(0) != "." or not re.match(r"[ \t]+[A-Z]", norm[m.end():m.end() + 3]):
        return False
    word = re.search(r"[\w.]+$", norm[max(0, m.start() - 8):m.start()])
    return word is not None and fold(word.group(0)) in folded_honorifics()


def _en_title_opens(words: list[tuple[int, int, str]], language: str) -> bool:
    """After "as", "sworn in as": an English title whose head comes after an article,
    premodifiers and capitalised words ("as the first High Commissioner of New Zealand",
    "became Bermuda's Governor")."""
    if language != "en":
        return False
    k = 0
    while k < min(3, len(words) - 1) and fold(words[k][2]) in determiners() | modifiers():
        k += 1
    return en_head_at(words, k) is not None


def _names_past_title(
    norm: str, s: int, e: int, words: list[tuple[int, int, str]], inner: list[int],
    name_starts: set[int],
) -> list[int]:
    """The names of an English segment s..e after a comma that stand past the title opening
    it: not "High" of "High Commissioner of India", nor "President Salva Kiir" after "deputy
    chief justice in Juba and witnessed by" (a title stop or a city ends the title first);
    but "Ambassador of France Alexandre Ziegler" is the title of the name that ends it."""
    # "Director-General of the Center for Measurement and Evaluation": one capitalised word
    # after "and" ends the portfolio; a name after "and" has two words or a form of address
    inner = [n for n in inner
             if len(list(takewhile(lambda w: w[:1].isupper(), norm[n:e].split()))) >= 2
             or honorific_before(norm, norm, n)]
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in determiners() | modifiers():
        k += 1
    p = en_head_at(words, k)
    if p is None:
        return inner
    head_end = words[p][1]
    # "Minister of State for Water Resources AYUSH (Independent Charge) Ramkishore Kawre,":
    # a name right after the bracket that closes the segment takes its title
    bracket = re.match(r"\s*\([^()\n]{1,40}\)\s*", norm[e:e + 45])
    if bracket and e + bracket.end() in name_starts:
        return [e + bracket.end()]
    stop = title_stop().search(norm, head_end, e)
    end = before_city(norm, head_end, stop.start() if stop else e)
    inner = [n for n in inner if head_end <= n < end]
    joins = slot_words("conjunction", "en") | slot_words("name_conjunction", "en")
    for n in sorted(name_starts):
        after = norm[n:e].split()
        name = list(takewhile(lambda w: w[:1].isupper(), after))
        # a name of two words or more that closes the segment or a list item ("... Ermindo
        # Augusto Ferreira and Ambassador of ..."), not "Technology" of "Minister of
        # Information Technology"
        if (head_end < n < end and n not in inner and len(name) >= 2
                and (len(name) == len(after) or after[len(name)] in joins)):
            before = titles_before(norm, n, "en", frozenset(name_starts))
            links = slot_words("title_link", "en")
            # "Member of Parliament for Ablekuma North": no title ends on "for"
            if (before and before[0][0] <= words[k][0]
                    and fold(norm[before[-1][0]:before[-1][1]].split()[-1]) not in links):
                inner.append(n)
    return inner


# « représentant de la reine Elisabeth II », « conseiller du président Macky Sall »: « de »,
# an article and a title head before a name (slots complement_of, title_article, pooled)
_OF_TITLE = r"\b(?i:{complement_of})\s+(?:(?i:{title_article})\s*)?([a-zà-ÿ][\w-]*)\s+$"


# « ambassadeur de France en Australie à Sir Peter Cosgrove »: the prepositions that end a
# title before the next name (patterns/fr/words.yaml, slot title_to_name, pooled)
_TO_NAME = r"\s(?i:{title_to_name})\s+$"


def _of_title_before(before: str) -> bool:
    m = compile_skeleton(_OF_TITLE, EVERY_LANGUAGE).search(before)
    return bool(m and is_title_word(m.group(1), "fr"))


def address_start(norm: str, n: int, lo: int = 0) -> int:
    """Where the forms of address before a name at ``n`` start: "His Excellency Dr Julius
    Maada Bio" stacks two; ``n`` when there is none."""
    at = n
    while (hon := honorific_before(norm, norm, at)) and hon[0] > lo:
        at = hon[0]
        # "Her Excellency the Most Hon. Dame X": an article between two forms of address
        the = _THE_BEFORE.search(norm, max(0, at - 6), at)
        if the and (outer := honorific_before(norm, norm, the.start())) and outer[0] > lo:
            at = outer[0]
    return at


_THE_BEFORE = re.compile(r"(?<![\w])the[ \t]+$")


def _preposition_before_name(norm: str, s: int, n: int) -> int | None:
    """Where a title read after a name ends when a preposition (and a form of address) leads
    from it to the next name at ``n``; None when nothing does."""
    end = address_start(norm, n, s)
    m = compile_skeleton(_TO_NAME, EVERY_LANGUAGE).search(norm, s, end)
    return m.start() if m else None


# « Paul Kaba, nouveau gouverneur de Bouaké a reçu Jean Kone »: with no comma to close the
# apposition, the verb of the clause ends it (patterns/fr/words.yaml, slot
# verb_after_apposition)
_FR_VERB = r"\s(?:{verb_after_apposition})\b"


def _verb_before_name(norm: str, s: int, n: int) -> int | None:
    """Where a French title read after a name ends at the clause's verb, before the next
    name at ``n``; None when no such verb stands between them."""
    m = compile_skeleton(_FR_VERB, "fr").search(norm, s, address_start(norm, n, s))
    return m.start() if m else None


def _cut_at_next_name(
    norm: str, s: int, e: int, name_starts: set[int], language: str = ""
) -> int:
    """End of a title read after a name: the next name, unless it complements the title or
    (English) opens its head: "as the first High Commissioner" ("High" is no name)."""
    return min([e] + [n for n in name_starts if s < n < e and not of_before().search(norm[s:n])
                      and not (language == "en" and en_head_at(word_spans(norm[n:e], n), 0) == 1)])


# "Mr X a Circuit Court Judge": an article (patterns/en/words.yaml) opens a title with no comma.
_EN_ARTICLE_GAP = r"[ \t]+(?:{indefinite_article}|{title_article})[ \t]+"


def _en_title_glued(norm: str, end: int, name_starts: set[int]) -> list[tuple[int, int]]:
    """"Mr. Inho Lee Non-resident Ambassador of the Republic of Korea (South Korea)": a
    capitalised title right after a name with no comma (not in a title-case headline), up
    to the first punctuation; none when another name stands in it ("Hochul Governor Cuomo")."""
    glued = re.match(r"[ \t]+(?=[A-Z])", norm[end:end + 3])
    if not glued:
        return []
    s = end + glued.end()
    b = ROLE_END.search(norm, s, s + 150)
    e = b.start() if b else min(len(norm), s + 150)
    for stop in (title_stop().search(norm, s - 1, e), day_after_title().search(norm, s - 1, e)):
        e = stop.start() if stop else e
    if _cut_at_next_name(norm, s, e, name_starts, "en") < e:
        return []
    words = word_spans(norm[s:e], s)
    k = 0
    while k < len(words) - 1 and fold(words[k][2]) in modifiers():
        k += 1
    n = find_head(words, "en", k) if words and words[k][2][:1].isupper() else 0
    # the head and its complement ("of", "for"), in capitals and links only: not "Hohoe
    # Municipal Magistrate" (a place before a head) nor "... Sustainability Minister signed"
    if (not n or k + n >= len(words) or fold(words[k + n][2]) not in slot_words("title_link", "en")
            or not only_capitals_and_links(norm[words[k][1]:e])):
        return []
    return split_titles(norm, *trim(norm, s, e), "en")


def _through_portfolio(norm: str, e: int, limit: int, name_starts: set[int],
                       language: str) -> int:
    """« en tant que ministre des droits de l'homme, de la formation à la citoyenneté et des
    relations avec les institutions »: a French title cut at a comma goes on over the parts
    that continue its portfolio (« de », « des »: slot portfolio_continuation)."""
    while language == "fr" and norm[e:e + 1] == ",":
        b = ROLE_END.search(norm, e + 1, limit)
        nxt = b.start() if b else limit
        part = norm[e + 1:nxt]
        words = word_spans(part, e + 1)
        if (not words or not continues(words[0][2]) or not PORTFOLIO_PART.fullmatch(part)
                or any(e < n < nxt for n in name_starts)
                # « , de justesse »: a bare « de » and a word in lower case is no ministry's;
                # « , à Paris », « , au Sénégal »: a place, unless « à la », « à l' » opens a field
                or fold(words[0][2]) == "de" and len(words) > 1
                and fold(words[1][2]) not in ("la", "l'") and not words[1][2][:1].isupper()
                or fold(words[0][2]) in ("a", "au", "aux") and not (
                    fold(words[0][2]) == "a" and len(words) > 1
                    and fold(words[1][2]) in ("la", "l'"))):
            break
        e = nxt
    return e


def titles_after(
    norm: str, end: int, language: str, name_starts: set[int], glued: bool = False
) -> list[tuple[int, int]]:
    """Titles read after a name; ``glued``: the name is surely one (a form of address or a
    known given name), so a title with no comma after it may be read (``_en_title_glued``)."""
    found = _titles_after(norm, end, language, name_starts, glued)
    if language == "ar":
        # « X، عن قائمة الأحرار، رئيسا للمجلس »: a role in the accusative past a gap
        # (« X حاكم الولاية السابق اليمين الدستورية ليصبح … »: also past his own title)
        role = next(filter(None, (ar_accusative_role(norm, at, name_starts)
                                  for at in [end] + sorted(e for _, e in found))), None)
        if role and not any(s < role[1] and role[0] < e for s, e in found):
            found.append(role)
    return found


def _titles_after(
    norm: str, end: int, language: str, name_starts: set[int], glued: bool
) -> list[tuple[int, int]]:
    rest = norm[end:end + 300]
    found: list[tuple[int, int]] = []
    paren = re.match(r"\s*\(([^()]{2,80})\)", rest)
    skip = 0  # « Valentine Mokiwa (Tanzanie), président en exercice »: past the parenthesis
    if paren:
        # « Pierre-Yves Beaudouin (président de séance) »
        ps = end + paren.start(1)
        words = word_spans(norm[ps:end + paren.end(1)], ps)
        if words and find_head(words, language, 0):
            found.extend(split_titles(norm, ps, end + paren.end(1), language))
        elif rest[paren.end():].lstrip(" \t").startswith(","):
            skip = paren.end()
    # « Jean-Michel Fourgous (LR), comme maire d'Élancourt »: the role is read past the party
    role = compile_skeleton(_ROLE_INTRO, language, re.IGNORECASE).match(rest[skip:])
    if role and any(end < n < end + skip + role.end() for n in name_starts):
        role = None  # « X a reçu Y en qualité de ministre »: Y's role, not X's
    if role:
        # « خالد آيت طالب، في منصب والي جهة فاس », « X, en tant que vice-président »
        s = end + skip + role.end()
        b = ROLE_END.search(norm, s, s + 200)
        e = b.start() if b else min(len(norm), s + 200)
        e = _through_portfolio(norm, e, min(len(norm), s + 250), name_starts, language)
        e = _cut_at_next_name(norm, s, e, name_starts, language)
        stop = title_stop().search(norm, s, e)
        e = stop.start() if stop else e  # « منصب وزير الخارجية منذ عام 2019 »
        day = day_after_title().search(norm, s, e)
        e = day.start() if day else e  # "appointed X as Minister of Justice on Monday"
        words = word_spans(norm[s:e], s)
        k = 0  # « comme second adjoint »: premodifiers open the title too
        while k < len(words) - 1 and fold(words[k][2]) in modifiers():
            k += 1
        if words and (find_head(words, language, k) or _en_title_opens(words, language)):
            s2, e2 = trim(norm, s, e)
            found.extend(split_titles(norm, s2, e2, language))
    capacity = compile_skeleton(_CAPACITY, language, re.IGNORECASE).match(rest[skip:])
    if capacity and not found:
        found.extend(_capitalised_office(norm, end + skip + capacity.end(), language))
    colon = re.match(r"[ \t]*:[ \t]*", rest)
    if colon:
        # « *- يوسف العمراني : سفير الملك لدى الولايات المتحدة » (a list of appointments)
        s = end + colon.end()
        b = ROLE_END.search(norm, s, s + 200)
        e = b.start() if b else min(len(norm), s + 200)
        words = word_spans(norm[s:e], s)
        if words and find_head(words, language, 0):
            s2, e2 = trim(norm, s, e)
            found.extend(split_titles(norm, s2, e2, language))
    dash = compile_skeleton(_DASHED, language).match(rest)
    if dash and not found:
        # « Karim Tazi – ministre de l'Economie – a présidé »: the title ends at the next dash
        s = end + dash.end()
        b = re.compile(r"\s[-–—]\s|" + ROLE_END.pattern).search(norm, s, s + 200)
        e = b.start() if b else min(len(norm), s + 200)
        e = _cut_at_next_name(norm, s, e, name_starts)
        words = word_spans(norm[s:e], s)
        k = 0
        while k < len(words) - 1 and fold(words[k][2]) in determiners() | modifiers():
            k += 1
        if words and (find_head(words, language, k) or _en_title_opens(words, language)):
            found.extend(split_titles(norm, *trim(norm, s, e), language))
    bare_fr = compile_skeleton(_NO_COMMA, language).match(rest)
    if bare_fr and not found:
        # « sous la présidence de Stéphane Masse premier adjoint, devant »: no comma, so the
        # title must open on a head (after premodifiers) and ends at the first punctuation
        s = end + bare_fr.end()
        b = ROLE_END.search(norm, s, s + 150)
        e = b.start() if b else min(len(norm), s + 150)
        e = _cut_at_next_name(norm, s, e, name_starts)
        stop = title_stop().search(norm, s - 1, e)
        e = stop.start() if stop else e
        day = day_after_title().search(norm, s - 1, e)
        e = day.start() if day else e
        words = word_spans(norm[s:e], s)
        k = 0
        while k < len(words) - 1 and fold(words[k][2]) in modifiers():
            k += 1
        if words and find_head(words, language, k):
            found.extend(split_titles(norm, *trim(norm, s, e), language))
    if language == "en":
        # "Mr Sam Kwaku Bensa Alomatu a Circuit Court Judge, ..." (no comma)
        bare = compile_skeleton(_EN_ARTICLE_GAP, "en").match(rest)
        if bare:
            s = end + bare.end()
            b = ROLE_END.search(norm, s, s + 120)
            e = b.start() if b else min(len(norm), s + 120)
            words = word_spans(norm[s:e], s)
            p = en_head_at(words, 0)
            if p is not None and p + (find_head(words, language, p) or 1) == len(words):
                found.extend(split_titles(norm, *trim(norm, s, e), language))
        elif glued and not found and "\n" in norm[:end]:
            found.extend(_en_title_glued(norm, end, name_starts))
    appointed = compile_skeleton(APPOINTED, language, re.IGNORECASE).match(rest)
    if appointed:
        s = end + appointed.end()
        b = BOUNDARY.search(norm, s, s + 200)
        e = b.start() if b else min(len(norm), s + 200)
        comma = norm.find(",", s, e)
        e = comma if comma > 0 else e
        e = _through_portfolio(norm, e, b.start() if b else e, name_starts, language)
        e = _cut_at_next_name(norm, s, e, name_starts, language)
        # "sworn in as Minister of Finance on Monday", « reconduit au poste de président du
        # Sénat mardi »: the day closes the title
        day = day_after_title().search(norm, s, e)
        e = day.start() if day else e
        words = word_spans(norm[s:e], s)
        k = 0  # "as the new President of Parliament"
        while k < min(2, len(words) - 1) and fold(words[k][2]) in determiners() | modifiers():
            k += 1
        if words and (find_head(words, language, k) or _en_title_opens(words, language)):
            s2, e2 = trim(norm, s, e)
            found.extend(split_titles(norm, s2, e2, language))
    if skip:
        end += skip
        rest = norm[end:end + 300]
    if not rest.lstrip().startswith(","):
        # Arabic: « عبد الوافي لفتيت وزير الداخلية » needs no comma.
        if language != "ar":
            return found
    b = _boundary_past_addresses(norm, end, end + 300)
    limit = b.start() if b else min(len(norm), end + 300)
    if language == "ar" and b and norm[limit] == "(" and limit + 1 in name_starts:
        # « براتسيلاف جيجل وسفير جمهورية تركيا (أنل بورا إينان) »: the title before a name in
        # brackets is that name's; read up to the name so that it ends this one's titles
        limit += 2
    pos = end
    for seg in re.finditer(r"[^,]+", norm[end:limit]):
        s, e = end + seg.start(), end + seg.end()
        if s < pos:
            continue
        words = word_spans(norm[s:e], s)
        lead = words[1:] if words and fold(words[0][2]) in slot_words("conjunction", "fr") \
            else words
        if (language == "fr" and len(lead) < len(words) and lead
                and lead[0][2].lower() in slot_words("title_article", "fr")):
            # « entre la ministre sortante, A, et la nouvelle titulaire du portefeuille »: « et »
            # and an article open the list's next item, whoever holds it, not A's apposition
            break
        if language == "fr" and lead and lead[0][2].lower() in slot_words("title_to_name", "fr"):
            # « les lettres de l'ambassadeur, M. X, au Président de la République, M. Y »: the
            # one a preposition leads to, no apposition of X
            break
        if language == "fr" and lead and fold(lead[0][2]) in slot_words("complement_of", "fr"):
            # « en présence de la vice-présidente X, du maire de Langon Y »: a part opening on
            # « du », « de la » (or « et du »: « de la ministre X, et du gouverneur de Sousse »)
            # is the list's next item, not an apposition of this name
            break
        # "Director of the Judicial Police": capitals after « of » complete the title
        # « représentant de la reine Elisabeth II »: a name after « de » and a title is the
        # complement of this title, and what follows it is that name's
        of_title = [n for n in name_starts if s < n < e and _of_title_before(norm[s:n])]
        inner = [n for n in name_starts if s < n < e and not of_before().search(norm[s:n])
                 and n not in of_title]
        if language == "en":
            inner = _names_past_title(norm, s, e, words, inner, name_starts)
        closed = None
        if inner and language == "ar":
            # « صلاح الزواري وزيرا للتجهيز خلفا لسارة زعفراني », « علي محمد مجور رئيس مجلس
            # الوزراء أمس ومعه يحيى الراعي »: a title stop before the next name closes this
            # one's; so does the « و » of a list (« نائب رئيس مجلس النواب ويحيى العمري »)
            stop = title_stop().search(norm, s, min(inner) + 1)
            joined = min(inner) - 1 if norm[min(inner) - 2:min(inner)] == " و" else None
            address = honorific_before(norm, norm, min(inner))
            if joined is None and address and norm[address[0] - 1:address[0]] == "و":
                joined = address[0] - 1  # « … والمهندس سامي رمزي »: the list's next item
            if joined is None:
                joined = _and_title_before(norm, s, min(inner))
            if joined is None:
                # « محافظ الشرقية بمكتبه … الدكتور Y »: where he receives Y ends his title
                joined = _ar_clause_noun_at(norm, s, min(inner))
            closed = stop.start() if stop else joined
            if closed and any(w in ar_name_end() for w in norm[s:closed].split()):
                closed = None  # « رئيساً له في أول جلسة للبرلمان الذي »: no title runs over « في »
        if closed:
            e, inner = closed, []
            words = word_spans(norm[s:e], s)
            if not words:
                break  # « ، ومحمد مفكر »: the next item, no title of this name before it
        if inner and not en_title_phrase(words, language):
            # « ambassadeur de France en Australie à Sir Peter Cosgrove »: the title ends at
            # the preposition that leads to the next name
            to = _preposition_before_name(norm, s, min(inner))
            if to is None and language == "fr":
                to = _verb_before_name(norm, s, min(inner))
            part = word_spans(norm[s:to], s) if to else []
            k = 0
            while k < len(part) - 1 and fold(part[k][2]) in determiners() | modifiers():
                k += 1
            if part and find_head(part, language, k):
                found.extend(split_titles(norm, *trim(norm, part[0][0], to), language))
            break  # « ، وزير الداخلية عبد الوافي لفتيت »: the title of the next name
        if not words:
            continue
        if (language == "ar" and norm[end:s].strip() == "," and words[0][2].startswith("و")
                and fold(words[0][2]) not in title_index("ar").by_first
                and find_head([(0, 0, words[0][2][1:])] + words[1:], "ar", 0)):
            # « الأمير مولاي رشيد، والعاهل الإسباني صاحب الجلالة الملك “ضون” فيليبي »: right
            # after a name and its comma, « و » and a title open the next item of the list
            # (an apposition does not open on « و »; the last of stacked titles may)
            break
        if len(words) == 1 and re.fullmatch(r"\d{1,3}", words[0][2]):
            pos = e  # "Mr Bismark Francis Osei, 56, assemblyman of ...": an age, read on
            continue
        k = 0
        while k < len(words) - 1 and fold(words[k][2]) in determiners() | modifiers():
            k += 1
        if language == "en" and not find_head(words, language, k):
            # Head-final English titles: "the District Electoral Officer", "former Bihar
            # Governor", "the country's foreign minister".
            p = en_head_at(words, k)
            if p is not None:
                k = p
        final_head = language == "en" and k > 0 and fold(words[k][2]) in final_heads_en()
        if (language == "ar" and words[0][2].startswith("و") and len(words[0][2]) > 2
                and not find_head(words, language, 0)):
            w0 = words[0]
            words[0] = (w0[0] + 1, w0[1], w0[2][1:])
        if not find_head(words, language, k) and not final_head:
            break
        if language == "ar" and k == 0 and ar_preposition_and_article(words[0][2]):
            break  # « التقى X بالوزير »: "with the minister", another person, not X's title
        if language == "fr" and portfolio_runs_into_name(norm, e, limit, name_starts):
            # « Zafer Çağlayan, le ministre des Transports, des affaires maritimes et de la
            # communication Binali Yıldırım »: the portfolio goes on up to the next name
            found.extend(split_titles(norm, *trim(norm, words[0][0], e), language)[:-1])
            break
        if language == "en" and plural_head(norm, words[k][0], words[k][1], "en"):
            break  # "VD Sharma, MLAs and other public representatives": others, not his title
        # « Mustapha Ramid, le ministre de l'Intérieur, Abdelouafi Laftit »: the last
        # apposition belongs to the next name.
        after = norm[e:e + 3].lstrip(", ")
        nxt = e + (len(norm[e:e + 3]) - len(after))
        if ((any(abs(nxt - n) <= 1 for n in name_starts)
             or language == "en" and _opens_next_person(norm, nxt, name_starts))
                # "A, Minister of Trade, B, Ambassador to Ghana": B has a title of its own
                and not (language == "en" and apposition_after_name(norm, nxt)
                         and not titled_before_comma(norm, end))
                and not (language == "fr" and fr_apposition_after_name(norm, nxt)
                         and not fr_titled_before_comma(norm, end, name_starts))
                and norm[e:e + 1] == ","
                and not after.startswith("و") and "\n" not in norm[e:e + 3]
                and (s > end or rest.lstrip(" \t").startswith(","))):
            # « Léon Kacou Adom, ministre des Affaires étrangères et son homologue sénégalais,
            # Yassine Fall »: the parts before « et » are still this name's; "X, and
            # Director-General of the Centre, Dr. Y": a part opening on "and" is all Y's
            if not (language == "en" and fold(words[0][2]) in slot_words("conjunction", "en")):
                parts = split_titles(norm, *trim(norm, words[0][0], e), language)
                found.extend(parts[:-1])
            break
        ts, te = trim(norm, words[0][0], e)
        if title_stop().search(" " + norm[ts:te] + " "):
            stop = title_stop().search(norm, ts, te)
            te = stop.start() if stop else te
            found.extend(split_titles(norm, ts, te, language))
            break
        found.extend(split_titles(norm, ts, te, language))
        if closed:
            break
        if of_title and all(t[:1].isupper() for t in norm[max(of_title):e].split()):
            break  # « …, représentant de la reine Elisabeth II, chef de l'Etat »: hers
        pos = e
    return found


def _capitalised_office(norm: str, s: int, language: str) -> list[tuple[int, int]]:
    """"in his capacity as Dean of Diplomatic Corps received ...": the words in capitals
    from s, and the links and articles inside them ("of", "the"), are the office; none when
    the phrase goes on in lower case."""
    b = ROLE_END.search(norm, s, s + 150)
    words = word_spans(norm[s:b.start() if b else min(len(norm), s + 150)], s)
    inside = slot_words("title_link", language) | slot_words("title_article", language)
    run = list(takewhile(lambda w: w[2][:1].isupper() or fold(w[2]) in inside, words))
    while run and not run[-1][2][:1].isupper():
        run.pop()
    if not run or not words[0][2][:1].isupper():
        return []
    return split_titles(norm, *trim(norm, run[0][0], run[-1][1]), language)


def _ar_clause_noun_at(norm: str, s: int, n: int) -> int | None:
    """Where the first clause noun (« بمكتبه », « بمقر »: patterns/ar/words.yaml, slot
    ar_clause_noun) stands between s and the next name at n, or None."""
    for w in re.finditer(r"\S+", norm[s:n]):
        if w.group(0) in ar_clause_nouns():
            return s + w.start()
    return None


def _and_title_before(norm: str, s: int, n: int) -> int | None:
    """« أشرف إبراهيم السكرتير العام والنائبة سحر عيد »: the last « و » joined to a title head
    between s and the next name at n opens that name's item; where this title ends."""
    for m in reversed(list(re.finditer(r"(?<=\s)و(?=\S)", norm[s:n]))):
        at = s + m.start()
        words = word_spans(norm[at + 1:n], at + 1)
        if at > s and words and find_head(words, "ar", 0):
            return at
    return None


_DOTTED_ADDRESS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")


def _boundary_past_addresses(norm: str, start: int, end: int) -> re.Match[str] | None:
    """The first clause boundary in norm[start:end], a dot of a form of address written with
    initials inside a title not being one: « Chambellan de S.M. le Roi », « conseiller de
    S.A.R. le Prince »; nor the dot of one written short before a name (« et M. Paul Roy »)."""
    for b in BOUNDARY.finditer(norm, start, end):
        if b.group(0) != ".":
            return b
        if _address_dot(norm, b):
            continue  # « …, haut-commissaire et M. Paul Roy, directeur »: the next name's
        address = _DOTTED_ADDRESS.search(norm, max(start, b.start() - 8), b.end() + 8)
        inside = (address is not None and address.start() <= b.start() < address.end()
                  and fold(address.group(0)).rstrip(".") in folded_honorifics())
        # the last dot of the address still ends a sentence when no word follows it
        if not inside or b.end() == address.end() and not re.match(r" \w", norm[b.end():]):
            return b
    return None
