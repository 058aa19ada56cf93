"""Names in Arabic: given-name look-ups, filiation links, and the names read after an
honorific, a title or an envoy's title, before a country or a link."""

from __future__ import annotations

import re
from functools import cache

from ..arabic_regions import division_at
from ..arabic_verbs import is_arabic_verb
from ..constructions import compile_skeleton
from ..constructions import words as slot_words
from ..reference import fold, places, read_data_yaml, titles
from .lexicon import ar_proclitics, folded_honorifics, name_data, place_heads, place_words
from .mentions import NameMention
from .name_matching import ar_filiation
from .title_words import find_head, word_spans


@cache
def _regnal_ordinals() -> frozenset[str]:
    return frozenset(read_data_yaml("names.yaml").get("regnal_ordinals") or ())


# « رئيساً », « سفيرا »: the accusative endings of a title (patterns/ar/words.yaml).
AR_ACCUSATIVE_END = r"{ar_accusative_ending}$"


@cache
def ar_heads() -> frozenset[str]:
    return frozenset(titles("ar"))


def ar_accusative_title(title: str) -> bool:
    """« رئيسا للبرلمان », « محافظاً لمحافظة درعا »: the title opens on a head in the
    accusative, the role a verb of appointment, election or oath gives the name before it."""
    words = title.split()
    if not words:
        return False
    first = words[0]
    bare = compile_skeleton(AR_ACCUSATIVE_END, "ar").sub("", first)
    heads = ar_heads()
    if bare == first:
        # « رئيسة لمحكمة الاستئناف »: a feminine head takes no written ending; indefinite,
        # before « ل » and its complement, it is the accusative all the same
        # (« كاتبة للدولة »: « كاتبة الدولة » in the indefinite construct, a head of two words)
        return (first.endswith("ة") and len(words) > 1
                and words[1].startswith("ل") and not words[1].startswith("ال")
                and bool(find_head(word_spans(" ".join(words[:3]), 0), "ar", 0)))
    return fold(bare) in heads or fold("ال" + bare) in heads


def _ar_nisba_endings() -> tuple[str, ...]:
    """« الجزائريين », « المغربية »: endings of an adjective of origin, which ends a name."""
    return tuple(sorted(slot_words("ar_nisba_ending", "ar")))


def _is_given(word: str) -> bool:
    """A given name as the list writes it, or with « ى » for its final « ي » (« عدلى », the
    Egyptian spelling of « عدلي »)."""
    given = name_data()[0]
    if word in given or _abd_joined(word):
        return True
    word = re.sub(r"[\u064B-\u0652]", "", word)  # « غسّان » is « غسان »
    if word in slot_words("name_stop", "ar"):
        return False  # « على » is the preposition, not « علي »
    return word in given or word.endswith("ى") and word[:-1] + "ي" in given


# « سفيرين », « وزيران »: the endings of a title in the dual (patterns/ar/words.yaml)
_AR_DUAL_END = r"{ar_dual_ending}$"


# « صباح اليوم », « مساء أمس » (patterns/ar/words.yaml, slot ar_time_phrase)
AR_TIME_PHRASE = r"{ar_time_phrase}(?!\S)"


def _after_family_name(run: str, tok: str, after: str) -> bool:
    """A given name and an « ال » family name (« رامي الحلبي »), then an « ال » word that is
    no given name nor a name of origin (« الفاسي الفهري »), or a plain word in the construct
    state before an « ال » word (« سير العمل », « أعمال المشروع »): a verb-first sentence
    goes on with its object (« الوفد », « اليمين »), the name has ended."""
    words = run.split()
    links = name_data()[1]
    if not (len(words) == 2 and words[1].startswith("ال") and words[1] not in links
            and not _is_given(words[1])) or tok in links or _is_given(tok):
        return False
    if not tok.startswith("ال"):
        return after.lstrip(" \t").startswith("ال")
    return not tok.endswith("ي") and tok not in slot_words("ar_compound_second", "ar")


def _appointee_after(run: str, tok: str, after: str) -> bool:
    """« عزيز أخنوش كريم الناصري مديرا للديوان »: after a given and a family name, a given
    name, one more word and a role in the accusative are a second person, the one the first
    appoints (the verb-first sentence goes on with its object and the object's role)."""
    words, links = run.split(), name_data()[1]
    nxt = after.split()[:2]
    return (len(words) == 2 and words[1] not in links and not _is_given(words[1])
            and _is_given(tok) and len(nxt) == 2 and nxt[0] not in links
            and ar_accusative_title(" ".join(after.split()[1:4])))


def _ar_adjective_after_noun(norm: str, start: int) -> bool:
    """An « ال » given name (« العربي », « الطيب ») right after an « ال » noun that is no
    title head, form of address, place nor given name (« العمل العربي », « الوطن العربي »): an
    adjective of that noun. After « الأمير », « الشيخ » or a given name it is still a name."""
    prev = re.search(r"([\u0621-\u064A]+)[ \t]+$", norm[max(0, start - 30):start])
    if not prev:
        return False
    w = prev.group(1)
    w = w[1:] if w.startswith(ar_proclitics()) and w[1:].startswith("ال") else w
    return (w.startswith("ال") and len(w) > 3 and not _is_given(w)
            and fold(w) not in ar_heads() and fold(w) not in folded_honorifics()
            and w not in slot_words("ar_name_honorific", "ar")
            and fold(w) not in place_words())  # « سفير النمسا الفريد شميت »


def _abd_joined(word: str) -> bool:
    """« عبدالناصر », « عبدالرزاق »: « عبد » written joined to the name of God it links, a
    given name whatever that name (« عبد الناصر » apart is read as a link and a word)."""
    return word.startswith("عبدال") and len(word) >= 7


@cache
def _glued_honorifics() -> tuple[str, ...]:
    """The forms of address written as one word (« السيد », « الدكتور »: patterns/ar/words.yaml,
    slot ar_name_honorific), longest first."""
    forms = (f for f in slot_words("ar_name_honorific", "ar")
             if re.fullmatch(r"[\u0621-\u064A]+", f))
    return tuple(sorted(forms, key=len, reverse=True))


def _after_glued_honorific(word: str) -> str:
    """« الدكتورحازم », « قامالسيدمحمد »: a form of address the copy glued to the given name
    (spaces left out, the verb before it glued too) is no part of it; the given name alone,
    or the word as it was."""
    if _is_given(word):
        return word
    for h in _glued_honorifics():
        at = word.find(h)
        if at >= 0 and _is_given(word[at + len(h):]):
            return word[at + len(h):]
    return word


def _feminine_adjective_after(norm: str, end: int) -> bool:
    """The word after ``end`` is an adjective a plural of things takes in the feminine
    (« بارزة », « جديدة »: patterns/ar/words.yaml, slot ar_plural_adjective)."""
    nxt = re.match(r"[ \t]+([\u0621-\u064A]+)", norm[end:])
    return bool(nxt) and nxt.group(1) in slot_words("ar_plural_adjective", "ar")


def _ar_title_at(norm: str, start: int) -> bool:
    """A title head of two words or more (data/titles_ar.txt) is written at start."""
    words = word_spans(norm[start:start + 60], start)
    return find_head(words, "ar", 0) >= 2


def arabic_candidates(text: str, norm: str) -> list[NameMention]:
    given, links, _ = name_data()
    heads = set(titles("ar"))
    # patterns/ar/words.yaml; « بمقر », « بجهود » (slot ar_clause_noun) end a name too, and
    # so do the words that end a transliterated one (slot name_end: « مذكرة », « اتفاقية »)
    stops = set(slot_words("name_stop", "ar")) | ar_clause_nouns() | ar_name_end()
    found: list[NameMention] = []
    # An article that writes no final « ى » types « على » as « علي »: there « علي » starts a
    # name only before a given name (« علي سالم »), not before « المجلس » or « صوتين ».
    typed_ya = (len(norm.split()) >= 80
                and not re.search(r"ى(?![\u0621-\u064A\u064B-\u0652])", norm))
    for m in re.finditer(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652]+", norm):
        word = m.group(0)
        core = word[1:] if word.startswith(ar_proclitics()) and _is_given(word[1:]) else word
        core = _after_glued_honorific(core)  # « السيدمحمد الأعرج »: a space left out
        if word in stops or core in stops or not _is_given(core):
            continue
        if core in slot_words("ar_plural_as_name", "ar") and _feminine_adjective_after(
                norm, m.end()):
            continue  # « أسماء بارزة »: "prominent names", the plural noun, no « أسماء »
        if typed_ya and core in slot_words("ar_typed_as_name", "ar"):
            nxt = re.match(r"\s+(\S+)", norm[m.end():])
            if not nxt or not _is_given(nxt.group(1)):
                continue
        start = m.start() + (len(word) - len(core))
        before = norm[max(0, m.start() - 8):m.start()].split()
        if before and before[-1] in slot_words("ar_month_noun", "ar"):
            continue  # « شهر رمضان المبارك »: a month, not a person
        if word.startswith("ال") and _ar_adjective_after_noun(norm, m.start()) and (
                re.match(r"\s+(\S+)", norm[m.end():]) or [None, ""])[1] not in links:
            continue  # « العمل العربي المشترك »: the noun's adjective, not « العربي »
            # (« الملك الباني الحسين بن طلال »: a link after it makes it a name)
        if division_at(norm, start):
            continue  # « محافظ صلاح الدين بدر الفحل »: the governorate, not a name
        if _ar_title_at(norm, start):
            continue  # « أمين عام الرئاسة »: a title of two words opening on a given name
        pos = m.end()
        end = pos
        count = 1  # parts of the name: a link and the word it joins (« بن سلمان ») are one
        need_next, last = core in links, core
        while count < 5:
            nxt = re.match(r"\s+([\u0621-\u064A\u0671-\u06D3\u064B-\u0652]+)", norm[pos:])
            if not nxt:
                break
            tok = nxt.group(1)
            if is_arabic_verb(tok) and not _is_given(tok):
                break  # « مهدي الحسناوي افتتح »: a verb ends the name, even after a link
            if tok in slot_words("shared_plural_head", "ar"):
                break  # « أسماء الوزراء »: a plural title is no part of a name
            if tok in ar_not_name():
                break  # « تسلم الرئيس سعيد أوراق اعتماد »: what he receives, not his name
            # « عبد الملك »: after a link, a title word or a place is part of the name
            if (tok in stops or typed_ya and tok in slot_words("ar_typed_as_name", "ar")
                    or not need_next and (fold(tok) in heads or fold(tok) in place_words())):
                break
            if not need_next and _ar_title_at(norm, pos + nxt.start(1)):
                break  # « فتحي الجمال مساعد الوزير »: a title of two words ends the name
            if compile_skeleton(AR_TIME_PHRASE, "ar").match(norm, pos + nxt.start(1)):
                break  # « يوسف صباح اليوم »: the time of the event, not the name's last word
            if tok[:1] in slot_words("ar_as_clitic", "ar") and (
                    tok[1:] in heads or tok[1:].removeprefix("ال") in heads):
                break  # « المختار كسفير »: « ك » + a title is "as ambassador", not a name

            bare = compile_skeleton(AR_ACCUSATIVE_END, "ar").sub("", tok)
            if bare != tok and (fold(bare) in heads or fold("ال" + bare) in heads):
                break  # « علي عبد العال رئيساً »: an accusative title ends the name
            bare = compile_skeleton(_AR_DUAL_END, "ar").sub("", tok)
            if bare != tok and fold(bare) in heads:
                break  # « وسمير الرفاعي سفيرين لبلادهما »: two envoys' title, a dual

            # « محمد بن علي منصب »: past a link, only a family name (« ال »), a link or a given
            # name goes on
            # (an « ال » word after « عبد X Y » only as a family name of origin, « الفهري »:
            # « عبد الوافي لفتيت الوفد »)
            if (count == 2 and not need_next and len(norm[start:end].split()) > 2
                    and tok not in links and not _is_given(tok)
                    and not (tok.startswith(("ال", "آل")) and (
                        tok.endswith("ي") or any(w in ar_filiation()
                                                 for w in norm[start:end].split())))):
                break
            if count == 2 and not need_next and _after_family_name(
                    norm[start:end], tok, norm[pos + nxt.end():pos + nxt.end() + 30]):
                break  # « استقبل رامي الحلبي الوفد »: the verb's object, not a second family name
            if count == 2 and not need_next and _appointee_after(
                    norm[start:end], tok, norm[pos + nxt.end():pos + nxt.end() + 80]):
                break  # « عين رئيس الحكومة عزيز أخنوش كريم الناصري مديرا »: the appointee
            if tok in _regnal_ordinals():
                # « محمد السادس »: the ordinal closes a sovereign's name.
                pos += nxt.end()
                end = pos
                count += 1
                break
            # « منصور وحازم »: « و » and a given name open the next name of a list; « وليد »
            # is a given name of its own
            # (after « نور الدين », a compound's second word that may end the name too:
            # « رولا نور الدين وعارف العبد »)
            if tok.startswith("و") and len(tok) > 3 and (
                    not need_next or last in slot_words("ar_compound_second", "ar")) and (
                    tok not in given or _is_given(tok[1:])):
                break
            if tok.endswith(_ar_nisba_endings()) and not need_next and not (
                    tok.startswith("ال") and re.match(r"[ \t]*[،,.]", norm[pos + nxt.end():])
                    and any(w in ar_filiation() for w in norm[start:end].split())):
                break  # (« عبد الله بن حمد العطية، »: after « بن », an « ال » word closed
                # by a comma is the family name, not an adjective of origin)
            pos += nxt.end()
            end = pos
            count += 0 if need_next else 1
            need_next, last = tok in links, tok
            # « تميم بن حمد آل ثاني »: a link after the third word carries the name on.
            after = re.match(r"\s+(\S+)", norm[pos:])
            if count >= 3 and not need_next and not (after and after.group(1) in links):
                # « حسن ادوم بخيت هجار، سفير جمهورية تشاد »: one more plain word, closed by a
                # comma or a full stop, is the last of the name
                # (or by the time of the event: « ولد الشيخ سيديا صباح اليوم »)
                last = re.match(r"[ \t]+([\u0621-\u064A]{2,14})(?=[ \t]*[,.])", norm[pos:])
                timed = re.match(r"[ \t]+([\u0621-\u064A]{2,14})[ \t]+", norm[pos:])
                if not last and timed and compile_skeleton(AR_TIME_PHRASE, "ar").match(
                        norm, pos + timed.end()):
                    last = timed
                bare = last.group(1).removeprefix("ال") if last else ""
                if last and _arabic_plain_word(bare, stops | heads) and (
                        bare == last.group(1) or any(t in links for t in norm[start:end].split())):
                    # (an « ال » word only after « بن »: « سامي بن عبد الله بن عثمان الصالح »)
                    pos += last.end(1)
                    end = pos
                break
        if count >= 2 or count == 1 and len(norm[start:end].split()) >= 2 and not need_next:
            last = found[-1] if found else None
            second = re.match(r"\S+\s+", norm[last.start:]) if last else None
            if last and second and last.start + second.end() == start < last.end < end:
                # « محمد حسين بحر » then « حسين بحر العلوم »: read from its second given
                # name the run goes on; both are one name
                start = last.start
                found.pop()
            found.append(NameMention(start, end, text[start:end]))
    return (found + _arabic_after_envoy(text, norm, stops | heads)
            + _arabic_before_title(text, norm, stops | heads)
            + _arabic_after_title(text, norm, stops | heads)
            + _arabic_between_titles(text, norm, stops | heads)
            + _arabic_list_before_envoy(text, norm, stops | heads)
            + _arabic_after_honorific(text, norm, stops | heads)
            + _arabic_before_country(text, norm, stops | heads)
            + _arabic_before_link(text, norm, stops | heads))


# « سفراء كل من باسكال غريكوار (بلجيكا) »: two or three words before a country in brackets,
# opening a list item (after « من », a comma or « و »), name an envoy.
_AR_COUNTRY_PAREN = re.compile(r"\s*\(([^()\n]{2,30})\)")


def _arabic_before_country(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    found: list[NameMention] = []
    for m in _AR_COUNTRY_PAREN.finditer(norm):
        if fold(m.group(1).strip()) not in places().country_names:
            continue
        words = list(re.finditer(r"\S+", norm[max(0, m.start() - 60):m.start()]))[-3:]
        off = max(0, m.start() - 60)
        kept: list[tuple[int, int, str]] = []
        for w in reversed(words):
            tok = w.group(0)
            if not re.fullmatch(r"[\u0621-\u064A\u0671-\u06D3]{2,14}", tok) or tok in stops or (
                    tok in slot_words("clause_word", "ar") or fold(tok) in place_words()):
                break
            kept.insert(0, (off + w.start(), off + w.end(), tok))
            if tok.startswith("و") and tok[1:2] and len(kept) >= 2:
                break  # « وجون سميث »: the list's « و » opens the item
        if len(kept) > 3:
            kept = kept[-3:]
        if len(kept) < 2:
            continue
        s = kept[0][0]
        if kept[0][2].startswith("و") and len(kept[0][2]) > 3:
            s += 1
        found.append(NameMention(s, kept[-1][1], text[s:kept[-1][1]]))
    return found


_AR_WORD = r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652]+"


# « محمدي ولد آمه », « سيدي ولد التاه », « حمد بن جاسم »: a word the given-name list does not
# know, right before a filiation link and the name it joins, is a given name; the link's
# name may be an « ال » name and may take one more link (« محمد ولد الشيخ ولد أحمد »).
_AR_BEFORE_LINK = (
    rf"(?<![^\s،,:؛(])({_AR_WORD})[ \t]+{{ar_filiation_link}}[ \t]+({_AR_WORD})"
    rf"(?:[ \t]+{{ar_filiation_link}}[ \t]+({_AR_WORD}))?")


def _arabic_before_link(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    found: list[NameMention] = []
    for m in compile_skeleton(_AR_BEFORE_LINK, "ar").finditer(norm):
        first, joined = m.group(1), m.group(2)
        bare = _AR_DIACRITICS.sub("", first)
        if (_is_given(bare) or not _arabic_plain_word(first, stops)
                or bare.startswith("و") and _is_given(bare[1:])):
            continue  # a known name is the look-up's; « ال », a verb or a place is no name
        if joined in stops or is_arabic_verb(joined) or fold(joined) in place_words():
            continue  # « ولد في »: "was born in"
        if fold(norm[m.end(1):m.end(2)].strip()) in place_words():
            continue  # « والي بن عروس »: the link opens a town's name (Ben Arous), no filiation
        end = m.end(3) if m.group(3) and m.group(3) not in stops else m.end(2)
        found.append(NameMention(m.start(1), end, text[m.start(1):end]))
    return found


# « ، وتران ثان كونغ سفير جمهورية فيتنام »; « ؛ وسيفاغ أفيديسيان، سفير غير مقيم »: an item of a
# list (after a line break, a comma, a colon or a semicolon, « و » joined to its first word)
# whose two to four words stand right before an envoy's title (patterns/ar/words.yaml, slot
# ar_envoy_head).
_AR_LIST_ENVOY = (
    rf"(?:^|(?<=[\n،,:؛]))[ \t]*({_AR_WORD}(?:[ \t]+{_AR_WORD}){{1,3}})[ \t]*[،,]?[ \t]*"
    r"(?<![^\s،,])و?(?:ال)?{ar_envoy_head}(?!\S)"  # (« يُتيح للسفير »: not « لل » + « سفير »)
)


# « السيد », « الدكتورة », « داتو »: patterns/ar/words.yaml (slot ar_name_honorific); « السيدة/ »
# (a slash after the honorific) is how Gulf and Horn of Africa releases write it; « والسيد »,
# « وداتو- »: the list's « و » joined to it
_AR_NAME_HONORIFIC = r"(?<!\S)و?{ar_name_honorific}(?:[ \t]*[/-][ \t]*|[ \t]+)"


_AR_NAME_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]{2,14}")


_AR_DIACRITICS = re.compile(r"[\u064B-\u0652]")


def ar_preposition_and_article(w: str) -> bool:
    """« بالوفد », « للرئيس »: « ب » or « ل » and the article « ال » joined to a noun (of three
    letters or more: « بالما » is a name), "with the …", "to the …", no word of a name."""
    return bool(re.match(r"(?:بال|لل)[\u0621-\u064A]{3}", w))


def _arabic_plain_word(w: str, stops: set[str]) -> bool:
    # « سَوَدُغُو », « بازّي »: the vowel marks and the shadda a transliteration may carry
    w = _AR_DIACRITICS.sub("", w)
    # (« لانتخاب », « والأعضاء »: a proclitic joined to a word that ends a name)
    bare = w[1:] if w[:1] in ar_proclitics() else ""
    return bool(_AR_NAME_WORD.fullmatch(w)) and not (
        w.startswith("ال") or ar_preposition_and_article(w) or w in stops or w in ar_name_end()
        or bare in stops or bare in ar_clause_nouns()
        or w in ar_not_name()
        or w in slot_words("clause_word", "ar") or fold(w) in place_words()
        or is_arabic_verb(w))


def _arabic_list_before_envoy(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    """Transliterated names in a list of envoys, each right before its « سفير » title."""
    found: list[NameMention] = []
    for m in compile_skeleton(_AR_LIST_ENVOY, "ar", re.MULTILINE).finditer(norm):
        start = m.start(1)
        words = m.group(1).split()
        if words[0].startswith("و") and len(words[0]) > 3 and words[0] not in name_data()[0]:
            start += 1
            words[0] = words[0][1:]
        if len(words) < 2 or not all(_arabic_plain_word(w, stops) for w in words):
            continue
        found.append(NameMention(start, m.end(1), text[start:m.end(1)]))
    return found


def _arabic_after_honorific(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    """« السيد أتيليو بيراردي هويدا »: a foreign name after « السيد » / « الدكتورة », with no known
    given name (those are found by the look-up), up to four words before a break."""
    found: list[NameMention] = []
    given = name_data()[0]
    for m in compile_skeleton(_AR_NAME_HONORIFIC, "ar").finditer(norm):
        toks: list[tuple[int, int]] = []
        pos = m.end()
        while len(toks) < 4:
            nxt = re.match(r"[ \t]*([^\s،,.:؛\"'«»“”()]+)", norm[pos:])
            if not nxt:
                break
            w = nxt.group(1)
            if not _arabic_plain_word(w, stops) or toks and w.startswith("و") and len(w) > 3:
                break
            if toks and _ar_title_at(norm, pos + nxt.start(1)):
                break  # « اللواء يسري سالم مساعد الوزير »: a title of two words ends the name
            toks.append((pos + nxt.start(1), pos + nxt.end(1)))
            pos += nxt.end()
        if 1 <= len(toks) <= 2:
            family = _ar_family_name_after(norm, pos, stops)
            if family:
                toks.append(family)
                pos = family[1]
        if len(toks) < 2 or norm[toks[0][0]:toks[0][1]] in given:
            continue
        nxt_word = re.match(r"[ \t]*(\S+)", norm[pos:])
        if nxt_word and _AR_NAME_WORD.fullmatch(nxt_word.group(1)) and len(toks) == 4:
            continue  # a run that does not stop is a clause, not a name
        found.append(NameMention(toks[0][0], toks[-1][1], text[toks[0][0]:toks[-1][1]]))
    return found


# « سمو الشيخ صباح الخالد اليوم », « الفريق كامل الوزير، »: after an honorific or a rank and
# a given name the list does not know, an « ال » word is the family name when the name ends
# with it: a break or the end of the text, or a word that ends a name (« اليوم », « في »), or
# a verb. A title word as family name (« الوزير ») only before a break.
_AR_FAMILY_AFTER = re.compile(r"[ \t]+(ال[\u0621-\u064A\u064B-\u0652]{2,12})"
                              r"(?:[ \t]*(?=[،,.:؛\n]|$)|[ \t]+(\S+))")


def _ar_family_name_after(norm: str, pos: int, stops: set[str]) -> tuple[int, int] | None:
    m = _AR_FAMILY_AFTER.match(norm, pos)
    if not m:
        return None
    word = _AR_DIACRITICS.sub("", m.group(1))
    if (fold(word) in place_words() or fold(word[2:]) in place_words()
            or word.endswith(_ar_nisba_endings()) or word in _ar_state()):
        return None  # « المغربية », « الرباط », « المملكة »: no family name
    nxt = m.group(2)
    if nxt is not None and (word in stops or fold(word) in stops or not (
            nxt in ar_name_end() or nxt in slot_words("name_stop", "ar")
            or is_arabic_verb(nxt))):
        return None
    return m.start(1), m.end(1)


# « سفيرة كوريا الجنوبية لدى الولايات المتحدة "كانغ كيونغ هوا" », « الرئيس الكوري الجنوبي لي
# جيه ميونغ »: a head, then what qualifies it (« ال » words, a country, « لدى » + a country),
# then a transliterated name of two to four words that ends on a break.
# The heads a qualified title opens on: patterns/ar/words.yaml (slot ar_qualified_head)
_AR_TITLE_HEAD = r"(?<!\S)و?(?:ال)?{ar_qualified_head}{ar_accusative_ending}?(?!\S)"


_AR_TOKEN = re.compile(r"[^\s،,.:؛\"«»“”]+|[،,.:؛\"«»“”\n]")


# Words after a title where a name could stand, and words that end a name:
# patterns/ar/words.yaml (slots not_name_after_title, name_end).
def ar_not_name() -> frozenset[str]:
    return slot_words("not_name_after_title", "ar")


def ar_name_end() -> frozenset[str]:
    return slot_words("name_end", "ar")


def ar_clause_nouns() -> frozenset[str]:
    """« بمقر », « بجهود », « اتصالا »: nouns after a subject's name (where, with what, what he
    holds), in no name or title."""
    return slot_words("ar_clause_noun", "ar")


def _arabic_after_title(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    """A foreign name with no known given name, right after a qualified title: every word
    of the qualifier is an « ال » word, a country or « لدى », and one says whose title it is."""
    found: list[NameMention] = []
    given = name_data()[0]

    def place(w: str) -> bool:
        state = _ar_state()
        if w in state or "ال" + w in state or w.removeprefix("ال") in state:
            return False  # « الدولة » of « وزير الدولة » is no country
        return fold(w) in place_heads() or fold(w.removeprefix("ال")) in place_heads()

    def nationality(w: str) -> bool:
        # « الكوري » (كوريا), « الأمريكي » (أمريكا), « المغربية » (المغرب); not « الخارجية »
        bare = w.removeprefix("ال")
        stem = re.sub(r"(?:ية|ي)$", "", bare)
        # « المكسيكي » (المكسيك): the country's name may keep its article
        return bare != stem and any(place(art + stem + end) for end in ("", "ا", "يا")
                                    for art in ("", "ال"))

    for m in compile_skeleton(_AR_TITLE_HEAD, "ar").finditer(norm):
        words = [(m.end() + w.start(), m.end() + w.end(), w.group(0)) for w in
                 _AR_TOKEN.finditer(norm[m.end():m.end() + 160])]
        k, owner, state = 0, False, False
        while k < len(words) and k < 6 and (
                words[k][2] == "لدى" or words[k][2].startswith("ال") or place(words[k][2])):
            w = words[k][2]
            owner = owner or place(w) or nationality(w)
            state = state or w in _ar_state()
            k += 1
        # « رئيس الجمهورية باسيرو ديوماي فايي، »: the state's own head, then a name closed
        # by a break
        if not (owner or state) or k == 0:
            continue
        # « السفير البرازيلي، فلافيو ماريغا. »: a comma between the title and the name
        comma = owner and k < len(words) and words[k][2] in (",", "،")
        if k < len(words) and words[k][2] in ('"', "«", "“", ",", "،"):
            k += 1
        name: list[tuple[int, int, str]] = []
        particles = slot_words("ar_name_particle", "ar")
        closed = _set_off_by_commas(words, k, stops) if comma else []
        if closed:
            # « وسفير إيران، عين الله سوري، وسفير تركيا »: two or three words set off by
            # commas after the envoy's country are his name, a verb (« عين ») or a country
            # (« سوريا ») among them
            found.append(NameMention(closed[0][0], closed[-1][1],
                                     text[closed[0][0]:closed[-1][1]]))
            continue
        while k < len(words) and len(name) < 3 + any(w in particles for _, _, w in name):
            w = words[k][2]
            # (a transliterated name hardly ends in « ة »: « رسالة تهنئة » is no name)
            if (not re.fullmatch(r"[\u0621-\u064A]{2,8}", w) or w.startswith(("ال", "و"))
                    or ar_preposition_and_article(w) or w in stops or w in ar_name_end()
                    or w in ar_not_name() or place(w)
                    or is_arabic_verb(w) or w.endswith("ة")):
                break
            name.append(words[k])
            k += 1
        nxt = words[k][2] if k < len(words) else ""
        broken = not nxt or not re.fullmatch(r"[\u0621-\u064A]+", nxt)
        ends = broken or not (comma or not owner) and (
            nxt.startswith("ال") or nxt in ar_name_end() or nxt in stops
            or is_arabic_verb(nxt) or ar_preposition_and_article(nxt))
        if len(name) < 2 or not ends or any(w in given for _, _, w in name):
            continue  # names with a known given name are found by the look-up
        if name[-1][2] in particles:
            continue
        found.append(NameMention(name[0][0], name[-1][1], text[name[0][0]:name[-1][1]]))
    return found


def _set_off_by_commas(words: list[tuple[int, int, str]], k: int,
                       stops: set[str]) -> list[tuple[int, int, str]]:
    """The two or three words from ``words[k]`` up to a comma, each a bare word that is no
    stop, name end nor news word (a verb or a place may be one of them), or none."""
    out: list[tuple[int, int, str]] = []
    for w in words[k:k + 4]:
        if w[2] in (",", "،"):
            return out if len(out) >= 2 else []
        # (« الله » of a compound name, « عين الله », after its first word)
        compound = bool(out) and w[2] in slot_words("ar_compound_second", "ar")
        if (not re.fullmatch(r"[\u0621-\u064A]{2,10}", w[2])
                or w[2].startswith(("ال", "و")) and not compound or w[2] in stops
                or w[2] in ar_name_end() or w[2] in ar_not_name()
                or ar_preposition_and_article(w[2])):
            return []
        out.append(w)
    return []


# « الرئيس سلفاكير ميارديت رئيس جمهورية جنوب السودان »: a title head (a word of
# data/titles_ar.txt, with its article), two or three words no list knows, then another title
# (the name's apposition, indefinite) right after them, or after a comma.
_AR_HEAD_WORD = re.compile(r"(?<!\S)و?(?:ال)?[\u0621-\u064A]{3,12}(?!\S)")


def _arabic_between_titles(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    """A transliterated name the given-name list does not know, between two titles."""
    found: list[NameMention] = []
    given = name_data()[0]
    heads = ar_heads()
    for m in _AR_HEAD_WORD.finditer(norm):
        w = fold(m.group(0))
        if w not in heads and not (w.startswith("و") and w[1:] in heads):
            continue
        toks = list(re.finditer(rf"[ \t]+({_AR_WORD})", norm[m.end():m.end() + 80]))
        name: list[re.Match[str]] = []
        for t in toks:
            if t.start() != (name[-1].end() if name else 0):
                break
            if len(name) == 3 or not _arabic_plain_word(t.group(1), stops) or (
                    t.group(1).endswith("ة") or t.group(1) in given
                    # « والأعضاء لانتخاب نائبا للرئيس »: a role in the accusative is no name
                    or ar_accusative_title(t.group(1))):
                break
            name.append(t)
        if len(name) < 2:
            continue
        at = m.end() + name[-1].end()
        nxt = re.match(r"[ \t]*[،,]?[ \t]*", norm[at:])
        words = word_spans(norm[at + nxt.end():at + nxt.end() + 60], at + nxt.end())
        if not words or not find_head(words, "ar", 0) or words[0][2].startswith("و"):
            continue
        if words[0][2].startswith("ال") and "," not in nxt.group(0) and "،" not in nxt.group(0):
            continue  # « استقبل الملك X السفير الإسباني »: with no comma, a definite title
            # after the words may be the verb's object; the apposition reads « رئيس جمهورية »
        a, b = m.end() + name[0].start(1), at
        found.append(NameMention(a, b, text[a:b]))
    return found


def _arabic_before_title(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    found: list[NameMention] = []
    given = name_data()[0]
    for m in compile_skeleton(_AR_BEFORE_TITLE, "ar").finditer(norm):
        toks = (m.group(1), m.group(2))
        if any(t in stops or t in given or t.startswith(("ال", "وال")) or len(t) < 3
               or fold(t) in place_words() or is_arabic_verb(t) for t in toks):
            continue  # a known first name is found by the look-up; « ال » is no foreign name
            # (« هنأ كيتا، الرئيسين »: a verb and its subject, no name)
        a = m.start(1)
        if toks[0].startswith("و") and len(toks[0]) > 3 and toks[0] not in given:
            a += 1  # « ؛ وسيفاغ أفيديسيان، سفير »: « و » joins the list item
        found.append(NameMention(a, m.end(2), text[a:m.end(2)]))
    return found


# « سفير جمهورية كازاخستان »: the state words and their adjectives (« المتحدة ») are in
# patterns/ar/words.yaml (slots ar_state, ar_state_adjective).
def _ar_state() -> frozenset[str]:
    return slot_words("ar_state", "ar")


# The envoy's heads and the qualifiers after them (« الجديد », « فوق العادة »):
# patterns/ar/words.yaml (slots ar_envoy_head, ar_envoy_qualifier).
_AR_ENVOY = (
    r"(?<!\S)و?(?:ال)?{ar_envoy_head}{ar_accusative_ending}?"
    # « السفير الجديد لجمهورية فرنسا »: an adjective, then « ل » before the state
    r"(?:\s+{ar_envoy_qualifier})*"
    rf"(?:\s+ل?{{ar_state}})?\s+ل?({_AR_WORD})"
    r"((?:\s+{ar_state_adjective})*)"
    # « ... في نواكشوط روبير موليي »: where the envoy serves, before the name
    rf"(?:\s+(?:{{ar_serving_in}}|ب)\s+({_AR_WORD}))?"
)


# « إلير هوسا، سفير غير مقيم »: two unknown words, then a comma and an envoy's or minister's
# title (its heads: patterns/ar/words.yaml, slot ar_apposed_head).
_AR_BEFORE_TITLE = (
    rf"(?:^|(?<=[\s.،,:]))({_AR_WORD})\s+({_AR_WORD})\s*[،,]\s*(?:ال)?{{ar_apposed_head}}"
    r"(?!\S*ال\S)"
)


# « في نواكشوط », « لدى المغرب », « المقيم في باماكو »: where the envoy serves or resides
# (patterns/ar/words.yaml, slots ar_serving_in, ar_resident).
_AR_SERVES_IN = rf"\s+(?:{{ar_serving_in}}\s+|ب|{{ar_resident}})({_AR_WORD})"


def _arabic_after_envoy(text: str, norm: str, stops: set[str]) -> list[NameMention]:
    """« سفير جمهورية كازاخستان طلعت شالدنباي »: a foreign name, unknown to the given-name
    list, follows an envoy's title and a country; take up to three words before a break."""
    found: list[NameMention] = []
    for m in compile_skeleton(_AR_ENVOY, "ar").finditer(norm):
        country = m.group(1)
        bare = country.removeprefix("ال")
        pos = m.end()
        if fold(country) not in place_words() and fold(bare) not in place_words():
            # « سفيرة جمهورية جنوب افريقيا », « سفيرة كوريا الجنوبية »: the first word of a
            # country's two-word name, then its second; « سفير كوريا الديمقراطية »: the
            # first word of one, then a state's adjective
            if fold(country) not in place_heads():
                continue
            # (not « مملكة النرويج »: a state word before a country is the ar_state slot's)
            second = re.match(rf"\s+({_AR_WORD})", norm[m.end(1):])
            if not m.group(2) and second and fold(f"{country} {second.group(1)}") in (
                    place_words()) and fold(second.group(1)) not in place_words():
                pos = m.end(1) + second.end()
            elif not m.group(2):
                continue
        if m.group(3) and fold(m.group(3).removeprefix("ال")) not in place_words() and (
                fold(m.group(3)) not in place_words()):
            continue  # « في » must name a place to be skipped
        # « سفير مملكة النرويج في نواكشوط المقيم في باماكو أولي آندرياس ليندمان »
        for _ in range(2):
            # « سفير جمهورية سلوفينيا غير المقيم كوزرد رنسيلج »: a qualifier after the state
            qual = compile_skeleton(r"\s+{ar_envoy_qualifier}(?!\S)", "ar").match(norm[pos:])
            if qual:
                pos += qual.end()
                continue
            res = compile_skeleton(_AR_SERVES_IN, "ar").match(norm[pos:])
            if not res or fold(res.group(1).removeprefix("ال")) not in place_words() and (
                    fold(res.group(1)) not in place_words()):
                break
            pos += res.end()
        # « سفير جمهورية تركيا (أنل بورا إينان) »: the name may stand in brackets
        bracket = re.match(r"[ \t]+\((?=\S)", norm[pos:])
        pos += bracket.end() - 1 if bracket else 0
        toks: list[tuple[int, int]] = []
        while len(toks) < 3:
            nxt = re.match(rf"(?:[ \t]+|(?<=\())({_AR_WORD})", norm[pos:])
            if not nxt and bracket and not toks:
                nxt = re.match(rf"\(({_AR_WORD})", norm[pos:])
            if not nxt:
                break
            tok = nxt.group(1)
            # a town after the name's first word is its last (« براتسيلاف جيجل »: Jijel is
            # also a town); Arabic writes the envoy's seat with « في » or « ب », never bare
            town_as_name = bool(toks) and fold(tok) not in places().country_names
            if (tok in stops or fold(tok) in place_words() and not town_as_name
                    or tok.startswith("ال")
                    or tok.startswith("و") and not toks and len(tok) <= 3
                    # « براتسيلاف جيجل وسفير جمهورية تركيا »: « و » and a title open the next
                    or tok.startswith("و") and toks and tok[1:].removeprefix("ال") in stops
                    or tok in slot_words("ar_after_envoy_stop", "ar") or tok in ar_not_name()
                    or is_arabic_verb(tok)):
                break
            toks.append((pos + nxt.start(1), pos + nxt.end(1)))
            pos += nxt.end()
        if bracket and not norm.startswith(")", pos):
            continue
        if len(toks) >= 2:
            a, b = toks[0][0], toks[-1][1]
            found.append(NameMention(a, b, text[a:b]))
    return found
