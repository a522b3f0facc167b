"""The extractor's vocabulary: event words by kind, ranks, offices and the words of titles.

Tables, not logic; the patterns built from them are bounded alternations.
"""

from __future__ import annotations

import re

from timeline.model import Kind
from timeline.tagger._vocabulary import alternation

__all__ = [
    "AS_SUBJECT",
    "COMPLEMENT_WORDS",
    "DEPARTURES",
    "EVENT_PHRASES",
    "EVENT_WORDS",
    "HONORIFICS",
    "LINK_CUES",
    "NOT_NAME_WORDS",
    "OFFICE_HEADS",
    "OFFICE_MODIFIERS",
    "OFFICE_PREFIXES",
    "OPENING_VERBS",
    "PLURAL_OFFICES",
    "RANKS",
    "RANK_WORDS",
    "SOURCE_AFTER",
    "TITLE_ENDS",
    "TITLE_WORDS",
    "UPON_ARRIVAL",
    "VIETNAMESE_SURNAMES",
]

# What may stand between an event word and the verb it is the subject of, so that a verb of calling off or
# moving applies to that event only: its own words ("between X and Y", "planned for Monday"), an aside, then an
# auxiliary ("The meeting between X and Y, scheduled for Monday, was ..."); not "met Y, after a summit was ...".
AS_SUBJECT = (
    r"(?:\s(?:between|of|with|for|in|on|at|by|to|planned|scheduled|slated|set|due|originally)\b"
    # not past another clause's verb: "The visit to Bangkok was overshadowed by reports that X has been cancelled"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|will|that|which|as|because|though|but|after|while)\b)[^,.;]){0,120}?)?"
    r"(?:,[^,.;]{0,100},)?\s(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen|will\sbe)\s(?:\w+ly\s)?"
)

# Verbs of a gathering's start: "kicked off on Friday", "the exercise began on Monday".
OPENING_VERBS = (
    r"kicked\soff|kicks\soff|began|begins|opened|opens|started|starts|commenced|commences|got\sunder\s?way"
    r"|gets\sunder\s?way"
)
# An arrival that only says when what follows was done, at the event just told: "Upon arrival at the Naval
# Headquarters, X was presented a guard of honour". Not one with a place or date of its own ("On arrival in
# Manila, they will exercise", "On arrival in Hanoi on Monday, X met Y"): that arrival is an event.
UPON_ARRIVAL = r"(?:[Uu]pon|On)\s(?:(?:his|her|their|its)\s)?arrival(?:\sat\s(?:(?!\s(?:in|on)\s)[^,;.]){1,60})?(?=,)"
# Verbs of leaving a place: "left Nha Trang for ...", "will depart for China", "left here today for India".
DEPARTURES = frozenset({"left", "leave", "leaves", "leaving", "depart", "departed", "departs", "departing"})

# Event words by kind, as phrases of lower-case words ("courtesy call"). The
# longest phrase at a word wins. Verbs that need an object to name an event
# ("received", "hosted") are marked with a trailing "+" and checked by the
# extractor; "++" marks verbs that name a meeting only when two people are
# their subject ("X and his counterpart Y agreed on Monday ..."); "@" marks a
# call on someone, which needs an office or a rank after it ("called on Defence
# Minister X", not "called on both sides to ...").
EVENT_PHRASES: dict[Kind, str] = {
    Kind.PHONE_CALL: """phone talks|phone talk|phone call|phone calls|phone conversation|phone conversations
        |telephone talks|telephone call|telephone conversation|telephone conversations|video call
        |video conference|videoconference|virtual talks|virtual meeting|online talks|online meeting
        |spoke by phone|talked by phone|held phone talks|spoke by telephone|talked by telephone
        |interacted virtually|virtually|virtual talks|talks by phone|held talks by phone|talks by telephone
        |held talks by telephone|talks over the phone|spoken by phone|spoken by telephone|talked over the phone
        |spoke over the phone|spoken over the phone|talked on the phone|spoke on the phone|held talks over the phone
        |video talks|held video talks|phone conversation|telephone conversation|speaking by phone
        |speaking by telephone|speaking over the phone|speaking on the phone|talking by phone|talking by telephone
        |called@|phoned@|phoned+""",
    Kind.SIGNING: """sign|signs|signed|signing|signing ceremony|signing ceremonies|inked|memorandum of understanding
        |memoranda of understanding|mou|mous|letter of understanding|letters of understanding|witnessed the exchange""",
    Kind.DIALOGUE: "dialogue|dialogues|strategic dialogue|policy dialogue",
    Kind.TALKS: """talks|talk|held talks|hold talks|holds talks|holding talks|negotiations|negotiation
        |consultations|discussions|held discussions|consultative talks|summit talks""",
    Kind.VISIT: """visit|visits|visited|official visit|state visit|working visit|courtesy visit|goodwill visit
        |friendship visit|study visit|is visiting#|are visiting#|was visiting#|were visiting#
        |trip|trips|working trip|tour|toured|arrived in|arrives in|arrive in
        |arriving in|arrival|travel to|travels to|traveled to|travelled to|paid a visit|pay a visit|anchor at
        |docked at|dock at|docks at|docked in|dock in|docks in|berthed at|berthed in|berth at|berths at
        |port call|during his stay|during her stay|during its stay|during their stay
        |lead a delegation|leads a delegation|led a delegation|leading a delegation
        |was in#|were in#|is in#|are in#|be in#|flew to#|flown to#|flying to#|depart for#|departs for#|departed for#
        |leave for#|leaves for#|left for#|fly to#|flies to#|headed to#|heads to#|head to#|heading to#
        |stopover|made a stopover|make a stopover|makes a stopover""",
    Kind.MEETING: """met|meet|meets|meeting|meetings|bilateral meeting|bilateral meetings|working session
        |working sessions|courtesy call|courtesy calls|audience|held meetings|received+|receives+
        |receive+|receiving+|welcome+|welcomed+|welcoming+|host+|hosted+|hosts+|hosting+|get-together|talked with
        |spoke with|agreed++
        |discussed++|pledged++|reaffirmed++|exchanged views++|vowed++|reception|hosted a reception|working meeting
        |exchanged views with+|exchanged opinions with+
        |called on@|calls on@|call on@|calling on@|lunch|luncheon|official lunch|dinner|banquet|state banquet
        |bilateral summit|bilateral summits|summit meeting|had a conversation|had a friendly conversation
        |held a conversation|received a courtesy visit|received an honorary visit|received a farewell visit
        |received an introductory visit|receives a courtesy visit|receives a farewell visit
        |courtesy visit on@|courtesy visits on@|interacted with+|interacts with+""",
    Kind.CONFERENCE: """conference|conferences|forum|forums|summit|summits|plenary session|workshop|workshops
        |seminar|seminars|symposium|party congress|admm|admm-plus|admm retreat|assembly|expo|exhibition|meeting-plus
        |shangri-la dialogue|sld|ministerial meeting|session""",
    Kind.CEREMONY: """ceremony|ceremonies|celebration|celebrations|commemoration|parade|inauguration
        |inaugurated|inaugurate|cut the ribbon|wreath-laying|laid wreaths|laid a wreath|incense offering
        |flag-raising|farewell|welcome ceremony|welcoming ceremony|guard of honour|guard of honor|guards of honour
        |guards of honor|ceremonial opening|inspected a guard of honour|inspected a guard of honor
        |inspected the guard of honour|inspected the guard of honor|reviewed a guard of honour|reviewed a guard of honor
        |reviewed the guard of honour|reviewed the guard of honor
        |conferred with the honorary|conferred with the title|conferred with the rank|conferred with an honorary
        |conferred the honorary|conferred the title|conferred the rank|conferred an honorary|conferred with honorary
        |conferred the order|conferred with the order|conferred the medal|conferred with the medal""",
    Kind.EXERCISE: """exercise|exercises|drill|drills|joint exercise|joint exercises|joint drill|joint patrol
        |joint patrols|patrol|patrols|manoeuvres|maneuvers|war games|war game|wargame|wargames|live-fire""",
    Kind.DEPLOYMENT: """deploy|deploys|deployed|deploying|deployment|deployments|dispatched|dispatch
        |peacekeeping forces|peacekeeping force|peacekeeping mission|peacekeeping missions
        |peacekeeping unit|peacekeeping contingent|peacekeeping duty|rotation""",
    Kind.PLAN: """plan|plans|protocol|protocols|programme|programmes|program|programs|roadmap|roadmaps
        |cooperation plan|cooperation plans|action plan|master plan|work plan|annual plan|development plan""",
    Kind.APPOINTMENT: """appointed|appointment|took office|sworn in|assumed office|assumed the post|took up the post
        |took up his post|took up her post|started work as
        |starts work as|begins work as|began work as|took over as|takes over as|took the oath|took their oath
        |took his oath|took her oath|took the oath of office|took charge as@|takes charge as@
        |assumed charge as@|assumes charge as@|assumed command|assumed the command|took command""",
    Kind.STATEMENT: """statement|statements|press conference|news conference|announced|declared|new year address
        |press release|press releases|news release""",
    Kind.OTHER: "friendship exchange|border exchange|inspected|inspection|rally|handover|hand-over",
}


def _phrases() -> dict[str, list[tuple[tuple[str, ...], Kind, str]]]:
    table: dict[str, list[tuple[tuple[str, ...], Kind, str]]] = {}
    for kind, phrases in EVENT_PHRASES.items():
        for phrase in phrases.replace("\n", " ").split("|"):
            words = tuple(phrase.strip().rstrip("+@#").split())
            needs = {"+": "object", "++": "pair", "@": "office", "#": "place"}.get(
                phrase.strip()[len(" ".join(words)) :], ""
            )
            table.setdefault(words[0], []).append((words, kind, needs))
    for options in table.values():
        options.sort(key=lambda option: -len(option[0]))
    return table


# First word -> (words, kind, what it needs: "", "object", "pair" or "office"), longest first.
EVENT_WORDS = _phrases()


# A source named after the news it gives, as a pattern's start: ", said the deputy prime minister", ", the ministry
# said", "” added Mindef"; not ", and said" (a deed of the news's own subject).
SOURCE_AFTER = r"[,\"”]\s{0,2}(?!\s|and\s|but\s)(?:[^,;.\"”]{0,60}\s)?(?:said|says|added|noted)\b"

# Phrases that tie a sentence to an event already reported ("At the meeting, ...").
LINK_CUES = re.compile(
    r"""(?:at|during|on\sthe\ssidelines\sof|within\sthe\sframework\sof|on\sthe\soccasion\sof
        |in\sthe\scourse\sof|following|after|earlier|later|the\ssame\sday|on\sthe\ssame\sday
        |hosting|receiving|welcoming|meeting|talking|speaking|in\stheir\s(?:talks|meeting)
        |in\shis\s(?:talks|meeting|remarks)|in\sher\s(?:talks|meeting|remarks))\b""",
    re.IGNORECASE | re.VERBOSE,
)

RANKS = (
    "Senior Lieutenant General", "Sen. Lieut. Gen.", "Sen. Lt. Gen.", "Sr. Lt. Gen.", "Senior General",
    "Vice-Senior General", "Vice Senior General",
    "Lieutenant General", "Lieut. Gen.", "Lt. Gen.", "Lt Gen", "Lt.-Gen.", "Major General",
    "Maj. Gen.", "Maj Gen", "Maj.-Gen.", "Brigadier General", "Brig. Gen.", "Brig Gen",
    "Army General", "General", "Gen.", "Senior Colonel", "Sen. Col.", "Sr. Col.", "Colonel",
    "Col.", "Lieutenant Colonel", "Lt. Col.", "Lt Col", "Vice Admiral", "Vice Adm.",
    "Rear Admiral", "Rear Adm.", "Admiral", "Adm.", "Commodore", "Air Chief Marshal",
    "Air Marshal", "Air Vice Marshal", "Field Marshal", "Marshal", "Captain", "Capt.",
    "Police General", "Police Lieutenant General", "Police Major General", "Police Colonel",
    "Lieutenant", "Major", "Maj.", "Maj General", "Maj. General", "Lt General", "Lt. General", "Brigadier", "Brig.",
    "Brig",
    # Hyphenated, as British and Singaporean style writes them ("Lieutenant-General", "Lt-Gen").
    "Lieutenant-General", "Lt-Gen", "Lt-Gen.", "Major-General", "Maj-Gen", "Maj-Gen.",
    "Brigadier-General", "Brig-Gen", "Lieutenant-Colonel", "Lt-Col", "Vice-Admiral", "Rear-Admiral",
    "Air-Marshal", "Air Vice-Marshal", "Air Chief-Marshal",
    # Run together, as the Philippine and US forces write them ("MGen Jay Bargeron", "BGen.", "RAdm").
    "LtGen", "LtGen.", "MGen", "MGen.", "BGen", "BGen.", "LtCol", "LtCol.", "VAdm", "VAdm.", "RAdm", "RAdm.",
)  # fmt: skip

HONORIFICS = (
    "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Madam", "Madame", "Dr.", "Dr", "Prof.", "Professor",
    "H.E.", "His Excellency", "Her Excellency", "Samdech", "Samdech Techo", "Samdech Moha Bovor Thipadei",
    "Samdech Moha Borvor Thipadei", "Samdech Thipadei", "Samdech Kralahom", "Samdech Pichey Sena", "Lok Chumteav",
    "Oknha",
    "Samdech Akka Moha Sena Padei Techo", "Akka Moha Sena Padei Techo", "Samdech Akka Moha Thamma Pothisal",
    "Dato'", "Datuk", "Dato' Seri", "Datuk Seri", "Dato' Sri", "Datuk Sri", "Tan Sri", "Puan Sri", "Tun",
    "Sheikh", "Sir", "Dame", "Pehin", "Awang", "Dr", "Engr.", "Atty.",
)  # fmt: skip

OFFICE_HEADS = (
    "Prime Minister", "Minister", "President", "Premier", "Chairman", "Chairwoman", "Chairperson",
    "Chair", "Secretary-General", "Secretary General", "General Secretary", "Secretary",
    "Director General", "Director-General", "Director", "Chief of the General Staff",
    "Chief of General Staff", "Chief of Staff", "Chief", "Commander-in-Chief", "Commander",
    "Head", "Ambassador", "Envoy", "Consul General", "Consul", "Speaker", "Governor", "Mayor",
    "Chancellor", "Attaché", "Attache", "Spokesperson", "Spokesman", "Spokeswoman", "President-elect",
    "Permanent Secretary", "Under Secretary", "Undersecretary", "Under-Secretary", "Senator",
    "Commissioner", "Leader", "Counsellor", "Counselor", "Adviser", "Advisor", "Inspector General",
    "Political Commissar", "Commissar", "Counterpart", "King", "Queen", "Crown Prince", "Prince",
    "Princess", "Sultan", "Emperor", "Vice President", "Vice-President", "Vice Chairman",
    "Vice-Chairman", "Vice Chairwoman", "Politburo member", "Secretary of State", "Raksha Mantri",
    "High Commissioner", "Defence Secretary", "Defense Secretary", "State Councillor", "State Councilor",
    "PM", "Member of Parliament", "Member", "MP",
)  # fmt: skip

OFFICE_MODIFIERS = frozenset(
    """deputy vice first acting permanent senior former standing executive assistant under co- new
    incoming outgoing then federal chief""".split()
)

# Words that may stand before an office head ("Defence Minister", "Foreign Affairs Minister").
OFFICE_PREFIXES = frozenset(
    """defence defense foreign home interior finance trade economy economic security health
    education justice information transport labour labor agriculture industry culture tourism
    planning investment affairs public national army navy naval air force military police party
    state politburo government peacekeeping border coast guard logistics technical political
    general staff people's people’s armed forces chief deputy vice first senior permanent
    standing executive regional provincial municipal city district prime external""".split()
)

# Capitalised words a title's "of ..." may run through ("Minister of National Defence").
COMPLEMENT_WORDS = frozenset(
    """national defence defense foreign affairs public security home interior the general staff
    people's people’s army navy air force forces armed ministry department committee central party
    commission military political logistics technical operations peacekeeping office government
    state assembly council bureau directorate institute academy border guard coast command
    region zone division corps police intelligence justice finance trade industry information
    communications planning investment external relations cooperation international united
    nations asean naval of and for on military region navy's army's general department's ministry's
    headquarters high-ranking high delegation embassy consulate parliament education training sports
    culture tourism labour labor invalids social natural resources environment agriculture rural
    development science technology transport construction health commerce energy economy women
    empowerment youth fisheries forestry house representatives senate main political-military
    military-political services""".split()
)

VIETNAMESE_SURNAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly luong trinh dinh lam
    mai ha doan truong cao chu chau kieu quach ta thai to""".split()
)

RANK_PATTERN = alternation(RANKS)


# Offices in the plural, before a list of names ("Defense Ministers Sergey Shoigu of Russia and ...").
PLURAL_OFFICES = frozenset(
    {"ministers", "presidents", "chiefs", "commanders", "counterparts", "generals", "ambassadors", "leaders"}
)


def _title_words() -> frozenset[str]:
    words: set[str] = {"of", "the", "and", "his", "her", "their", "its", "cum", "to", "for", "on", "in"}
    for phrase in (*RANKS, *HONORIFICS, *OFFICE_HEADS):
        words.update(part.strip(".").lower() for part in re.split(r"[\s-]", phrase))
        words.update(part.strip(".").lower() for part in phrase.split())  # "lieutenant-general" is one word
    words.update(OFFICE_MODIFIERS, OFFICE_PREFIXES, COMPLEMENT_WORDS, PLURAL_OFFICES)
    words.update(("republic", "kingdom", "sultanate", "socialist", "democratic"))  # "of the Republic of Indonesia"
    return frozenset(word for word in words if word)


# Lower-case words a title before a name is made of ("Deputy Minister of National Defence").
TITLE_WORDS = _title_words()
RANK_WORDS = frozenset(word.strip(".").lower() for phrase in RANKS for word in phrase.split())  # "lt", "gen", "admiral"

# Words a title can end on right before the name: a rank, an honorific or an office.
TITLE_ENDS = frozenset(
    {phrase.split()[-1].strip(".").lower() for phrase in (*RANKS, *HONORIFICS, *OFFICE_HEADS)}
    | {"commissioner", "counterpart", "member", "minister", "secretary", "envoy", "chief", "excellency"}
    | PLURAL_OFFICES
)

# Capitalised words that are never part of a person's name: function words, bodies, offices,
# ranks, places in general, days and seasons (the people finder adds months and weekdays).
NOT_NAME_WORDS = frozenset(
    """the a an at in on of for and but or with to from by as this that these those he she it they
    his her its their we our you i mr mrs ms dr ministry ministries department committee army navy
    force forces party government state people's people’s people national defence defense foreign
    affairs public security general staff central military political commission council assembly
    office agency bureau union association organisation organization group bank fund programme
    program plan protocol agreement treaty memorandum understanding cooperation relations dialogue
    exchange conference forum summit meeting session talks visit delegation embassy consulate
    republic kingdom democratic socialist federation united nations un asean admm eu nato
    international regional provincial city province capital region border coast guard police
    command headquarters academy university institute school hospital level field missions
    mission peacekeeping operations intergovernmental bilateral young officers deputy vice
    member members mp parliament great khural hluttaw knesset majlis sejm minister ministers president
    premier chairman chairwoman secretary director
    chief commander commanders self-defence self-defense ground maritime directorate main
    head ambassador prime king queen prince princess lieutenant major colonel captain admiral
    marshal sen lieut lt maj gen col brig adm according however meanwhile accordingly earlier
    later also both congratulating informing hosting alongside issues vns vna xinhua tass under
    raksha mantri speaker governor mayor senator envoy consul chancellor spokesperson spokesman
    spokeswoman commissioner counsellor counselor adviser advisor commissar counterpart emperor
    after before during following prior while when where since until upon within without
    through throughout between among about above below over per via despite amid amidst
    besides beyond toward towards against along across around behind beside near onto upon
    there here today tonight tomorrow yesterday now then thus hence still yet even only just
    speaking addressing receiving welcoming meeting attending noting stressing emphasising
    emphasizing affirming agreeing expressing highlighting saying adding photo file image credit courtesy pacific
    atlantic indian ocean sea gulf strait island islands royal imperial supreme highest
    industry trade planning investment education training sports culture tourism labour labor invalids
    social natural resources environment agriculture rural development science technology information
    communications transport construction finance justice health interior commerce energy economy
    women empowerment youth fisheries forestry home house representatives senate congress standing
    separately assoc prof wisma mausoleum memorial cemetery monument temple pagoda statue museum palace
    high joint combined special senior exercise operation operations fleet corps division
    brigade regiment battalion squadron wing unit units rotation contingent task group team
    east west north south eastern western northern southern central asia europe africa
    america americas middle""".split()
)
