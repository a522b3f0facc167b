"""The place table shipped with the package, and the look-ups built on it."""

# House style writes `expected == actual` (STYLE.md, item 9), which SIM300 calls a
# Yoda condition; no file in the project carries a copyright header (CPY001).

from __future__ import annotations

from collections import defaultdict
from importlib import resources

import pytest

import timeline
from timeline.extract._officials import _table as officials_table
from timeline.gazetteer import Gazetteer, country_of, find_place, fold, gazetteer
from timeline.model import Place

KINDS = {"country", "capital", "city", "province", "region", "waters"}


def _rows() -> list[tuple[int, list[str]]]:
    """The shipped table's data rows as (line number, five columns), read without the loader."""
    text = resources.files("timeline").joinpath("data/places.tsv").read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append((number, [*line.split("\t"), "", "", ""][:5]))
    return rows


def _names(kind: str, country: str) -> set[str]:
    return {cols[1] for _, cols in _rows() if cols[0] == kind and cols[2] == country}


def _spellings(cols: list[str]) -> list[str]:
    return [cols[1], *filter(None, cols[3].split("|"))]


def test_shipped_table_loads_with_known_kinds_and_countries() -> None:
    """Every row has a known kind and lies in a country that has its own country row; waters lie in none ("-")."""
    rows = _rows()
    countries = {cols[1] for _, cols in rows if cols[0] == "country"}

    assert gazetteer().places
    assert [] == [(number, cols[0]) for number, cols in rows if cols[0] not in KINDS]
    assert [] == [(number, cols[2]) for number, cols in rows if cols[2] not in countries and cols[0] != "waters"]
    assert [] == [(number, cols[2]) for number, cols in rows if cols[0] == "waters" and cols[2] != "-"]


def test_country_rows_name_themselves() -> None:
    """A country row's country column is its own name."""
    assert [] == [cols[1] for _, cols in _rows() if cols[0] == "country" and cols[1] != cols[2]]


def test_every_un_member_and_four_more_states_are_countries() -> None:
    """The 193 UN members plus Palestine, the Holy See, Taiwan and Kosovo are country rows."""
    countries = {cols[1] for _, cols in _rows() if cols[0] == "country"}

    assert 197 == len(countries)
    assert {"Palestine", "Holy See", "Taiwan", "Kosovo"} <= countries


@pytest.mark.parametrize(
    ("spelling", "country"),
    [
        ("Vietnam", "Viet Nam"),
        ("Lao PDR", "Laos"),
        ("Lao People’s Democratic Republic", "Laos"),
        ("Burma", "Myanmar"),
        ("East Timor", "Timor-Leste"),
        ("Turkey", "Türkiye"),
        ("Turkiye", "Türkiye"),
        ("Czech Republic", "Czechia"),
        ("U.S.", "United States"),
        ("USA", "United States"),
        ("U.K.", "United Kingdom"),
        ("UAE", "United Arab Emirates"),
        ("DPRK", "North Korea"),
        ("RoK", "South Korea"),
        ("PRC", "China"),
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Vatican", "Holy See"),
    ],
)
def test_country_aliases_resolve(spelling: str, country: str) -> None:
    """Official long names, older names and news abbreviations find the country row."""
    assert Place(country, country) == find_place(spelling)
    assert "country" == gazetteer().kind(spelling)


@pytest.mark.parametrize(
    ("capital", "country"),
    [
        ("Hanoi", "Viet Nam"),
        ("Vientiane", "Laos"),
        ("Phnom Penh", "Cambodia"),
        ("Bangkok", "Thailand"),
        ("Naypyidaw", "Myanmar"),
        ("Nay Pyi Taw", "Myanmar"),
        ("Kuala Lumpur", "Malaysia"),
        ("Jakarta", "Indonesia"),
        ("Manila", "Philippines"),
        ("Bandar Seri Begawan", "Brunei"),
        ("Dili", "Timor-Leste"),
        ("Beijing", "China"),
        ("Tokyo", "Japan"),
        ("Seoul", "South Korea"),
        ("Pyongyang", "North Korea"),
        ("Ulaanbaatar", "Mongolia"),
        ("New Delhi", "India"),
        ("Islamabad", "Pakistan"),
        ("Canberra", "Australia"),
        ("Wellington", "New Zealand"),
        ("Moscow", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("London", "United Kingdom"),
        ("Paris", "France"),
        ("Berlin", "Germany"),
        ("Washington", "United States"),
        ("Washington, D.C.", "United States"),
        ("Ottawa", "Canada"),
        ("Ankara", "Türkiye"),
        ("Tehran", "Iran"),
        ("Riyadh", "Saudi Arabia"),
        ("Cairo", "Egypt"),
        ("Nairobi", "Kenya"),
        ("Brasília", "Brazil"),
        ("Brasilia", "Brazil"),
        ("Astana", "Kazakhstan"),
        ("Port Moresby", "Papua New Guinea"),
    ],
)
def test_capitals_lie_in_their_country(capital: str, country: str) -> None:
    """A capital, in any of its usual spellings, is a capital row of its country."""
    place = find_place(capital)

    assert place is not None
    assert country == place.country
    assert "capital" == gazetteer().kind(capital)


def test_every_country_but_a_few_has_a_capital_row() -> None:
    """Only city-states and countries whose capital is unsafe to match lack a capital row."""
    rows = [cols for _, cols in _rows()]
    countries = {cols[1] for cols in rows if cols[0] == "country"}
    with_capital = {cols[2] for cols in rows if cols[0] == "capital"}
    # City-states: the capital's name is the country's. Malé folds to "male" and
    # Victoria (Seychelles) is more often the Australian state; Palestine's is disputed.
    expected = {"Singapore", "Monaco", "San Marino", "Holy See", "Djibouti"} | {
        "Maldives",
        "Seychelles",
        "Palestine",
    }

    assert expected == countries - with_capital


def test_one_capital_per_country() -> None:
    """No country has two capital rows."""
    capitals: dict[str, list[str]] = defaultdict(list)
    for _, cols in _rows():
        if cols[0] == "capital":
            capitals[cols[2]].append(cols[1])

    assert {} == {country: names for country, names in capitals.items() if len(names) > 1}


def test_city_states_are_countries() -> None:
    """A city-state's name finds its country row, not a city."""
    for name in ("Singapore", "Monaco", "Kuwait", "Djibouti", "Vatican City"):
        assert "country" == gazetteer().kind(name)


@pytest.mark.parametrize("spelling", ["HÀ NỘI", "Hanoi", "Ha Noi", "Hà Nội", "ha-noi", "Hanoi's"])
def test_spellings_of_hanoi_resolve_to_one_place(spelling: str) -> None:
    """Case, diacritics, hyphens, spacing and a possessive do not change the place."""
    assert Place("Hà Nội", "Viet Nam") == find_place(spelling)


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Lao", "Laos"),
        ("Laotian", "Laos"),
        ("Laos’s", "Laos"),
        ("Laos's", "Laos"),
        ("Vietnamese", "Viet Nam"),
        ("Viet Nam’s", "Viet Nam"),
        ("Khmer", "Cambodia"),
        ("Cambodian", "Cambodia"),
        ("Chinese", "China"),
        ("American", "United States"),
        ("U.S.", "United States"),
        ("Filipino", "Philippines"),
        ("Philippine", "Philippines"),
        ("Korean", "South Korea"),
        ("North Korean", "North Korea"),
        ("Timorese", "Timor-Leste"),
        ("Myanmar", "Myanmar"),
        ("British", "United Kingdom"),
        ("Turkish", "Türkiye"),
    ],
)
def test_adjectives_and_possessives_name_the_country(word: str, country: str) -> None:
    """A demonym, adjective or possessive of a country gives the country's name."""
    assert country == country_of(word)


def test_no_adjective_names_two_countries() -> None:
    """Each folded name, alias or adjective of a country row belongs to that country alone."""
    owners: dict[str, set[str]] = defaultdict(set)
    for _, cols in _rows():
        if cols[0] == "country":
            for word in (*_spellings(cols), *filter(None, cols[4].split("|"))):
                owners[fold(word)].add(cols[1])

    assert {} == {word: names for word, names in owners.items() if len(names) > 1}


def test_every_spelling_names_one_place() -> None:
    """No two rows share a spelling once folded, so none is silently shadowed."""
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for _, cols in _rows():
        for spelling in _spellings(cols):
            owners[fold(spelling)].add((cols[1], cols[2]))

    assert {} == {key: places for key, places in owners.items() if len(places) > 1}


LAO_PROVINCES = {
    "Attapeu",
    "Bokeo",
    "Bolikhamxay",
    "Champasak",
    "Houaphanh",
    "Khammouane",
    "Luang Namtha",
    "Luang Prabang",
    "Oudomxay",
    "Phongsaly",
    "Saravane",
    "Savannakhet",
    "Sainyabuli",
    "Sekong",
    "Vientiane Province",
    "Xaisomboun",
    "Xiengkhouang",
}


def test_laos_has_seventeen_provinces_and_a_capital_prefecture() -> None:
    """Laos's provinces are the 17 (Vientiane Province among them); Vientiane is the capital."""
    assert LAO_PROVINCES == _names("province", "Laos")
    assert "capital" == gazetteer().kind("Vientiane Capital")


@pytest.mark.parametrize(
    ("spelling", "province"),
    [
        ("Borikhamxay", "Bolikhamxay"),
        ("Bolikhamsai", "Bolikhamxay"),
        ("Xieng Khouang", "Xiengkhouang"),
        ("Xayaboury", "Sainyabuli"),
        ("Xaignabouli", "Sainyabuli"),
        ("Oudomxai", "Oudomxay"),
        ("Salavan", "Saravane"),
        ("Huaphan", "Houaphanh"),
        ("Phongsali", "Phongsaly"),
        ("Attapu", "Attapeu"),
        ("Champassak", "Champasak"),
        ("Khammouan", "Khammouane"),
        ("Xekong", "Sekong"),
        ("Xaysomboun", "Xaisomboun"),
    ],
)
def test_lao_romanisations_resolve(spelling: str, province: str) -> None:
    """The common romanisations of a Lao province name find the province."""
    assert Place(province, "Laos") == find_place(spelling)


CAMBODIAN_PROVINCES = {
    "Banteay Meanchey",
    "Battambang",
    "Kampong Cham",
    "Kampong Chhnang",
    "Kampong Speu",
    "Kampong Thom",
    "Kampot",
    "Kandal",
    "Kep",
    "Koh Kong",
    "Kratie",
    "Mondulkiri",
    "Oddar Meanchey",
    "Pailin",
    "Preah Sihanouk",
    "Preah Vihear",
    "Prey Veng",
    "Pursat",
    "Ratanakiri",
    "Siem Reap",
    "Stung Treng",
    "Svay Rieng",
    "Takeo",
    "Tbong Khmum",
}


def test_cambodia_has_twenty_four_provinces() -> None:
    """Cambodia's provinces are the 24; Phnom Penh is the capital, not a province."""
    assert CAMBODIAN_PROVINCES == _names("province", "Cambodia")
    assert 24 == len(_names("province", "Cambodia"))
    assert "capital" == gazetteer().kind("Phnom Penh")


@pytest.mark.parametrize(
    ("spelling", "name", "kind"),
    [
        ("Kompong Cham", "Kampong Cham", "province"),
        ("Ratanakkiri", "Ratanakiri", "province"),
        ("Mondolkiri", "Mondulkiri", "province"),
        ("Kratié", "Kratie", "province"),
        ("Takéo", "Takeo", "province"),
        ("Sihanoukville Province", "Preah Sihanouk", "province"),
        ("Sihanoukville", "Sihanoukville", "city"),
    ],
)
def test_cambodian_spellings_resolve(spelling: str, name: str, kind: str) -> None:
    """Khmer romanisations find the province; Sihanoukville the city stays a city."""
    assert Place(name, "Cambodia") == find_place(spelling)
    assert kind == gazetteer().kind(spelling)


# The 63 provincial-level units of Viet Nam before 1 July 2025 (Huế had replaced
# Thừa Thiên Huế in January 2025; both are listed) and the 34 after the merger.
VIETNAMESE_UNITS_BEFORE_2025 = [
    *("Hà Nội", "Hồ Chí Minh City", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"),
    *("Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên"),
    *("Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn"),
    *("Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương"),
    *("Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa"),
    *("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam"),
    *("Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận"),
    *("Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước"),
    *("Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa–Vũng Tàu", "Long An", "Tiền Giang"),
    *("Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang"),
    *("Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau"),
]
VIETNAMESE_UNITS_AFTER_2025 = [
    *("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh City", "Cần Thơ"),
    *("Cao Bằng", "Điện Biên", "Hà Tĩnh", "Lai Châu", "Lạng Sơn", "Nghệ An"),
    *("Quảng Ninh", "Thanh Hóa", "Sơn La", "Tuyên Quang", "Lào Cai", "Thái Nguyên"),
    *("Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi"),
    *("Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh"),
    *("Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"),
]


def test_vietnamese_unit_lists_are_complete() -> None:
    """The lists above hold 63 + 1 units before the merger and 34 after it."""
    assert (64, 34) == (
        len(set(VIETNAMESE_UNITS_BEFORE_2025)),
        len(set(VIETNAMESE_UNITS_AFTER_2025)),
    )


@pytest.mark.parametrize("name", sorted(set(VIETNAMESE_UNITS_BEFORE_2025) | set(VIETNAMESE_UNITS_AFTER_2025)))
def test_every_vietnamese_provincial_unit_is_a_row(name: str) -> None:
    """Each provincial-level unit, before and after the 2025 merger, is one row in Viet Nam."""
    assert Place(name, "Viet Nam") == find_place(name)
    assert gazetteer().kind(name) in {"province", "capital", "city"}


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Quảng Ninh", "Quảng Ninh"),
        ("Quang Ninh", "Quảng Ninh"),
        ("QUẢNG TRỊ", "Quảng Trị"),
        ("Quang Tri", "Quảng Trị"),
        ("Đắk Lắk", "Đắk Lắk"),
        ("Dak Lak", "Đắk Lắk"),
        ("Daklak", "Đắk Lắk"),
        ("Điện Biên", "Điện Biên"),
        ("Dien Bien", "Điện Biên"),
        ("Bà Rịa–Vũng Tàu", "Bà Rịa–Vũng Tàu"),
        ("Ba Ria - Vung Tau", "Bà Rịa–Vũng Tàu"),
        ("Ba Ria-Vung Tau", "Bà Rịa–Vũng Tàu"),
        ("Thua Thien Hue", "Thừa Thiên Huế"),
        ("Nghe An", "Nghệ An"),
        ("Lao Cai", "Lào Cai"),
        ("Kien Giang", "Kiên Giang"),
        ("Thanh Hoá", "Thanh Hóa"),
    ],
)
def test_vietnamese_provinces_resolve_with_or_without_diacritics(spelling: str, name: str) -> None:
    """A province written with, without or with older-style diacritics finds the province."""
    assert Place(name, "Viet Nam") == find_place(spelling)
    assert "province" == gazetteer().kind(spelling)


@pytest.mark.parametrize(
    ("spelling", "place", "kind"),
    [
        ("Saigon", Place("Hồ Chí Minh City", "Viet Nam"), "city"),
        ("HCM City", Place("Hồ Chí Minh City", "Viet Nam"), "city"),
        ("Danang", Place("Đà Nẵng", "Viet Nam"), "city"),
        ("Tay Nguyen", Place("Central Highlands", "Viet Nam"), "region"),
        ("Mekong Delta", Place("Mekong Delta", "Viet Nam"), "region"),
        ("Luang Prabang", Place("Luang Prabang", "Laos"), "province"),
        ("Hong Kong", Place("Hong Kong", "China"), "region"),
        ("Saint Petersburg", Place("St Petersburg", "Russia"), "city"),
        ("St. Petersburg", Place("St Petersburg", "Russia"), "city"),
        ("Yangon", Place("Yangon", "Myanmar"), "city"),
        ("Bali", Place("Bali", "Indonesia"), "region"),
        ("Geneva", Place("Geneva", "Switzerland"), "city"),
        ("Darwin", Place("Darwin", "Australia"), "city"),
        ("Abyei", Place("Abyei", "Sudan"), "region"),
    ],
)
def test_cities_and_regions_resolve(spelling: str, place: Place, kind: str) -> None:
    """Cities and regions common in regional news find their place and kind."""
    assert place == find_place(spelling)
    assert kind == gazetteer().kind(spelling)


@pytest.mark.parametrize(
    ("table", "line"),
    [
        ("country\tLaos\tLaos\n# comment\ntown\tPakse\tLaos\n", 3),
        ("\ncapital\tVientiane\n", 2),
        ("province\t\tLaos\n", 1),
    ],
)
def test_malformed_row_names_its_line(table: str, line: int) -> None:
    """A row with an unknown kind, or no name or country, raises ValueError naming its line."""
    with pytest.raises(ValueError, match=rf"^places\.tsv:{line}: "):
        Gazetteer.from_table(table)


def test_a_country_wins_over_a_city_of_the_same_name() -> None:
    """When a city and a country share a spelling, the country is found."""
    table = "city\tMexico\tMexico\ncountry\tMexico\tMexico\n"

    assert "country" == Gazetteer.from_table(table).kind("mexico")


MALAYSIAN_STATES = {
    *("Johor", "Kedah", "Kelantan", "Melaka", "Negeri Sembilan", "Pahang", "Perak"),
    *("Perlis", "Penang", "Sabah", "Sarawak", "Selangor", "Terengganu"),
}


@pytest.mark.parametrize("state", sorted(MALAYSIAN_STATES))
def test_every_malaysian_state_is_a_row(state: str) -> None:
    """The thirteen states of Malaysia are places in Malaysia."""
    assert Place(state, "Malaysia") == find_place(state)


@pytest.mark.parametrize(
    ("spelling", "place"),
    [
        ("Malacca", Place("Melaka", "Malaysia")),
        ("Tawau", Place("Tawau", "Malaysia")),
        ("Makati City", Place("Makati", "Philippines")),
        ("Subic", Place("Subic Bay", "Philippines")),
        ("Vizag", Place("Visakhapatnam", "India")),
        ("Cochin", Place("Kochi", "India")),
        ("Ream Naval Base", Place("Ream", "Cambodia")),
        ("Moc Chau", Place("Mộc Châu", "Viet Nam")),
        ("Sasebo", Place("Sasebo", "Japan")),
        ("Jinhae", Place("Jinhae", "South Korea")),
        ("Severomorsk", Place("Severomorsk", "Russia")),
        ("Zhanjiang", Place("Zhanjiang", "China")),
        ("Pearl Harbor", Place("Pearl Harbor", "United States")),
        ("Townsville", Place("Townsville", "Australia")),
    ],
)
def test_ports_bases_and_towns_of_the_region_resolve(spelling: str, place: Place) -> None:
    """Towns, ports and naval bases that defence news dates events in, in their common spellings."""
    assert place == find_place(spelling)


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Strait of Malacca", "Melaka Strait"),
        ("Straits of Malacca", "Melaka Strait"),
        ("South China Sea", "South China Sea"),
        ("Spratlys", "Spratly Islands"),
        ("Gulf of Tonkin", "Gulf of Tonkin"),
    ],
)
def test_seas_and_straits_lie_in_no_country(spelling: str, name: str) -> None:
    """Waters are places of kind "waters" with no country."""
    assert Place(name, None) == find_place(spelling)
    assert "waters" == gazetteer().kind(spelling)


def test_a_country_column_must_match_the_kind() -> None:
    """Only waters may leave the country out ("-"); a city without a country is an error."""
    with pytest.raises(ValueError, match=r"places\.tsv:1"):
        Gazetteer.from_table("city\tAtlantis\t-")
    with pytest.raises(ValueError, match=r"places\.tsv:1"):
        Gazetteer.from_table("waters\tAtlantic Ocean\tSpain")


@pytest.mark.parametrize(
    ("spelling", "place"),
    [
        ("Urumchi", Place("Urumqi", "China")),
        ("Hubei", Place("Hubei", "China")),
        ("Kanagawa", Place("Kanagawa", "Japan")),
        ("Gyeonggi Province", Place("Gyeonggi", "South Korea")),
        ("Assam", Place("Assam", "India")),
        ("Aceh", Place("Aceh", "Indonesia")),
        ("Zambales", Place("Zambales", "Philippines")),
    ],
)
def test_provinces_prefectures_and_states_resolve(spelling: str, place: Place) -> None:
    """First-level divisions of the region's large countries are places, in their usual spellings."""
    assert place == find_place(spelling)


def test_every_official_has_one_country_of_the_gazetteer() -> None:
    """officials.tsv: each spelling names one person, of a country the gazetteer knows by its short name."""
    table = officials_table()
    known = {country for country in set(table.values()) if (place := find_place(country)) and place.country == country}
    assert set(table.values()) == known
    assert len(table) > 200


def test_an_official_the_story_gives_no_country_takes_the_tables() -> None:
    """'Defence Minister Rajnath Singh' in a KPL story that never says 'Indian': India, not the outlet's Laos.

    Someone the table does not know keeps the outlet's country, as an official whose country goes without saying.
    """
    frame = " date 2025-04-10\n\nVIENTIANE (KPL) — "
    body = "Defence Minister Rajnath Singh met Lao Defence Minister Chansamone Chanyalath on Tuesday."
    (meeting,) = timeline.extract(timeline.parse_article(frame + body + "\n"))
    assert [(p.name, p.country) for p in meeting.participants] == [
        ("Rajnath Singh", "India"),
        ("Chansamone Chanyalath", "Laos"),
    ]
    unknown = "Defence Minister Anil Mehta met Lao Defence Minister Chansamone Chanyalath on Tuesday."
    (meeting,) = timeline.extract(timeline.parse_article(frame + unknown + "\n"))
    assert [p.country for p in meeting.participants] == ["Laos", "Laos"]
