"""The extractor's vocabulary: event words by kind, ranks, offices and the words of titles.

Tables, not logic; the patterns built from them are bounded alternations.
"""

from __future__ import annotations

import re

from timeline.model import Kind
from timeline.tagger._vocabulary import alternation

__all__ = [
    "COMPLEMENT_WORDS",
    "EVENT_WORDS",
    "HONORIFICS",
    "LINK_CUES",
    "OFFICE_HEADS",
    "OFFICE_MODIFIERS",
    "OFFICE_PREFIXES",
    "RANKS",
    "TRIGGER",
    "VIETNAMESE_SURNAMES",
    "kind_of",
]

# Event words by kind, as regex fragments (case-insensitive). Order matters
# only for ties; the longest match at a position wins.
EVENT_WORDS: dict[Kind, tuple[str, ...]] = {
    Kind.PHONE_CALL: (
        r"(?:phone|telephone|video)\s(?:talks?|calls?|conversations?)",
        r"(?:talked|spoke|conversed|held\stalks)\s(?:by|over\sthe|via)\s(?:phone|telephone)",
    ),
    Kind.SIGNING: (
        r"sign(?:ed|s|ing)?", r"ink(?:ed|s)", r"memorand(?:um|a)\sof\sunderstanding",
        r"MoUs?", r"exchanged\s(?:the\s)?(?:signed\s)?(?:documents|agreements)",
    ),
    Kind.DIALOGUE: (r"(?:[\w-]+\s)?dialogues?",),
    Kind.TALKS: (r"(?:held\s|hold\s|holds\s|holding\s)?talks", r"negotiations?", r"consultations?"),
    Kind.VISIT: (
        r"(?:official|state|working|friendship|goodwill|study|fact-finding)\svisits?",
        r"visit(?:ed|s|ing)?", r"arriv(?:ed|es|ing)\sin", r"(?:working\s)?trips?\sto",
        r"tour(?:ed)?\sof", r"paid\sa\s(?:\w+\s)?visit",
    ),
    Kind.MEETING: (
        r"met", r"meet(?:s|ing|ings)?", r"received", r"receiv(?:es|ing)", r"hosted",
        r"host(?:s|ing)", r"working\ssessions?", r"courtesy\scalls?", r"audiences?",
        r"receptions?", r"bilateral\smeetings?",
    ),
    Kind.CONFERENCE: (
        r"conferences?", r"forums?", r"summits?", r"(?:plenary|annual|extraordinary|\d+(?:st|nd|rd|th))\ssessions?",
        r"workshops?", r"seminars?", r"symposi(?:um|a)", r"congress(?:es)?", r"ADMM(?:-Plus)?(?:\sRetreat)?",
        r"assembl(?:y|ies)", r"expos?", r"exhibitions?", r"Shangri-La\sDialogue",
    ),
    Kind.CEREMONY: (
        r"ceremon(?:y|ies)", r"celebrations?", r"commemorat(?:ion|ions|ed)", r"parades?",
        r"inaugurat(?:ion|ed)", r"(?:wreath|flower|incense)-(?:laying|offering)",
        r"laid\s(?:a\s)?wreaths?", r"ground-?breaking",
    ),
    Kind.EXERCISE: (
        r"(?:joint\s|naval\s|military\s|field\s|live-fire\s|tabletop\s|combined\s)?(?:exercises?|drills?)",
        r"(?:joint\s)?patrols?", r"manoeuvres?", r"maneuvers?", r"war\sgames",
    ),
    Kind.DEPLOYMENT: (
        r"deploy(?:ed|s|ing|ments?)?", r"dispatch(?:ed|es|ing)?",
        r"peacekeeping\s(?:forces|force|operations|missions?|contingents?|units?)",
    ),
    Kind.PLAN: (
        r"(?:cooperation\s|action\s|master\s|annual\s|five-year\s|development\s|work\s)?plans?",
        r"protocols?", r"programmes?", r"programs?", r"roadmaps?",
    ),
    Kind.APPOINTMENT: (
        r"appoint(?:ed|ment)", r"took\soffice", r"sworn\sin", r"assumed\s(?:the\s)?(?:post|position|office)",
    ),
    Kind.STATEMENT: (
        r"statements?", r"said", r"stated", r"announced", r"declared", r"affirmed", r"stressed",
        r"emphasi[sz]ed", r"noted",
    ),
}  # fmt: skip

_FRAGMENTS = [(kind, fragment) for kind, fragments in EVENT_WORDS.items() for fragment in fragments]
TRIGGER = re.compile(
    "|".join(rf"(?P<k{index}>\b{fragment}\b)" for index, (_, fragment) in enumerate(_FRAGMENTS)),
    re.IGNORECASE,
)


def kind_of(match: re.Match[str]) -> Kind:
    """The kind of event a :data:`TRIGGER` match names."""
    return _FRAGMENTS[int((match.lastgroup or "k0")[1:])][0]


# Phrases that tie a sentence to an event already reported ("At the meeting, ...").
LINK_CUES = re.compile(
    r"""(?:at|during|on\sthe\ssidelines\sof|within\sthe\sframework\sof|on\sthe\soccasion\sof
        |in\sthe\scourse\sof|following|after|earlier|later|the\ssame\sday|on\sthe\ssame\sday
        |hosting|receiving|welcoming|meeting|talking|speaking|in\stheir\s(?:talks|meeting)
        |in\shis\s(?:talks|meeting|remarks)|in\sher\s(?:talks|meeting|remarks))\b""",
    re.IGNORECASE | re.VERBOSE,
)

RANKS = (
    "Senior Lieutenant General", "Sen. Lieut. Gen.", "Sen. Lt. Gen.", "Sr. Lt. Gen.",
    "Lieutenant General", "Lieut. Gen.", "Lt. Gen.", "Lt Gen", "Lt.-Gen.", "Major General",
    "Maj. Gen.", "Maj Gen", "Maj.-Gen.", "Brigadier General", "Brig. Gen.", "Brig Gen",
    "Army General", "General", "Gen.", "Senior Colonel", "Sen. Col.", "Sr. Col.", "Colonel",
    "Col.", "Lieutenant Colonel", "Lt. Col.", "Lt Col", "Vice Admiral", "Vice Adm.",
    "Rear Admiral", "Rear Adm.", "Admiral", "Adm.", "Commodore", "Air Chief Marshal",
    "Air Marshal", "Air Vice Marshal", "Field Marshal", "Marshal", "Captain", "Capt.",
    "Police General", "Police Lieutenant General", "Police Major General", "Police Colonel",
    "Lieutenant", "Major", "Maj.",
)  # fmt: skip

HONORIFICS = (
    "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Madam", "Madame", "Dr.", "Dr", "Prof.", "Professor",
    "H.E.", "His Excellency", "Her Excellency", "Samdech", "Samdech Techo", "Samdech Moha Bovor Thipadei",
    "Dato'", "Datuk", "Dato' Seri", "Datuk Seri", "Tan Sri", "Tun", "Sheikh", "Sir", "Dame",
)  # fmt: skip

OFFICE_HEADS = (
    "Prime Minister", "Minister", "President", "Premier", "Chairman", "Chairwoman", "Chairperson",
    "Chair", "Secretary-General", "Secretary General", "General Secretary", "Secretary",
    "Director General", "Director-General", "Director", "Chief of the General Staff",
    "Chief of General Staff", "Chief of Staff", "Chief", "Commander-in-Chief", "Commander",
    "Head", "Ambassador", "Envoy", "Consul General", "Consul", "Speaker", "Governor", "Mayor",
    "Chancellor", "Attaché", "Attache", "Spokesperson", "Spokesman", "Spokeswoman",
    "Permanent Secretary", "Under Secretary", "Undersecretary", "Under-Secretary", "Senator",
    "Commissioner", "Leader", "Counsellor", "Counselor", "Adviser", "Advisor", "Inspector General",
    "Political Commissar", "Commissar", "Counterpart", "King", "Queen", "Crown Prince", "Prince",
    "Princess", "Sultan", "Emperor", "Vice President", "Vice-President", "Vice Chairman",
    "Vice-Chairman", "Vice Chairwoman", "Politburo member", "Secretary of State",
)  # fmt: skip

OFFICE_MODIFIERS = frozenset(
    """deputy vice first acting permanent senior former standing executive assistant under co- new
    incoming outgoing then""".split()
)

# Words that may stand before an office head ("Defence Minister", "Foreign Affairs Minister").
OFFICE_PREFIXES = frozenset(
    """defence defense foreign home interior finance trade economy economic security health
    education justice information transport labour labor agriculture industry culture tourism
    planning investment affairs public national army navy naval air force military police party
    state politburo government peacekeeping border coast guard logistics technical political
    general staff people's people’s armed forces chief deputy vice first senior permanent
    standing executive regional provincial municipal city district prime""".split()
)

# Capitalised words a title's "of ..." may run through ("Minister of National Defence").
COMPLEMENT_WORDS = frozenset(
    """national defence defense foreign affairs public security home interior the general staff
    people's people’s army navy air force forces ministry department committee central party
    commission military political logistics technical operations peacekeeping office government
    state assembly council bureau directorate institute academy border guard coast command
    region zone division corps police intelligence justice finance trade industry information
    communications planning investment external relations cooperation international united
    nations asean of and for on military region navy's army's general department's ministry's
    headquarters high-ranking high delegation""".split()
)

VIETNAMESE_SURNAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly luong trinh dinh lam
    mai ha doan truong cao chu chau kieu quach ta thai to""".split()
)

RANK_PATTERN = alternation(RANKS)
