"""Saved news pages: the article text (via trafilatura), its metadata, and where each
line of text sits in the raw HTML.

`parse_html` is pure and offline: trafilatura only extracts the text (never its metadata
or date search, which guesses, e.g. a page's copyright year as 1 January). Metadata, dates,
page chrome and teaser containers come from one pass of the stdlib `html.parser`.
"""

from __future__ import annotations

import datetime
import json
import logging
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from .dateline import parse_date_value, text_date
from .parsed import ParsedDoc, is_cookie_notice, strip_decoration, teaser_line_numbers

__all__ = ["parse_html"]

# trafilatura logs "discarding data" warnings for pages it finds no text in; with no
# logging configured Python would print them on stderr. A NullHandler keeps them out of
# the user's terminal and still lets an application that configures logging see them.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
logging.getLogger("htmldate").addHandler(logging.NullHandler())

_KEY_CHARS = 40  # characters of a line looked up in the raw HTML for its line number

# Meta tags holding the publication date, best first, after the two Open Graph ones,
# JSON-LD, microdata and <time>.
_META_DATE_KEYS = (
    "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
    "article.published", "article:published", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
    "citation_publication_date", "citation_date", "date", "displaydate",
    "original-publish-date", "datepublished", "publication_date", "release_date",
)
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report")

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object",
              "canvas", "select", "button", "textarea"}
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
              "param", "source", "track", "wbr", "keygen"}
_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "body", "dd", "details", "dialog",
               "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
               "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
               "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
               "caption", "tbody", "thead", "tfoot", "html", "head", "title", "time"}
_FALLBACK_TAGS = {"p", "h1", "h2", "h3", "li"}
_CHROME_TAGS = {"nav", "footer"}
_CHROME_ROLES = {"navigation", "contentinfo", "banner", "search", "menubar"}
_HEAD_TAGS = {"html", "head", "title", "meta", "link", "script", "style", "base", "noscript",
              "template"}
_CHROME_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:cookies?|consent|gdpr|onetrust|didomi|cmp|newsletter|subscribe|signup"
    r"|breadcrumbs?|share|sharing|social|comments?|commentlist|disqus|masthead|navbar|nav"
    r"|menu|footer|sidebar|advert|ads?|promo|paywall|skip-link|toolbar|byline-share)(?:$|[\s_-])"
)
_COOKIE_CLASS = re.compile(r"(?i)cookie|consent|gdpr|onetrust|didomi")
_TEASER_CLASS = re.compile(
    r"(?i)related|read-?more|more-?on|more-?stories|more-?from|recommend|also-?read|teaser"
    r"|outbrain|taboola|most-?(?:read|popular|viewed)|trending|further-?reading|suggested"
    r"|up-?next|read-?next"
)


# "By Pulse News Staff · Published July 15, 2026, 2:05 p.m. ET": a byline the main-text
# extraction drops as chrome, but the page's date all the same
_PUBLISHED = re.compile(
    r"\b(?:Published|Posted|First\s+published)(?:\s+on)?\s*:?\s*"
    r"(?:[A-Z][a-z]+day,?\s+)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})")


def _byline_date(raw: str) -> tuple[datetime.date | None, str | None]:
    """The date of the first "Published <date>" in the page, if any."""
    m = _PUBLISHED.search(raw)
    day = parse_date_value(m.group("date").replace(".", "")) if m else None
    return (day, "html byline") if day else (None, None)


def parse_html(raw: str) -> ParsedDoc:
    """Read a saved news page.

    The text is trafilatura's main-content extraction (precision mode, no comments, no
    tables), one paragraph per line, with lines that are page chrome (navigation,
    footer, cookie banner, comments) removed; it falls back to the page's ``<p>``,
    ``<h1>``-``<h3>`` and ``<li>`` text when trafilatura finds nothing. `line_map` gives
    each line's 1-based line in `raw`; `teaser_lines` marks "related stories" lines left in
    the text; `boilerplate_lines` marks cookie-banner-like lines left in it.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    page = _scan(raw)

    lines, teasers = page.drop_chrome(_trafilatura_lines(raw))
    if not lines:  # nothing, or nothing but menus: the stdlib fallback
        lines, teasers = page.drop_chrome(page.fallback_lines())
    teasers |= teaser_line_numbers(lines)
    boiler = {i for i, line in enumerate(lines) if is_cookie_notice(line)}

    first_line = next((ln.strip() for ln in lines if ln.strip()), None)
    outlet = page.outlet() or page.outlet_from_title(first_line)
    url = page.url()
    title = page.title(outlet, first_line) or first_line
    text = "\n".join(lines)
    date, date_source = page.date()
    if date is None:
        date, date_source = _byline_date(raw)
    if date is None:
        date, date_source = text_date(text, url)

    return ParsedDoc(
        text=text,
        title=title,
        date=date,
        date_source=date_source,
        outlet=outlet,
        url=url,
        line_map=page.line_map(lines) if lines else (1,),
        boilerplate_lines=frozenset(boiler),
        teaser_lines=frozenset(teasers - boiler),
    )


def _trafilatura_lines(raw: str) -> list[str]:
    import trafilatura

    try:
        out = trafilatura.extract(
            raw,
            output_format="txt",
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception:  # a page trafilatura cannot read gets the fallback
        return []
    if not out:
        return []
    # trafilatura already folds whitespace (U+2028 and NBSP included) inside a paragraph
    return [line.strip() for line in out.split("\n") if line.strip()]


# -- the stdlib pass over the page ----------------------------------------------------


def _key(text: str, whole: bool = False) -> str:
    """Text as compared with the page: no whitespace, nothing unprintable."""
    s = "".join(text.split())
    if not s.isprintable():
        s = "".join(c for c in s if c.isprintable())
    return s if whole else s[:_KEY_CHARS]


@dataclass
class _Frame:
    tag: str
    skip: bool
    chrome: tuple[int, ...]  # ids of chrome containers around (and including) this one
    teaser: tuple[int, ...]  # ids of teaser containers around (and including) this one
    fb_skip: bool  # text here is not for the fallback extraction
    fb_tag: str | None  # the innermost <p>, <h1>-<h3> or <li> around this, if any
    article: int | None  # id of the enclosing <article>, if any
    main: bool
    link: bool


@dataclass
class _Box:
    """A chrome or teaser container candidate, judged when the page has been read."""

    kind: str  # "chrome", "cookie" or "teaser"
    text: int = 0
    link_text: int = 0
    long_blocks: int = 0  # paragraphs of 120+ characters, mostly not links: article-like
    first_block: str | None = None


@dataclass
class _Block:
    text: str
    chrome: tuple[int, ...]
    teaser: tuple[int, ...]
    fb_skip: bool
    fb_tag: str | None
    article: int | None
    main: bool


@dataclass
class _Page:
    title_text: str | None = None
    metas: dict[str, str] = field(default_factory=dict)
    canonical: str | None = None
    jsonld: list[str] = field(default_factory=list)
    times: list[tuple[dict[str, str], str, tuple[int, ...], tuple[int, ...]]] = field(
        default_factory=list
    )
    blocks: list[_Block] = field(default_factory=list)
    boxes: dict[int, _Box] = field(default_factory=dict)
    # the page's text without whitespace, and for each character its 1-based source line
    stream: str = ""
    stream_lines: array = field(default_factory=lambda: array("i"))
    # (start offset in `stream`, chrome and teaser containers around the text from there)
    segments: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)
    _jsonld_objects: list[dict[str, Any]] | None = None

    # ---- judging the containers

    def _live(self, ids: tuple[int, ...]) -> bool:
        return any(self._box_ok(i) for i in ids)

    def _box_ok(self, box_id: int) -> bool:
        box = self.boxes[box_id]
        density = box.link_text / box.text if box.text else 1.0
        if box.kind == "cookie":
            return box.text <= 2000 and box.long_blocks < 3
        if box.kind == "chrome":
            # a class name like "has-comments" on the article itself is not chrome
            return (box.text <= 1500 and box.long_blocks < 2) or density >= 0.5
        # teaser: mostly links, or headed "Related stories" and the like
        heading = bool(box.first_block and teaser_line_numbers([box.first_block], False))
        return heading or (density >= 0.3 and box.long_blocks < 3)

    def block_keys(self) -> tuple[set[str], set[str], set[str]]:
        chrome: set[str] = set()
        teaser: set[str] = set()
        content: set[str] = set()
        for block in self.blocks:
            is_chrome = self._live(block.chrome)
            is_teaser = self._live(block.teaser)
            for line in block.text.split("\n"):
                key = _key(line, whole=True)
                if not key:
                    continue
                if is_chrome:
                    chrome.add(key)
                elif is_teaser:
                    teaser.add(key)
                else:
                    content.add(key)
        return chrome, teaser, content

    def drop_chrome(self, lines: list[str]) -> tuple[list[str], set[int]]:
        """Lines without those that are the page's chrome, and which kept lines are teasers.

        A line counts as chrome or teaser only when its text is found there and nowhere in
        the page's other text (a section kicker may repeat a menu item)."""
        chrome_keys, teaser_keys, content_keys = self.block_keys()
        kept: list[str] = []
        teasers: set[int] = set()
        for line in lines:
            key = _key(_LIST_ITEM.sub("", line), whole=True)
            if key in chrome_keys and key not in content_keys:
                continue
            if key in teaser_keys and key not in content_keys:
                teasers.add(len(kept))
            kept.append(line)
        return kept, teasers

    def fallback_lines(self) -> list[str]:
        usable = [b for b in self.blocks
                  if not b.fb_skip and not self._live(b.chrome) and not self._live(b.teaser)]
        tagged = [b for b in usable if b.fb_tag]
        articles: dict[int, int] = {}
        for b in tagged:
            if b.article is not None:
                articles[b.article] = articles.get(b.article, 0) + len(b.text)
        if articles:
            best = max(articles, key=lambda a: (articles[a], -a))
            chosen = [b for b in tagged if b.article == best]
        elif any(b.main for b in tagged):
            chosen = [b for b in tagged if b.main]
        else:
            chosen = tagged or usable  # last resort: any readable text outside chrome
        out: list[str] = []
        for b in chosen:  # list items marked as trafilatura marks them
            out.extend(f"- {ln}" if b.fb_tag == "li" else ln for ln in b.text.split("\n"))
        return out

    # ---- line numbers

    def line_map(self, lines: list[str]) -> tuple[int, ...]:
        found: list[int | None] = []
        cursor = 0
        starts = [start for start, _ in self.segments]
        for line in lines:
            pos = -1
            for key in _keys_for(line):
                pos = self._find(key, cursor, starts)
                if pos < 0:
                    pos = self._find(key, 0, starts)
                if pos >= 0:
                    cursor = pos + len(key)
                    break
            found.append(self.stream_lines[pos] if pos >= 0 else None)
        first = next((n for n in found if n is not None), 1)
        out: list[int] = []
        prev = first
        for n in found:
            prev = n if n is not None else prev
            out.append(prev)
        return tuple(out)

    def _find(self, key: str, start: int, starts: list[int]) -> int:
        """First place of `key` from `start`, preferring text outside chrome and teasers
        (a section kicker "Americas" is also a menu item)."""
        first = pos = self.stream.find(key, start)
        while pos >= 0:
            seg = bisect_right(starts, pos) - 1
            if seg < 0 or not self._live(self.segments[seg][1]):
                return pos
            pos = self.stream.find(key, pos + 1)
        return first

    # ---- metadata

    def _json_objects(self) -> list[dict[str, Any]]:
        if self._jsonld_objects is None:
            objs: list[dict[str, Any]] = []
            for blob in self.jsonld:
                data = _load_json(blob)
                if data is not None:
                    objs.extend(_walk_json(data))
            self._jsonld_objects = objs
        return self._jsonld_objects

    def _json_field(self, name: str) -> Any:
        objs = self._json_objects()
        ranked = [o for o in objs if _ARTICLE_TYPES.search(" ".join(_types(o)))] + objs
        for obj in ranked:
            value = obj.get(name)
            if value:
                return value
        return None

    def outlet(self) -> str | None:
        for key in ("og:site_name", "application-name", "twitter:site:name"):
            if self.metas.get(key):
                return _clean(self.metas[key])
        publisher = self._json_field("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return _clean(publisher["name"]) or None
        if isinstance(publisher, str):
            return _clean(publisher) or None
        return None

    def outlet_from_title(self, first_line: str | None) -> str | None:
        """"Headline | Outlet" in <title>, when the headline is known from elsewhere."""
        if not self.title_text:
            return None
        title = _clean(self.title_text)
        known = [_clean(h) for h in (self.metas.get("og:title"), self.metas.get("twitter:title"),
                                     first_line) if h]
        for headline in known:
            m = re.match(rf"^{re.escape(headline)}\s+[|–—-]\s+(?P<site>.+)$", title, re.I)
            if m and len(m["site"].split()) <= 5:
                return m["site"].strip()
        return None

    def url(self) -> str | None:
        candidates: list[Any] = [self.canonical, self.metas.get("og:url")]
        for name in ("url", "mainEntityOfPage"):
            value = self._json_field(name)
            candidates.append(value.get("@id") if isinstance(value, dict) else value)
        for c in candidates:
            if isinstance(c, str) and re.match(r"^https?://\S+$", c.strip(), re.I):
                return c.strip()
        return None

    def title(self, outlet: str | None, first_line: str | None = None) -> str | None:
        for key in ("og:title", "twitter:title"):
            if self.metas.get(key):
                return _clean(self.metas[key])
        headline = self._json_field("headline")
        if isinstance(headline, str) and headline.strip():
            return _clean(headline)
        if self.title_text and self.title_text.strip():
            title = _clean(self.title_text)
            if first_line and len(first_line) >= 8 and first_line.casefold() in title.casefold():
                return first_line  # the page's <h1> inside "Headline | Outlet"
            return _strip_site(title, outlet)
        return None

    def date(self) -> tuple[datetime.date | None, str | None]:
        for key, source in (("article:published_time", "article:published_time"),
                            ("og:published_time", "og:published_time"),
                            ("og:article:published_time", "og:published_time")):
            day = parse_date_value(self.metas.get(key))
            if day:
                return day, f"html meta {source}"
        value = self._json_field("datePublished")
        day = parse_date_value(value if isinstance(value, str) else None)
        if day:
            return day, "json-ld datePublished"
        day = parse_date_value(self.metas.get("itemprop:datepublished"))
        if day:
            return day, "html meta itemprop datePublished"
        day, time_source = self._time_date()
        if day:
            return day, time_source
        for key in _META_DATE_KEYS:
            day = parse_date_value(self.metas.get(key))
            if day:
                return day, f"html meta {key}"
        return None, None

    def _time_date(self) -> tuple[datetime.date | None, str | None]:
        usable = []
        for attrs, text, chrome, teaser in self.times:
            if self._live(chrome) or self._live(teaser):
                continue
            what = " ".join((attrs.get("itemprop") or "", attrs.get("class") or "")).lower()
            if re.search(r"modif|updat", what):
                continue
            preferred = ("pubdate" in attrs or "datepublished" in what
                         or re.search(r"publish|posted|pubdate", what) is not None)
            usable.append((0 if preferred else 1, attrs, text))
        usable.sort(key=lambda t: t[0])  # stable: page order within a rank
        for _, attrs, text in usable:
            day = parse_date_value(attrs.get("datetime"))
            if day:
                return day, "html time datetime"
            day = parse_date_value(text)
            if day:
                return day, "html time text"
        return None, None


_LIST_ITEM = re.compile(r"^[-*•]\s+")  # trafilatura's mark for a list item
_BR = "\x00"  # a <br> inside a text block (source newlines are only whitespace)
_ROOT = _Frame(tag="#root", skip=False, chrome=(), teaser=(), fb_skip=False, fb_tag=None,
               article=None, main=False, link=False)


def _keys_for(line: str) -> Iterable[str]:
    key = _key(line)
    if key:
        yield key
    bare = _key(strip_decoration(line))
    if bare and bare != key:
        yield bare
    short = _key(line)[:16]
    if len(short) >= 10 and short != key:
        yield short


def _clean(s: str) -> str:
    return " ".join(s.split())


def _strip_site(title: str, outlet: str | None) -> str:
    """"Headline | Outlet" -> "Headline" (also " - ", " — ", and "Outlet | Headline")."""
    seps = list(re.finditer(r"\s+[|–—-]\s+", title))
    if not seps:
        return title
    head, tail = title[: seps[-1].start()], title[seps[-1].end() :]
    if outlet:
        norm = outlet.casefold()
        if tail.casefold() == norm:
            return head
        if title[: seps[0].start()].casefold() == norm:
            return title[seps[0].end() :]
        return title
    if "|" in seps[-1][0] and len(tail.split()) <= 4 and len(head.split()) >= 2:
        return head
    return title


def _load_json(blob: str) -> Any:
    s = blob.strip()
    s = re.sub(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)", "", s)
    s = re.sub(r"(?:-->|//\s*\]\]>|\]\]>)\s*$", "", s).strip()
    for attempt in (s, re.sub(r",\s*([}\]])", r"\1", s)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _walk_json(data: Any, depth: int = 0) -> Iterable[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_json(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk_json(data[key], depth + 1)


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return [t]
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str)]
    return []


class _Scanner(HTMLParser):
    """One pass over the page: metadata, text blocks with their context, text positions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _Page()
        self.stack: list[_Frame] = []
        self.next_id = 0
        self.in_body = False
        self.in_title = False
        self.title_parts: list[str] = []
        self.jsonld_parts: list[str] | None = None
        self.time_frame: tuple[dict[str, str], list[str], _Frame] | None = None
        self.block_parts: list[str] = []
        self.block_frame: _Frame | None = None
        self.block_link = 0
        self.stream_parts: list[str] = []
        self.stream_size = 0

    # -- tags

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): (v or "") for k, v in attrs_list}
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "link":
            if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
                self.page.canonical = self.page.canonical or attrs["href"].strip()
            return
        if not self.in_body:
            head = next((i for i, f in enumerate(self.stack) if f.tag == "head"), None)
            if tag == "body" or (head is None and tag not in _HEAD_TAGS):
                self.in_body = True  # <body>, or the first content tag of a page without one
            elif head is not None and tag in _BLOCK_TAGS and tag not in _HEAD_TAGS:
                del self.stack[head:]  # an unclosed <head> ends where content starts
                self.in_body = True
        if tag == "br":
            self.block_parts.append(_BR)
            return
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS:
                self._flush()
            return
        if tag == "title" and not self.in_body and self.page.title_text is None:
            self.in_title = True
        if tag == "script" and "ld+json" in attrs.get("type", "").lower():
            self.jsonld_parts = []
        self._implicit_close(tag)
        if tag in _BLOCK_TAGS:
            self._flush()
        frame = self._frame(tag, attrs)
        self.stack.append(frame)
        if tag == "time":
            self.time_frame = (attrs, [], frame)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.in_title:
            self.in_title = False
            self.page.title_text = "".join(self.title_parts)
        if tag == "script" and self.jsonld_parts is not None:
            self.page.jsonld.append("".join(self.jsonld_parts))
            self.jsonld_parts = None
        if tag == "time" and self.time_frame is not None:
            attrs, parts, frame = self.time_frame
            self.page.times.append((attrs, _clean("".join(parts)), frame.chrome, frame.teaser))
            self.time_frame = None
        if tag in _BLOCK_TAGS or tag == "br":
            self._flush()
        if tag == "br":
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break

    def _implicit_close(self, tag: str) -> None:
        """<p> and <li> end where the next one (or a block) starts."""
        if not self.stack:
            return
        top = self.stack[-1].tag
        if top == "p" and tag in _BLOCK_TAGS:
            self.stack.pop()
        elif tag == "li":
            for i in range(len(self.stack) - 1, -1, -1):
                t = self.stack[i].tag
                if t in ("ul", "ol", "menu"):
                    break
                if t == "li":
                    del self.stack[i:]
                    break

    def _frame(self, tag: str, attrs: dict[str, str]) -> _Frame:
        parent = self.stack[-1] if self.stack else None
        names = " ".join((attrs.get("class", ""), attrs.get("id", ""),
                          attrs.get("aria-label", "").replace(" ", "-")))
        role = attrs.get("role", "").lower()
        article = parent.article if parent else None
        main = (parent.main if parent else False) or tag == "main" or role == "main"
        in_content = article is not None or main
        box = -1
        kind = None
        if _COOKIE_CLASS.search(names):
            kind = "cookie"
        elif tag in _CHROME_TAGS or (tag == "header" and not in_content) or role in _CHROME_ROLES:
            kind = "chrome"
        elif tag == "aside" or _TEASER_CLASS.search(names):
            kind = "teaser"
        elif _CHROME_CLASS.search(names):
            kind = "chrome"
        if kind is not None:
            box = self.next_id
            self.next_id += 1
            self.page.boxes[box] = _Box(kind)
        if tag == "article":
            article = self.next_id
            self.next_id += 1
        chrome = (parent.chrome if parent else ()) + ((box,) if kind in ("chrome", "cookie")
                                                      else ())
        teaser = (parent.teaser if parent else ()) + ((box,) if kind == "teaser" else ())
        fb_skip = (parent.fb_skip if parent else False) or tag in (
            "nav", "footer", "aside", "form") or (tag == "header" and not in_content)
        return _Frame(
            tag=tag,
            skip=(parent.skip if parent else False) or tag in _SKIP_TAGS,
            chrome=chrome,
            teaser=teaser,
            fb_skip=fb_skip,
            fb_tag=tag if tag in _FALLBACK_TAGS else (parent.fb_tag if parent else None),
            article=article,
            main=main,
            link=(parent.link if parent else False) or tag == "a",
        )

    def _meta(self, attrs: dict[str, str]) -> None:
        content = attrs.get("content")
        if content is None or not content.strip():
            return
        for attr in ("property", "name", "itemprop"):
            key = attrs.get(attr, "").strip().lower()
            if key:
                if attr == "itemprop":
                    key = f"itemprop:{key}"
                self.page.metas.setdefault(key, content.strip())

    # -- text

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.jsonld_parts is not None:
            self.jsonld_parts.append(data)
            return
        frame = self.stack[-1] if self.stack else None
        if not self.in_body and data.strip() and not any(f.tag == "head" for f in self.stack):
            self.in_body = True  # text outside any tag: a page without markup
        if not self.in_body or (frame is not None and frame.skip):
            return
        if self.time_frame is not None:
            self.time_frame[1].append(data)
        line = self.getpos()[0]
        for n, segment in enumerate(data.split("\n")):
            chars = _key(segment, whole=True)
            if chars:
                boxes = frame.chrome + frame.teaser if frame else ()
                if not self.page.segments or self.page.segments[-1][1] != boxes:
                    self.page.segments.append((self.stream_size, boxes))
                self.stream_size += len(chars)
                self.stream_parts.append(chars)
                self.page.stream_lines.extend(array("i", [line + n]) * len(chars))
        if not data.strip():
            if self.block_parts:
                self.block_parts.append(" ")
            return
        if frame is None:
            frame = _ROOT
        if self.block_frame is None:
            self.block_frame = frame
        self.block_parts.append(data)
        size = len(data.strip())
        for box_id in set(frame.chrome + frame.teaser):
            box = self.page.boxes[box_id]
            box.text += size
            if frame.link:
                box.link_text += size
        if frame.link:
            self.block_link += size

    def _flush(self) -> None:
        frame = self.block_frame
        text = "".join(self.block_parts)
        link = self.block_link
        self.block_parts = []
        self.block_frame = None
        self.block_link = 0
        if frame is None or not text.strip():
            return
        text = "\n".join(p for p in (" ".join(part.split()) for part in text.split(_BR)) if p)
        self.page.blocks.append(_Block(text, frame.chrome, frame.teaser, frame.fb_skip,
                                       frame.fb_tag, frame.article, frame.main))
        article_like = len(text) >= 120 and link < 0.3 * len(text)
        for box_id in frame.chrome + frame.teaser:
            box = self.page.boxes[box_id]
            if box.first_block is None:
                box.first_block = text.split("\n")[0]
            box.long_blocks += article_like

    def close(self) -> None:
        super().close()
        self._flush()
        self.page.stream = "".join(self.stream_parts)


def _scan(raw: str) -> _Page:
    scanner = _Scanner()
    try:
        scanner.feed(raw)
        scanner.close()
    except Exception:  # html.parser is lenient; keep what was read
        scanner.page.stream = "".join(scanner.stream_parts)
    return scanner.page
