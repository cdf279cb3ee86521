"""Regular expressions whose word lists are compiled as tries: the same matches, faster.

Python's `re` tries the alternatives of a group one after another, so a list such as
`(?:summit|meeting|talks|...)` costs one comparison per word at every place it is tried,
and the event, demonym, number and approximation lists run to dozens or hundreds of
words. Written as a trie, `(?:s(?:ummit|...)|m(?:eeting|...)|t(?:alks|...))`, the list
costs one comparison per letter of the word actually there.

`compact` rewrites every run of plain-word alternatives in a pattern that way, and only
where the result matches exactly what the original matches: of two words where one is
a prefix of the other, the longer must come first in the original (the lists here are
sorted longest first), so that the alternative that wins is the same. Patterns written
in verbose mode, and lookbehinds, are left as they are.
"""

from __future__ import annotations

import re
from types import ModuleType

_SPECIAL = frozenset(".^$*+?{}[]\\|()")
# A run shorter than this gains nothing from a trie.
_MIN_RUN = 3


def compact(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its word alternations as tries; the same pattern if none are."""
    if pattern.flags & re.VERBOSE:
        return pattern
    fold = bool(pattern.flags & re.IGNORECASE)
    rewritten = _rewrite(pattern.pattern, fold)
    if rewritten == pattern.pattern:
        return pattern
    return re.compile(rewritten, pattern.flags)


def _rewrite(p: str, fold: bool) -> str:
    """Rewrite the alternatives of `p` (a whole pattern or a group's body)."""
    alts = _split(p)
    if len(alts) > 1:
        return _alternatives(alts, fold)
    out: list[str] = []
    i = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            out.append(p[i : i + 2])
            i += 2
        elif c == "[":
            j = _class_end(p, i)
            out.append(p[i : j + 1])
            i = j + 1
        elif c == "(":
            j = _group_end(p, i)
            opener = _opener(p, i)
            body = p[i + len(opener) : j]
            if opener.startswith(("(?<=", "(?<!")) or opener.endswith(":") and opener[2:-1]:
                out.append(p[i : j + 1])  # a lookbehind, or a group with its own flags
            else:
                out.append(opener + _rewrite(body, fold) + ")")
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _alternatives(alts: list[str], fold: bool) -> str:
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        words = [_word(a) for a in run]
        if len(run) >= _MIN_RUN and _safe([w for w in words if w is not None], fold):
            out.append(_trie([w for w in words if w is not None]))
        else:
            out.extend(_rewrite(a, fold) for a in run)
        run.clear()

    for a in alts:
        if _word(a):
            run.append(a)
        else:
            flush()
            out.append(_rewrite(a, fold))
    flush()
    return "|".join(out)


def _safe(words: list[str], fold: bool) -> bool:
    """True when the trie picks the same word as the list: no word before a longer one
    it is a prefix of (ignoring case, when the pattern does), and no repeats."""
    if fold and not all(w.isascii() for w in words):
        return False
    keys = [w.lower() for w in words] if fold else words
    if len(set(keys)) != len(keys):
        return False
    return not any(b != a and b.startswith(a)
                   for i, a in enumerate(keys) for b in keys[i + 1 :])


def _trie(words: list[str]) -> str:
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        parts = [re.escape(ch) + build(child) for ch, child in node.items() if ch]
        if not parts:
            return ""
        if len(parts) == 1 and not end:
            return parts[0]
        # longer words first: the branches, then (optionally) the word ending here
        return "(?:" + "|".join(parts) + ")" + ("?" if end else "")

    return build(root)


def _word(alt: str) -> str | None:
    """The plain word an alternative spells (escapes resolved), else None."""
    out: list[str] = []
    i = 0
    while i < len(alt):
        c = alt[i]
        if c == "\\":
            if i + 1 >= len(alt) or alt[i + 1].isalnum():
                return None  # \b, \d, \s: not a letter
            out.append(alt[i + 1])
            i += 2
        elif c in _SPECIAL or c.isspace():
            return None
        else:
            out.append(c)
            i += 1
    return "".join(out) or None


def _split(p: str) -> list[str]:
    """The top-level alternatives of `p`."""
    alts: list[str] = []
    start = i = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(p, i) + 1
            continue
        if c == "(":
            i = _group_end(p, i) + 1
            continue
        if c == "|":
            alts.append(p[start:i])
            start = i + 1
        i += 1
    alts.append(p[start:])
    return alts


def _class_end(p: str, i: int) -> int:
    """Index of the "]" closing the character class opened at `i`."""
    j = i + 1
    if p[j : j + 1] == "^":
        j += 1
    if p[j : j + 1] == "]":
        j += 1
    while p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j


def _group_end(p: str, i: int) -> int:
    """Index of the ")" closing the group opened at `i`."""
    depth = 0
    j = i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(p, j) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    raise re.error("unbalanced parenthesis", p, i)


def _opener(p: str, i: int) -> str:
    """The opening of the group at `i`: "(", "(?:", "(?P<name>", "(?=", "(?i:"..."""
    if not p.startswith("(?", i):
        return "("
    if p.startswith("(?P<", i):
        return p[i : p.index(">", i) + 1]
    for fixed in ("(?:", "(?=", "(?!", "(?<=", "(?<!"):
        if p.startswith(fixed, i):
            return fixed
    m = re.compile(r"\(\?[aiLmsux-]+:").match(p, i)
    if m:
        return m.group()
    return p[i : i + 2]  # "(?#" comments and the like: copied through untouched


def compact_modules(*modules: ModuleType) -> None:
    """Replace every compiled pattern in the modules' namespaces by its `compact` form.

    Functions read module globals when they run, so every use in those modules gets
    the faster pattern; a pattern imported from elsewhere ("EVENT_RE") is replaced in
    the importing module only.
    """
    done: dict[int, re.Pattern[str]] = {}
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                fast = done.get(id(value))
                if fast is None:
                    fast = done[id(value)] = compact(value)
                setattr(module, name, fast)
