"""The extractor on sentences written for these tests: kinds, dates, people, places, status."""

from __future__ import annotations

import re

import pytest

import timeline
from timeline import DateBasis, Kind, Status
from timeline.extract._keyed import FOLDS_TO_ASCII


def events(text: str, published: str = "2025-01-10") -> list[timeline.Event]:
    return list(timeline.extract(timeline.parse_article(text, published=published)))


def test_a_planned_meeting_looks_forward() -> None:
    """'Will meet on Monday' in a Friday paper is the coming Monday, planned."""
    (meeting,) = events("The two defence ministers will meet in Hanoi on Monday.")
    assert (meeting.kind, meeting.when.iso(), meeting.status) == (Kind.MEETING, "2025-01-13", Status.PLANNED)
    assert meeting.where == timeline.Place("Hà Nội", "Viet Nam")


def test_sentence_opening_date_dates_the_event() -> None:
    """'On Thursday, X met Y' dates the meeting by the opening words."""
    (meeting,) = events(
        "On Thursday, Foreign Minister Bùi Thanh Sơn met Lao Deputy Prime Minister Saleumxay Kommasith."
    )
    assert meeting.when.iso() == "2025-01-09"
    assert [(p.name, p.country) for p in meeting.participants] == [
        ("Bùi Thanh Sơn", "Viet Nam"),
        ("Saleumxay Kommasith", "Laos"),
    ]


def test_short_names_resolve_to_the_full_person() -> None:
    """'Sơn' and 'Son' later in the story are Bùi Thanh Sơn, with the diacritics of the fullest form."""
    found = events(
        " date 2025-01-10 HÀ NỘI — Foreign Minister Bùi Thanh Sơn held talks with his Cambodian counterpart "
        "Sok Chenda Sophea in Hà Nội on Thursday.\n\nAt the talks, Son and Sophea agreed to meet again. — VNS"
    )
    (talks,) = found
    assert talks.kind is Kind.TALKS
    assert [p.name for p in talks.participants] == ["Bùi Thanh Sơn", "Sok Chenda Sophea"]
    assert talks.participants[1].country == "Cambodia"


def test_an_undated_event_is_left_out_not_given_the_publication_date() -> None:
    """An event the text does not date is not silently dated to the publication day."""
    assert events("The two sides signed a memorandum of understanding on defence cooperation.") == []


def test_an_event_tied_to_a_dated_one_inherits_its_date_as_inferred() -> None:
    """'during the visit' ties the signing to the visit's date, marked inferred."""
    found = events(
        "President Lương Cường paid a state visit to Laos on Wednesday, during which the two sides signed three agreements."
    )
    kinds = {e.kind: e for e in found}
    assert kinds[Kind.VISIT].when.iso() == "2025-01-08"
    assert kinds[Kind.SIGNING].when.iso() == "2025-01-08"
    assert kinds[Kind.SIGNING].source.basis is DateBasis.INFERRED


def test_a_plan_for_a_period_is_that_period() -> None:
    """A programme 'for the 2026-2030 period' covers those five years, planned."""
    (plan,) = events("The ministries approved a cooperation plan for the 2026-2030 period.")
    assert (plan.kind, plan.when.iso(), plan.status) == (Kind.PLAN, "2026/2030", Status.PLANNED)


def test_ranges_stay_ranges() -> None:
    """A joint exercise 'from March 4 to 6' runs three days."""
    (exercise,) = events("The navies will hold a joint exercise from March 4 to 6.")
    assert (exercise.kind, exercise.when.iso()) == (Kind.EXERCISE, "2025-03-04/2025-03-06")


def test_extract_refuses_a_bare_string() -> None:
    """A string is ambiguous (path or text?): extract() says which reader to use."""
    with pytest.raises(TypeError, match="read_article"):
        timeline.extract("seeds")  # type: ignore[arg-type]


def test_extraction_is_deterministic(seeds: timeline.Articles) -> None:
    """Two runs give equal timelines with the same ids in the same order."""
    first, second = timeline.extract(seeds), timeline.extract(seeds)
    assert [e.id for e in first] == [e.id for e in second]
    assert first == second


def test_a_month_after_in_is_a_date_not_a_place() -> None:
    """'will be held in October' dates the exercise and gives it no place called October."""
    (exercise,) = events("The joint exercise will be held in October this year.")
    assert exercise.when.iso() == "2025-10"
    assert exercise.where is None


def test_a_place_the_gazetteer_does_not_know_is_kept_after_in() -> None:
    """'in Kota Belud, Sabah': the town as written, its country from the known state after it."""
    (exercise,) = events("The two armies opened a joint exercise in Kota Belud, Sabah on Monday.", "2025-01-15")
    assert exercise.where == timeline.Place("Kota Belud", "Malaysia")


def test_a_visit_of_n_days_spans_them() -> None:
    """'a three-day official visit ... starting on Monday' covers Monday to Wednesday."""
    (visit,) = events("Minister Nguyễn Văn An will pay a three-day official visit to Japan starting on Monday.")
    assert (visit.kind, visit.when.iso(), visit.status) == (Kind.VISIT, "2025-01-13/2025-01-15", Status.PLANNED)


def test_early_mid_and_late_month_are_thirds_of_it() -> None:
    """'in early March' is the 1st to the 10th, 'in late March' the 21st to the 31st."""
    (early,) = events("The navies will hold a joint patrol in early March.")
    (late,) = events("The navies will hold a joint patrol in late March.")
    assert (early.when.iso(), late.when.iso()) == ("2025-03-01/2025-03-10", "2025-03-21/2025-03-31")


def test_a_sentence_opening_on_he_has_the_last_subject() -> None:
    """'He also met ...' gives the meeting the person the previous sentence was about."""
    found = events(
        "Defence Minister Phan Văn Giang held talks with his Lao counterpart Chansamone Chanyalath on Thursday. "
        "He also met Lao Prime Minister Sonexay Siphandone on Friday."
    )
    meeting = next(e for e in found if e.kind is Kind.MEETING)
    assert meeting.when.iso() == "2025-01-10"
    assert [p.name for p in meeting.participants] == ["Phan Văn Giang", "Sonexay Siphandone"]


def test_the_exercise_told_again_is_not_a_new_event() -> None:
    """A later 'the exercise aims to ...' is the exercise already told, not a second one."""
    found = events(
        "The two navies began a joint exercise in the Gulf of Thailand on Wednesday. "
        "The exercise aims to improve search and rescue skills."
    )
    assert [e.kind for e in found] == [Kind.EXERCISE]


def test_a_later_length_stretches_an_exercise_begun_this_week() -> None:
    """'will begin ... this week' and then 'the 15-day exercise': the week's first day to 15 days after its last."""
    (exercise,) = events(
        "The two armies will begin their annual joint exercise this week. "
        "An army spokesman said Monday that 3,000 soldiers will take part in the 15-day exercise.",
        "2025-01-13",
    )
    assert (exercise.when.iso(), exercise.when.approximate) == ("2025-01-13/2025-02-02", True)


def test_a_later_end_and_a_quote_belong_to_the_exercise_already_told() -> None:
    """'This year's exercise will last until ...' ends it; 'It is a joint exercise,' he said that day, is no new one."""
    (exercise,) = events(
        "The navies opened their joint exercise in the Gulf of Thailand on Wednesday. "
        "\u201cIt is a joint exercise on a large scale,\u201d the admiral said on Wednesday. "
        "This year's expanded exercise will last until January 20 and involves 40 ships."
    )
    assert (exercise.when.iso(), exercise.where) == ("2025-01-08/2025-01-20", timeline.Place("Gulf of Thailand", None))


def test_a_date_before_and_goes_to_the_second_verb_only_when_it_has_none() -> None:
    """'leaving Hanoi on May 3 and arriving in Juba on May 5': the arrival is May 5; 'visit ... and hold talks' shares."""
    found = events("The first 30 engineers left on Sunday, leaving Hanoi on May 3 and arriving in Juba on May 5.")
    assert [e.when.iso() for e in found if e.kind is Kind.VISIT] == ["2025-05-05"]
    found = events("Minister Nguyễn Văn An plans to visit Japan in early March and hold talks with his counterpart.")
    assert {e.kind: e.when.iso() for e in found} == {
        Kind.VISIT: "2025-03-01/2025-03-10",
        Kind.TALKS: "2025-03-01/2025-03-10",
    }


def test_a_plural_title_belongs_to_every_name_in_its_list() -> None:
    """'Defence Ministers A of Laos and B of Cambodia' are two defence ministers, each with a country."""
    (meeting,) = events(
        "Defence Ministers Chansamone Chanyalath of Laos and Tea Seiha of Cambodia met in Phnom Penh on Tuesday."
    )
    assert [(p.name, p.title, p.country) for p in meeting.participants] == [
        ("Chansamone Chanyalath", "Defence Minister", "Laos"),
        ("Tea Seiha", "Defence Minister", "Cambodia"),
    ]


def test_a_protocol_signed_on_a_day_is_one_signing_not_a_plan() -> None:
    """'signed a protocol on Monday' is a signing; the protocol dated to that day is not a plan of its own."""
    found = events("The two ministers signed a protocol on amending the border agreement in Vientiane on Monday.")
    assert [(e.kind, e.when.iso()) for e in found] == [(Kind.SIGNING, "2025-01-06")]


# -- places --------------------------------------------------------------------------------------


def test_a_province_named_after_a_hanoi_dateline_is_where_the_event_happens() -> None:
    """Under a HÀ NỘI dateline, 'in the northern province of Quảng Ninh' places the event, not the dateline."""
    (exchange,) = events(
        " date 2025-01-10 HÀ NỘI — The two defence ministers held talks in the northern province of "
        "Quảng Ninh on Thursday. — VNS"
    )
    assert exchange.where == timeline.Place("Quảng Ninh", "Viet Nam")


def test_a_countrys_possessive_gives_way_to_the_province_in_it() -> None:
    """'in Vietnam’s Central Highland province of Gia Lai': the province, not the country."""
    (exercise,) = events(
        "The three armies will hold a rescue drill in Vietnam’s Central Highland province of Gia Lai in March."
    )
    assert exercise.where == timeline.Place("Gia Lai", "Viet Nam")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("in Tân Lập district of Vietnam’s Sơn La province", timeline.Place("Tân Lập", "Viet Nam")),
        ("in the southern province of Ban Mai, Laos", timeline.Place("Ban Mai", "Laos")),
        ("at Kota Rimba naval base in Sabah", timeline.Place("Kota Rimba", "Malaysia")),
        ("in Laos’s Nam Kha district", timeline.Place("Nam Kha", "Laos")),
    ],
)
def test_a_place_the_gazetteer_does_not_know_is_read_from_what_it_is(words: str, place: timeline.Place) -> None:
    """A district, province or base the table lacks is kept by its name, its country from a known place near it."""
    (exercise,) = events(f"The two navies held a joint exercise {words} on Tuesday.")
    assert exercise.where == place


def test_a_strait_is_where_an_exercise_happens_but_not_a_meeting() -> None:
    """Waters are the place of an exercise; a sea named in a meeting's sentence is what was discussed."""
    (exercise,) = events("The two navies began a joint patrol in the Strait of Malacca on Monday.")
    (meeting,) = events("The two ministers met on Monday to discuss the situation in the South China Sea.")
    assert exercise.where == timeline.Place("Melaka Strait", None)
    assert meeting.where is None


def test_a_name_with_a_year_is_an_event_not_a_place() -> None:
    """'the Milan 2026 exercise' names an exercise; the place is the one written after it."""
    (exercise,) = events("The frigate joined the Milan 2026 exercise in India on Monday.", "2026-02-20")
    assert exercise.where == timeline.Place("India", "India")


def test_a_place_before_the_event_needs_its_own_locative() -> None:
    """A place well before the event word, not introduced as where it is, does not place the event."""
    (session,) = events(
        "Delegations from Laos and Belarus, as an observer state, will take part in the session on Monday."
    )
    assert session.where is None


def test_of_a_place_and_its_apposition_the_first_is_where() -> None:
    """'left Nha Trang City, the province of Khánh Hòa, ... for visits': the city."""
    (visit,) = events(
        "The training ship left Nha Trang City, the south central province of Khánh Hòa, on Monday "
        "for visits to the navies of two countries.",
        "2025-05-06",
    )
    assert visit.where == timeline.Place("Nha Trang", "Viet Nam")


def test_a_statement_is_not_placed_where_the_announced_event_is() -> None:
    """'will hold talks in Washington ..., a spokesman announced Thursday': the announcement is not in Washington."""
    found = events(
        " date 2025-01-10 BEIJING — China and the United States will hold talks in mid-March in Washington, "
        "a defence ministry spokesman announced Thursday. END"
    )
    kinds = {e.kind: e for e in found}
    assert kinds[Kind.TALKS].where == timeline.Place("Washington", "United States")
    assert kinds[Kind.STATEMENT].where == timeline.Place("Beijing", "China")


def test_a_written_statement_has_no_place_and_keeps_its_own_day() -> None:
    """'In a statement today, X said the drill would run from May 5 to May 9': the statement is today, nowhere."""
    found = events(
        " date 2025-04-28 KUCHING, April 28 — In a statement today, the brigade command said the drill "
        "would be held from May 5 to May 9 in Bau. — Bernama",
        "2025-04-28",
    )
    kinds = {e.kind: e for e in found}
    assert (kinds[Kind.STATEMENT].when.iso(), kinds[Kind.STATEMENT].where) == ("2025-04-28", None)
    assert kinds[Kind.EXERCISE].when.iso() == "2025-05-05/2025-05-09"


def test_a_press_conference_near_the_day_is_at_the_dateline() -> None:
    """A press conference is spoken somewhere: with no place written, the dateline's city."""
    (conference,) = events(
        " date 2025-04-28 KUCHING, April 28 — The brigade held a press conference today. — Bernama", "2025-04-28"
    )
    assert conference.where == timeline.Place("Kuching", "Malaysia")


def test_an_unknown_building_here_is_the_dateline() -> None:
    """'at Wisma Kenanga here': a building in the dateline's city, which is the place."""
    (address,) = events(
        " date 2025-01-10 KUALA LUMPUR, Jan 10 — The chief gave his new year address at Wisma Kenanga here today. — Bernama"
    )
    assert address.where == timeline.Place("Kuala Lumpur", "Malaysia")


# -- what later sentences add --------------------------------------------------------------------


def test_an_undated_retelling_places_the_event_and_adds_its_people() -> None:
    """A later undated 'inspected ...' goes on about the dated inspection: its district and its people."""
    found = events(
        "Defence delegations of the two countries on Monday inspected preparations for the border exchange.\n\n"
        "Deputy Defence Minister Nguyễn Văn Bình and his Lao counterpart Lieut. Gen. Somphone Keola inspected "
        "several sites in Tân Lập district of Vietnam’s Sơn La province."
    )
    (inspection,) = found
    assert inspection.where == timeline.Place("Tân Lập", "Viet Nam")
    assert [p.name for p in inspection.participants] == ["Nguyễn Văn Bình", "Somphone Keola"]


def test_a_reference_with_a_place_places_the_event_it_refers_to() -> None:
    """'At their meeting in the Manila suburb of Pasig, ...' places the meeting told before."""
    (meeting,) = events(
        "Defence Minister Arturo Dela Cruz and his visiting counterpart Kenji Sato met on Monday.\n\n"
        "At their meeting in the Manila suburb of Pasig, the two ministers reaffirmed their cooperation.",
        "2025-02-25",
    )
    assert meeting.where == timeline.Place("Pasig", "Philippines")


def test_events_of_one_sentence_on_the_same_days_share_a_place() -> None:
    """'visited Minsk last week to sign a protocol': the trip was for the signing, which happened in Minsk."""
    found = events("The minister visited Minsk last week to sign a protocol on border security.")
    assert {e.kind: e.where for e in found} == {
        Kind.VISIT: timeline.Place("Minsk", "Belarus"),
        Kind.SIGNING: timeline.Place("Minsk", "Belarus"),
    }


def test_what_someone_agreed_to_launch_is_not_an_event_dated_by_the_agreement() -> None:
    """'agreed Monday to launch a strategic dialogue': the agreement is dated, the dialogue is not yet."""
    found = events(
        "Defence Minister Arturo Dela Cruz and his counterpart Kenji Sato agreed Monday to launch a strategic dialogue.",
        "2025-02-25",
    )
    assert [e.kind for e in found] == [Kind.MEETING]


def test_a_press_conference_after_the_meeting_is_an_event() -> None:
    """'stressed at a joint press conference after the meeting': a statement, dated from the meeting."""
    found = events(
        "Defence Minister Arturo Dela Cruz and his counterpart Kenji Sato met on Monday.\n\n"
        '"We will work together," Sato stressed at a joint press conference after the meeting.',
        "2025-02-25",
    )
    kinds = {e.kind: e for e in found}
    assert kinds[Kind.STATEMENT].when.iso() == "2025-02-24"
    assert kinds[Kind.STATEMENT].source.basis is DateBasis.INFERRED


def test_people_met_before_a_call_are_not_in_the_call() -> None:
    """'Prior to the video conference, A received B': B did not take part in the video conference."""
    found = events(
        "Defence Minister Ahmad Razif held a video conference with his Thai counterpart Somchai Wong today.\n\n"
        "Prior to the video conference, Ahmad Razif also received a courtesy call from Ambassador Lee Min-ho."
    )
    call = next(e for e in found if e.kind is Kind.PHONE_CALL)
    assert [p.name for p in call.participants] == ["Ahmad Razif", "Somchai Wong"]


def test_the_host_met_during_a_visit_is_in_the_talks_not_the_visit() -> None:
    """'During his visit, he will hold talks with Z': the visitor is in the talks; Z is not a visitor."""
    found = events(
        "Federal Minister of Defence Karl Weber will arrive in New Delhi today for a three-day visit to India.\n\n"
        "During his visit, he will hold bilateral talks with Defence Minister Arun Mehta.",
        "2023-06-05",
    )
    kinds = {e.kind: e for e in found}
    assert [p.name for p in kinds[Kind.VISIT].participants] == ["Karl Weber"]
    assert [p.name for p in kinds[Kind.TALKS].participants] == ["Karl Weber", "Arun Mehta"]


# -- people --------------------------------------------------------------------------------------


def test_an_indian_title_is_not_part_of_the_name() -> None:
    """'Raksha Mantri Arun Mehta': the office is a title, the person is Arun Mehta."""
    (talks,) = events(
        "Raksha Mantri Arun Mehta today held talks with US Defence Secretary John Carter in New Delhi.", "2023-06-05"
    )
    assert [p.name for p in talks.participants] == ["Arun Mehta", "John Carter"]


def test_he_inside_a_sentence_before_a_name_is_a_surname() -> None:
    """'met with He Jianguo, vice chairman of China's ...': a person, titled after the name."""
    (meeting,) = events(
        "Lao President Bounmy Vongsa met with He Jianguo, vice chairman of China's Central Military Commission, "
        "in Vientiane on Tuesday.",
        "2023-12-06",
    )
    assert [p.name for p in meeting.participants] == ["Bounmy Vongsa", "He Jianguo"]


def test_people_remembered_are_not_participants() -> None:
    """'paid tribute to President Ho Chi Minh': he is remembered, not taking part."""
    found = events("Defence Minister Enkh Bat visited Hanoi on Monday and paid tribute to President Ho Chi Minh.")
    assert [[p.name for p in e.participants] for e in found] == [["Enkh Bat"]]


def test_the_subject_is_after_the_opening_phrase() -> None:
    """'In addition to the meeting with Mr. Mehta, Mr. Weber ...': a later 'he' is Weber."""
    found = events(
        "Defence Minister Karl Weber will arrive in New Delhi today for a three-day visit.\n\n"
        "In addition to the meeting with Mr. Mehta, Mr. Weber is expected to meet defence start-ups.\n\n"
        "On Wednesday, he will travel to Mumbai.",
        "2023-06-05",
    )
    mumbai = next(e for e in found if e.where == timeline.Place("Mumbai", "India"))
    assert [p.name for p in mumbai.participants] == ["Karl Weber"]


def test_who_reports_an_event_is_not_in_it() -> None:
    """'according to Spokesman Z' and a closing 'Z said' report the talks; a quoted speaker speaks for a party."""
    (talks,) = events(
        "Defence Minister Arun Mehta held talks with his Korean counterpart Park Min-soo on Monday, "
        "according to Ministry Spokesman Col. Lee Dong-hun."
    )
    assert [p.name for p in talks.participants] == ["Arun Mehta", "Park Min-soo"]
    (talks,) = events(
        "Defence Minister Arun Mehta held talks with his Korean counterpart Park Min-soo on Monday, "
        "spokesman Lee Dong-hun said."
    )
    assert [p.name for p in talks.participants] == ["Arun Mehta", "Park Min-soo"]
    (plan,) = events(
        "Defence Minister Arun Mehta met his Korean counterpart Park Min-soo on Monday.\n\n"
        '"The cooperation plan we signed on Monday will guide our armies," Park Min-soo added.'
    )[1:]
    assert "Park Min-soo" in [p.name for p in plan.participants]


def test_a_pair_named_only_in_the_next_sentence_held_the_meeting() -> None:
    """'Lao and Thai defence chiefs met ...' then 'A and B also discussed ...': A and B met."""
    (meeting,) = events(
        "Lao and Thai defence chiefs agreed in their meeting on Monday in Vientiane to set up a border committee.\n\n"
        "Chansamone Chanyalath and Sutin Klungsang also discussed training, Lao officials said."
    )
    assert [p.name for p in meeting.participants] == ["Chansamone Chanyalath", "Sutin Klungsang"]


def test_an_accord_signed_at_an_earlier_meeting_has_that_meetings_date_not_their_people() -> None:
    """'They also agreed on ... the accord signed at the previous meeting in Tokyo in March 2015'."""
    found = events(
        "Defence Minister Arun Mehta held talks with his Korean counterpart Park Min-soo on Monday.\n\n"
        "They also agreed on a first project under the accord signed at the previous ministerial meeting "
        "in Tokyo in March 2015."
    )
    signing = next(e for e in found if e.kind is Kind.SIGNING)
    assert signing.when.iso() == "2015-03"
    assert signing.participants == ()


def test_hun_sen_ends_a_name_and_a_sentence_but_sen_lieut_gen_is_a_rank() -> None:
    """'... of Samdech Techo Hun Sen. Officials ...' is two sentences; 'Sen. Lieut. Gen. X' is one person."""
    found = events(
        "Prime Minister Pham Minh Chinh held talks in Phnom Penh on Tuesday with Samdech Techo Hun Sen. "
        "Officials at the talks included Ambassador Chay Navuth.\n\n"
        "Deputy Minister Sen. Lieut. Gen. Hoang Xuan Chien received Ambassador Chay Navuth on Monday."
    )
    talks = next(e for e in found if e.kind is Kind.TALKS)
    assert [p.name for p in talks.participants] == ["Pham Minh Chinh", "Hun Sen"]
    meeting = next(e for e in found if e.kind is Kind.MEETING)
    chien = meeting.participants[0]
    assert (chien.rank, chien.name) == ("Sen. Lieut. Gen.", "Hoang Xuan Chien")


def test_who_invited_a_visitor_and_who_is_remembered_are_not_in_the_visit() -> None:
    """'a visit at the invitation of General X ... pay respect to late President Y': only the visitor visits."""
    found = events(
        "Defence Minister Karl Weber began an official visit to Myanmar on Monday at the invitation of "
        "Senior General Aung Min Thu.\n\n"
        "The delegation will pay respect to late President Ho Chi Minh and visit the port on Wednesday."
    )
    assert [[p.name for p in e.participants] for e in found if e.kind is Kind.VISIT] == [["Karl Weber"], []]


def test_a_caption_above_the_dateline_is_read_and_a_new_attache_is_a_guest() -> None:
    """A photo caption before the dateline may date an event; 'received newly-appointed X' has a guest."""
    found = events(
        " date 2025-01-10\nLao Defence Minister Gen. Khamlieng Outhakaysone (R) meets Thai General Somchai Wong "
        "in Vientiane on January 8. (Photo: VNA)\n\nVientiane (VNA) – Deputy Minister Gen. Hoang Van Long "
        "received newly-appointed Thai Military Attaché Col. Anan Sukjai in Vientiane on January 9."
    )
    assert [(e.when.iso(), [p.name for p in e.participants]) for e in found] == [
        ("2025-01-08", ["Khamlieng Outhakaysone", "Somchai Wong"]),
        ("2025-01-09", ["Hoang Van Long", "Anan Sukjai"]),
    ]


def test_an_exercise_going_on_since_a_day_runs_to_publication() -> None:
    """'Since 6 January, the armies of A, B, and C have been conducting an exercise': Jan 6 to the paper's day."""
    (exercise,) = events(
        "Since 6 January, the armed forces of Laos, Vietnam, and Cambodia have been conducting a joint "
        "rescue exercise in Vientiane."
    )
    assert (exercise.kind, exercise.when.iso()) == (Kind.EXERCISE, "2025-01-06/2025-01-10")


def test_a_past_occasion_dated_by_its_year_is_kept_at_a_year() -> None:
    """'since the 9th dialogue in 2019', 'his previous visit six years ago'; not a visit only mulled."""
    found = events(
        "The two sides reviewed their partnership since the 9th defence policy dialogue in 2019.\n\n"
        "Minister Arun Mehta recalled his previous visit to the country six years ago.\n\n"
        "He had mulled a visit in 2023, but it was postponed."
    )
    assert [(e.kind, e.when.iso()) for e in found] == [(Kind.DIALOGUE, "2019"), (Kind.VISIT, "2019")]


def test_the_guest_of_a_country_after_a_glued_sentence_is_its_person_and_a_begun_visit_is_reported() -> None:
    """'... on January 9.The Thai guest is leading a delegation ... from January 8 to 12': Somchai Wong, under way."""
    found = events(
        "Minister Hoang Van Long held talks with his Thai counterpart Somchai Wong in Hanoi on January 9."
        "The Thai guest is leading a delegation on an official visit to Vietnam from January 8 to 12."
    )
    visit = next(e for e in found if e.kind is Kind.VISIT)
    assert (visit.when.iso(), visit.status) == ("2025-01-08/2025-01-12", Status.REPORTED)
    assert [p.name for p in visit.participants] == ["Somchai Wong"]
    (visit,) = events("Defence Minister Somchai Wong will visit Hanoi from January 8 to 12.")
    assert visit.status is Status.REPORTED  # under way when the paper came out, whatever the copy's tense


def test_what_follows_a_visit_told_again_keeps_the_day_just_told() -> None:
    """'As part of his visit, ... to be marked on 2 December' is no visit on 2 December; 'On the same day'
    is the talks' day and place; 'Concluding their meeting, the ministers signed ...' is their signing."""
    found = events(
        "On 8 January, Defence Minister Arun Mehta held talks in Vientiane with his Lao counterpart "
        "Khamlieng Outhakaysone.\n\n"
        "As part of his visit, General Mehta also presented equipment for the National Day, to be marked on "
        "2 December.\n\n"
        "On the same day, Cambodian Defence Minister Tea Seiha met with Khamlieng Outhakaysone.\n\n"
        "Concluding their meeting, the ministers signed a cooperation agreement and an exchange plan for 2026."
    )
    assert [(e.kind, e.when.iso(), e.where and e.where.name) for e in found if e.kind is not Kind.PLAN] == [
        (Kind.MEETING, "2025-01-08", "Vientiane"),
        (Kind.SIGNING, "2025-01-08", "Vientiane"),
        (Kind.TALKS, "2025-01-08", "Vientiane"),
    ]
    signing = next(e for e in found if e.kind is Kind.SIGNING)
    assert [p.name for p in signing.participants] == ["Tea Seiha", "Khamlieng Outhakaysone"]


def test_who_took_office_is_the_person_next_to_the_words() -> None:
    """'X was elected shortly after Prime Minister Y took office on August 22': Y took office."""
    (appointment,) = events(
        "Prime Minister Arun Mehta was elected shortly after Prime Minister Tea Sovann took office on January 6."
    )
    assert [p.name for p in appointment.participants] == ["Tea Sovann"]


def test_a_visit_to_a_command_named_after_a_province_is_in_that_province() -> None:
    """'visited Xiengkhouang Provincial Military Headquarters of the Lao People's Army on May 8'."""
    (visit,) = events(
        "A delegation led by Col. Tran Van Minh visited Xiengkhouang Provincial Military Headquarters of the "
        "Lao People's Army on January 8."
    )
    assert (visit.when.iso(), visit.where) == ("2025-01-08", timeline.Place("Xiengkhouang", "Laos"))


@pytest.mark.parametrize(
    ("sentence", "kind", "when"),
    [
        ("President Tom Ardell held a bilateral summit with Prime Minister Arun Mehta on Monday.", Kind.MEETING,
         "2025-01-06"),
        ("A ministry press release issued on January 7 stated that both parties had a useful dialogue.",
         Kind.STATEMENT, "2025-01-07"),
        ("During its stay from January 6 to 9, the Indian delegation also trained with the navy.", Kind.VISIT,
         "2025-01-06/2025-01-09"),
    ],
)  # fmt: skip
def test_a_bilateral_summit_a_press_release_and_a_stay_are_events(sentence: str, kind: Kind, when: str) -> None:
    """A summit of two is a meeting; a dated press release is a statement; a dated stay is a visit."""
    assert [(e.kind, e.when.iso()) for e in events(sentence)][:1] == [(kind, when)]


def test_talks_told_first_without_a_date_lend_their_pair_to_the_dated_telling() -> None:
    """'X has held talks with Y to boost ties. During the talks, held on Thursday in Seoul, ...': X and Y."""
    (talks,) = events(
        "Defence Minister Arun Mehta has held talks with his Korean counterpart Park Min-soo to boost ties.\n\n"
        "During the wide-ranging talks, held on Thursday in Seoul, the two leaders reviewed their cooperation."
    )
    assert (talks.when.iso(), [p.name for p in talks.participants]) == ("2025-01-09", ["Arun Mehta", "Park Min-soo"])


def test_a_speaker_who_recalls_signings_did_not_sign_them() -> None:
    """'The minister emphasised that ... the MoU signed in 2018 and the plan for 2021-2023 signed in 2021'."""
    found = events(
        "Defence Minister Arun Mehta met the Canadian ambassador on Monday.\n\n"
        "Minister Arun Mehta emphasised that both ministries follow the MoU signed in 2018 and the defence "
        "cooperation plan for 2021-2023 signed in 2021."
    )
    signings = [e for e in found if e.kind is Kind.SIGNING]
    assert [(e.when.iso(), e.participants) for e in signings] == [("2018", ()), ("2021", ())]
    assert not any(e.title[:1].isdigit() for e in signings)  # not "2023 signed", from the end of a range


def test_the_defence_ministers_of_all_three_countries_are_the_ministers_named() -> None:
    """'attended by the defence ministers of all three countries': every defence minister the story named."""
    found = events(
        "Lao Defence Minister Khamlieng Outhakaysone met Cambodian Defence Minister Tea Seiha in Vientiane on "
        "January 8.\n\n"
        "The closing ceremony on January 15 will be attended by the defence ministers of all three countries."
    )
    ceremony = next(e for e in found if e.kind is Kind.CEREMONY)
    assert [p.name for p in ceremony.participants] == ["Khamlieng Outhakaysone", "Tea Seiha"]


def test_leading_a_delegation_is_a_visit_and_saying_so_is_no_attribution() -> None:
    """'X said he will lead a delegation to China next week': X's visit; 'X said he will' is no closing 'X said'."""
    found = events("During a meeting with workers on Friday, Prime Minister Tea Sovann said he will lead a "
                   "delegation to China next week.")  # fmt: skip
    visit = next(e for e in found if e.kind is Kind.VISIT)
    assert (visit.when.iso(), visit.status, [p.name for p in visit.participants]) == (
        "2025-01-13/2025-01-19",
        Status.PLANNED,
        ["Tea Sovann"],
    )


def test_earlier_the_same_day_the_visiting_delegation_was_received_where_the_talks_were() -> None:
    """'Earlier the same day, X hosted a reception for the visiting Indian delegation': its head, in Hanoi."""
    found = events(
        "Deputy Minister Hoang Van Long held talks with Indian Defence Secretary Arun Mehta in Hanoi on "
        "January 8.\n\n"
        "Earlier the same day, Defence Minister Tran Quoc Minh hosted a reception for the visiting Indian delegation."
    )
    meeting = next(e for e in found if e.kind is Kind.MEETING)
    assert (meeting.when.iso(), meeting.where and meeting.where.name) == ("2025-01-08", "Hà Nội")
    assert [p.name for p in meeting.participants] == ["Tran Quoc Minh", "Arun Mehta"]


def test_a_visit_that_began_on_a_day_is_dated_by_it() -> None:
    """'During his two-day visit that began Thursday, X also met Y': X's visit on Thursday and Friday."""
    found = events("During his two-day visit to India that began Thursday, Minister Park Min-soo also met Arun Mehta.")
    visit = next(e for e in found if e.kind is Kind.VISIT)
    assert (visit.when.iso(), [p.name for p in visit.participants]) == ("2025-01-09/2025-01-10", ["Park Min-soo"])


def test_a_caption_opening_plain_text_without_a_date_line_is_read() -> None:
    """Text given with its date (stdin, ``parse_article``) may open straight on the caption."""
    found = events(
        "Lao Defence Minister Gen. Khamlieng Outhakaysone (R) meets Thai General Somchai Wong in Vientiane on "
        "January 8. (Photo: VNA)\n\nVientiane (VNA) – The two sides agreed to step up border cooperation."
    )
    assert [(e.when.iso(), [p.name for p in e.participants]) for e in found] == [
        ("2025-01-08", ["Khamlieng Outhakaysone", "Somchai Wong"]),
    ]


FRAME = " date 2025-01-10\nHeadline here\n\nHanoi (VNA) – "


_MISFIRES = [
    # a clause with its own subject after ", and": its date is not the talks'
    (
        (
            "Minister Tran Van Minh held talks with Lao Minister Somsak Vong in Vientiane, and Thailand will host the "
            "next round on Jan. 20."
        ),
        [],
    ),
    # a speaker who took part: "said the talks he held ..."
    (
        (
            "Prime Minister Tran Van Minh said the talks he held with Prime Minister Arun Mehta in Tokyo on Jan. 8 "
            "were productive."
        ),
        [("talks", "2025-01-08", ["Tran Van Minh", "Arun Mehta"])],
    ),
    # plural occasions dated by a year are not one event
    ("The two sides agreed to step up visits next year.", []),
    ("The two armies will conduct more joint exercises in 2025.", []),
    # two places that are not the subject
    ("Analysts in Tokyo and Canberra agreed on Monday that the pact matters.", []),
    # an agreement on another day than the summit it names
    (
        (
            "Defence Minister Ito Ken and Defence Minister Richard Hale agreed Thursday to deepen ties at the "
            "2+2 summit in March."
        ),
        [
            ("meeting", "2025-01-09", ["Ito Ken", "Richard Hale"]),
            ("conference", "2025-03", ["Ito Ken", "Richard Hale"]),
        ],
    ),
    # undated talks lend their pair only to a later telling by the same people
    (
        (
            "Minister Tran Van Minh held talks with Lao Minister Somsak Vong to boost ties. Defence Minister Ito Ken "
            "also held talks on Friday in Tokyo."
        ),
        [("talks", "2025-01-10", ["Ito Ken"])],
    ),
    # a pair opening the next sentence that does not go on about the visit
    (
        (
            "Minister Tran Van Minh visited Laos on Jan. 8. Prime Minister Arun Mehta and Prime Minister Somsak Vong "
            "have led their governments since 2021."
        ),
        [("visit", "2025-01-08", ["Tran Van Minh"])],
    ),
    # who invited the visitor, at the sentence's start
    (
        (
            "At the invitation of Lao Defence Minister Somsak Vong, Defence Minister Tran Van Minh paid an official "
            "visit to Laos on Jan. 8."
        ),
        [("visit", "2025-01-08", ["Tran Van Minh"])],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), _MISFIRES)
def test_rules_do_not_misfire_on_ordinary_sentences(sentence: str, expected: list[tuple[str, str, list[str]]]) -> None:
    """Sentences a review wrote against the day's rules: each came out wrong before it was fixed."""
    found = events(FRAME + sentence)
    assert [(e.kind.value, e.when.iso(), [p.name for p in e.participants]) for e in found] == expected


def test_a_headline_ending_in_brackets_is_no_caption() -> None:
    """'... talks on Jan. 15 (VIDEO)' is a headline: the talks come from the body, titled by their people."""
    (talks,) = events(
        " date 2025-01-10\nVietnam, Laos to hold defence talks on Jan. 15 (VIDEO)\n\nHanoi (VNA) – Minister Tran "
        "Van Minh will hold talks with Lao Minister Somsak Vong on Jan. 15."
    )
    assert talks.title == "Talks: Tran Van Minh, Somsak Vong"


def test_the_two_ministers_are_the_pair_just_told() -> None:
    """'Following the talks, the two ministers signed ...': the two who held the talks sign."""
    found = events(
        "Defence Minister Arun Mehta held talks with his Korean counterpart Park Min-soo on Monday.\n\n"
        "Following the talks, the two ministers signed an agreement on defence cooperation."
    )
    signing = next(e for e in found if e.kind is Kind.SIGNING)
    assert [p.name for p in signing.participants] == ["Arun Mehta", "Park Min-soo"]


def test_a_known_district_of_a_province_stays_the_district() -> None:
    """'in Mộc Châu district of Vietnam’s Sơn La province': the district, not a made-up 'Vietnam’s Sơn La'."""
    (exercise,) = events(
        "The two armies held a rescue drill in Mộc Châu district of Vietnam’s Sơn La province on Monday."
    )
    assert exercise.where == timeline.Place("Mộc Châu", "Viet Nam")


def test_a_place_before_a_retelling_does_not_place_the_event_told() -> None:
    """'During the summit in Jakarta, he spoke of this planned trip': the trip is not in Jakarta."""
    found = events(
        "Prime Minister Sok Dara this morning announced his trip to the region.\n\n"
        "During the summit in Jakarta, Sok Dara also spoke about this planned trip."
    )
    assert Kind.VISIT in {e.kind for e in found}
    assert [e.where for e in found] == [None] * len(found)


def test_a_year_in_brackets_after_the_event_word_is_its_name_not_its_date() -> None:
    """'The drill (Sea Guard 2024) ... started on March 3': the date is March 3, not the year in the name."""
    found = events(
        "The joint naval drill (Sea Guard 2024) off Sihanoukville started on March 3 and will end on March 9.",
        published="2024-03-05",
    )
    expected = [(Kind.EXERCISE, "2024-03-03/2024-03-09")]
    assert expected == [(e.kind, e.when.iso()) for e in found]


def test_a_meeting_on_the_margins_of_a_dated_forum_shares_its_date() -> None:
    """'met on the margins of a forum held last week' dates the meeting to that week, not to another meeting."""
    found = events(
        "Monday's meeting came days after Minister Tan Boon Keat and General Rafael Cruz met on the margins "
        "of a regional forum held in Manila last week.",
        published="2025-01-13",
    )
    meetings = sorted(e.when.iso() for e in found if e.kind is Kind.MEETING)
    assert meetings == ["2025-01-06/2025-01-12", "2025-01-13"]


def test_an_exercise_that_began_with_a_ceremony_begins_on_its_day() -> None:
    """'The exercise began with an opening ceremony on Tuesday': the exercise starts that Tuesday."""
    found = events("The joint exercise Jade Shield began with an opening ceremony in Kuantan on Tuesday.")
    expected = {(Kind.EXERCISE, "2025-01-07", DateBasis.INFERRED), (Kind.CEREMONY, "2025-01-07", DateBasis.STATED)}
    assert expected == {(e.kind, e.when.iso(), e.sources[0].basis) for e in found}


def test_an_event_told_first_without_people_and_then_with_them_is_one_event() -> None:
    """A ceremony told without its people, then again with them on the same day, is one ceremony."""
    found = events(
        "The exercise opened with a ceremony in Kuantan on Tuesday.\n\n"
        "General Tan Boon Keat and General Rafael Cruz opened the exercise with a ceremony in Kuantan on Tuesday."
    )
    ceremonies = [e for e in found if e.kind is Kind.CEREMONY]
    assert [["Tan Boon Keat", "Rafael Cruz"]] == [[p.name for p in e.participants] for e in ceremonies]


def test_a_list_after_a_press_conference_belongs_to_the_event_announced() -> None:
    """'X is scheduled for March 20-21, heard a press conference on March 10. The two sides will also
    hold talks': the talks are part of X, on its days, not of the press conference."""
    found = events(
        "The border friendship exchange is scheduled for March 20-21, heard a press conference on March 10.\n\n"
        "The two sides will also hold talks.",
        published="2025-03-10",
    )
    talks = [(e.when.iso(), e.status) for e in found if e.kind is Kind.TALKS]
    assert talks == [("2025-03-20/2025-03-21", Status.PLANNED)]


def test_a_sentence_saying_where_the_main_event_is_places_it() -> None:
    """'It will feature activities in Sơn La': the announced exchange is in Sơn La."""
    found = events(
        "The border friendship exchange is scheduled for March 20-21.\n\n"
        "It will feature various activities in the province of Sơn La.",
        published="2025-03-10",
    )
    assert [str(e.where) for e in found] == ["Sơn La, Viet Nam"]


def test_a_two_word_countrys_possessive_gives_way_to_the_province_in_it() -> None:
    """'in Việt Nam's northern province of Sơn La' is Sơn La, as for one-word countries."""
    found = events("The two ministers met in Việt Nam's northern province of Sơn La on Tuesday.")
    assert [str(e.where) for e in found] == ["Sơn La, Viet Nam"]


def test_a_place_visited_during_a_visit_is_a_stop_not_another_visit() -> None:
    """'During their visit, the guests visited a naval base': a stop on the visit, not a visit of its own."""
    found = events(
        "Minister Tan Boon Keat held talks with General Rafael Cruz in Hanoi on Tuesday.\n\n"
        "During their four-day visit, General Rafael Cruz and his delegation visited a naval base."
    )
    assert [] == [e for e in found if e.sources[0].sentence.startswith("During")]


def test_a_call_on_an_office_holder_is_a_meeting_but_an_appeal_is_not() -> None:
    """'called on Defence Minister X on Tuesday' is a courtesy call; 'called on both sides to ...' is not."""
    found = events(
        " date 2025-01-10 JAKARTA — The visiting general called on Defence Minister Arif Santoso on Tuesday morning. "
        "The general also called on both sides to keep talking on Wednesday."
    )
    assert [(e.kind, e.when.iso()) for e in found] == [(Kind.MEETING, "2025-01-07")]


def test_talks_held_by_phone_are_a_phone_call() -> None:
    """'held talks by phone' names a phone call, not talks."""
    (call,) = events("On Thursday, Defence Minister Arif Santoso and his counterpart Karl Brenner held talks by phone.")
    assert (call.kind, call.when.iso()) == (Kind.PHONE_CALL, "2025-01-09")


def test_a_signing_dated_only_to_a_year_is_kept_at_a_year_precision() -> None:
    """'the accord signed in 2019' is a signing in 2019, not too coarse to keep."""
    (signing,) = events("The ministers praised the defence accord signed in 2019 between the two ministries.")
    assert (signing.kind, signing.when.iso(), signing.status) == (Kind.SIGNING, "2019", Status.REPORTED)


def test_an_event_dated_before_publication_is_reported_whatever_the_tense() -> None:
    """A caption in the present tense with a past date ('X meets Y ..., May 3, 2019') reports a past event."""
    (meeting,) = events(
        "Defence Minister Arif Santoso meets Defence Minister Karl Brenner in Jakarta, May 3, 2019.",
        published="2019-05-05",
    )
    assert (meeting.when.iso(), meeting.status) == ("2019-05-03", Status.REPORTED)


def test_a_plan_mostly_run_is_reported() -> None:
    """The cooperation plan for 2022-2025, mostly run by January 2025, is in force: reported, not planned."""
    (plan,) = events("The two sides reviewed the cooperation plan for the 2022-2025 period.")
    assert (plan.kind, plan.when.iso(), plan.status) == (Kind.PLAN, "2022/2025", Status.REPORTED)


def test_a_lunch_and_a_guard_of_honour_during_a_visit_are_events() -> None:
    """A lunch and a guard of honour told in a visit's day are a meeting and a ceremony of that day."""
    found = events(
        " date 2025-01-10 SINGAPORE — Defence Minister Arif Santoso called on Prime Minister Lim Wei Ming on "
        "Thursday, after inspecting a guard of honour. He was then hosted to lunch by Dr Tan Boon Hock."
    )
    kinds = sorted((e.kind.value, e.when.iso()) for e in found)
    assert ("ceremony", "2025-01-09") in kinds
    assert kinds.count(("meeting", "2025-01-09")) == 2


def test_a_host_may_receive_here_and_at_a_time_of_day_before_the_guest() -> None:
    """'received here this afternoon at the Royal Palace visiting Minister X' is a reception that afternoon."""
    (meeting,) = events(
        " date 2025-01-10 PHNOM PENH — Prime Minister Sok Dara received here this afternoon at the Royal Palace "
        "visiting Defence Minister Arif Santoso."
    )
    assert (meeting.kind, meeting.when.iso()) == (Kind.MEETING, "2025-01-10")


def test_a_part_of_the_day_ties_a_later_sentence_to_the_day_told() -> None:
    """'in the morning' a few sentences on is the morning of the day just told."""
    found = events(
        " date 2025-01-10 SINGAPORE — Defence Minister Tan Boon Hock met General Arif Santoso on Thursday. "
        "Mr Tan said the talks were useful. He thanked his guest. "
        "General Arif had inspected a guard of honour in the morning."
    )
    ceremony = next(e for e in found if e.kind is Kind.CEREMONY)
    assert (ceremony.when.iso(), ceremony.source.basis) == ("2025-01-09", DateBasis.INFERRED)


def test_plural_officials_who_agreed_on_a_day_held_a_meeting() -> None:
    """'Lao and Thai defence chiefs agreed Monday to ...' implies their meeting that day."""
    (meeting,) = events("Lao and Thai defence chiefs agreed Monday to set up a joint border committee.")
    assert (meeting.kind, meeting.when.iso()) == (Kind.MEETING, "2025-01-06")


def test_two_capitals_that_agreed_on_a_day_met_but_talks_that_agreed_are_only_talks() -> None:
    """'Hanoi and Vientiane agreed Monday ...' implies a meeting; 'held phone talks Monday and agreed' does not."""
    (meeting,) = events("Hanoi and Vientiane agreed Monday to reinforce defence cooperation.")
    assert (meeting.kind, meeting.when.iso(), meeting.title) == (Kind.MEETING, "2025-01-06", "Meeting")
    found = events(
        "Defence Minister Arun Mehta and Defence Secretary John Carter held telephone talks Monday and agreed "
        "to promote cooperation."
    )
    assert [e.kind for e in found] == [Kind.PHONE_CALL]


def test_event_words_given_as_examples_are_not_events() -> None:
    """'platforms such as the regional summit' names kinds of forum, not one that took place."""
    found = events(
        "On Thursday, Defence Minister Arif Santoso met Defence Minister Karl Brenner and they discussed "
        "cooperation on platforms such as the regional defence summit and the maritime forum."
    )
    assert [e.kind for e in found] == [Kind.MEETING]


def test_a_hyphenated_rank_titles_the_name_after_it() -> None:
    """'Lieutenant-General X' and 'Lt-Gen Y' are ranks before names, not part of the names."""
    (meeting,) = events("Prime Minister Tom Ardell met Lieutenant-General Dak Sovann in Sydney on Monday.")
    assert [(p.name, p.rank) for p in meeting.participants] == [
        ("Tom Ardell", None),
        ("Dak Sovann", "Lieutenant-General"),
    ]
    (meeting,) = events("Prime Minister Tom Ardell met Lt-Gen Ben Tay in Sydney on Monday.")
    assert [p.name for p in meeting.participants] == ["Tom Ardell", "Ben Tay"]


def test_an_initial_and_surname_is_a_name_and_a_country_before_it_is_not() -> None:
    """'... of the United States L. Marsh': the person is 'L. Marsh', of the United States."""
    (meeting,) = events(
        "Defence Minister Boris Kovac met the Secretary of Defense of the United States L. Marsh in Berlin on Monday."
    )
    assert [(p.name, p.country) for p in meeting.participants][1] == ("L. Marsh", "United States")


def test_only_the_listed_letters_fold_to_ascii() -> None:
    """IGNORECASE matches no character outside ASCII to an ASCII letter but FOLDS_TO_ASCII: word checks rely on it."""
    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    assert sorted(FOLDS_TO_ASCII) == sorted(re.findall("[a-z]", others, re.IGNORECASE))
