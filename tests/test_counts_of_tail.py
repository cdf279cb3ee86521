"""`counts._ends_in_of` lets through every text the "... of" patterns before a number
match, so skipping their search where it says no changes nothing."""

from factcheck.extract import counts

_SAMPLES = [
    "won 156 seats out of the ", "Fourteen of the ", "nine out of ", "156 OF ALL ",
    "12 of its ", "three of their\n", "won 40 seats of ", "20 of İTS ", "five of thE  ",
    "killed ", "the ", "of", "", "  ", "a number of", "the 12 officers ", "5 of the small ",
]


def test_ends_in_of_lets_every_match_through() -> None:
    for before in _SAMPLES:
        for pattern in (counts._WHOLE_BEFORE, counts._SEATS_OF_BEFORE):
            if pattern.search(before):
                assert counts._ends_in_of(before), (pattern.pattern, before)


def test_ends_in_of_says_no_without_the_words() -> None:
    assert not counts._ends_in_of("killed at least ")
    assert not counts._ends_in_of("")
    assert counts._ends_in_of("Fourteen of the ")
