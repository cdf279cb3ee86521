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
in verbose mode, lookbehinds, and groups with flags other than `(?i:`, are left as they
are.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

try:  # the parser behind `re`: Python 3.11 names it re._parser, older ones sre_parse
    import re._compiler as sre_compile  # type: ignore[import-not-found,unused-ignore]
    import re._constants as sre
    import re._parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_compile  # type: ignore[no-redef]
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

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
            if opener == "(?i:":
                # a group that ignores case: its trie stays inside it, so it ignores case
                # too, and `_safe` compares its words in lower case
                out.append(opener + _rewrite(body, True) + ")")
            elif opener.startswith(("(?<=", "(?<!")) or opener.endswith(":") and opener[2:-1]:
                out.append(p[i : j + 1])  # a lookbehind, or a group with other flags
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
    """Replace every compiled pattern in the modules' namespaces by its `compact` form,
    behind its first-character `guard`.

    Functions read module globals when they run, so every use in those modules gets
    the faster pattern; a pattern imported from elsewhere ("EVENT_RE") is replaced in
    the importing module only. A rewrite found in `CACHE_PATH` (keyed by the original's
    text and flags) is compiled from there instead of being worked out again.
    """
    done: dict[int, re.Pattern[str]] = {}
    cache = read_cache(CACHE_PATH)

    def fast(name: str, value: re.Pattern[str]) -> re.Pattern[str]:
        got = done.get(id(value))
        if got is None:
            cached = cache.get(cache_key(value))
            got = done[id(value)] = (re.compile(cached, value.flags) if cached is not None
                                     else guard(compact(value)))
        REWRITTEN[name] = (value, got)
        return got

    for module in modules:
        for name, value in list(vars(module).items()):
            where = f"{module.__name__}.{name}"
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                setattr(module, name, fast(where, value))
            elif isinstance(value, list):
                # lists of patterns, or of (pattern, what it means) pairs: changed in place
                for i, item in enumerate(value):
                    if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                        value[i] = fast(f"{where}[{i}]", item)
                    elif isinstance(item, tuple) and item and isinstance(item[0], re.Pattern) \
                            and isinstance(item[0].pattern, str):
                        value[i] = (fast(f"{where}[{i}]", item[0]), *item[1:])


# what `compact_modules` replaced: "module.NAME" -> (original, rewritten); the tests check
# that each pair finds the same matches
REWRITTEN: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


# --- the rewrites, worked out once --------------------------------------------------------
#
# Working out the rewrites of the extractors' two hundred patterns takes about a second,
# which every run would pay at start-up, for a result that only changes when a pattern
# does. `make patterns` (`write_cache`) writes them to `CACHE_PATH`, shipped with the
# package; `compact_modules` compiles a pattern's rewrite from there when the file holds
# one for exactly that pattern text and flags, and works it out otherwise, so a stale
# file only costs time. A test fails when the file no longer matches the patterns.

CACHE_PATH = Path(__file__).with_name("rewritten.json")


def cache_key(pattern: re.Pattern[str]) -> str:
    """What identifies a pattern in the cache: a digest of its flags and text."""
    return hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()[:32]


def read_cache(path: Path) -> dict[str, str]:
    """Cached rewrites by `cache_key`; none when the file is missing, unreadable, or
    written by another Python version (whose parser may rewrite differently)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("python") != _python():
        return {}
    patterns = data.get("patterns")
    return patterns if isinstance(patterns, dict) else {}


def cache_text() -> str:
    """The cache file's content for the patterns in use now (`REWRITTEN`), worked out
    afresh: same patterns, same bytes."""
    patterns = {cache_key(original): guard(compact(original)).pattern
                for original, _ in REWRITTEN.values()}
    return json.dumps({"python": _python(), "patterns": dict(sorted(patterns.items()))},
                      indent=0, ensure_ascii=True) + "\n"


def write_cache(path: Path | None = None) -> int:
    """Write `cache_text()` to `path` (`make patterns`); the number of rewrites."""
    path = path or CACHE_PATH
    path.write_text(cache_text(), encoding="utf-8")
    return len(read_cache(path))


def _python() -> str:
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


# --- the first-character guard --------------------------------------------------------
#
# `re` skips quickly to where a match can start only when a pattern begins with a plain
# character or class. Most of the extractors' patterns begin with `\b`, a lookbehind or
# an optional word ("(?:about\s+)?\d+"), and are then tried in full at every offset of
# an article. `guard` computes, from the parsed pattern, the set of characters a match
# can start with and puts it in front as a lookahead, `(?=[...])`: a single class test
# rejects most offsets. The lookahead is implied by the pattern, so the matches are the
# same; only the work done at offsets where no match starts changes.

_Atoms = list[tuple[str, bool]]  # (class body, ignore case)

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _class_char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "\\]^-" else "\\" + chr(code)


def _first(items: Any, fold: bool) -> tuple[_Atoms, bool] | None:
    """The characters a match of `items` can start with, and whether `items` can match
    the empty string; None when any character can start one (or it cannot be told)."""
    atoms: _Atoms = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a condition, not a character: leaving it out only widens the set
        if op is sre.LITERAL:
            atoms.append((_class_char(av), fold))
            return atoms, False
        if op is sre.NOT_LITERAL:
            atoms.append(("^" + _class_char(av), fold))
            return atoms, False
        if op is sre.IN:
            body = _class_body(av)
            if body is None:
                return None
            atoms.append((body, fold))
            return atoms, False
        if op is sre.SUBPATTERN or op is getattr(sre, "ATOMIC_GROUP", None):
            sub, f = (av[3], (fold or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE) \
                if op is sre.SUBPATTERN else (av, fold)
            got = _first(sub, f)
            if got is None:
                return None
            atoms += got[0]
            if not got[1]:
                return atoms, False
        elif op is sre.BRANCH:
            nullable = False
            for alt in av[1]:
                got = _first(alt, fold)
                if got is None:
                    return None
                atoms += got[0]
                nullable = nullable or got[1]
            if not nullable:
                return atoms, False
        elif op in _REPEATS:
            low, _high, sub = av
            got = _first(sub, fold)
            if got is None:
                return None
            atoms += got[0]
            if low > 0 and not got[1]:
                return atoms, False
        else:
            return None  # ANY, back references, conditionals: give up
    return atoms, True


def _class_body(items: Any, char: Callable[[int], str] = _class_char) -> str | None:
    """The inside of a character class as pattern text, each character written by
    `char`; None for an item it cannot write."""
    out: list[str] = []
    for op, av in items:
        if op is sre.NEGATE:
            out.insert(0, "^")
        elif op is sre.LITERAL:
            out.append(char(av))
        elif op is sre.RANGE:
            out.append(char(av[0]) + "-" + char(av[1]))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return "".join(out)


def _has_prefix(items: Any) -> bool:
    """True when the guard would not help: the pattern is anchored at the start of the
    text, or begins (after `\\b` or a lookbehind) with one character test, or `re`
    itself skips ahead to where it can start (a group of alternatives that each begin
    with a character)."""
    if not len(items):
        return False
    if items[0][0] is sre.AT and items[0][1] in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        return True
    op, av = items[0]
    if op in _ZERO_WIDTH:
        rest = [item for item in items if item[0] not in _ZERO_WIDTH]
        return bool(rest) and rest[0][0] in (sre.LITERAL, sre.NOT_LITERAL, sre.IN)
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN):
        return True
    if op in _REPEATS and av[0] > 0 and len(av[2]) == 1:
        return av[2][0][0] in (sre.LITERAL, sre.NOT_LITERAL, sre.IN)  # "\s+"
    if op is sre.SUBPATTERN and not av[1] and not av[2]:
        return _has_prefix(av[3])
    if op is sre.BRANCH:
        return all(_has_prefix(alt) for alt in av[1])
    return False


def guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` written to begin with its first character (`first_character_first`),
    or else behind a lookahead on the characters its matches can start with; the same
    pattern when `re` already skips ahead by itself or when any character can."""
    if not isinstance(pattern.pattern, str):
        return pattern
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return pattern
    faster = first_character_first(pattern)
    if faster is not None:
        return faster
    if _has_prefix(parsed):
        return pattern
    # global flags ("(?ix)") must stay first; they are in `pattern.flags` already
    source = re.sub(r"^\(\?[aiLmsux]+\)", "", pattern.pattern)
    got = _first(parsed, bool(pattern.flags & re.IGNORECASE))
    if got is None or got[1] or not got[0]:
        return pattern
    plain = [b for b, f in got[0] if not b.startswith("^") and not f]
    folded = [b for b, f in got[0] if not b.startswith("^") and f]
    parts = [f"(?-i:[{''.join(plain)}])"] if plain else []
    parts += [f"(?i:[{''.join(folded)}])"] if folded else []
    parts += [f"(?{'i' if f else '-i'}:[{b}])" for b, f in got[0] if b.startswith("^")]
    return re.compile(f"(?={'|'.join(parts)})(?:{source})", pattern.flags)


# --- the first character first ----------------------------------------------------------
#
# A lookahead guard still starts a match attempt at every offset; `re` skips ahead in C,
# several times faster, only when the compiled pattern begins with one character class
# (or literal) that is not case-folded. Many patterns can be written that way exactly:
# the zero-width tests in front of the first character (`\b`, lookbehinds) move into a
# one-character lookbehind just after it, `\d+` becomes `\d\d*`, and a group of
# alternatives becomes the union of their first characters followed by the
# alternatives, each checking its own first character in a lookbehind:
#
#     \b(?:one|two)\s      ->   (?-i:[ot])(?<=\b.)(?:(?<=o)ne|(?<=t)wo)\s
#
# Every alternative is still tried in the same order at the same offset, and groups
# open and close where they did, so the matches are the same. The class consumed first
# may be wider than the first characters (all of non-ASCII, for case-folded ones); the
# lookbehind then checks the real one.

_AT_TEXT = {
    sre.AT_BEGINNING: "^", sre.AT_BEGINNING_STRING: r"\A", sre.AT_END: "$",
    sre.AT_END_STRING: r"\Z", sre.AT_BOUNDARY: r"\b", sre.AT_NON_BOUNDARY: r"\B",
}
_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"),
                 (re.VERBOSE, "x"), (re.ASCII, "a"), (re.UNICODE, "u"))
_SCOPED = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_ANY_NON_ASCII = "\\x80-\\U0010ffff"


def _char(code: int) -> str:
    """One character as pattern text that reads the same in verbose mode too."""
    c = chr(code)
    if c.isalnum() and c.isascii() or c == "_":
        return c
    if c.isascii() and c.isprintable() and c != " ":
        return "\\" + c
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 \
        else f"\\U{code:08x}"


def _in_text(items: Any) -> str:
    body = _class_body(items, _char)
    if body is None:
        raise ValueError(f"class item in {items}")
    return "[" + body + "]"


def _text(items: Any, names: dict[int, str]) -> str:
    """Pattern text for parsed `items` (the inverse of `sre_parse.parse`)."""
    return "".join(_item_text(op, av, names) for op, av in items)


def _item_text(op: Any, av: Any, names: dict[int, str]) -> str:
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.NOT_LITERAL:
        return "[^" + _char(av) + "]"
    if op is sre.IN:
        return _in_text(av)
    if op is sre.ANY:
        return "."
    if op is sre.AT:
        return _AT_TEXT[av]
    if op is sre.BRANCH:
        return "(?:" + "|".join(_text(alt, names) for alt in av[1]) + ")"
    if op is sre.SUBPATTERN:
        group, add, remove, sub = av
        if group is not None:
            opener = f"(?P<{names[group]}>" if group in names else "("
        else:
            on = "".join(c for f, c in _FLAG_LETTERS if add & f)
            off = "".join(c for f, c in _FLAG_LETTERS if remove & f)
            opener = f"(?{on}{'-' + off if off else ''}:"
        return opener + _text(sub, names) + ")"
    if op in _REPEATS:
        low, high, sub = av
        upper = "" if high == sre.MAXREPEAT else str(high)
        mode = "?" if op is sre.MIN_REPEAT else "+" if op is not sre.MAX_REPEAT else ""
        return f"(?:{_text(sub, names)}){{{low},{upper}}}{mode}"
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, sub = av
        kind = ("=" if op is sre.ASSERT else "!") if direction == 1 else \
            ("<=" if op is sre.ASSERT else "<!")
        return f"(?{kind}{_text(sub, names)})"
    if op is sre.GROUPREF:
        return f"(?P={names[av]})" if av in names else f"(?:\\{av})"
    if op is sre.GROUPREF_EXISTS:
        group, yes, no = av
        return f"(?({group}){_text(yes, names)}{'|' + _text(no, names) if no else ''})"
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return f"(?>{_text(av, names)})"
    raise ValueError(f"pattern item {op}")


def _scoped(text: str, flags: int) -> str:
    """`text` read with `flags` (case, multiline, dotall) wherever it is put."""
    on = "".join(c for f, c in _SCOPED if flags & f)
    off = "".join(c for f, c in _SCOPED if not flags & f)
    return f"(?{on}-{off}:{text})"


def _has_group(items: Any) -> bool:
    """True when `items` hold a capturing group or refer to one."""
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if op is sre.SUBPATTERN:
            if av[0] is not None:
                return True
            subs = [av[3]]
        elif op is sre.BRANCH:
            subs = av[1]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            subs = [av[1]]
        elif op in _REPEATS:
            subs = [av[2]]
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            subs = [av]
        else:
            subs = []
        if any(_has_group(sub) for sub in subs):
            return True
    return False


class _Lead:
    """A sequence written as: its first character, then the rest.

    `atoms` are the character tests the first character must pass (one, or one per
    alternative), each with the flags it is read with; `check` is what a lookbehind just
    after the first character must confirm (the zero-width tests that stood in front of
    it, and the exact first character), "" when the consumed class says it all; `rest`
    is the text after the first character, inside the groups in `openers` (the groups
    that open before the first character; `rest` closes them)."""

    def __init__(self, atoms: list[tuple[Any, int]], before: str, first: str,
                 rest: str, openers: list[str], capturing: bool) -> None:
        self.atoms, self.before, self.first = atoms, before, first
        self.rest, self.openers, self.capturing = rest, openers, capturing

    def check(self, exact: bool) -> str:
        """The lookbehind's body, given whether the consumed class is exactly `first`."""
        if self.first and not exact:
            return self.before + self.first
        return self.before + "(?s:.)" if self.before else ""


def _lead(items: Any, flags: int, before: str, names: dict[int, str]) -> _Lead | None:
    """`before` + `items` as a `_Lead`; None when it cannot be told exactly."""
    items = list(items)
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        op, av = items[i]
        if op is not sre.AT and _has_group([items[i]]):
            return None
        before += _scoped(_item_text(op, av, names), flags)
        i += 1
    if i == len(items):
        return None
    op, av = items[i]
    rest = items[i + 1 :]
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN):
        first = _scoped(_item_text(op, av, names), flags)
        return _Lead([((op, av), flags)], before, first, _text(rest, names), [], False)
    if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 \
            and av[2][0][0] in (sre.LITERAL, sre.NOT_LITERAL, sre.IN):
        low, high, sub = av
        more = _item_text(op, (low - 1, high if high == sre.MAXREPEAT else high - 1, sub), names) \
            if high != 1 else ""
        got = _lead([sub[0]], flags, before, names)
        if got is not None:
            got.rest = more + _text(rest, names)
        return got
    if op is sre.SUBPATTERN:
        group, add, remove, sub = av
        inner = _lead(sub, (flags | add) & ~remove, before, names)
        if inner is None:
            return None
        opener = _item_text(op, (group, add, remove, []), names)[:-1]
        inner.openers.insert(0, opener)
        inner.rest += ")" + _text(rest, names)
        inner.capturing = inner.capturing or group is not None
        return inner
    if op is sre.BRANCH:
        atoms: list[tuple[Any, int]] = []
        alternatives: list[str] = []
        for alt in av[1]:
            got = _lead(alt, flags, "", names)
            if got is None or got.capturing:
                return None
            atoms += got.atoms
            check = got.check(exact=False)
            lookbehind = f"(?<={check})" if check else ""
            alternatives.append(lookbehind + "".join(got.openers) + got.rest)
        return _Lead(atoms, before, "", "(?:" + "|".join(alternatives) + ")" + _text(rest, names),
                     [], False)
    return None


def _first_class(atoms: list[tuple[Any, int]]) -> tuple[str, bool]:
    """A class, not case-folded, holding every character the atoms accept; and whether
    it holds exactly those."""
    bodies = [_item_text(op, av, {}) for (op, av), _flags in atoms]
    folded = any(flags & re.IGNORECASE for _atom, flags in atoms)
    if not folded and (len(atoms) == 1 or not any(b.startswith("[^") for b in bodies)):
        return "(?-i:[" + "".join(b[1:-1] if b.startswith("[") else b for b in bodies) + "])", \
            len(atoms) == 1
    tests = [re.compile(body, flags) for body, (_atom, flags) in zip(bodies, atoms, strict=True)]
    ascii_ = [chr(c) for c in range(128) if any(t.fullmatch(chr(c)) for t in tests)]
    return "(?-i:[" + "".join(_char(ord(c)) for c in ascii_) + _ANY_NON_ASCII + "])", False


def _skips_ahead(parsed: Any, flags: int) -> bool:
    """True when `re` itself skips to where a match can start (a literal prefix or a
    first-character set in the compiled pattern's info block)."""
    code = sre_compile._code(parsed, flags)
    return code[0] == sre.INFO and bool(code[2] & (sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET))


# Where the first character can be most lowercase letters (a long list of words), a
# match is attempted at most offsets anyway and the lookbehinds only add work: measured
# over news copy, the rewrite paid off up to about a quarter of the alphabet.
_MAX_LETTERS = 7


def first_character_first(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` written to begin with its first character, so that `re` skips ahead
    on its own; None when it cannot be written so, when `re` skips ahead already, when
    the pattern is anchored at the start, or when the first character can be most
    letters (see `_MAX_LETTERS`)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        if not len(parsed) or _skips_ahead(parsed, pattern.flags) or parsed[0][0] is sre.AT \
                and parsed[0][1] in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            return None
        names = {index: name for name, index in pattern.groupindex.items()}
        got = _lead(parsed, pattern.flags, "", names)
        if got is None:
            return None
        consumed, exact = _first_class(got.atoms)
        letters = re.compile(consumed)
        if sum(1 for c in "abcdefghijklmnopqrstuvwxyz" if letters.fullmatch(c)) > _MAX_LETTERS:
            return None
        check = got.check(exact)
        source = "".join(got.openers) + consumed + (f"(?<={check})" if check else "") + got.rest
        new = re.compile(source, pattern.flags)
    except (re.error, ValueError, KeyError):
        return None
    if new.groupindex != pattern.groupindex or new.groups != pattern.groups:
        return None
    return new if _skips_ahead(sre_parse.parse(new.pattern, new.flags), new.flags) else None

