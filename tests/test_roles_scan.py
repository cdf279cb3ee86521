"""Roles try the title pattern only where a title's first word starts a word: it must
find exactly what `finditer` finds."""

from __future__ import annotations

import factcheck.extract  # noqa: F401  (runs compact_modules)
from factcheck.extract import roles

from .conftest import SAMPLE_TEXTS as TEXTS
from .conftest import make_document

# titles at the text's edges, glued to words and hyphens, in capitals, and letters that
# only ignoring case make ASCII ("K" is "k", "ſ" is "s", "İ" is "i")
TRICKY = [
    "President", "minister", "Prime  Minister Ana Ruiz, the CHIEF EXECUTIVE OFFICER",
    "vice-president, ex-minister, co-chair, pm-ish, making the king's speech",
    "ſecretary Kim, Ķing, Kking Lee, İnterior PRESİDENT presİdent Premıer",
    "chairmanship; chairwoman Lind (Chair) 'ceo' cfo_1 2coo cto.\nAide aide-de-camp",
    "Secretary-General Guterres and director-general Tedros; president-elect;\nleader",
    "éminister xPresident _chief 9chief -chief ‐chief Minister\tof\nForeign Affairs",
]


def test_head_matches_finds_the_same() -> None:
    texts = [p.read_text(encoding="utf-8") for p in TEXTS if p.is_file()] + TRICKY
    for text in texts:
        doc = make_document(text)
        assert [m.span() for m in roles._head_matches(doc)] == \
            [m.span() for m in roles._HEAD_RE.finditer(doc.text)], text[:60]
