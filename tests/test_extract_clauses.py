"""The extractor on clause shapes of news sentences: asides, titles and names, in sentences of our own."""

from __future__ import annotations

import pytest

import timeline
from paper import events
from timeline import Kind, Place


def test_an_aside_does_not_end_the_clause_of_the_verb_after_it() -> None:
    """'The exercise, which runs until April 30, began on Monday': Monday to April 30, where the clause says."""
    (exercise,) = events("The joint exercise, which runs until April 30, began on Monday in Savannakhet province.")
    assert (exercise.kind, exercise.when.iso()) == (Kind.EXERCISE, "2025-04-07/2025-04-30")
    assert exercise.where is not None
    assert exercise.where.name == "Savannakhet"


def test_a_guest_described_in_an_aside_is_met_where_and_when_the_sentence_says() -> None:
    """The aside's visit neither takes the meeting's date nor gives it the aside's country.

    The visit itself is the guest's, under way that day (inferred).
    """
    meeting, visit = events(
        "Defence Minister Phan Van Kien met Lao Defence Minister Somphone Vilay, who is on a visit to Viet Nam, "
        "in Hanoi on Thursday."
    )
    assert (visit.kind, visit.when.iso(), [p.name for p in visit.participants]) == (
        Kind.VISIT,
        "2025-04-10",
        ["Somphone Vilay"],
    )
    assert (meeting.kind, meeting.when.iso()) == (Kind.MEETING, "2025-04-10")
    assert meeting.where == Place("Hà Nội", "Viet Nam")
    assert [p.name for p in meeting.participants] == ["Phan Van Kien", "Somphone Vilay"]


def test_an_aside_that_is_not_closed_still_ends_the_clause() -> None:
    """'..., who arrived on Monday' dates the arrival, not the reception told before it."""
    found = events(
        "Defence Minister Phan Van Kien received Lao Defence Minister Somphone Vilay, who arrived on Monday."
    )
    assert all(e.kind is not Kind.MEETING for e in found)


def test_a_visit_by_someone_else_is_not_folded_into_the_visit_just_told() -> None:
    """'Y is on a three-day visit to Viet Nam' after X's dated visit to Laos: Y is not on X's visit."""
    found = events(
        "Vietnamese Defence Minister Gen. Phan Van Kien, who is on an official visit to Laos from April 8-11, "
        "met Lao Prime Minister Somsak Inthavong in Vientiane on Wednesday.\n\n"
        "South Korean Defence Minister Kim Dae-ho is on a three-day visit to Viet Nam."
    )
    visits = {e.when.iso(): [p.name for p in e.participants] for e in found if e.kind is Kind.VISIT}
    # Kim's own visit is under way on the paper's day (see test_extract_vocabulary), apart from Kien's
    assert visits == {"2025-04-08/2025-04-11": ["Phan Van Kien"], "2025-04-10": ["Kim Dae-ho"]}


def test_a_title_leaves_out_the_day_after_the_event_word() -> None:
    """'held talks on Wednesday', 'the ceremony on 15 October': the date is not part of the event's name."""
    found = events(
        "Lao Defence Minister Somphone Vilay met his Thai counterpart Anan Srisuk on Wednesday.\n\n"
        "The two sides held talks on Wednesday at the Ministry of National Defence."
    )
    (talks,) = [e for e in found if e.kind is Kind.TALKS]
    assert talks.title == "Talks: Somphone Vilay, Anan Srisuk"
    (committee,) = events("The 2nd meeting of the Joint Committee on Defence on 3 April was held here.")
    assert committee.title == "2nd meeting of the Joint Committee on Defence"


def test_a_surname_spelt_as_an_english_word_is_a_name() -> None:
    """'President To Lam' (Tô Lâm unaccented) is a person, as 'He Weidong' is."""
    (call,) = events(
        "Vietnamese President To Lam held phone talks with Russian President Ivan Petrov on Monday evening."
    )
    assert [(p.name, p.country) for p in call.participants] == [("To Lam", "Viet Nam"), ("Ivan Petrov", "Russia")]


def test_initials_resolve_to_the_full_name_told_before() -> None:
    """'S. Petrov' in a quoted statement is the 'Sergei Petrov' of the lead, not a second person."""
    (call,) = events(
        "Russian Defence Minister Sergei Petrov has spoken with US Secretary of Defense Lloyd Carter by phone, "
        'the ministry said on Thursday.\n\n"On April 10, Defence Minister S. Petrov and Secretary of Defense '
        'L. Carter held talks by phone," the statement said.'
    )
    assert [p.name for p in call.participants] == ["Sergei Petrov", "Lloyd Carter"]


def test_a_middle_initial_stays_inside_the_name() -> None:
    """'Gen. Charles A. Moore' is one person, though 'A' alone is the article."""
    (ceremony,) = events(
        "Army commander Gen. Adi Nugroho, along with Gen. Charles A. Moore, the commander of the US Army Pacific, "
        "opened the exercise with a ceremony in Vientiane on Wednesday."
    )
    assert [p.name for p in ceremony.participants] == ["Adi Nugroho", "Charles A. Moore"]


def test_an_office_after_the_name_may_run_on_with_of() -> None:
    """'X, deputy chief of General Staff of the army, met Y': X holds the office and takes part."""
    (meeting,) = events(
        "Wang Lijun, deputy chief of General Staff of the Chinese People's Liberation Army, met Cambodian "
        "Defence Minister Sok Vanna in Beijing on Thursday."
    )
    assert [(p.name, p.title) for p in meeting.participants] == [
        ("Wang Lijun", "deputy chief of General Staff"),
        ("Sok Vanna", "Defence Minister"),
    ]


def test_a_closing_reporter_with_his_office_is_not_in_the_event() -> None:
    """'..., Ivan Sidorov, head of the ministry's cooperation department, said on Monday': he reports it."""
    (meeting,) = events(
        "Defence Ministers Sergei Petrov of Russia and Pavel Lukin of Belarus met in Minsk, Ivan Sidorov, "
        "head of the Belarusian defence ministry's cooperation department, said on Thursday."
    )
    assert [p.name for p in meeting.participants] == ["Sergei Petrov", "Pavel Lukin"]


def test_a_visit_dated_by_its_end_takes_the_length_and_place_told_before() -> None:
    """'is on a two-day visit to Malaysia ... During his visit, which ends today': the two days ending today."""
    (visit,) = events(
        "Defence Minister Tan Boon Huat is on a two-day visit to Malaysia to speak at a security forum.\n\n"
        "He will also tour an exhibition.\n\n"
        "The forum brings together ministers and academics.\n\n"
        "During his visit, which ends today, Dr Tan will be accompanied by Permanent Secretary Lim Kok Wah."
    )
    assert (visit.kind, visit.when.iso()) == (Kind.VISIT, "2025-04-09/2025-04-10")
    assert visit.where == Place("Malaysia", "Malaysia")
    assert [p.name for p in visit.participants] == ["Tan Boon Huat"]


def test_a_host_minister_who_accompanies_the_guest_takes_part() -> None:
    """'accompanied by Senior Defence Minister Y' of the host country: Y is in the call, not the guest's staff."""
    (call,) = events(
        "Indonesian Defence Minister Adi Nugroho will pay a courtesy call on Lao Prime Minister Somsak Inthavong "
        "tomorrow, and be accompanied by Lao Defence Minister Somphone Vilay."
    )
    assert [p.name for p in call.participants] == ["Adi Nugroho", "Somsak Inthavong", "Somphone Vilay"]


def test_talking_over_the_phone_is_a_phone_call() -> None:
    """'talked over the phone with his counterpart on April 8': a phone call with both."""
    (call,) = events(
        "Defence Minister Phan Van Kien talked over the phone with his Thai counterpart Anan Srisuk on April 8."
    )
    assert (call.kind, call.when.iso()) == (Kind.PHONE_CALL, "2025-04-08")
    assert [p.name for p in call.participants] == ["Phan Van Kien", "Anan Srisuk"]


def test_an_event_dated_only_by_its_end_ends_the_event_told_before() -> None:
    """'Live-fire exercises will last through to 19 April' after drills that began yesterday: one exercise."""
    found = events(
        "Lao and Thai troops commenced joint drills in Savannakhet province yesterday under the Mekong-2025 "
        "program.\n\nLive-fire exercises will last through to 19 April, while a cultural program is scheduled."
    )
    assert [(e.kind, e.when.iso()) for e in found] == [(Kind.EXERCISE, "2025-04-09/2025-04-19")]


def test_a_closing_attribution_at_an_event_does_not_date_what_was_said() -> None:
    """'..., said the minister at the ceremony': the summit he spoke of was not held at the ceremony."""
    found = events(
        "Lao Defence Minister Somphone Vilay attended the handover ceremony on Wednesday.\n\n"
        "Laos will carry out the outcomes of the recently concluded ASEAN-China Special Summit to mark 30 years "
        "of ASEAN-China Dialogue Relations, said the minister at the ceremony."
    )
    assert [e.kind for e in found] == [Kind.CEREMONY]


def test_additionally_goes_on_about_the_event_just_told() -> None:
    """'Additionally, X inspected the guards of honour' after a dated meeting: a ceremony that day."""
    found = events(
        "During the meeting in Vientiane on Tuesday, army chief Gen. Adi Nugroho and his counterpart Gen. Somsak "
        "Vong discussed defence cooperation. Additionally, Adi inspected the tri-service guards of honour."
    )
    (ceremony,) = [e for e in found if e.kind is Kind.CEREMONY]
    assert ceremony.when.iso() == "2025-04-08"
    assert [p.name for p in ceremony.participants] == ["Adi Nugroho"]


def test_a_bare_plural_names_a_kind_of_occasion_not_one_held_that_day() -> None:
    """'support at multilateral forums', 'joint exercises' in a sentence that goes on about a meeting: no events."""
    found = events(
        "Defence Minister Phan Van Kien met Lao Defence Minister Somphone Vilay in Hanoi on Tuesday.\n\n"
        "The two ministers also agreed to boost support for each other at multilateral forums and in joint "
        "exercises.\n\nThey also held talks on border cooperation."
    )
    assert sorted(e.kind.value for e in found) == ["meeting", "talks"]


def test_a_deed_told_right_after_a_dated_event_took_place_at_it() -> None:
    """'... attended the handover ceremony on Tuesday evening. A and B signed the handover document.'"""
    found = events(
        "Lao Defence Minister Somphone Vilay and Chinese Ambassador Wang Lin attended the handover ceremony held on "
        "Tuesday evening.\n\nChinese defence attache Li Ming and Lao Deputy Defence Minister Khamsing Vong signed "
        "the handover document.\n\nTwo agreements on training were signed."
    )
    signings = [e for e in found if e.kind is Kind.SIGNING]
    assert [(e.when.iso(), [p.name for p in e.participants]) for e in signings] == [
        ("2025-04-08", ["Li Ming", "Khamsing Vong"])
    ]


def test_an_undated_deed_two_sentences_on_is_not_dated() -> None:
    """Only the sentence right after a dated event is tied to it: a deed further on stays undated."""
    found = events(
        "Lao Defence Minister Somphone Vilay attended the handover ceremony held on Tuesday evening.\n\n"
        "The supplies include masks and test kits.\n\n"
        "Laos and Vietnam signed a defence cooperation agreement."
    )
    assert [e.kind for e in found] == [Kind.CEREMONY]


def test_a_region_the_gazetteer_lacks_is_the_place_with_its_country() -> None:
    """'in the Primorsky Region of the Russian Far East': the region, in Russia; 'in the Ministry' is no region."""
    found = events(
        "Lao and Russian troops commenced joint drills in the Primorsky Region of the Russian Far East yesterday.\n\n"
        "A forum was held in the Ministry of Defence on Monday."
    )
    (exercise,) = [e for e in found if e.kind is Kind.EXERCISE]
    (forum,) = [e for e in found if e.kind is Kind.CONFERENCE]
    assert exercise.where == Place("Primorsky Region", "Russia")
    assert forum.where is None or forum.where.name != "Ministry of Defence"


def test_an_office_held_at_an_embassy_in_a_country_is_a_title() -> None:
    """'Defence attache of the Chinese embassy in Laos Li Ming': a titled person, from China."""
    (signing,) = events(
        "Defence attache of the Chinese embassy in Laos Li Ming and Lao Deputy Defence Minister Khamsing Vong "
        "signed the handover document on Tuesday."
    )
    assert [(p.name, p.country) for p in signing.participants] == [("Li Ming", "China"), ("Khamsing Vong", "Laos")]


def test_signed_before_a_noun_is_what_was_signed_not_a_signing() -> None:
    """'in line with signed international agreements' in a dated sentence names no signing."""
    found = events("The visit on Tuesday will foster trust in line with signed international agreements.")
    assert [e.kind for e in found] == [Kind.VISIT]


def test_who_invites_someone_to_an_event_is_not_in_it_for_that() -> None:
    """'He invited Minister Y to attend the conference': Y is in the conference, the inviter is not said to be."""
    found = events(
        "Defence Minister Phan Van Kien held phone talks with his Thai counterpart Anan Srisuk on April 8.\n\n"
        "He invited Minister Anan to attend the ADMM slated to be held online from May 9 to 11."
    )
    (conference,) = [e for e in found if e.kind is Kind.CONFERENCE]
    assert [p.name for p in conference.participants] == ["Anan Srisuk"]


def test_a_meeting_during_the_visitors_trip_is_where_the_trip_is() -> None:
    """'X discussed ... during his working visit to Laos. Earlier, on Monday, X also met Y.': in Laos."""
    text = (
        " date 2025-04-10\n\nHANOI (VNA) — Defence Minister Phan Van Kien held talks with Lao officials during his "
        "working visit to Laos.\n\nEarlier, on Monday, Minister Phan Van Kien also met with Lao Defence Minister "
        "Somphone Vilay."
    )
    found = timeline.extract(timeline.parse_article(text))
    (meeting,) = [e for e in found if e.kind is Kind.MEETING]
    assert (meeting.when.iso(), meeting.where) == ("2025-04-07", Place("Laos", "Laos"))


def test_a_ceremony_for_a_deployment_is_one_ceremony() -> None:
    """'hosted the send-off ceremony of the peacekeeping contingent ... on Monday': a ceremony, that Monday."""
    (ceremony,) = events(
        "Laos hosted the send-off ceremony of the peacekeeping contingent to Abyei in Vientiane on Monday."
    )
    assert (ceremony.kind, ceremony.when.iso()) == (Kind.CEREMONY, "2025-04-07")


def test_a_future_verb_far_before_its_weekday_still_looks_forward() -> None:
    """'will hold a three-way meeting with ... in the Australian city of Darwin on Sunday': the coming Sunday."""
    (meeting,) = events(
        "Japanese Defense Minister Kenji Sato will hold a three-way meeting with his counterparts from the United "
        "States and Australia in the northern Australian city of Darwin on Sunday."
    )
    assert (meeting.when.iso(), meeting.status.value) == ("2025-04-13", "planned")


def test_an_announcement_in_the_past_tense_is_reported_though_it_announces_a_plan() -> None:
    """'X and Y will hold talks in mid-May, a spokesman announced Thursday': the announcement is reported."""
    found = events(
        "China and Laos will hold the 5th annual defence consultative talks in mid-May in Vientiane, a Chinese "
        "defence ministry spokesman announced Thursday."
    )
    (statement,) = [e for e in found if e.kind is Kind.STATEMENT]
    assert (statement.when.iso(), statement.status.value) == ("2025-04-10", "reported")


def test_a_headline_line_does_not_lend_its_tense_to_the_caption_under_it() -> None:
    """A headline 'to be held this month' above 'X speaks at the press conference on April 10': reported."""
    text = (
        " date 2025-04-10\nFirst border friendship exchange to be held this month\nMajor General Tran Van Nam "
        "speaks at the press conference in Hanoi on April 10. (Photo: VNA)\n\nHanoi (VNA) – The exchange is slated "
        "for late April."
    )
    found = timeline.extract(timeline.parse_article(text))
    (statement,) = [e for e in found if e.kind is Kind.STATEMENT]
    assert statement.status.value == "reported"


def test_a_photo_position_in_a_caption_is_no_dateline() -> None:
    """'Defence Minister X (right) greets President Y ...' above 'KUALA LUMPUR, Dec 19 —': X greets Y."""
    text = (
        " date 2018-12-19\nDefence Minister Ahmad Yusof (right) greets Turkish President Mehmet Demir during their "
        "meeting today. (Photo: Bernama)\n\nKUALA LUMPUR, Dec 19 — Security issues were raised today."
    )
    article = timeline.parse_article(text)
    assert article.dateline == Place("Kuala Lumpur", "Malaysia")
    (meeting,) = timeline.extract(article)
    assert [p.name for p in meeting.participants] == ["Ahmad Yusof", "Mehmet Demir"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "accompanied by" stops at its sentence's end
            (
                "Defence Minister Phan Van Kien arrived in Vientiane on April 9, accompanied by a high-ranking "
                "delegation. On April 10, Lao Defence Minister Somphone Vilay held talks with him at the ministry."
            ),
            [("talks", "2025-04-10", ["Somphone Vilay"]), ("visit", "2025-04-09", ["Phan Van Kien"])],
        ),
        (  # "... and signed" is a signing
            (
                "Defence Minister Phan Van Kien and his Thai counterpart Anan Srisuk held talks on April 9 and signed "
                "an agreement on training."
            ),
            [
                ("signing", "2025-04-09", ["Phan Van Kien", "Anan Srisuk"]),
                ("talks", "2025-04-09", ["Phan Van Kien", "Anan Srisuk"]),
            ],
        ),
        (  # who was invited to attend, attended
            (
                "Deputy Defence Minister Tran Van Nam, who was invited by the Thai side to attend the regional defence "
                "forum, delivered a speech at the forum in Bangkok on April 9."
            ),
            [("conference", "2025-04-09", ["Tran Van Nam"])],
        ),
        (  # an office-less list before ", said the ministry" keeps every name
            (
                "Defence Minister Ivan Petrov met with Belarusian Defence Minister Pavel Lukin, Chinese Defence Minister "
                "Wang Lijun and Kazakh Defence Minister Ruslan Bekov in Moscow on Wednesday, said the ministry."
            ),
            [("meeting", "2025-04-09", ["Ivan Petrov", "Pavel Lukin", "Wang Lijun", "Ruslan Bekov"])],
        ),
    ],
)
def test_the_sessions_rules_do_not_misfire_on_ordinary_sentences(
    body: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    """Sentences a review wrote against this session's rules: each came out wrong before it was fixed."""
    found = events(body)
    assert sorted((e.kind.value, e.when.iso(), [p.name for p in e.participants]) for e in found) == expected


def test_a_mixed_case_dateline_with_an_unknown_outlet_is_still_read() -> None:
    """'Cam Lo (Nhan Dan) – ...': a dateline, since a dash follows the bracket ('(right) greets' has none)."""
    article = timeline.parse_article(
        " date 2025-04-10\n\nCam Lo (Nhan Dan) – Minister Tran Van Nam attended a ceremony."
    )
    assert article.dateline is not None
    assert article.dateline.name == "Cam Lo"


def test_an_invitation_to_visit_is_no_visit_even_after_additionally() -> None:
    """'Additionally, X has been invited to visit Y' goes on about the talks, but names no visit that took place."""
    found = events(
        "Lao Defence Minister Somphone Vilay held talks with his Vietnamese counterpart Phan Van Kien in Vientiane "
        "on Tuesday. Additionally, Kien has been invited to visit Luang Prabang."
    )
    assert [e.kind for e in found] == [Kind.TALKS]


def test_a_deed_set_at_another_time_is_not_dated_by_the_event_told_before() -> None:
    """'X previously visited Malaysia' right after X's dated courtesy call is an earlier trip, not that day."""
    found = events(
        "Australian Defence Minister Tom Hadley paid a courtesy call on Prime Minister Aziz Rahman in Putrajaya "
        "on Wednesday. Hadley previously visited Malaysia as trade minister."
    )
    assert [e.kind for e in found] == [Kind.MEETING]


def test_a_site_visited_on_one_day_of_a_trip_is_that_day_only() -> None:
    """'On April 9, X visited the Military Region 4 Command' during a three-day visit: April 9, not April 9-11.

    The arrival told after it still starts the three days.
    """
    found = events(
        "Vietnamese Defence Minister Phan Van Kien is on a three-day visit to Laos. "
        "On April 9, Kien visited the Military Region 4 Command.\n\n"
        "Kien arrived in Vientiane on Wednesday."
    )
    assert [(e.kind, e.when.iso()) for e in found] == [
        (Kind.VISIT, "2025-04-09"),
        (Kind.VISIT, "2025-04-09/2025-04-11"),
    ]


def test_which_will_take_place_dates_the_event_it_follows() -> None:
    """'within the exercise, which will take place on June 18-28 and will involve ...': the exercise's days."""
    (exercise,) = events(
        "The navy has begun deploying forces within the exercise, which will take place on April 10-20 and will "
        "involve about 30 ships, the navy press office said."
    )
    assert (exercise.kind, exercise.when.iso()) == (Kind.EXERCISE, "2025-04-10/2025-04-20")


def test_welcoming_a_guest_is_a_meeting() -> None:
    """'..., the minister said while welcoming the new ambassador in Vientiane on Tuesday'."""
    (meeting,) = events(
        "Laos values its ties with Japan, Defence Minister Somphone Vilay said while welcoming new Japanese "
        "Ambassador Kenji Sato in Vientiane on Tuesday."
    )
    assert (meeting.kind, meeting.when.iso()) == (Kind.MEETING, "2025-04-08")
    assert [p.name for p in meeting.participants] == ["Somphone Vilay", "Kenji Sato"]


def test_an_event_dated_by_its_report_takes_the_day_its_next_telling_gives() -> None:
    """'has held talks ..., his office said Thursday. During the talks, which took place on Wednesday, ...'."""
    found = events(
        "Defence Minister Somphone Vilay has held talks with his Thai counterpart Anan Srisuk, his office said "
        "Thursday. During the talks, which took place in Bangkok on Wednesday, they agreed to expand training."
    )
    (talks,) = [e for e in found if e.kind is Kind.TALKS]
    assert talks.when.iso() == "2025-04-09"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("in the Australian city of Darwin", Place("Darwin", "Australia")),
        ("in the Lao province of Bokeo", Place("Bokeo", "Laos")),
        ("in the Thai town of Mae Sot", Place("Mae Sot", "Thailand")),
    ],
)
def test_a_place_introduced_by_its_countrys_adjective_is_the_place_not_the_adjective(words: str, place: Place) -> None:
    """'in the Australian city of Darwin' is Darwin, in Australia; it was 'Australian'."""
    (exercise,) = events(f"The joint drill was held {words} on Sunday.")
    assert exercise.where == place


def test_an_occasion_told_after_a_dated_lead_takes_the_leads_day() -> None:
    """'X affirmed on April 8.' then 'At a meeting in Vientiane with Y, X briefed ...': the meeting was that day."""
    found = events(
        "Vietnamese and Lao armies will always stand side by side, Deputy Defence Minister Sen. Lieut. Gen. "
        "Hoang Van Minh affirmed on April 8.\n\n"
        "At a meeting in Vientiane with Lao Defence Minister Gen. Somphone Vilay, Minh briefed his host on "
        "the plan for the friendship year."
    )
    (meeting,) = [e for e in found if e.kind is Kind.MEETING]
    assert meeting.when.iso() == "2025-04-08"
    assert meeting.sources[0].basis is timeline.DateBasis.INFERRED
    assert {p.name for p in meeting.participants} == {"Hoang Van Minh", "Somphone Vilay"}


def test_an_exercise_held_in_a_year_is_dated_to_that_year_in_its_country() -> None:
    """'The joint exercise was held in 2019 at ... in Laos': 2019, in Laos, not at the dateline's city."""
    (exercise,) = events("The first joint exercise was held in 2019 at a training ground in Laos.")
    assert (exercise.kind, exercise.when.iso()) == (Kind.EXERCISE, "2019")
    assert exercise.where == Place("Laos", "Laos")


def test_a_verb_after_its_subject_or_day_is_no_title() -> None:
    """'The two ministers on Thursday visited the border gate': not 'Thursday visited'."""
    (visit,) = events("The two ministers on Thursday visited the border gate.")
    assert visit.title == "Visit"


def test_the_agenda_of_a_coming_trip_is_dated_by_the_trip() -> None:
    """A coming visit told with its days, then what the visitor 'will' and 'is scheduled to' do on it."""
    found = events(
        "Indian Defence Minister Arun Mehta will pay an official visit to Laos from April 15 to 17.\n\n"
        "WHAT IS ON THE AGENDA\n\n"
        "Mehta will begin his visit by paying respects to the late former Lao President Kaysone Phomvihane at "
        "his museum. He is also scheduled to call on Prime Minister Somsak Inthavong.\n\n"
        "He will preside over the handing over ceremony of 12 patrol boats built with Indian credit."
    )
    by_kind = {e.kind: e for e in found}
    assert len(found) == len(by_kind) == 3
    assert {(k, e.when.iso(), e.status.value) for k, e in by_kind.items()} == {
        (Kind.VISIT, "2025-04-15/2025-04-17", "planned"),
        (Kind.MEETING, "2025-04-15/2025-04-17", "planned"),
        (Kind.CEREMONY, "2025-04-15/2025-04-17", "planned"),
    }
    assert [p.name for p in by_kind[Kind.MEETING].participants] == ["Arun Mehta", "Somsak Inthavong"]
    assert by_kind[Kind.CEREMONY].title == "Ceremony: Arun Mehta"


def test_what_a_past_visitor_will_do_is_not_put_on_a_past_trip() -> None:
    """A guard: the agenda rule needs a trip still to come; after a past visit, "He will ..." is not dated by it."""
    found = events(
        "Indian Defence Minister Arun Mehta paid an official visit to Laos from April 1 to 3.\n\n"
        "India has been a close partner of Laos for decades. Trade between them keeps growing. "
        "Both are members of several regional bodies.\n\n"
        "He will preside over the handing over ceremony of 12 patrol boats built with Indian credit."
    )
    assert [e.kind for e in found] == [Kind.VISIT]


def test_run_together_ranks_title_a_name_and_end_no_sentence() -> None:
    """'MGen Jay Reed, US Exercise Director and MGen. Carlo Reyes, ...': two ranked names in one sentence."""
    found = events(
        "MGen Jay Reed, US Exercise Director and MGen. Carlo Reyes, Philippine Exercise Director, unfurl the flag "
        "during the opening ceremony at Camp Aguinaldo on Monday."
    )
    (ceremony,) = [e for e in found if e.kind is Kind.CEREMONY]
    assert ceremony.sources[0].sentence.startswith("MGen Jay Reed")
    assert "Jay Reed" in [p.name for p in ceremony.participants]


def test_an_office_named_without_a_name_is_who_holds_it() -> None:
    """'The Defence Minister and External Affairs Minister X arrived': the defence minister named before, and X."""
    found = events(
        "Union Defence Minister Arun Mehta on Tuesday held talks with US Secretary of Defense Carl Dane.\n\n"
        "The Defence Minister and External Affairs Minister Ravi Nair arrived in Washington on Monday."
    )
    (visit,) = [e for e in found if e.kind is Kind.VISIT]
    assert [p.name for p in visit.participants] == ["Arun Mehta", "Ravi Nair"]


def test_who_invited_a_visitor_is_not_on_the_visit_but_holds_the_talks_with_him() -> None:
    """'... at the invitation of Laos's minister of national defence, General Y. The two will hold talks.'"""
    found = events(
        "Indian Defence Minister Arun Mehta will pay an official visit to Laos from April 15 to 17 at the "
        "invitation of Laos's minister of national defence, General Somphone Vilay. The two will hold bilateral "
        "talks on defence cooperation."
    )
    by_kind = {e.kind: e for e in found}
    assert [p.name for p in by_kind[Kind.VISIT].participants] == ["Arun Mehta"]
    assert [p.name for p in by_kind[Kind.TALKS].participants] == ["Arun Mehta", "Somphone Vilay"]


def test_pm_is_an_office_before_a_name() -> None:
    """'PM Modi and US counterpart President Joe Biden held virtual talks': both took part."""
    (call,) = events("PM Narendra Modi and US counterpart President Joe Biden held virtual talks on Monday.")
    assert [p.name for p in call.participants] == ["Narendra Modi", "Joe Biden"]


def test_a_paragraph_opening_on_earlier_goes_back_to_the_main_events_day() -> None:
    """'Earlier, X hosted Y to breakfast', five sentences after the main meeting: that day too."""
    found = events(
        "Undersecretary Cardo Lim called on Defence Minister Tan Boon Kiat at the Defence Ministry on Wednesday.\n\n"
        "They were here for a regional symposium. Both sides reaffirmed their warm relations. "
        "They discussed the terrorist threat in the region. Dr Tan thanked Mr Lim for his keynote speech.\n\n"
        "Earlier, Dr Tan hosted his Indonesian counterpart Gen. Budi Santoso to breakfast."
    )
    breakfast = [e for e in found if "Budi Santoso" in [p.name for p in e.participants]]
    assert [(e.kind, e.when.iso(), e.sources[0].basis.value) for e in breakfast] == [
        (Kind.MEETING, "2025-04-09", "inferred")
    ]


def test_a_ceremony_first_told_as_where_someone_spoke_is_an_event_of_the_day() -> None:
    """'Speaking at the departure ceremony held at the airport, Gen. X said ...' after a dated deployment."""
    found = events(
        "Laos on Tuesday dispatched 120 peacekeepers to join a United Nations mission in South Sudan.\n\n"
        "Speaking at the departure ceremony held at Wattay International Airport, Gen. Somphone Vilay said the "
        "troops would replace the previous group."
    )
    (ceremony,) = [e for e in found if e.kind is Kind.CEREMONY]
    assert ceremony.when.iso() == "2025-04-08"
    assert [p.name for p in ceremony.participants] == ["Somphone Vilay"]


def test_the_subject_after_an_opening_phrase_is_who_he_is_next() -> None:
    """'Prior to the welcome ceremony, PM Chinh laid wreaths ... He will also join PM Hun Sen': He is Chinh.

    The statue of someone honours them; it does not make them a participant.
    """
    found = events(
        "Prime Minister Pham Minh Chinh arrived in Vientiane on Tuesday morning.\n\n"
        "Prior to the welcome ceremony, PM Chinh laid wreaths at the Statue of King Father Norodom Sihanouk. "
        "He will also join PM Sonexay Siphandone in a business forum."
    )
    forum = next(e for e in found if e.kind is Kind.CONFERENCE)
    assert [p.name for p in forum.participants] == ["Pham Minh Chinh", "Sonexay Siphandone"]
    wreaths = next(e for e in found if e.kind is Kind.CEREMONY)
    assert [p.name for p in wreaths.participants] == ["Pham Minh Chinh"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister Arun Mehta would be in the US from 15 to 19 April.", ("2025-04-15/2025-04-19", "United States")),
        ("Minister Arun Mehta was in Seoul this week.", ("2025-04-07/2025-04-13", "Seoul")),
    ],
)
def test_being_in_a_place_on_a_date_is_a_visit(sentence: str, expected: tuple[str, str]) -> None:
    """'X would be in the US from 15 to 19 April', 'X was in Seoul this week': visits."""
    visit = next(e for e in events(sentence) if e.kind is Kind.VISIT)
    assert (visit.when.iso(), visit.where.name if visit.where else None) == expected
    assert [p.name for p in visit.participants] == ["Arun Mehta"]
    assert visit.title == "Visit: Arun Mehta"


def test_being_in_is_no_visit_without_a_place_and_be_is_still_a_surname() -> None:
    """A guard: 'was in its third day' is no visit; 'Be Xuan Truong' stays a name though 'be in' is a phrase."""
    found = events(
        "The exercise was in its third day on Monday. Deputy Minister Be Xuan Truong received the Lao "
        "delegation on Tuesday."
    )
    assert Kind.VISIT not in [e.kind for e in found]
    meeting = next(e for e in found if e.kind is Kind.MEETING)
    assert [p.name for p in meeting.participants][:1] == ["Be Xuan Truong"]


def test_a_length_before_the_day_it_ended_counts_back() -> None:
    """'the three-day Seoul Defense Dialogue, which ended Thursday': Tuesday to Thursday, not Thursday onwards."""
    found = events("Minister Arun Mehta was in Seoul this week to attend the three-day forum, which ended Thursday.")
    forum = next(e for e in found if e.kind is Kind.CONFERENCE)
    assert forum.when.iso() == "2025-04-08/2025-04-10"


def test_what_is_done_during_a_visit_told_in_the_same_sentence_spans_the_visit() -> None:
    """'During his two-day visit that began Monday, X also met Y': the visit's two days, not the day told before."""
    found = events(
        "South Korean Defence Minister Park Min-soo spoke at a forum in Vientiane on Tuesday.\n\n"
        "During his two-day visit that began Monday, Park also met Lao Deputy Prime Minister Somphone Vilay."
    )
    meeting = next(e for e in found if e.kind is Kind.MEETING)
    assert (meeting.when.iso(), meeting.sources[0].basis.value) == ("2025-04-07/2025-04-08", "inferred")


def test_a_visit_abroad_by_the_datelines_own_people_is_not_placed_at_the_dateline() -> None:
    """'SEOUL -- During his two-day visit that began Thursday, South Korean minister X ...': not in Seoul."""
    article = timeline.parse_article(
        " date 2025-04-11\n\nSEOUL, April 11 (Yonhap) -- During his two-day visit that began Thursday, South Korean "
        "Defense Minister Park Min-soo met Indian National Security Adviser Ravi Nair."
    )
    visit = next(e for e in timeline.extract(article) if e.kind is Kind.VISIT)
    assert visit.when.iso() == "2025-04-10/2025-04-11"
    assert visit.where is None


def test_what_is_also_on_schedule_is_part_of_the_coming_programme() -> None:
    """A coming border exchange of several days, then '... are also on schedule': planned, on its days.

    A "signing ceremony" is one signing.
    """
    found = events(
        "The first Laos-Vietnam border friendship exchange is slated for April 22-25 in Xiengkhouang province.\n\n"
        "The information was released at a press conference in Vientiane on Thursday. The exchange is expected "
        "to strengthen trust between the two armies. Border guards of both sides will plant friendship trees.\n\n"
        "A joint military medical exercise as well as a signing ceremony of cooperation documents are also on "
        "schedule."
    )
    kinds = {e.kind: e for e in found}
    assert Kind.CEREMONY not in kinds
    for kind in (Kind.EXERCISE, Kind.SIGNING):
        assert (kinds[kind].when.iso(), kinds[kind].status.value) == ("2025-04-22/2025-04-25", "planned")


def test_an_exercise_dubbed_with_a_year_took_place_that_year() -> None:
    """'The first joint exercises, dubbed Laros 2019, were held at ...': 2019; not when it was postponed."""
    (exercise,) = events("The first joint military exercises, dubbed Laros 2019, were held at a training school.")
    assert (exercise.kind, exercise.when.iso()) == (Kind.EXERCISE, "2019")
    assert events("The joint exercise, code-named Golden Dragon 2020, was postponed.") == []


def test_starting_work_as_minister_is_an_appointment_of_a_member_of_parliament() -> None:
    """'Bera Member of Parliament Datuk Seri X started work as defence minister today': X's appointment."""
    article = timeline.parse_article(
        " date 2025-04-10\n\nKUALA LUMPUR, April 10 — Bera Member of Parliament Datuk Seri Ismail Rahman started "
        "work as defence minister today."
    )
    (appointment,) = timeline.extract(article)
    assert (appointment.kind, appointment.when.iso()) == (Kind.APPOINTMENT, "2025-04-10")
    assert [p.name for p in appointment.participants] == ["Ismail Rahman"]


@pytest.mark.parametrize("words", ["took their oath as ministers", "were sworn in as ministers"])
def test_taking_the_oath_is_an_appointment(words: str) -> None:
    """'X and Y took their oath as ... last Tuesday' (in a Thursday paper): both took office that Tuesday."""
    (appointment,) = events(f"Defence Minister Somphone Vilay and Deputy Minister Kham Sing {words} last Tuesday.")
    assert (appointment.kind, appointment.when.iso()) == (Kind.APPOINTMENT, "2025-04-08")
    assert [p.name for p in appointment.participants] == ["Somphone Vilay", "Kham Sing"]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Vietnamese Defence Minister Phan Van Kien, who is on a working visit to Laos, met Lao Prime Minister "
            "Somsak Inthavong on Wednesday."
        ),
        (
            "Lao Prime Minister Somsak Inthavong on Wednesday received Vietnamese Defence Minister Phan Van Kien, "
            "who is on an official visit to Laos."
        ),
    ],
)
def test_a_visit_told_as_under_way_is_dated_by_the_sentences_day(sentence: str) -> None:
    """'X, who is on a working visit to Laos, met Y on Wednesday': X's visit, that Wednesday (inferred)."""
    visit = next(e for e in events(sentence) if e.kind is Kind.VISIT)
    assert (visit.when.iso(), visit.sources[0].basis.value) == ("2025-04-09", "inferred")
    assert [p.name for p in visit.participants] == ["Phan Van Kien"]


def test_a_visit_under_way_is_dated_by_what_the_visitor_does_next() -> None:
    """'X is on an official visit to Laos. On Wednesday, X met Y': the visit, that Wednesday (inferred)."""
    found = events(
        "Vietnamese Defence Minister Phan Van Kien is on a three-day official visit to Laos. On Wednesday, Kien met "
        "Lao Prime Minister Somsak Inthavong in Vientiane."
    )
    visit = next(e for e in found if e.kind is Kind.VISIT)
    assert (visit.when.iso(), visit.sources[0].basis.value) == ("2025-04-09", "inferred")
    past = events(
        "Defence Minister Phan Van Kien paid an official visit to Laos. Kien met Somsak Inthavong on Wednesday."
    )
    assert Kind.VISIT not in [e.kind for e in past]  # a visit told in the past is not under way


_REVIEW_MISFIRES = [
    (  # "At the invitation of the <body>," keeps the visitor
        (
            "At the invitation of the Lao government, Vietnamese Defence Minister Phan Van Kien paid an official visit to "
            "Laos from April 7 to 9."
        ),
        [("visit", "2025-04-07/2025-04-09", ["Phan Van Kien"])],
    ),
    (  # a name's year gives way to the sentence's own day
        "The drills, code-named Joint Sea 2025, opened in Zhanjiang on Tuesday.",
        [("exercise", "2025-04-08", [])],
    ),
    (  # ... and to its range, still to come
        "The joint exercise, dubbed Balikatan 2025, will run from April 21 to May 9.",
        [("exercise", "2025-04-21/2025-05-09", [])],
    ),
    (  # a stay since a year is no visit
        "Vietnamese peacekeepers have been in South Sudan since 2018, the ministry said on Tuesday.",
        [],
    ),
    (  # ships somewhere are no one's visit
        "Japanese destroyers were in the South China Sea on Tuesday, Chinese state media said.",
        [],
    ),
    (  # being somewhere for an event does not swallow the event
        "Lt. Gen. Kim Myung-soo was in Hawaii on Tuesday for the change-of-command ceremony.",
        [("ceremony", "2025-04-08", ["Kim Myung-soo"])],
    ),
    (  # welcoming a thing is no meeting
        "Vietnam issued a statement on Tuesday welcoming the ministers' agreement on a ceasefire.",
        [("statement", "2025-04-08", [])],
    ),
    (  # someone else's plans are not on the coming visit
        (
            "Lao Defence Minister Chansamone Chanyalath will pay an official visit to Vietnam from April 20 to 22. The "
            "visit aims to deepen ties. Laos values its partners. Trade grew last year. Prime Minister Sonexay "
            "Siphandone will also visit China and meet President Xi Jinping."
        ),
        [("visit", "2025-04-20/2025-04-22", ["Chansamone Chanyalath"])],
    ),
    (  # "Earlier," does not go forward to a coming visit
        (
            "Lao Defence Minister Chansamone Chanyalath will pay an official visit to Vietnam on April 20. Earlier, "
            "Chansamone met Vietnamese Ambassador Nguyen Minh Tam in Vientiane."
        ),
        [("visit", "2025-04-20", ["Chansamone Chanyalath"])],
    ),
    (  # an occasion with a year of its own is not the lead's day
        (
            "Defence cooperation is strong, Deputy Defence Minister Hoang Xuan Chien said on April 8. At the 2024 meeting "
            "in Phnom Penh, the two sides agreed to hold annual dialogues."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _REVIEW_MISFIRES)
def test_a_review_of_this_sessions_rules_found_no_misfire_left(
    body: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    """Sentences a second review wrote against the rules added with heldout8 and heldout10: all came out wrong."""
    found = events(body)
    assert sorted((e.kind.value, e.when.iso(), [p.name for p in e.participants]) for e in found) == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Minister Arun Mehta will hold a three-way meeting with his counterparts in Darwin on Sunday.",
            Kind.CONFERENCE,
        ),
        ("The ministers spoke at the CIS Defense Ministers' Council meeting in Almaty on Friday.", Kind.CONFERENCE),
        ("The ASEAN defence chiefs held a bilateral meeting on Tuesday.", Kind.MEETING),
        ("Minister Arun Mehta met Lao Defence Minister Somphone Vilay in Vientiane on Tuesday.", Kind.MEETING),
    ],
)
def test_a_meeting_of_many_parties_is_a_conference(sentence: str, kind: Kind) -> None:
    """'a three-way meeting', 'the CIS Defense Ministers' Council meeting': conferences; a bilateral one is not."""
    assert [e.kind for e in events(sentence)] == [kind]


def test_meetings_held_one_by_one_are_one_meeting_per_counterpart() -> None:
    """'X on Tuesday held meetings with his Thai counterpart A and Cambodian counterpart B': two meetings."""
    found = events(
        "Lao Defence Minister Somphone Vilay on Tuesday held meetings with his Thai counterpart Anan Srisuk and "
        "Cambodian counterpart Tea Sokha in Vientiane."
    )
    assert sorted([p.name for p in e.participants] for e in found) == [
        ["Somphone Vilay", "Anan Srisuk"],
        ["Somphone Vilay", "Tea Sokha"],
    ]
    assert {(e.kind, e.when.iso()) for e in found} == {(Kind.MEETING, "2025-04-08")}
    (together,) = events(
        "Lao Defence Minister Somphone Vilay met Thai Minister Anan Srisuk and Cambodian Minister Tea Sokha on Tuesday."
    )
    assert len(together.participants) == 3  # "met" them: one meeting of three


def test_a_done_deed_told_after_a_coming_event_is_reported() -> None:
    """'also held virtual talks' after a meeting scheduled for today: the talks are done, whatever came before."""
    found = events(
        "The Security Council is scheduled to hold a meeting on the border today.\n\n"
        "Meanwhile, Prime Minister Somsak Inthavong and Thai Prime Minister Anan Saetang also held virtual talks "
        "on the border issue."
    )
    (call,) = [e for e in found if e.kind is Kind.PHONE_CALL]
    assert (call.when.iso(), call.status) == ("2025-04-10", timeline.Status.REPORTED)


def test_is_visiting_a_place_on_given_days_is_a_visit_and_frames_what_he_does() -> None:
    """'X is visiting Laos from April 8 to April 10': the visit, and 'As part of his visit, he called on Y' is X's."""
    found = events(
        "Thai Defence Minister Anan Saetang and Lao Defence Minister Somphone Vilay met on Thursday.\n\n"
        "Mr Anan is visiting Laos from April 8 to April 10 to attend the forum. As part of his visit, he also called "
        "on Prime Minister Somsak Inthavong."
    )
    (visit,) = [e for e in found if e.kind is Kind.VISIT]
    assert (visit.when.iso(), [p.name for p in visit.participants]) == ("2025-04-08/2025-04-10", ["Anan Saetang"])
    (call,) = [e for e in found if "Somsak Inthavong" in [p.name for p in e.participants]]
    assert (call.kind, call.when.iso()) == (Kind.MEETING, "2025-04-08/2025-04-10")
    assert [p.name for p in call.participants] == ["Anan Saetang", "Somsak Inthavong"]


def test_two_days_joined_by_and_are_the_events_days() -> None:
    """'visited Thailand on April 1 and 2' is a visit of both days."""
    (visit,) = events("Lao Foreign Minister Somsak Inthavong visited Thailand on April 1 and 2.")
    assert visit.when.iso() == "2025-04-01/2025-04-02"


def test_a_countrys_capital_named_by_its_adjective_is_the_capital() -> None:
    """'arrived in the Nepalese capital' is Kathmandu; 'held in the Lao capital' is Vientiane."""
    (visit,) = events("Thai Army chief General Anan Saetang arrived in the Nepalese capital on Monday.")
    assert visit.where == Place("Kathmandu", "Nepal")


def test_a_malay_title_with_an_apostrophe_is_no_name_and_a_city_named_for_a_man_no_person() -> None:
    """'Dato' Seri X' is X; 'in Ho Chi Minh City' names no one."""
    (call,) = events(
        "Lao Defence Minister Somphone Vilay held video talks with his Malaysian counterpart Dato' Seri Ahmad "
        "Bin Tun Razali on Monday."
    )
    assert [p.name for p in call.participants] == ["Somphone Vilay", "Ahmad Bin Tun Razali"]
    (briefing,) = events(
        "At a press conference in Ho Chi Minh City on Monday, Major General Tran Van Nam spoke about the exchange."
    )
    assert [p.name for p in briefing.participants] == ["Tran Van Nam"]


def test_a_visit_under_way_until_a_coming_day_runs_from_the_paper_to_that_day() -> None:
    """'X is on an official visit to Laos until Saturday' in a Thursday paper: Thursday to Saturday, approximate."""
    (visit,) = events("Thai Defence Minister Anan Saetang is on an official visit to Laos until Saturday.")
    assert (visit.when.iso(), visit.when.approximate) == ("2025-04-10/2025-04-12", True)


def test_calling_on_a_countrys_office_holder_is_a_meeting() -> None:
    """'called on Singapore's Minister for Defence X' names whom he called on, after the country's possessive."""
    (meeting,) = events(
        "The new Thai army chief called on Laos's Minister of National Defence Somphone Vilay on Monday."
    )
    assert (meeting.kind, meeting.when.iso()) == (Kind.MEETING, "2025-04-07")
    assert [p.name for p in meeting.participants] == ["Somphone Vilay"]


def test_courtesy_calls_on_several_office_holders_are_one_meeting_each() -> None:
    """'will call on the President, A, and the Prime Minister, B': two calls, each of the visitor and one host."""
    found = events(
        "Thai Defence Minister Anan Saetang will arrive in Vientiane on Friday. He will also call on President "
        "Thongsing Sayavong and Prime Minister Somsak Inthavong."
    )
    calls = [[p.name for p in e.participants] for e in found if e.kind is Kind.MEETING]
    assert sorted(calls) == [["Anan Saetang", "Somsak Inthavong"], ["Anan Saetang", "Thongsing Sayavong"]]


def test_a_trips_length_told_after_its_dated_arrival_spans_the_days() -> None:
    """'X arrived in Vientiane on Monday. X, who arrived on a three-day visit, ...': Monday to Wednesday."""
    found = events(
        "Thai Army chief General Anan Saetang arrived in Vientiane on Monday. General Anan, who arrived on a "
        "three-day visit, attended the Lao army's parade on Tuesday."
    )
    (visit,) = [e for e in found if e.kind is Kind.VISIT]
    assert visit.when.iso() == "2025-04-07/2025-04-09"


def test_what_is_done_after_a_deed_is_new_and_on_the_day_just_told() -> None:
    """'After inspecting a guard of honour, X called on Y': a call of its own on the day told, not the first call."""
    found = events(
        "Thai Defence Minister Anan Saetang called on Defence Minister Somphone Vilay on Thursday morning.\n\n"
        "After inspecting a guard of honour at the ministry, Mr Anan called on Prime Minister Somsak Inthavong."
    )
    calls = sorted([p.name for p in e.participants] for e in found if e.kind is Kind.MEETING)
    assert calls == [["Anan Saetang", "Somphone Vilay"], ["Anan Saetang", "Somsak Inthavong"]]
    assert {e.when.iso() for e in found} == {"2025-04-10"}


def test_a_lead_printed_again_is_one_event_with_the_longer_days() -> None:
    """A lead repeated as the body's first sentence, then lengthened ('who arrived on a three-day visit'): one visit."""
    lead = "Thai Army chief General Anan Saetang arrived in Vientiane on Monday."
    found = events(f"{lead}\n\n{lead} General Anan, who arrived on a three-day visit, will meet the Lao minister.")
    (visit,) = [e for e in found if e.kind is Kind.VISIT]
    assert visit.when.iso() == "2025-04-07/2025-04-09"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The exercise opened in the northern Thai province of Phitsanulok on Monday.",
            Place("Phitsanulok", "Thailand"),
        ),
        ("The two ministers met in the South Korean city of Pohang on Monday.", Place("Pohang", "South Korea")),
        (
            "The two ministers met in the southern Philippine city of Zamboanga on Monday.",
            Place("Zamboanga", "Philippines"),
        ),
    ],
)
def test_a_country_adjective_before_a_province_or_city_of_x_is_xs_country(sentence: str, expected: Place) -> None:
    """'the northern Thai province of Phitsanulok' is Phitsanulok in Thailand, not a place called 'Thai'."""
    (found,) = events(sentence)
    assert found.where == expected


def test_the_days_news_told_in_the_present_tense_is_reported() -> None:
    """'X (R) meets with Y in Vientiane, April 10, 2025' in an April 10 paper: done, not to come."""
    (meeting,) = events(
        "Lao Defence Minister Somphone Vilay (R) meets with Thai Defence Minister Anan Saetang in Vientiane, "
        "April 10, 2025."
    )
    assert (meeting.when.iso(), meeting.status) == ("2025-04-10", timeline.Status.REPORTED)


def test_a_long_cambodian_honorific_is_stepped_over_to_the_name() -> None:
    """'Prime Minister Samdech Akka Moha Sena Padei Techo Hun Sen received X': Hun Sen received X."""
    (meeting,) = events(
        "Cambodian Prime Minister Samdech Akka Moha Sena Padei Techo Hun Sen received visiting Lao Defence "
        "Minister Somphone Vilay on Monday."
    )
    assert [p.name for p in meeting.participants] == ["Hun Sen", "Somphone Vilay"]


def test_an_event_word_in_an_office_is_no_event() -> None:
    """'MGen X, US Exercise Director, ... during the opening ceremony': a ceremony, and no exercise called 'US'."""
    found = events(
        "MGen Anan Saetang, Thai Exercise Director and MGen Somphone Vilay, Lao Exercise Director, unfurl the flag "
        "during the opening ceremony on Monday."
    )
    assert [(e.kind, [p.name for p in e.participants]) for e in found] == [
        (Kind.CEREMONY, ["Anan Saetang", "Somphone Vilay"])
    ]


def test_an_opening_ceremony_starts_the_exercise_it_opens() -> None:
    """'hosted the opening ceremony for the annual X military exercise on Monday ... which ends April 18'."""
    found = events(
        "Laos and Thailand on Monday hosted the opening ceremony for the annual Mekong Shield military exercise.\n\n"
        "There are three parts to the exercise, which ends April 18: field training and disaster relief training."
    )
    (exercise,) = [e for e in found if e.kind is Kind.EXERCISE]
    assert (exercise.when.iso(), exercise.status) == ("2025-04-07/2025-04-18", timeline.Status.REPORTED)


def test_taking_office_at_home_and_what_follows_it_are_at_the_dateline() -> None:
    """'X officially begins work as defence minister today. X then took the salute ...': both in the dateline's city."""
    found = events(
        "Lao Defence Minister Somphone Vilay officially begins work as defence minister today.\n\n"
        "Somphone, who is also Deputy Prime Minister, then took the salute of the guard of honour."
    )
    assert [(e.kind, e.where) for e in found] == [
        (Kind.APPOINTMENT, Place("Vientiane", "Laos")),
        (Kind.CEREMONY, Place("Vientiane", "Laos")),
    ]


def test_a_foreign_appointment_and_a_signing_at_video_talks_are_not_at_the_dateline() -> None:
    """A Thai minister appointed today under a Vientiane dateline, and an MoU signed during video talks: no place."""
    found = events(
        "Thai Prime Minister Anan Saetang appointed Somchai Boonmee as Thai defence minister today.\n\n"
        "Lao Defence Minister Somphone Vilay held video talks with his Thai counterpart Somchai Boonmee today. "
        "During the talks, the two sides signed a memorandum of understanding."
    )
    assert {e.kind: e.where for e in found if e.kind in {Kind.APPOINTMENT, Kind.SIGNING}} == {
        Kind.APPOINTMENT: None,
        Kind.SIGNING: None,
    }


def test_being_somewhere_to_attend_a_forum_is_a_visit_as_well() -> None:
    """'X was in Vientiane this week to attend the three-day forum, which ended Wednesday': the visit and the forum."""
    found = events(
        "Thai Defence Minister Anan Saetang was in Vientiane this week to attend the three-day Mekong Security "
        "Forum, which ended Wednesday. Mr Anan is visiting Hanoi from April 11 to April 12 to attend the SLD."
    )
    assert sorted((e.kind.value, e.when.iso()) for e in found) == [
        ("conference", "2025-04-07/2025-04-09"),
        ("conference", "2025-04-11/2025-04-12"),
        ("visit", "2025-04-07/2025-04-13"),
        ("visit", "2025-04-11/2025-04-12"),
    ]


# A review of this session's rules (a helper, its own sentences) found these misfires; each expectation is
# what the mended code gives, and each but the capital case differed before the mends.
_SECOND_REVIEW = [
    (
        "The two navies began a joint exercise off Songkhla on March 31. The two navies conducted coordinated patrols along their maritime boundary in the Gulf of Thailand until Friday.",
        [("exercise", "2025-03-31/2025-04-04", "reported", 0)],
    ),
    (
        "Foreign Minister Mohamad Hasan on Monday called on Myanmar's military leader, Senior General Min Aung Hlaing, to extend the ceasefire.",
        [],
    ),
    ("Cambodian Prime Minister Hun Manet called on Thai Prime Minister Anan Saetang for restraint on Monday.", []),
    (
        "Thai Defence Minister Anan Saetang arrived in Vientiane on Monday. He called on Prime Minister Somsak Inthavong, who was joined by Minister of Public Security Vilay Lakhamphong, on Monday afternoon.",
        [("meeting", "2025-04-07", "reported", 3), ("visit", "2025-04-07", "reported", 1)],
    ),
    (
        "New Zealand Prime Minister Mark Luxwood arrived in Hanoi on Monday. Luxwood is on a six-day tour of Southeast Asia that will also take him to Thailand and Malaysia.",
        [("visit", "2025-04-07", "reported", 1)],
    ),
    (
        "Indian Defence Minister Rajnath Singh arrived in Hanoi on Monday. Singh previously paid a three-day visit to Vietnam as home minister.",
        [("visit", "2025-04-07", "reported", 1)],
    ),
    (
        "Indian Defence Minister Rajnath Singh held talks with his Vietnamese counterpart Phan Van Giang in Hanoi on Monday. After leaving Hanoi, Singh will travel to Ho Chi Minh City, where he will visit a shipyard and meet local leaders.",
        [("talks", "2025-04-07", "reported", 2)],
    ),
    (
        "Defence Minister Sjafrie Sjamsoeddin met Brunei's Defence Minister Halbi Yussof on Tuesday. Both sides signed a letter of intent on defence industry cooperation. On the same day, Sjafrie met Timor-Leste's Defence Minister Donaciano Gomes. Both sides signed a letter of intent on defence industry cooperation.",
        [
            ("meeting", "2025-04-08", "reported", 2),
            ("meeting", "2025-04-08", "reported", 2),
            ("signing", "2025-04-08", "reported", 2),
            ("signing", "2025-04-08", "reported", 2),
        ],
    ),
    (
        "Defence Minister Phan Van Giang will pay working visits today to the Naval Academy and the Military Region 3 Command.",
        [("visit", "2025-04-10", "planned", 1)],
    ),
    (
        "Prime Minister Anwar Ibrahim held talks with Japanese investors on Monday on growth in Japanese capital spending in Johor.",
        [("talks", "2025-04-07", "reported", 1)],
    ),
    ("Thousands of South Korean tourists were visiting the city on Sunday when the tropical storm made landfall.", []),
    (
        "Defence Minister Phan Van Giang is visiting Singapore until Saturday.",
        [("visit", "2025-04-10/2025-04-12", "reported", 1)],
    ),
    (
        "Army chief General Anan Saetang on Monday attended the opening ceremony for a course on the Garuda Shield exercise planning at the army staff college.",
        [("ceremony", "2025-04-07", "reported", 1)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _SECOND_REVIEW)
def test_a_second_review_of_this_sessions_rules_found_no_misfire_left(
    body: str, expected: list[tuple[str, str, str, int]]
) -> None:
    """Each sentence's events as (kind, days, status, how many people)."""
    found = sorted((e.kind.value, e.when.iso(), e.status.value, len(e.participants)) for e in events(body))
    assert found == expected


def test_capital_spending_is_no_capital() -> None:
    """'growth in Japanese capital spending in Johor': Johor, not Tokyo."""
    (talks,) = events(
        "Prime Minister Anwar Ibrahim held talks with Japanese investors on Monday on growth in Japanese capital "
        "spending in Johor."
    )
    assert talks.where == Place("Johor", "Malaysia")


def test_ministers_described_before_the_story_names_them_are_who_it_names() -> None:
    """'The defence ministers of Laos and Thailand held talks ...', the names coming later: the two ministers."""
    found = events(
        "The defence ministers of Laos and Thailand held talks in Vientiane on Thursday on border security.\n\n"
        "Lao Defence Minister Somphone Vilay said the two countries would hold joint patrols. Thai Defence "
        "Minister Anan Saetang thanked Laos for its support."
    )
    (talks,) = [e for e in found if e.kind is Kind.TALKS]
    assert sorted(p.name for p in talks.participants) == ["Anan Saetang", "Somphone Vilay"]


def test_a_lunch_on_the_day_of_a_call_is_an_occasion_of_its_own() -> None:
    """'X called on Y on Thursday. ... X called on Z and attended an official lunch': two calls and the lunch."""
    found = events(
        "Thai Defence Minister Anan Saetang called on Defence Minister Somphone Vilay on Thursday.\n\n"
        "After inspecting a guard of honour, Mr Anan called on Prime Minister Somsak Inthavong and attended an "
        "official lunch."
    )
    meetings = [e for e in found if e.kind is Kind.MEETING]
    assert len(meetings) == 3
    assert {e.source.sentence[:5] for e in meetings} == {"Thai ", "After"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The border friendship exchange programme will take place in Attapeu province from April 27 to 28.",
            Kind.OTHER,
        ),
        ("The two navies will hold a joint exercise program from May 3 to 10.", Kind.EXERCISE),
    ],
)
def test_an_events_programme_is_the_event(sentence: str, kind: Kind) -> None:
    """'the exchange programme ... from April 27 to 28' is the exchange, not a plan; 'a cooperation programme' stays one."""
    (found,) = events(sentence)
    assert (found.kind, found.when.days) == (kind, 2 if kind is Kind.OTHER else 8)
    (plan,) = events("The two sides signed a cooperation programme for 2026.")
    assert plan.kind is Kind.PLAN
