"""HTML and Markdown input parsers, and wire-dateline dates (factcheck.ingest.{html,markdown,
dateline}). Fixtures live in tests/fixtures/ingest/."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from factcheck.ingest.dateline import find_dateline_date, parse_date_value, url_path_date
from factcheck.ingest.html import parse_html
from factcheck.ingest.markdown import parse_markdown
from factcheck.ingest.parsed import ParsedDoc

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
NBH = "\u2011"  # NON-BREAKING HYPHEN, as news sites write "90‑minute"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def raw_line_of(raw: str, needle: str) -> int:
    """1-based line of the raw file whose unescaped text holds `needle` (exactly one)."""
    hits = [i + 1 for i, line in enumerate(raw.split("\n")) if needle in html.unescape(line)]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


def line_with(doc: ParsedDoc, needle: str) -> int:
    hits = [i for i, line in enumerate(doc.text.split("\n")) if needle in line]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


# --------------------------------------------------------------------------------------
# HTML: a saved news page with nav, cookie banner, related-stories aside, comments, footer


@pytest.fixture(scope="module")
def page_raw() -> str:
    return read("news_page.html")


@pytest.fixture(scope="module")
def page(page_raw: str) -> ParsedDoc:
    return parse_html(page_raw)


def test_html_body_kept_verbatim_with_unicode(page: ParsedDoc) -> None:
    lines = page.text.split("\n")
    # written as a literal U+2011 in the page
    assert (
        "SEOUL, Jan 5 (Ledger) \u2014 South Korean President Lee Jae Myung and Chinese President "
        "Xi Jinping agreed on Monday to explore ways of restarting dialogue with North Korea, "
        f"after a 90{NBH}minute summit in Beijing that both sides called "
        "\u201ccandid and constructive\u201d." in lines
    )
    # written as &#8209; and &rsquo; entities in the page
    assert (
        f"The two sides also signed 14 memorandums of understanding covering trade, supply "
        f"chains, the environment and transport. Officials in Seoul said the agreements could "
        f"lift bilateral trade by 7% year{NBH}on{NBH}year in 2026." in lines
    )
    assert f"short{NBH}range ballistic missile" in page.text
    assert "Seoul\u2019s Joint Chiefs of Staff" in page.text
    # a paragraph whose text starts on the line after its <p> is one clean line
    assert ("According to Lee\u2019s office, the two presidents agreed to hold annual summits "
            "and to expand exchanges between their defence authorities, including a new "
            "hotline between the two navies.") in lines
    assert lines[0] == "Lee and Xi agree to explore resuming North Korea dialogue"
    assert lines[-1].startswith("Lee is due to travel to Shanghai on Tuesday")


@pytest.mark.parametrize(
    "chrome",
    [
        "We use cookies",  # cookie banner
        "Accept all cookies",
        "Manage preferences",
        "Opinion",  # navigation
        "Markets",
        "Search the Ledger",
        "All rights reserved",  # footer
        "Privacy policy",
        "Terms of use",
        "Another summit, another photo op",  # reader comments
        "hotline finally agreed",
        "Sign up for our free daily newsletter",  # newsletter box
        "Share on Facebook",  # share tools
        "Photo: Pool",  # figure caption
        "gtag(",  # scripts and JSON-LD
        "NewsArticle",
        ".cookie-banner",  # style
    ],
)
def test_html_page_chrome_is_dropped(page: ParsedDoc, chrome: str) -> None:
    assert chrome not in page.text


def test_html_nav_items_are_not_lines(page: ParsedDoc) -> None:
    lines = set(page.text.split("\n"))
    assert not lines & {"Home", "World", "Business", "Sport", "Asia", "Peninsula Ledger"}


def test_html_metadata(page: ParsedDoc) -> None:
    assert page.title == "Lee and Xi agree to explore resuming North Korea dialogue"  # og:title
    assert page.outlet == "Peninsula Ledger"
    assert page.url == "https://www.peninsula-ledger.example/world/2026/01/05/lee-xi-summit"
    # article:published_time wins over <meta name="date" content="2026-01-06"> and the
    # modified time; the local date is kept (no conversion to UTC)
    assert page.date == dt.date(2026, 1, 5)
    assert page.date_source == "html meta article:published_time"


def test_html_line_map_points_at_raw_lines(page: ParsedDoc, page_raw: str) -> None:
    lines = page.text.split("\n")
    assert page.line_map is not None
    assert len(page.line_map) == len(lines)
    # the <p> opens on one line and its text starts on the next: the text's line counts
    i = line_with(page, "According to Lee\u2019s office")
    assert page.line_map[i] == raw_line_of(page_raw, "According to Lee\u2019s office") == 70
    # entities in the raw line (&mdash;, &#8209;) do not stop the lookup
    assert page.line_map[0] == raw_line_of(page_raw, "<h1") == 63
    assert page.line_map[1] == raw_line_of(page_raw, "SEOUL, Jan 5 (Ledger)") == 67
    i = line_with(page, "year\u2011on\u2011year")
    assert page.line_map[i] == raw_line_of(page_raw, "14 memorandums") == 81
    # every line points at a raw line holding its opening words
    raw_lines = page_raw.split("\n")
    for line, n in zip(lines, page.line_map, strict=True):
        assert line[:20] in html.unescape(re.sub(r"<[^>]*>", "", raw_lines[n - 1])), (line, n)


def test_html_related_stories_are_gone_or_teasers(page: ParsedDoc) -> None:
    lines = page.text.split("\n")
    read_more = line_with(page, "Read more:")
    assert read_more in page.teaser_lines
    for headline in ("Lee and Xi hold first talks on APEC sidelines",
                     "North Korea fires ballistic missile ahead of Beijing summit",
                     "Seoul bets on Beijing to bring Pyongyang back"):
        hits = [i for i, line in enumerate(lines) if headline in line]
        assert all(i in page.teaser_lines for i in hits), headline
    # the story's own paragraphs are not teasers
    assert line_with(page, "Seoul also raised its concerns") not in page.teaser_lines
    assert not page.boilerplate_lines


def test_html_chrome_left_by_the_extractor_is_removed(page_raw: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Should trafilatura keep menus, comments or teasers, the page's structure catches them."""
    import factcheck.ingest.html as html_mod

    left = ["- Home", "- Markets", "Comments (2)",
            "We use cookies to personalise content and ads and to analyse our traffic. By "
            "continuing to browse this site you agree to our use of cookies.",
            "Lee and Xi agree to explore resuming North Korea dialogue",
            "- Lee and Xi hold first talks on APEC sidelines in Gyeongju",
            "Xi told Lee that China was willing to play a \u201cconstructive role\u201d on the "
            "peninsula, according to a readout published by Xinhua.",
            "This website uses cookies to give you the best experience."]
    monkeypatch.setattr(html_mod, "_trafilatura_lines", lambda raw: list(left))
    doc = parse_html(page_raw)
    assert doc.text.split("\n") == left[4:]
    assert doc.teaser_lines == {1}  # the related-stories item
    assert doc.boilerplate_lines == {3}  # a cookie notice the page holds nowhere
    assert doc.line_map == (63, raw_line_of(page_raw, "first talks on APEC"), 72, 72)


def test_html_is_deterministic_and_newline_agnostic(page_raw: str, page: ParsedDoc) -> None:
    assert parse_html(page_raw) == page
    assert parse_html(page_raw.replace("\n", "\r\n")) == page


@pytest.mark.parametrize(
    ("head", "body", "date", "source"),
    [
        ('<meta property="og:published_time" content="2025-03-04T10:00:00Z">', "",
         dt.date(2025, 3, 4), "html meta og:published_time"),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
         '{"@type": "WebSite", "name": "X"}, {"@type": "NewsArticle", '
         '"datePublished": "2025-03-04T23:10:00-05:00", "dateModified": "2025-03-06"}]}'
         "</script>",
         "", dt.date(2025, 3, 4), "json-ld datePublished"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
         '"2025-03-04",}</script>', "", dt.date(2025, 3, 4), "json-ld datePublished"),
        ("", '<time class="updated" datetime="2025-03-09">9 March</time>'
             '<time datetime="2025-03-04T08:00">4 March 2025</time>',
         dt.date(2025, 3, 4), "html time datetime"),
        ("", "<time pubdate>March 4, 2025</time>", dt.date(2025, 3, 4), "html time text"),
        ('<meta name="pubdate" content="20250304">', "", dt.date(2025, 3, 4),
         "html meta pubdate"),
        ('<meta name="date" content="2025-03-04">', "", dt.date(2025, 3, 4), "html meta date"),
        ('<meta property="article:modified_time" content="2025-03-09">', "", None, None),
        ("", "", None, None),
    ],
)
def test_html_date_sources(head: str, body: str, date: dt.date | None,
                           source: str | None) -> None:
    raw = (f"<html><head><title>Port strike ends</title>{head}</head><body>"
           f"<article><h1>Port strike ends after 12 days</h1>{body}"
           "<p>Dock workers at the port voted on Tuesday to end a 12-day strike, the union "
           "said.</p></article>"
           '<aside class="related"><ul><li><a href="/old">Older strike</a> '
           '<time datetime="2024-11-02">2 Nov</time></li></ul></aside></body></html>')
    doc = parse_html(raw)
    assert (doc.date, doc.date_source) == (date, source)


def test_html_dateline_and_url_dates() -> None:
    page = ('<html><head><link rel="canonical" href="https://x.example/world/2026/01/05/summit">'
            "</head><body><article><p>SEOUL, Jan 5 (Yonhap) -- Lee and Xi met in Beijing for "
            "ninety minutes on Monday.</p></article></body></html>")
    doc = parse_html(page)  # the year comes from the URL
    assert (doc.date, doc.date_source) == (dt.date(2026, 1, 5), "dateline")
    doc = parse_html(page.replace("SEOUL, Jan 5 (Yonhap) --", "In Seoul,"))
    assert (doc.date, doc.date_source) == (dt.date(2026, 1, 5), "url path")


def test_html_tiny_table_page_falls_back_to_stdlib_text() -> None:
    raw = read("tiny_page.html")
    import trafilatura

    # why the fallback exists: with tables excluded trafilatura finds nothing here
    assert trafilatura.extract(raw, output_format="txt", include_comments=False,
                               include_tables=False, favor_precision=True) is None
    doc = parse_html(raw)
    assert doc.text.split("\n") == [
        "Old Mill Bridge to close for repairs",
        "Old Mill Bridge will close to traffic from Friday 7 March 2025 for six weeks while "
        "engineers replace the deck, the council said.",
        "- Diversion via Station Road (2.4 km).",
    ]
    assert doc.line_map == (9, 10, 12)
    assert doc.title == "Notice: Bridge closure"
    assert doc.date is None  # 7 March is the closure, not the publication date


def test_html_odd_inputs_do_not_raise() -> None:
    for raw in ("", "<<<>>>", "<html></html>", "<p>unclosed <b>tags <i>everywhere",
                '<?xml version="1.0" encoding="utf-8"?><html><body><p>XML declared page '
                "with enough words to count as text.</p></body></html>",
                "plain words\nwithout any markup"):
        doc = parse_html(raw)
        assert doc.line_map is not None
        assert len(doc.line_map) == len(doc.text.split("\n"))
    # text without markup is one HTML paragraph: its newline is only whitespace
    assert parse_html("plain words\nwithout any markup").text == "plain words without any markup"
    # a page that is nothing but navigation has no article text
    assert parse_html('<html><body><nav><a href="/">Home</a></nav></body></html>').text == ""


def test_html_chrome_text_that_is_also_content_is_kept() -> None:
    raw = ("<html><body><header><nav><ul><li><a href='/americas'>Americas</a></li>"
           "<li><a href='/world'>World</a></li></ul></nav></header>\n<main><article>\n"
           "<p class='kicker'>Americas</p>\n<h1>Quake kills 132 in Peru</h1>\n"
           "<p>LIMA \u2014 At least 132 people were killed when a powerful earthquake tore "
           "through southern Peru before dawn on Monday.</p>\n</article></main></body></html>")
    doc = parse_html(raw)
    lines = doc.text.split("\n")
    assert lines[1:] == ["Quake kills 132 in Peru", "LIMA \u2014 At least 132 people were killed "
                         "when a powerful earthquake tore through southern Peru before dawn on "
                         "Monday."]
    # the section kicker maps to its own line (3), not to the menu item (1) it repeats
    assert (lines[0], doc.line_map) == ("Americas", (3, 4, 5))


# --------------------------------------------------------------------------------------
# Markdown


@pytest.fixture(scope="module")
def md_raw() -> str:
    return read("article_front_matter.md")


@pytest.fixture(scope="module")
def md(md_raw: str) -> ParsedDoc:
    return parse_markdown(md_raw)


def test_markdown_front_matter_metadata(md: ParsedDoc) -> None:
    assert md.title == "Lee and Xi agree to explore resuming North Korea dialogue"
    assert md.outlet == "Peninsula Ledger"
    assert md.url == "https://www.peninsula-ledger.example/world/2026/01/05/lee-xi-summit"
    assert md.date == dt.date(2026, 1, 5)
    assert md.date_source == "front matter"


def test_markdown_lines_stay_true_to_the_file(md: ParsedDoc, md_raw: str) -> None:
    file_lines = md_raw.split("\n")[:-1]  # the file ends with a newline
    lines = md.text.split("\n")
    assert md.line_map is None
    assert len(lines) == len(file_lines) == len(md.text.splitlines())
    # front matter (both --- lines included) is blank and boilerplate
    assert lines[:11] == [""] * 11
    assert set(range(11)) <= md.boilerplate_lines
    assert "tags" not in md.text and "Min-ji Park" not in md.text
    # every other line keeps its length, so columns stay true
    for got, want in zip(lines[11:], file_lines[11:], strict=True):
        assert len(got) == len(want)
    assert lines[14] == file_lines[14]
    assert f"90{NBH}minute summit in Beijing" in lines[14]
    assert lines[12] == "# Lee and Xi agree to explore resuming North Korea dialogue"


def test_markdown_links_keep_text_and_columns(md: ParsedDoc, md_raw: str) -> None:
    lines = md.text.split("\n")
    file_lines = md_raw.split("\n")
    i = line_with(md, "Joint Chiefs of Staff")
    assert lines[i].index("Joint Chiefs of Staff") == file_lines[i].index("[Joint Chiefs") + 1
    assert re.search(r"Seoul's +Joint Chiefs of Staff +described as a short\u2011range", lines[i])
    assert "http" not in md.text.replace("[jcs]: https://www.jcs.mil.kr/", "")
    assert "(2026)" not in md.text  # a target with parentheses goes whole
    assert lines[18].strip() == ""  # an image is blanked
    assert "Lee's office" in md.text


def test_markdown_teasers_and_reference_definitions(md: ParsedDoc) -> None:
    assert line_with(md, "Read more:") in md.teaser_lines
    assert line_with(md, "## Related stories") in md.teaser_lines
    assert line_with(md, "first talks on APEC sidelines") in md.teaser_lines
    assert line_with(md, "ballistic missile ahead of summit") in md.teaser_lines
    assert line_with(md, "Lee is due to travel") not in md.teaser_lines
    assert line_with(md, "[jcs]:") in md.boilerplate_lines


def test_markdown_odd_front_matter() -> None:
    raw = read("odd_front_matter.md")
    doc = parse_markdown(raw)
    lines = doc.text.split("\n")
    assert lines[:19] == [""] * 19
    assert doc.boilerplate_lines == frozenset(range(19))
    assert lines[19] == "Lee and Xi agreed on a new military hotline, officials said on Tuesday."
    assert doc.title == "It's a deal: Lee and Xi agree on hotline"  # '' unescaped, comment cut
    assert doc.outlet == "Yonhap & Partners"  # outlet: is a map (ignored), publisher: read
    # date: yesterday and published: 2026-13-45 cannot be read; pubDate can
    assert (doc.date, doc.date_source) == (dt.date(2026, 1, 6), "front matter")
    assert doc.url == "https://news.example.org/2026/01/06/hotline"  # url: is not a URL


@pytest.mark.parametrize(
    "raw",
    [
        "---\n",
        "---\n---\n",
        "---\ntitle: never closed\nBody text that follows.\n",
        "---\ntitle: [unclosed\ndate: {a: b\n---\nBody.\n",
        '---\ntitle: "unterminated\n---\nBody.\n',
        "---\n: no key\n- a list at the top\n  - nested\n\t\ttabbed: x\n---\nBody.\n",
        "---\ndate: 2025-02-30\npublished: 99999999999\n---\nBody.\n",
        "---\ntitle: |\n---\nBody.\n",
        "+++\ntitle = \"TOML\"\ndate = 2025-03-04T10:00:00Z\n+++\nBody.\n",
        "\ufeff---\ntitle: BOM first\n---\n\nBody.",
        "",
        "\n\n\n",
        "# Only a heading",
    ],
)
def test_markdown_odd_inputs_never_raise(raw: str) -> None:
    doc = parse_markdown(raw)
    body = raw.lstrip("\ufeff")
    expected = body.split("\n")
    if len(expected) > 1 and expected[-1] == "":
        expected.pop()
    assert len(doc.text.split("\n")) == len(expected)


def test_markdown_unclosed_front_matter_is_text() -> None:
    doc = parse_markdown("---\ntitle: never closed\nBody text that follows.\n")
    assert doc.text == "---\ntitle: never closed\nBody text that follows."
    assert doc.title is None and not doc.boilerplate_lines


def test_markdown_thematic_breaks_are_not_front_matter() -> None:
    raw = "---\nA paragraph between two rules, not metadata at all.\n---\n\nMore text.\n"
    doc = parse_markdown(raw)
    assert doc.text == raw.rstrip("\n")
    assert not doc.boilerplate_lines


def test_markdown_toml_front_matter() -> None:
    doc = parse_markdown('+++\ntitle = "TOML"\ndate = 2025-03-04T10:00:00Z\n+++\nBody.\n')
    assert doc.title == "TOML"
    assert (doc.date, doc.date_source) == (dt.date(2025, 3, 4), "front matter")
    assert doc.text == "\n\n\n\nBody."


def test_markdown_without_front_matter() -> None:
    raw = ("Lee and Xi summit\n=================\n\n"
           "**SEOUL, Jan 5 (Yonhap)** -- Lee met Xi in Beijing on Monday.\n\n"
           "On March 4 the council met.\n")
    doc = parse_markdown(raw)
    assert doc.title == "Lee and Xi summit"  # setext heading
    assert doc.date is None  # no year anywhere
    doc = parse_markdown("# Summit\n\nSEOUL, Jan 5, 2026 (Yonhap) -- Lee met Xi.\n")
    assert doc.title == "Summit"
    assert (doc.date, doc.date_source) == (dt.date(2026, 1, 5), "dateline")
    assert doc.boilerplate_lines == frozenset() and doc.teaser_lines == frozenset()


def test_markdown_newlines_and_line_separators() -> None:
    doc = parse_markdown("---\r\ntitle: CRLF\r\n---\r\nOne\u2028two\r\nthree\rfour\n")
    assert doc.title == "CRLF"
    assert doc.text == "\n\n\nOne two\nthree\nfour"
    assert doc.text.split("\n") == doc.text.splitlines()


# --------------------------------------------------------------------------------------
# Datelines


@pytest.mark.parametrize(
    ("text", "year_hint", "expected"),
    [
        ("ANKARA, March 4 (Reuters) - Turkey's central bank held rates.", 2025,
         dt.date(2025, 3, 4)),
        ("WASHINGTON, Jan. 5, 2026 /PRNewswire/ -- Acme Corp. today announced", None,
         dt.date(2026, 1, 5)),
        ("SEOUL, Jan 5 (Yonhap) -- President Lee Jae Myung", 2026, dt.date(2026, 1, 5)),
        ("March 4, 2025 \u2014 The council met for nine hours.", None, dt.date(2025, 3, 4)),
        ("Published: 4 March 2025", None, dt.date(2025, 3, 4)),
        ("Updated 2025-03-04 10:32 GMT", None, dt.date(2025, 3, 4)),
        ("AUSTIN, Texas, Jan. 5, 2026 /PRNewswire/ -- x", None, dt.date(2026, 1, 5)),
        ("LONDON, 4 March (Reuters) - Shares fell.", 2025, dt.date(2025, 3, 4)),
        ("S\u00c3O PAULO, Sept. 9 (Reuters) - x", 2025, dt.date(2025, 9, 9)),
        ("First published on Tue 4 Mar 2025 10.32 GMT", None, dt.date(2025, 3, 4)),
        ("Updated 10:32 AM EST, Tue March 4, 2025", None, dt.date(2025, 3, 4)),
        ("By Jane Doe | Published March 4, 2025", None, dt.date(2025, 3, 4)),
        ("By Min-ji Park \u00b7 5 January 2026", None, dt.date(2026, 1, 5)),
        ("**SEOUL, Jan 5 (Yonhap)** -- x", 2026, dt.date(2026, 1, 5)),
        ("Headline here\n\nWednesday, 5 March 2025\n\nBody text.", None, dt.date(2025, 3, 5)),
        # the dateline's own year beats the hint
        ("SEOUL, Jan 5, 2026 (Yonhap) -- x", 2019, dt.date(2026, 1, 5)),
        # "published" beats an earlier "updated"
        ("Updated March 5, 2025\nPublished March 4, 2025\nText.", None, dt.date(2025, 3, 4)),
        # negatives
        ("On March 4 the council met.", 2025, None),
        ("The council met.\nOn March 4, 2025 the council met again.", None, None),
        ("SEOUL, Jan 5 (Yonhap) -- no year and no hint", None, None),
        ("NEW YORK (AP) \u2014 The mayor said on March 4 that", 2025, None),
        ("He said on Monday, March 4 (local time) \u2014 that talks would go on", 2025, None),
        ("Updated (2 articles)", 2026, None),
        ("May 5 is remembered as Children's Day in Korea.", 2025, None),
        ("WASHINGTON, Feb. 30, 2026 /PRNewswire/ -- impossible date", None, None),
        ("Published in 2019, the report found", None, None),
        ("Dates in the body: 2025-03-04 was a Tuesday.", None, None),
        ("\n".join(["Filler line."] * 15 + ["SEOUL, Jan 5, 2026 (Yonhap) -- too late"]), None,
         None),
        ("", 2025, None),
    ],
)
def test_find_dateline_date(text: str, year_hint: int | None, expected: dt.date | None) -> None:
    assert find_dateline_date(text, year_hint) == expected


def test_dateline_skips_blank_lines_when_counting() -> None:
    text = "\n" * 40 + "Title\n\n" + "SEOUL, Jan 5, 2026 (Yonhap) -- x"
    assert find_dateline_date(text, None) == dt.date(2026, 1, 5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-04", dt.date(2025, 3, 4)),
        ("2025-03-04T23:30:00-05:00", dt.date(2025, 3, 4)),  # the date as written
        ("Tue, 04 Mar 2025 10:00:00 GMT", dt.date(2025, 3, 4)),
        ("March 4, 2025", dt.date(2025, 3, 4)),
        ("04.03.2025", dt.date(2025, 3, 4)),
        ("13/04/2025", dt.date(2025, 4, 13)),
        ("20250304", dt.date(2025, 3, 4)),
        ("1741082400", dt.date(2025, 3, 4)),
        ("03/04/2025", None),  # ambiguous
        ("2025-13-45", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date_value(value: str, expected: dt.date | None) -> None:
    assert parse_date_value(value) == expected


def test_url_path_date() -> None:
    assert url_path_date("https://x.example/world/2026/01/05/lee-xi") == dt.date(2026, 1, 5)
    assert url_path_date("https://x.example/2025-03-04-story") == dt.date(2025, 3, 4)
    assert url_path_date("https://x.example/story-12345") is None
    assert url_path_date(None) is None


CLUSTERS = Path(__file__).resolve().parent / "clusters"


@pytest.mark.parametrize("path", sorted(CLUSTERS.glob("*/*.html")), ids=lambda p: p.name)
def test_html_evidence_points_at_the_words_in_the_file(path: Path) -> None:
    from factcheck.api import extract_file
    from factcheck.ingest import InputFile

    lines = path.read_text(encoding="utf-8").split("\n")
    claims = extract_file(InputFile(str(path), path.stem, "html")).claims
    assert claims
    for c in claims:
        e = c.evidence
        assert lines[e.line - 1][e.column - 1 : e.end_column - 1] == e.text, e


def test_html_evidence_column_falls_back_to_the_line_start() -> None:
    from factcheck.document import Document
    from factcheck.ingest import InputFile, load

    raw = ("<html><head><title>Pact</title></head><body><article><p>The two sides signed "
           "<b>14</b>&nbsp;agreements on Monday, officials said in a statement.</p>"
           "</article></body></html>")
    doc: Document = load(InputFile("page.html", "page", "html"), raw.encode())
    start = doc.text.index("14")
    e = doc.evidence(start, start + len("14\xa0agreements"))
    assert (e.line, e.column) == (1, 1)  # the words are split by a tag in the file
    e = doc.evidence(start, start + 2)
    assert raw[e.column - 1 : e.end_column - 1] == "14"


def test_html_byline_gives_the_date_when_metadata_does_not() -> None:
    raw = ("<html><body><h1>Tucson blackout: What we know</h1>"
           '<p class="byline">By Pulse News Staff &middot; Published July 15, 2026, '
           "2:05 p.m. ET</p><p>A massive power outage hit Tucson on Tuesday, during the "
           "2011 record heat, officials said.</p></body></html>")
    doc = parse_html(raw)
    assert (doc.date, doc.date_source) == (dt.date(2026, 7, 15), "html byline")
