"""What a correction changed: a readable, word-level diff of the facts and the text.

diff-match-patch diffs characters; to diff words, each word (and each run of spaces) is
first mapped to one character, as its authors describe for line and word modes, then the
diff is mapped back. The result reads « … délégués de [-96-]{+97+} pays … ».
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

_TOKEN = re.compile(r"\s+|[^\s]+")
CONTEXT_WORDS = 6
# Private-use characters stand for words while diffing (far more than any release needs).
_FIRST_CODE = 0xF0000


def word_diff(before: str, after: str) -> list[tuple[int, str]]:
    """(op, text) pairs: -1 removed, 1 added, 0 unchanged; whole words only."""
    vocabulary: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in _TOKEN.findall(text):
            if token not in vocabulary:
                vocabulary[token] = chr(_FIRST_CODE + len(words))
                words.append(token)
            out.append(vocabulary[token])
        return "".join(out)

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # exact: a release is short
    diffs = dmp.diff_main(encode(before), encode(after), False)
    dmp.diff_cleanupSemantic(diffs)
    return [(op, "".join(words[ord(c) - _FIRST_CODE] for c in text)) for op, text in diffs]


def readable(diffs: list[tuple[int, str]], context: int = CONTEXT_WORDS) -> str:
    """The changes with a few words of context: « … de [-96-]{+97+} pays … »."""
    parts: list[str] = []
    last = len(diffs) - 1
    for i, (op, text) in enumerate(diffs):
        if op in (-1, 1):
            lead = " " if text[:1].isspace() else ""
            trail = " " if text[-1:].isspace() else ""
            mark = f"[-{text.strip()}-]" if op == -1 else f"{{+{text.strip()}+}}"
            parts.append(lead + mark + trail)
        else:
            words = text.split(" ")
            head = " ".join(words[:context]) if i > 0 else ""
            tail = " ".join(words[-context:]) if i < last else ""
            if i == 0:
                parts.append(("… " if len(words) > context else "") + tail)
            elif i == last:
                parts.append(head + (" …" if len(words) > context else ""))
            elif len(words) > 2 * context:
                parts.append(f"{head} … {tail}")
            else:
                parts.append(text)
    return "".join(parts).strip()


def changes(before: dict, after: dict) -> list[dict]:
    """Every fact or text that differs between two versions' content (fields per path,
    and the body), with its before and after values and the word-level diff."""
    found = []
    for language in sorted(set(before) | set(after)):
        old = before.get(language, {})
        new = after.get(language, {})
        old_fields, new_fields = old.get("fields", {}), new.get("fields", {})
        for path in sorted(set(old_fields) | set(new_fields)):
            a, b = old_fields.get(path, ""), new_fields.get(path, "")
            if a != b:
                found.append({"language": language, "field": path, "before": a, "after": b,
                              "diff": readable(word_diff(a, b))})
        a, b = old.get("body", ""), new.get("body", "")
        if a != b:
            found.append({"language": language, "field": "body",
                          "diff": readable(word_diff(a, b))})
    return found
