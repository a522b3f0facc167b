"""The head and tail of a news article: headline, dateline, the outlet it names, and the sign-off.

    Vietnam, Laos boost peacekeeping cooperation
    Hanoi (VNA) – Prime Minister ... /.
    TOKYO, Sept. 28 (Jiji Press)-- ...
    MOSCOW, June 11. /TASS/. ...
    ASTANA. KAZINFORM - ...
    ... — VNS

>>> head("VIENTIANE — The ministers met on Thursday.", 0)[1:3]
(Place(name='Vientiane', country='Laos'), None)
>>> sign_off("The ministers met on Thursday. — VNS", 0)
(30, 'Viet Nam News')
"""

from __future__ import annotations

import re

from timeline.gazetteer import find_place
from timeline.model import Place

__all__ = ["OUTLETS", "PHOTO_CREDIT", "head", "outlet_country", "sign_off"]

# Agencies and papers by the code they sign or date-line with: (name, home country).
OUTLETS: dict[str, tuple[str, str]] = {
    "VNS": ("Viet Nam News", "Viet Nam"), "VNA": ("Vietnam News Agency", "Viet Nam"),
    "VNA/VNS": ("Viet Nam News", "Viet Nam"), "VOV": ("Voice of Vietnam", "Viet Nam"),
    "VGP": ("Viet Nam Government Portal", "Viet Nam"), "ND": ("Nhân Dân", "Viet Nam"),
    "NDO": ("Nhân Dân", "Viet Nam"), "QDND": ("Quân đội nhân dân", "Viet Nam"),
    "KPL": ("Lao News Agency", "Laos"), "VT": ("Vientiane Times", "Laos"),
    "AKP": ("Agence Kampuchea Presse", "Cambodia"), "KT": ("Khmer Times", "Cambodia"),
    "XINHUA": ("Xinhua", "China"), "CGTN": ("CGTN", "China"), "JIJI PRESS": ("Jiji Press", "Japan"),
    "JIJI": ("Jiji Press", "Japan"), "KYODO": ("Kyodo News", "Japan"), "BERNAMA": ("Bernama", "Malaysia"),
    "TASS": ("TASS", "Russia"), "KAZINFORM": ("Kazinform", "Kazakhstan"), "RIA NOVOSTI": ("RIA Novosti", "Russia"),
    "PNA": ("Philippine News Agency", "Philippines"), "ANTARA": ("Antara", "Indonesia"),
    "PTI": ("Press Trust of India", "India"), "ANI": ("Asian News International", "India"),
    "YONHAP": ("Yonhap", "South Korea"), "AP": ("Associated Press", "United States"),
    "REUTERS": ("Reuters", "United Kingdom"), "AFP": ("Agence France-Presse", "France"),
}  # fmt: skip

_CAPS = r"[A-ZÀ-ÝĐĂÂÊÔƠƯ][A-ZÀ-ÝĐĂÂÊÔƠƯẠ-Ỹ'’.\- ]{1,38}[A-ZÀ-ÝĐĂÂÊÔƠƯẠ-Ỹ.]"
_MIXED = r"[A-Z][A-Za-zÀ-ỹĐđ'’.\-]{1,20}(?:[ ][A-Z][A-Za-zÀ-ỹĐđ'’.\-]{1,20}){0,3}"
_DATELINE = re.compile(
    rf"""[ \t]*(?P<place>{_CAPS}|{_MIXED})
    (?:,[ \t]{{0,3}}(?P<extra>[A-Z][^\n()—–/]{{0,30}}?))?[ \t]{{0,3}}
    (?:(?:\((?P<agency>[^()\n]{{2,30}})\)|/(?P<slashed>[A-Za-z]{{2,12}})/)[ \t]{{0,3}}\.?[ \t]{{0,3}}
         (?P<dash>—|–|--|-|_|:)?
      |(?P<bare>—|–|--|_|(?<=[ \t])-(?=[ \t])|(?<=[A-Za-z]):(?=[ \t])))[ \t]{{0,3}}""",
    re.VERBOSE,
)
_SIGN_OFF = re.compile(
    r"""(?:[ \t]{0,3}[—–-]{1,2}[ \t]{0,3}(?P<code>[A-Z]{2,8}(?:/[A-Z]{2,8})?)
    |[ \t]{0,3}/\.|[ \t]{0,3}\((?P<code2>[A-Z][A-Za-z ]{1,20})\)\.?)[ \t\r\n]{0,20}\Z""",
    re.VERBOSE,
)
_HEADLINE_MAX = 200
# A photo credit that a dateline may follow on the same line: "... (Photo: VNA)Hanoi (VNA) – ...".
PHOTO_CREDIT = re.compile(r"\((?:Photo|Source|Image|File\sphoto)\b[^()\n]{0,40}\)[ \t]{0,3}", re.IGNORECASE)
_CREDIT_LINES = 4  # lines from the top where a caption and its credit stand


def outlet_country(outlet: str | None) -> str | None:
    """The home country of an outlet named as :func:`parse_article` names it."""
    for name, country in OUTLETS.values():
        if name == outlet:
            return country
    return None


def head(text: str, cursor: int) -> tuple[str | None, Place | None, str | None, int]:
    """Headline, dateline place, outlet and the body's first offset, from *cursor* on."""
    line_start = cursor
    headline: list[str] = []
    for _ in range(4):  # the dateline opens one of the first few lines
        while line_start < len(text) and text[line_start] in "\r\n \t":
            line_start += 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        found = _dateline(text, line_start, line_end)
        if found:
            place, agency, body_start = found
            title = " ".join(headline) or None
            return title, place, agency, body_start
        line = text[line_start:line_end].strip()
        if not line or len(line) > _HEADLINE_MAX or line_end >= len(text):
            break
        headline.append(line)
        line_start = line_end + 1
    title, _, _, body_start = _plain_head(text, cursor)
    place, outlet = _credited_dateline(text, cursor)
    return title, place, outlet, body_start


def _credited_dateline(text: str, cursor: int) -> tuple[Place | None, str | None]:
    """The place and outlet of a dateline printed right after a photo credit near the top.

    A caption ending "(Photo: VNA)" with "Hanoi (VNA) – ..." right after it: the
    page puts the caption first, so the dateline is not where a line starts. The
    caption stays in the body (captions are printed text); only the place and
    the outlet are taken.
    """
    line_start = cursor
    for _ in range(_CREDIT_LINES):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        for credit in PHOTO_CREDIT.finditer(text, line_start, line_end):
            found = _dateline(text, credit.end(), line_end)
            if found:
                return found[0], found[1]
        if line_end >= len(text):
            break
        line_start = line_end + 1
    return None, None


def _plain_head(text: str, cursor: int) -> tuple[str | None, Place | None, str | None, int]:
    """No dateline: a short first line without a full stop is the headline."""
    start = cursor
    while start < len(text) and text[start] in "\r\n \t":
        start += 1
    line_end = text.find("\n", start)
    if line_end > 0:
        line = text[start:line_end].strip()
        rest = text[line_end:].strip()
        if line and rest and len(line) <= _HEADLINE_MAX and not line.endswith((".", "!", "?", "”", '"', ":")):
            body = line_end
            while body < len(text) and text[body] in "\r\n \t":
                body += 1
            return line, None, None, body
    return None, None, None, start


def _dateline(text: str, start: int, end: int) -> tuple[Place | None, str | None, int] | None:
    """Read a dateline at *start*: its place, the outlet it names, where the body starts."""
    found = _DATELINE.match(text, start, end)
    if not found:
        return None
    raw = found["place"].strip(" .")
    code, _, rest = raw.partition(" ")
    agency_first = code in OUTLETS and find_place(rest) is not None  # "AKP Phnom Penh, June 18 —"
    if agency_first:
        raw = rest
    named, _, agency_after = raw.partition(". ")
    # "ASTANA. KAZINFORM -"; not "U.S. TROOPS -"
    agency_last = bool(agency_after) and "." not in named and find_place(named) is not None
    if agency_last:
        raw, code = named, agency_after
    place = find_place(raw)
    shouting = raw.upper() == raw
    known_agency = (found["agency"] or "").strip().upper() in OUTLETS or found["dash"] is not None
    if place is None and not (shouting or known_agency or found["slashed"]):
        return None  # "Defence Minister X (right) greets ...": a caption's photo position, not an agency
    if place is None:
        country = find_place(found["extra"] or "")
        place = Place(raw.title(), country.country if country else None)
    agency = (found["agency"] or found["slashed"] or (code if agency_first or agency_last else "")).strip().upper()
    outlet = OUTLETS[agency][0] if agency in OUTLETS else (found["agency"] or None)
    return place, outlet, found.end()


def sign_off(text: str, body_start: int) -> tuple[int, str | None]:
    """Where the body ends (before "— VNS", "/.", "-VNA") and the outlet the sign-off names."""
    found = _SIGN_OFF.search(text, max(body_start, len(text) - 80))
    if not found:
        end = len(text)
        while end > body_start and text[end - 1] in " \t\r\n":
            end -= 1
        return end, None
    code = (found["code"] or found["code2"] or "").upper()
    if found["code2"] and code not in OUTLETS:
        end = len(text.rstrip())
        return end, None
    end = found.start()
    while end > body_start and text[end - 1] in " \t\r\n":
        end -= 1
    return end, OUTLETS[code][0] if code in OUTLETS else None
