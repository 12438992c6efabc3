"""The councils a fact belongs to, as written and as ONS codes: one helper for every
detector (`council_fields`), so a case review and an Ofsted judgement find their
council the same way.

Evidence, strongest first: the board or partnership named in the fact's sentence
("Barnsley Safeguarding Children Partnership", "Kingston and Richmond LSCB", "the
Devon Safeguarding Adults Partnership": every council it spans); a council the
sentence names as a council ("Doncaster Council", "London Borough of Bromley",
"LBBD"); the one place the sentence names ("the Serious Case Review of Children A-F
into Child Sexual Exploitation in Oxfordshire"); the one board the passage names
elsewhere; the one council it names as a council elsewhere; and the one place it
names at all. A place is not part of a hospital's, police force's or newspaper's
name ("a Milton Keynes woman" is one).
A joint area counts as all its councils ("City and Hackney", "Teeswide").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from casewatch.detectors.base import PAGES_KEPT, Fields
from casewatch.places import (
    Council,
    areas_in,
    councils_of,
    find_councils,
    named_before,
    partnership_for,
    successors_of,
)

# A safeguarding board or partnership's own words, after its place (if any).
BOARD_WORDS = re.compile(
    r"(?:Local\s+)?(?:Safeguarding\s+(?:Children(?:.s)?|Adult(?:s|.s)?)"
    r"(?:\s+(?:Partnership|Executive))?\s+(?:Board|Partnership)"
    r"|Safeguarding\s+(?:Partnership(?:\s+Board)?|Board)|Community\s+Safety"
    r"(?:\s+and\s+Safeguarding)?\s+Partnership|Safer?\s+(?:[A-Z]\w+\s+){0,2}Partnership"
    r"|Child\s+Safeguarding\s+Practice\s+Review\s+Panel"
    # ... or a protection committee ("Lancashire Area Child Protection Committee",
    # "Jersey Child Protection Committee", "Highland Adult Protection Committee")
    r"|(?:Area\s+)?(?:Child|Adult)\s+Protection\s+Committee)s?(?:\s*\([A-Z]{2,8}\))?"
    # ... in capitals, as a review's title page writes it ("BEXLEY SAFEGUARDING
    # CHILDREN BOARD SERIOUS CASE REVIEW")
    r"|(?:LOCAL\s+)?SAFEGUARDING\s+(?:CHILDREN(?:.S)?|ADULTS?)\s+(?:BOARD|PARTNERSHIP)"
    r"|COMMUNITY\s+SAFETY\s+PARTNERSHIP"
    # ... or by its acronym ("LSCB", "TSAB", "STSCP"), but not as a field's label
    # ("LSCB: Cambridgeshire and Peterborough Safeguarding Children Partnership
    # Board")
    r"|\b[A-Z]{0,3}(?:SC[BP]|SAB|CSP)s?\b(?!\s*:)"
)
# A word every match of BOARD_WORDS holds, at most ANCHOR_AFTER characters after its
# start ("Local Safeguarding ...", "Child Safeguarding Practice Review Panel").
BOARD_ANCHOR = re.compile(
    r"Safeguarding|Community|Safe[r ]|SC[BP]|SAB|CSP|SAFEGUARDING|COMMUNITY"
    # (not "Protection" alone, which "child protection" holds: 2% of all the time)
    r"|Protection\s+Com"
)
ANCHOR_AFTER = 12
# The capitalised words (and their joining words) right before a board's words.
_GAP = r"(?:[ \t,]+|\n(?![ \t]*\n))+"
PLACE_RUN = re.compile(
    # (not a word's last capitals: not the "E" of "CASE" in "THE MCCULLOCH CASE
    # Highland"; but a word run into the one before, "Web viewNorfolk County")
    rf"(?:[Tt]he{_GAP})?(?:(?<![A-Z0-9_\u2019'.&-])(?![A-Z]{{2,}}s?\b)"
    rf"[A-Z][\w\u2019'.&-]*{_GAP}"
    rf"(?:(?:and|of|upon|on|under|with|&){_GAP})?){{1,10}}$"
)
# ... and before a board's words in capitals ("LONDON BOROUGH OF SOUTHWARK").
SHOUTED_RUN = re.compile(
    rf"(?:THE{_GAP})?(?:[A-Z][A-Z\u2019'.&-]*{_GAP}(?:(?:AND|OF|UPON|ON|&){_GAP})?){{1,8}}$"
)
PLACE_REACH = 90
# Capitalised words before a board that are not its name: "Today the ...".
NOT_A_PLACE = re.compile(
    r"(?:(?:A|An|In|On|At|By|For|From|With|This|That|These|Those|Our|Their|Its|Both"
    r"|Each|Every|Any|All|Today|Yesterday|Where|If|When|Whenever|And|Or|But|However"
    r"|Also|Following|After|Before|During|Chair|Independent|Members?|Each)"
    rf"{_GAP})+"
)
THE = re.compile(r"\b[Tt]he\s+$")
# A word that ends what went before inside a run of capitalised words, where a
# heading runs into a sentence ("Leader of Solihull Council On Monday, Solihull\u2019s
# Local Safeguarding Children\u2019s Partnership"), or a sentence's end ("... who
# lived with his parents in Coventry. Coventry Safeguarding Children Partnership";
# not "St. Helens"): the board's place is after it.
RUN_BREAK = re.compile(
    r"\b(?:On|In|At|By|For|From|With|Today|Yesterday|When|Where|If|However|Also"
    r"|Following|After|Before|During|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b"
    r"|(?<=[a-z]{2}[.!?])\s+"
)
# Words in capitals, as a title page or heading writes them.
SHOUTED = re.compile(r"\b[A-Z]{3,}(?:[ \t-]+(?:&[ \t]+)?[A-Z]{2,})*\b")
# A council named as one: "... Council", "London Borough of ...", an acronym.
COUNCIL_WORD = re.compile(r"\s+(?:(?:City|County|Borough|District)\s+)?Council\b")
TITLED_NAME = re.compile(r"Council|Borough|Corporation|City of|County of")
# A place that is part of another body's name: "Kingston Hospital", "Northumberland
# Gazette", "University of Derby".
ANOTHER_BODY_AFTER = re.compile(
    r"[\s-]+(?:Hospital|University|College|School|Academy|Police|Constabulary|NHS|"
    r"Clinical|CCG|Trust|Foundation|Gazette|Echo|Telegraph|Times|Post|News|Advertiser"
    r"|Chronicle|Herald|Mail|Observer|Guardian|Live|Standard|Argus|Press|Mercury|Star"
    r"|Journal|Express|Crown|Magistrates|Coroner|Road|Street|Station|FC|United)\b"
)
ANOTHER_BODY_BEFORE = re.compile(r"(?:University|HMP|Bishop|Diocese)\s+of\s+$|HMP\s+$")


@dataclass(frozen=True)
class CouncilFields:
    """The councils a fact belongs to: as the text writes them, and every one's ONS
    code in the text's order; and what said so (board, sentence, passage, place)."""

    local_authority: str | None
    la_codes: tuple[str, ...]
    source: str

    @property
    def la_code(self) -> str | None:
        """The council's code when the fact is one council's."""
        return self.la_codes[0] if len(self.la_codes) == 1 else None

    def as_fields(self) -> Fields:
        """The mention fields that say it."""
        fields: Fields = {"la_codes": list(self.la_codes), "council_from": self.source}
        if self.local_authority:
            fields["local_authority"] = self.local_authority
        if self.la_code:
            fields["la_code"] = self.la_code
        return fields


def council_fields(
    text: str, left: int, right: int, board: str | None = None
) -> CouncilFields | None:
    """The councils the fact whose sentence is text[left:right] belongs to: its
    board's (named in the sentence), else the council the sentence names as a
    council, else the one place it names, else what the rest of the passage says
    (see the module's docstring)."""
    if board and (found := board_councils(board)):
        return _the_one_named(board, found, text, left, right) or found
    sentence = text[left:right]
    if found := _one(_named_as_councils(sentence), sentence, "sentence"):
        return found
    if found := _one(_places(sentence), sentence, "sentence"):
        return found
    if placed := _only_placed_board(text):
        _, only = placed
        return CouncilFields(only.local_authority, only.la_codes, "passage")
    if found := _one(_named_as_councils(text), text, "passage"):
        return found
    places = _places(text)
    return (
        _one(places, text, "place")
        or _one(_homes(text, places), text, "place")
        or _one(_most_named(places), text, "place")
    )


def _most_named(places: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The place a text names most often, where it names it at least twice and more
    than twice as often as any other (a story of a death in Bradford that names
    Solihull once, for another child's), where it first names it."""
    spans = _by_span(places)
    ranked = Counter(spans.values()).most_common(2)
    if not ranked or ranked[0][1] < 2:
        return []
    if len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
        return []
    top = ranked[0][0]
    start, end = next(span for span, codes in spans.items() if codes == top)
    return [(code, start, end) for code in top]


# Where the text says someone lived or died: "Child V's parents lived together in
# Tameside", "Two years ago, Daniel Pelka died in Coventry".
HOME_BEFORE = re.compile(
    r"\b(?:died|lived|living|killed|murdered|found\s+dead|grew\s+up)\s+(?:together\s+)?"
    r"(?:in|at)\s+(?:(?:their|his|her|the\s+family)\s+(?:home|house|flat)\s+in\s+)?$"
    # ... or where the family a story tells of is from, set apart: "The mother and
    # her partner, from Rochdale, Greater Manchester, have been convicted" (not "a
    # spokesman, from Manchester")
    r"|\b(?:mother|father|mum|dad|parents?|partner|couple|family|pair|boy|girl|baby"
    r"|toddler|child|son|daughter|woman|man|victim)s?,\s+(?:both\s+)?from\s+$"
)


def _homes(text: str, places: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The places a text names as where someone lived or died, when it names
    several (the review's council where nothing else says: a story of a death
    names the towns its people came from too)."""
    homes, home_end = [], -1
    for place in places:
        _, start, end = place
        # (and those joined to one: "who lived in Oxfordshire and Swindon")
        if HOME_BEFORE.search(text, max(0, start - 50), start) or (
            home_end >= 0 and JOINED_HOMES.fullmatch(text, home_end, start)
        ):
            homes.append(place)
            home_end = end
    return homes


JOINED_HOMES = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*")


def _the_one_named(
    board: str, found: CouncilFields, text: str, left: int, right: int
) -> CouncilFields | None:
    """A regional board's councils, as the one of them its sentence, else the page,
    names ("Pembrokeshire" for a review of the Mid and West Wales Safeguarding
    Board), where the board's own name names none ("East and Mid Devon Community
    Safety Partnership" is East and Mid Devon's)."""
    if len(found.la_codes) < 2 or _councils_in(board):
        return None
    for words in (text[left:right], text):
        named = [
            (council.code, start, end)
            for council, start, end in _councils_in(words)
            if council.code in found.la_codes
            and not _in_another_body(words, start, end)
        ]
        if one := _one(named, words, found.source):
            return one
    return None


def only_board(text: str) -> str | None:
    """The one board or partnership with a place that the text names, however
    often (as its last mention writes it): the board of a review whose own
    sentence names none ("Latest LCSPR 'Child Cameron' ... on behalf of the
    Doncaster Safeguarding Children Partnership")."""
    placed = _only_placed_board(text)
    return placed[0] if placed else None


@lru_cache(maxsize=PAGES_KEPT)
def _only_placed_board(text: str) -> tuple[str, CouncilFields] | None:
    """The one board with a place the text names (told apart by its councils),
    and its councils."""
    boards = {
        found.la_codes: (name, found)
        for name, _, _ in boards_in(text)
        if (found := board_councils(name))
    }
    return next(iter(boards.values())) if len(boards) == 1 else None


def council_named(words: str) -> CouncilFields | None:
    """The one council a few words name ("December 2014 \u2013 Blackpool")."""
    return _one(_places_named(words), words, "sentence")


def council_before(text: str, at: int) -> CouncilFields | None:
    """The council a review's name is named after, right before it on its line:
    "Derbyshire SCR Polly", "Luton serious case review"."""
    words = text[max(0, at - PLACE_REACH) : at]
    named = _places_named(words)
    if not named or not SAME_LINE_GAP.fullmatch(words, named[-1][2]):
        return None
    return _one([named[-1]], words, "sentence")


SAME_LINE_GAP = re.compile(r"[ \t]+")


def board_councils(board: str) -> CouncilFields | None:
    """The councils a board or partnership as written spans: a listed partnership's,
    else those its name holds ("Kingston and Richmond LSCB", "City and Hackney
    Safeguarding Adults Board"), with the place as written."""
    named = _places_named(board)
    written = board[named[0][1] : named[-1][2]] if named else None
    if partnership := partnership_for(board):
        codes = tuple(council.code for council in councils_of(partnership))
        return CouncilFields(_as_written(written), codes, "board")
    codes = tuple(dict.fromkeys(code for code, _, _ in named))
    if codes:
        return CouncilFields(_as_written(written), codes, "board")
    # a place never matched alone, named by the board ("the Bury Safeguarding
    # Partnership", "Reading Local Safeguarding Children Board")
    words = BOARD_WORDS.search(board)
    if words and (alone := named_before(board, words.start())):
        council, start, end = alone
        return CouncilFields(_as_written(board[start:end]), (council.code,), "board")
    return None


def spelled_out(text: str, board: str | None) -> str | None:
    """A board's acronym as the page spells it out: "Serious Case Review - Mrs D
    (CSAB/SCR/2013/1)" on a page of the Coventry Safeguarding Adults Board is
    Coventry's, not the Cumbria board the register knows as CSAB."""
    if not board or not ACRONYM.fullmatch(board):
        return board
    for name, _, _ in boards_in(text):
        if _initials(name) == board.upper() and board_councils(name):
            return name
    return board


ACRONYM = re.compile(r"[A-Z]{3,6}")


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def boards_in(text: str) -> list[tuple[str, int, int]]:
    """Each board or partnership a text names, as written from its place (if any)
    to its own words: "the Barnsley Safeguarding Children Partnership", "Kingston
    and Richmond LSCB", "LSCB"."""
    return _boards_in(text)


@lru_cache(maxsize=PAGES_KEPT)
def _boards_in(text: str) -> list[tuple[str, int, int]]:
    boards: list[tuple[str, int, int]] = []
    for words in _board_words(text):
        floor = boards[-1][2] if boards else 0  # not back into the board before
        start = _place_start(text, words.start(), floor)
        if the := THE.search(text, max(0, start - 4), start):
            start = the.start()
        boards.append((" ".join(text[start : words.end()].split()), start, words.end()))
    return boards


def _board_words(text: str) -> Iterator[re.Match[str]]:
    """BOARD_WORDS' matches, found from the words they hold (what a regular
    expression finds many times faster than BOARD_WORDS itself)."""
    end = 0
    for anchor in BOARD_ANCHOR.finditer(text):
        if anchor.start() < end:
            continue
        found = BOARD_WORDS.search(text, max(end, anchor.start() - ANCHOR_AFTER))
        if found and found.start() <= anchor.start():
            end = found.end()
            yield found


def _place_start(text: str, board_start: int, floor: int) -> int:
    """Where the place before a board's words begins: at the first council or joint
    area of the capitalised words right before them (from `floor` on), else where
    those words begin ("the Mid and West Wales Safeguarding Board"), past a word
    that begins a sentence ("Today", "Both")."""
    reach = max(floor, board_start - PLACE_REACH)
    # (a heading in capitals, not an acronym after a place: "by Hackney LSCB.")
    word_before = text[reach:board_start].split()[-1:]
    shouted = text[board_start : board_start + 12].isupper() and all(
        word.isupper() for word in word_before
    )
    run = (SHOUTED_RUN if shouted else PLACE_RUN).search(text, reach, board_start)
    if not run:
        return board_start
    breaks = list(RUN_BREAK.finditer(text, run.start(), board_start))
    begins = breaks[-1].end() if breaks else run.start()
    named = _places_named(text[begins:board_start])
    if named:
        return begins + _places_joined(text[begins:board_start], named)
    opening = NOT_A_PLACE.match(text, run.start(), board_start)
    return opening.end() if opening else run.start()


def _places_joined(run: str, named: list[tuple[str, int, int]]) -> int:
    """Where the place right before a board's words begins in the run before them:
    the last place named and those joined to it ("Kingston and Richmond"), not a
    heading's before ("Buckinghamshire Serious Case Reviews Buckinghamshire
    Safeguarding Adults Board"); where none ends the run, the first ("Bexley Local
    Safeguarding Children Board", "Mid and West Wales")."""
    if not JOINED.fullmatch(run, named[-1][2]):
        return named[0][1]
    start = named[-1][1]
    for _, place_start, place_end in reversed(named[:-1]):
        if place_end <= start and JOINED.fullmatch(run, place_end, start):
            start = place_start
        elif place_end <= start:
            break
    return start


# What may join places, or end a run before a board's own words.
JOINED = re.compile(r"(?:\s*(?:,|&|\band\b|\bof\b))*\s*")


@lru_cache(maxsize=PAGES_KEPT)
def _councils_in(text: str) -> list[tuple[Council, int, int]]:
    """find_councils, once for each text of a document (a page is asked of twice),
    and in the text's capitals too ("NEWCASTLE SAFEGUARDING CHILDREN PARTNERSHIP"),
    where a one-word name as written is missed."""
    found = find_councils(text)
    for shout in SHOUTED.finditer(text):
        found += [
            (council, shout.start() + start, shout.start() + end)
            for council, start, end in find_councils(_titled(shout.group()))
        ]
    return sorted(dict.fromkeys(found), key=lambda named: named[1])


def _places_named(text: str) -> list[tuple[str, int, int]]:
    """Every council a text names, a joint area as each of its councils, in order."""
    areas = areas_in(text)
    found = [
        (code, start, end)
        for partnership, start, end in areas
        for code in partnership.council_codes
    ]
    found += [
        (council.code, start, end)
        for council, start, end in _councils_in(text)
        if not any(a_start <= start < a_end for _, a_start, a_end in areas)
    ]
    return sorted(found, key=lambda place: place[1])


@lru_cache(maxsize=PAGES_KEPT)
def _named_as_councils(text: str) -> list[tuple[str, int, int]]:
    """The councils a text names as councils ("Doncaster Council", "London Borough
    of Bromley", "RBK")."""
    return [
        (council.code, start, end)
        for council, start, end in _councils_in(text)
        if _as_a_council(council, text, start, end)
        and not _in_another_body(text, start, end)
    ]


def _as_a_council(council: Council, text: str, start: int, end: int) -> bool:
    name = text[start:end]
    acronyms = {alias.text for alias in council.aliases if alias.acronym}
    return bool(
        TITLED_NAME.search(name) or COUNCIL_WORD.match(text, end) or name in acronyms
    )


@lru_cache(maxsize=PAGES_KEPT)
def _places(text: str) -> list[tuple[str, int, int]]:
    """The councils a text names as places, not as part of another body's name: a
    place whose council was abolished is its successors' ("a Bournemouth woman"
    is Bournemouth, Christchurch and Poole's), as a council named is not."""
    return [
        (each, start, end)
        for code, start, end in _places_named(text)
        if not _in_another_body(text, start, end)
        for each in successors_of(code) or (code,)
    ]


def _in_another_body(text: str, start: int, end: int) -> bool:
    """Is the place named as part of a hospital's, force's or paper's name?"""
    return bool(
        ANOTHER_BODY_AFTER.match(text, end)
        or ANOTHER_BODY_BEFORE.search(text, max(0, start - 20), start)
    )


def _one(
    named: list[tuple[str, int, int]], text: str, source: str
) -> CouncilFields | None:
    """The council, when the names hold exactly one (or one joint area's)."""
    spans = _by_span(named)
    places = set(spans.values())
    if len(places) != 1:
        return None
    (codes_once,) = places
    start, end = next(iter(spans))
    return CouncilFields(_as_written(text[start:end]), codes_once, source)


def _by_span(
    named: list[tuple[str, int, int]],
) -> dict[tuple[int, int], tuple[str, ...]]:
    """Each place named, by where, with its councils once each: the former districts
    of an area can share a successor ("in South Cumbria" is Barrow-in-Furness's and
    South Lakeland's, both now Westmorland and Furness's)."""
    spans: dict[tuple[int, int], list[str]] = {}
    for code, start, end in named:
        spans.setdefault((start, end), []).append(code)
    return {span: tuple(dict.fromkeys(codes)) for span, codes in spans.items()}


def _as_written(name: str | None) -> str | None:
    """A place as written, on one line, in title case when the text shouts it."""
    if not name:
        return None
    name = " ".join(name.split())
    if not name.isupper():
        return name
    return _titled(name)


def _titled(shouted: str) -> str:
    """A name in capitals as a place's is written: "London Borough of Southwark",
    "Stoke-on-Trent"."""
    return LOWER_WORDS.sub(lambda word: word.group().lower(), shouted.title())


# Words a place's name keeps in lower case, between words or hyphens.
LOWER_WORDS = re.compile(r"(?<=[ -])(?:Of|And|Upon|On|Under|With|The|In|Le)(?=[ -])")


# What is worked out of a page, kept while its document is read.
CACHES = (_boards_in, _named_as_councils, _places, _councils_in, _only_placed_board)
