"""Pull the employer, role, requisition id and the dates that matter out of one employer email.

Company sources, strongest first: the sender's display name ("Acme via Greenhouse", "Acme Careers"),
the subject ("Your application to Acme", "Engineer at Acme"), the body ("thank you for applying to
Acme", "the team at Acme"), the signature, and finally the sender's domain when it is not a relay
(ATS, job board, e-signature service or free mail). Candidates that name the same employer add up,
so a name found in two places beats a stray capitalised phrase. The name is kept as written
("Acme Inc" stays "Acme Inc"), only team words such as "Recruiting" or "Careers" are removed.

Dates: `interview_at` comes from the first live calendar invite, else from the text; the two
deadlines come from sentences that promise an answer (`expect_reply_by`, the employer's promise) or
ask the candidate to act (`respond_by`). See `dates.py` for how phrases resolve (a date without a
time means the end of that day, 23:59 in the email's own zone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from untilsigned.domain.business_days import WEEKENDS_ONLY, BusinessCalendar
from untilsigned.domain.mail.subjects import strip_subject_prefixes
from untilsigned.domain.model import Address, Extraction, Kind, ReadMail
from untilsigned.domain.text import LazyPattern, normalise_text, strip_accents, unwrap_text
from untilsigned.domain.understanding.dates import (
    DateMention,
    find_datetimes,
    find_times,
    likely_zone,
    resolve_deadline,
)
from untilsigned.domain.understanding.names import TEAM_WORDS, display_role
from untilsigned.domain.understanding.relays import (
    is_ats_domain,
    is_relay_domain,
    is_relay_name,
    is_service_domain,
    registrable_domain,
)

_lazy = LazyPattern

# --- names ----------------------------------------------------------------------------------

LEGAL_SUFFIXES: frozenset[str] = frozenset(
    {
        "inc",
        "inc.",
        "llc",
        "l.l.c.",
        "ltd",
        "ltd.",
        "limited",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "s.a.",
        "sas",
        "srl",
        "s.r.l.",
        "bv",
        "b.v.",
        "nv",
        "n.v.",
        "d.o.o.",
        "doo",
        "pty",
        "pty.",
        "co.",
        "corp",
        "corp.",
        "corporation",
        "lp",
        "llp",
        "oy",
        "ab",
        "as",
        "a/s",
        "aps",
        "kg",
        "kk",
        "pte",
        "pte.",
        "sdn",
        "bhd",
        "s.p.a.",
        "spa",
        "company",
        "kft",
        "zrt",
        "sro",
        "pvt",
    }
)
# The team words names.py trims from an employer's name, and the words around them in a sender's display name.
_TEAM_WORDS: frozenset[str] = TEAM_WORDS | {
    "teams",
    "job",
    "operations",
    "no-reply",
    "noreply",
    "do-not-reply",
    "notifications",
    "notification",
    "campus",
    "relations",
    "early",
    "emerging",
    "via",
    "hiring-team",
    "applications",
    "resourcing",
    "culture",
}
_CONNECTORS: frozenset[str] = frozenset(
    {
        "of",
        "and",
        "&",
        "de",
        "la",
        "le",
        "du",
        "der",
        "von",
        "van",
        "y",
        "e",
        "+",
        "et",
        "the",
        "des",
        "del",
        "da",
        "di",
    }
)
# Words that end a name in Title Case subjects ("Bluebell Café Wants to Interview You").
_STOP_TOKENS: frozenset[str] = frozenset(
    {
        "wants",
        "would",
        "is",
        "has",
        "have",
        "invites",
        "invite",
        "application",
        "applications",
        "update",
        "updates",
        "interview",
        "interviews",
        "offer",
        "position",
        "role",
        "job",
        "jobs",
        "team",
        "careers",
        "recruiting",
        "talent",
        "hiring",
        "via",
        "at",
        "for",
        "to",
        "from",
        "your",
        "our",
        "with",
        "in",
        "on",
        "by",
        "as",
        "thank",
        "thanks",
        "welcome",
        "status",
        "confirmation",
        "invitation",
        "assessment",
        "opportunity",
        "opportunities",
        "internship",
        "program",
        "programme",
        "scheme",
        "graduate",
        "apprenticeship",
        "we",
        "you",
        "i",
        "hr",
        "-",
        "–",
        "—",
        "|",
        "are",
        "was",
        "will",
        "can",
        "please",
        "regarding",
        "re",
        "fwd",
        "this",
        "that",
        "who",
        "which",
        "where",
        "and",
    }
)
# Single words that are never an employer on their own.
_GENERIC: frozenset[str] = frozenset(
    {
        "hi",
        "dear",
        "hello",
        "hey",
        "thank",
        "thanks",
        "congratulations",
        "team",
        "our",
        "your",
        "we",
        "you",
        "i",
        "it",
        "this",
        "that",
        "please",
        "unfortunately",
        "regards",
        "best",
        "sincerely",
        "application",
        "position",
        "role",
        "job",
        "update",
        "interview",
        "offer",
        "welcome",
        "the",
        "a",
        "an",
        "us",
        "them",
        "company",
        "hiring",
        "recruiting",
        "careers",
        "talent",
        "hr",
        "people",
        "referee",
        "reference",
        "references",
        "assessment",
        "assignment",
        "invitation",
        "notification",
        "confirmation",
        "completed",
        "everyone",
        "rescheduling",
        "reminder",
        "status",
        "candidate",
        "applicant",
        "date",
        "time",
        "location",
        "format",
        "note",
        "email",
        "mail",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "tomorrow",
        "am",
        "pm",
        "est",
        "gmt",
        "utc",
        "cet",
        "et",
        "pt",
        "ct",
        "linkedin",
        "indeed",
        "glassdoor",
        "greenhouse",
        "lever",
        "workday",
        "no-reply",
        "noreply",
        "admin",
        "support",
        "info",
        "notifications",
        "career",
        "page",
        "portal",
        "website",
        "site",
        "google",
        "zoom",
        "teams",
        "microsoft teams",
        "google meet",
        "hackerrank",
        "codility",
        "docusign",
        "here",
        "there",
        "congrats",
        "hope",
        "good",
        "great",
        "following",
        "next",
        "all",
        "any",
        "new",
        "hello there",
        "dear candidate",
        "human resources",
        "talent acquisition",
        "recruiting team",
        "hiring team",
        "the team",
        "people team",
        "greetings",
        "cheers",
        "kind regards",
        "best regards",
        "warm regards",
        "yours",
        "ceo",
        "founder",
        "candidate experience",
        "do not reply",
        "donotreply",
        "mailer",
        "automated",
        "system",
        "start",
        "review",
        "apply",
    }
)
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "engineer",
        "developer",
        "manager",
        "analyst",
        "designer",
        "intern",
        "internship",
        "specialist",
        "scientist",
        "teacher",
        "officer",
        "coordinator",
        "director",
        "lead",
        "architect",
        "consultant",
        "accountant",
        "technician",
        "supervisor",
        "executive",
        "associate",
        "administrator",
        "assistant",
        "representative",
        "nurse",
        "programmer",
        "researcher",
        "writer",
        "editor",
        "marketer",
        "strategist",
        "advisor",
        "adviser",
        "clerk",
        "agent",
        "operator",
        "driver",
        "cashier",
        "chef",
        "cook",
        "barista",
        "bartender",
        "receptionist",
        "secretary",
        "generalist",
        "recruiter",
        "partner",
        "principal",
        "head",
        "president",
        "vp",
        "founder",
        "cofounder",
        "ceo",
        "cto",
        "cfo",
        "coo",
        "owner",
        "trainee",
        "apprentice",
        "fellow",
        "tutor",
        "lecturer",
        "professor",
        "counsel",
        "attorney",
        "lawyer",
        "paralegal",
        "pharmacist",
        "therapist",
        "physician",
        "doctor",
        "sre",
        "devops",
        "product",
        "sales",
        "support",
        "success",
        "operations",
        "planner",
        "buyer",
        "controller",
        "auditor",
        "economist",
        "statistician",
        "mechanic",
        "electrician",
        "welder",
        "worker",
        "staff",
        "member",
        "expert",
        "programme",
        "graduate",
        "student",
        "deputy",
    }
)
_ORG_WORDS: frozenset[str] = frozenset(
    {
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "labs",
        "lab",
        "technologies",
        "technology",
        "tech",
        "software",
        "systems",
        "solutions",
        "group",
        "foundation",
        "college",
        "school",
        "university",
        "institute",
        "academy",
        "hospital",
        "health",
        "healthcare",
        "bank",
        "capital",
        "partners",
        "logistics",
        "foods",
        "food",
        "energy",
        "digital",
        "studio",
        "studios",
        "media",
        "analytics",
        "consulting",
        "company",
        "corp",
        "corporation",
        "services",
        "industries",
        "holdings",
        "ventures",
        "networks",
        "robotics",
        "ai",
        "pharma",
        "pharmaceuticals",
        "motors",
        "airlines",
        "café",
        "cafe",
        "restaurant",
        "hotel",
        "council",
        "trust",
        "agency",
        "gmbh",
        "ag",
        "plc",
        "d.o.o.",
        "bv",
        "sa",
        "co.",
        "association",
        "society",
        "clinic",
        "centre",
        "center",
        "store",
        "stores",
        "markets",
        "financial",
        "finance",
        "insurance",
        "engineers",
        "engineering",
        "accountants",
        "accounting",
        "solicitors",
        "lawyers",
        "legal",
        "law",
        "associates",
        "consultants",
        "design",
        "games",
        "mobile",
        "cloud",
        "data",
        "security",
        "bio",
        "therapeutics",
        "medical",
        "education",
        "learning",
        "nonprofit",
        "church",
        "diocese",
        "district",
        "county",
        "city",
        "department",
        # the same words in the languages employers abroad keep in their names
        "energie",
        "logistik",
        "technik",
        "optik",
        "werke",
        "gruppe",
        "groupe",
        "conseil",
        "sarl",
        "srl",
        "kg",
        "automation",
        "infotech",
        "telecoms",
        "telecom",
        "outsourcing",
        "ministry",
        "elevators",
        "distribution",
        "equity",
        "manufacturing",
        "retail",
        "brewing",
        "coffee",
        "bakery",
        "farms",
        "office",
        "property",
        "properties",
        "freight",
        "instruments",
        "aerospace",
        "biologics",
        "housing",
        "interiors",
        "architects",
        "outfitters",
        "dental",
        "pharmacy",
        "hotels",
    }
)
# A department named between the employer and its team word: "Fenwick Analytics Engineering Hiring".
_DEPARTMENT_WORDS: frozenset[str] = frozenset(
    {
        "engineering",
        "graduate",
        "graduates",
        "campus",
        "university",
        "early",
    }
)
# Parts of an organisation: a name made of these and function words names no employer.
_UNIT_WORDS: frozenset[str] = frozenset(
    {"division", "department", "dept", "directorate", "section", "unit", "branch", "office", "faculty"}
)
_FUNCTION_WORDS: frozenset[str] = frozenset(
    {"engineering", "finance", "marketing", "sales", "legal", "it", "technology", "product", "research"}
    | {"clinical", "nursing", "estates", "facilities", "administration", "admin", "graduate", "central"}
    | {"personnel", "corporate", "head", "regional", "the", "our"}
    | {"personal", "personalabteilung"}  # German for personnel: "Acme Automation Personal"
)
# Team words that a department may precede ("Campus Recruiting", "Graduate Team"); "Human Resources" not.
_RECRUITING: frozenset[str] = frozenset(
    {"recruiting", "recruitment", "relations", "hiring", "talent", "team", "careers", "resourcing", "jobs"}
)
# Institutions whose names go on with "for": "Department for Rural Affairs", "Centre for Ageing Better".
_INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {"department", "ministry", "office", "centre", "center", "institute", "council", "society", "foundation"}
    | {"alliance", "agency", "commission", "trust", "association", "fund", "coalition", "campaign"}
)

_NAME_TOKEN = _lazy(r"\S+")
_ABBREVIATION_TOKEN = _lazy(r"^(?:[A-Z]\.)+$|^(?:St|Mt|Co|Inc|Ltd|Corp|Jr|Sr|Bros|d\.o\.o)\.$", re.IGNORECASE)


_DOTTED = _lazy(r"(?<![\w.])(?:[a-z]\.){2,}(?![\w])")  # "b.v.", "s.r.o.": one legal-form token, not letters


@lru_cache(maxsize=2048)
def company_key(name: str) -> str:
    """A comparison key: lower case, no accents, no punctuation, no legal suffix, no team words."""
    folded = _DOTTED.get().sub(lambda m: m.group(0).replace(".", ""), strip_accents(name).lower())
    tokens = [t for t in re.split(r"[^\w]+", folded.replace("&", " and ")) if t]
    while tokens and (
        tokens[-1] in LEGAL_SUFFIXES or tokens[-1].rstrip(".") in {"inc", "ltd", "llc", "co", "corp"}
    ):
        tokens.pop()
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    return " ".join(tokens)


def _is_capitalised(token: str) -> bool:
    first = token[0]
    return first.isupper() or (first.isdigit() and any(ch.isalpha() for ch in token))


def trim_name(chunk: str, *, title_case_stops: bool = True) -> str | None:
    """The employer-looking name at the start of `chunk`, or None ("Acme Corp is hiring" -> "Acme Corp")."""
    chunk = chunk.strip().strip("'\"‘’“”*_")
    if not chunk:
        return None
    tokens: list[str] = []
    for raw in _NAME_TOKEN.get().findall(chunk):
        token = raw.strip('"“”*_')
        if not token:
            break
        ends_sentence = False
        trailing = ""
        while token and token[-1] in ",;:!?)":
            trailing = token[-1] + trailing
            token = token[:-1]
        if (
            token.endswith(".")
            and not _ABBREVIATION_TOKEN.get().match(token)
            and token.lower() not in LEGAL_SUFFIXES
        ):
            token = token[:-1]
            ends_sentence = True
        if "—" in token or "–" in token:
            token = re.split(r"[—–]", token)[0]
            ends_sentence = True
        if not token:
            break
        lowered = token.lower()
        if lowered == "for" and tokens and tokens[-1].lower() in _INSTITUTION_NOUNS:
            tokens.append(token)
            continue
        if title_case_stops and lowered in _STOP_TOKENS and lowered not in _CONNECTORS and tokens:
            break
        if lowered == "the" and tokens and tokens[-1].lower() in {"and", "&"}:
            break  # "Tillerman Foods and the TestGorilla team": two parties, the first is the name
        if (
            lowered in _CONNECTORS
            and tokens
            or _is_capitalised(token)
            or lowered in LEGAL_SUFFIXES
            or (tokens and token.isupper())
        ):
            tokens.append(token)
        else:
            break
        if token.endswith(".") and lowered in LEGAL_SUFFIXES:
            ends_sentence = True  # "Metaverse Inc. Unfortunately": the legal form closes the name
        if ends_sentence or trailing or len(tokens) >= 7:
            break
    while tokens and tokens[-1].lower() in _CONNECTORS:
        tokens.pop()
    team_words = 0
    last_team = ""
    while tokens and tokens[-1].lower().strip(".") in _TEAM_WORDS:
        last_team = tokens.pop().lower().strip(".")
        team_words += 1
    if (
        team_words
        and len(tokens) > 1
        and tokens[-1].lower() in _DEPARTMENT_WORDS
        and last_team in _RECRUITING
    ):
        tokens.pop()  # "Fenwick Analytics Engineering Hiring" -> "Fenwick Analytics"
    while tokens and tokens[-1].lower() in _CONNECTORS:
        tokens.pop()
    if len(tokens) > 1 and tokens[0].lower() == "the":
        tokens = tokens[1:]
    name = " ".join(tokens).strip(" ,'’-")
    if name.endswith(".") and not (
        tokens and (tokens[-1].lower() in LEGAL_SUFFIXES or _ABBREVIATION_TOKEN.get().match(tokens[-1]))
    ):
        name = name.rstrip(".")
    if not name or not _acceptable_name(name):
        return None
    return name


# Forms of address before a person's name, in English and in the languages recruiters abroad mix in.
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "dr", "sir", "madam", "herr", "frau", "mme", "mlle", "shri", "smt"}
)


def _acceptable_name(name: str) -> bool:
    lowered = name.lower()
    if lowered in _GENERIC or is_relay_name(lowered):
        return False
    words = lowered.replace("&", " ").split()
    if words and words[0].rstrip(".") in _HONORIFICS:
        return False  # "an interview with Mr. Lefèvre": a person, whatever follows
    if not words or words[0] in {
        "your",
        "we",
        "thank",
        "thanks",
        "dear",
        "hi",
        "hello",
        "hey",
        "hiya",
        "greetings",
        "please",
        "congratulations",
    }:
        return False
    if words[-1] in TITLE_WORDS or (
        any(w in TITLE_WORDS for w in words) and not any(w in _ORG_WORDS for w in words)
    ):
        return False  # "Senior Data Engineer" is a role, not an employer
    if re.fullmatch(r"[\d\s:./-]+(?:am|pm)?", lowered):
        return False
    if any(w in _UNIT_WORDS for w in words) and all(
        w in _UNIT_WORDS or w in _FUNCTION_WORDS or w in _TEAM_WORDS or w in _CONNECTORS for w in words
    ):
        return False  # "Engineering Division", "Finance Department": a part of the employer, not its name
    return len(name) >= 2


_NAME = r"(?P<name>[^\n]{1,90})"


@dataclass(frozen=True)
class _NamePattern:
    weight: float
    pattern: LazyPattern
    title_case_stops: bool = True
    person_weight: float | None = None  # the weight when the name looks like a person's (None: unchanged)


def _np(weight: float, regex: str, *, stops: bool = True, person: float | None = None) -> _NamePattern:
    return _NamePattern(weight, _lazy(regex), stops, person)


# "Acme Corp has invited you", "Acme has requested a background check": e-signature, assessment and
# screening services name the employer that way (a person's name there counts for little).
# A word of a name is at most 41 characters ("{0,40}"): a longer run is no name, and the bound keeps the
# scan linear where an unbounded word would be re-read from every position inside a long run.
_HAS_REQUESTED = _np(
    2.5,
    r"(?P<name>(?:(?:[A-Z0-9][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
    r"(?i:(?:has|have)[ \t]+(?:invited|requested|sent|asked|shared)|requests|invites)\b",
    stops=False,
    person=1.0,
)
# "Agreement between Acme Holdings and Sam Rivera"
_BETWEEN = _np(
    2.5, r"(?i:\bbetween\s+(?:the\s+)?)(?P<name>(?:(?:[A-Z0-9][\w&'’.,-]*|&)[ \t]+){1,5})(?i:and)\b"
)


_JOB_WORD = (
    r"(?i:positions?|roles?|jobs?|opportunit(?:y|ies)|openings?|vacanc(?:y|ies)|internships?|careers?|post|"
    r"gig|team|"
    r"interview|employment|work|working|recruiter|hire|program|programme|apprenticeship|placement|here)"
)
# An e-signature document's title: "Acme Ltd - Offer Letter - Sam Rivera" (the person is the signer).
_BEFORE_DOCUMENT = _np(
    2,
    r"(?:^|[:\"“]\s*|\s[-–—|]\s)(?P<name>[A-Z][^\n|:\"“”–—]{1,60}?)\s+[-–—|]\s+(?P<other>(?i:offer\s+letter|"
    r"offer\s+of\s+employment|employment\s+(?:agreement|contract)|contract\s+of\s+employment))\b",
    stops=False,
)
_BODY_PATTERNS: tuple[_NamePattern, ...] = (
    _BEFORE_DOCUMENT,
    # an agency names the employer it recruits for: "I've sent your CV to my client, Acme Insurance, for..."
    _np(3, r"(?i:\b(?:my|our)\s+client,?\s+(?:the\s+)?)" + _NAME),
    # "Acme Health is an equal opportunity employer": the employer's own statement
    _np(
        2,
        r"(?m)^[^\S\n]*+(?P<name>(?:[A-Z0-9][\w&'’.-]*[ \t]+){1,6})(?i:is\s+an?\s+(?:proud\s+)?(?:equal\s+"
        r"opportunit(?:y|ies)|"
        r"eeo?|affirmative\s+action)\b)",
    ),
    _np(
        3,
        r"(?i:\b(?:applying|applied|apply|application|applications|submission)\s+(?:to|at|"
        rf"with)\s+(?:the\s+)?){_NAME}",
    ),
    _np(
        3,
        rf"(?i:\b(?:application|resume|cv|profile)\s+(?:was\s+|has\s+been\s+)?(?:sent|submitted|forwarded)\s+"
        rf"to\s+(?:the\s+)?){_NAME}",
    ),
    # a job board's receipt: "The following items were sent to Acme Kitchens.", "The employer, Acme Freight,
    # will contact you directly"
    _np(
        3,
        r"(?i:\b(?:items|documents|details|materials)\s+(?:were|have\s+been)\s+(?:sent|submitted|forwarded)\s+"
        rf"to\s+(?:the\s+)?){_NAME}",
    ),
    _np(3, r"(?i:\bthe\s+(?:employer|hiring\s+company),\s+)" + _NAME),
    _np(2.5, rf"\b{_JOB_WORD}\s+(?i:at|with)\s+(?:the\s+)?{_NAME}"),
    _np(
        2.5,
        r"(?i:\binterest\s+in\s+(?:joining\s+|working\s+(?:at|for|with)\s+|a\s+career\s+(?:at|with)\s+|"
        r"employment\s+(?:at|with)\s+|a\s+(?:position|role)\s+(?:at|with)\s+)?(?:the\s+)?)" + _NAME,
    ),
    _np(
        2.5,
        r"(?i:\bjoin(?:ing)?\s+(?:us\s+at\s+)?(?:the\s+)?)(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,5})(?i:team|"
        r"family)\b",
    ),
    _np(
        2.5,
        r"(?i:\bwelcome\s+(?:you\s+)?to\s+(?:the\s+)?)(?!(?i:the\s+)?(?i:team|family|our|your)\b)" + _NAME,
    ),
    # "you want to join Lindgren Bikes as a Service Design Lead"
    _np(
        2.5,
        r"(?i:\bjoin(?:ing)?\s+)(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,5})(?i:as\s+(?:a|an|our|the)\s)",
    ),
    _np(2, r"(?i:\b(?:considering|choosing)\s+)" + _NAME),
    _np(2, r"(?i:\bon\s+behalf\s+of\s+(?:the\s+)?)" + _NAME),
    _np(2.5, r"(?i:\b(?:at|with|join|joining)\s+the\s+)(?P<name>[A-Z][\w'’-]*\s+of\s+[A-Z][^\n]{1,60})"),
    _np(2, r"(?i:\b(?:team|department|office)\s+(?:of|at)\s+(?:the\s+)?)" + _NAME),
    _np(2.5, r"(?i:\boffer\s+(?:letter\s+)?from\s+(?:the\s+)?)" + _NAME),
    _HAS_REQUESTED,
    _BETWEEN,
    _np(2, r"(?i:\b(?:employment|career|future)\s+(?:with|at)\s+)" + _NAME),
    # a public body written out in full: "St Aldhelm's Hospital NHS Foundation Trust", "Eastfield Borough
    # Council"
    _np(
        1.75,
        r"(?P<name>(?:[A-Z][\w'’.-]{0,40}[ \t]+){1,5}"
        r"(?:NHS[ \t]+(?:Foundation[ \t]+)?Trust|Health[ \t]+Board|"
        r"(?:Borough|District|County|City)[ \t]+Council|University[ \t]+Hospitals?))\b",
        stops=False,
    ),
    _np(
        2.5,
        r"(?P<name>(?:[A-Z0-9][\w&'’.-]{0,40}\s+){1,5})(?i:recruiting|recruitment|talent\s+acquisition|talent|"
        r"hiring|"
        r"hr|people|careers|university\s+relations|campus|early\s+careers)\s+(?i:team)\b",
    ),
    _np(1.5, r"(?i:\b(?:the|your)\s+)(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,4})(?i:team|family)\b"),
    _np(
        2,
        r"(?m)^[^\S\n]*+(?:[-–—]\s*)?(?:The\s+)?(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,4})(?i:recruiting\s+|hiring\s+|"
        r"talent\s+|hr\s+|people\s+)?Team\s*$",
    ),
    _np(
        2,
        r"(?i:\b(?:offer|position|role|job|post|application|applying|applied|interview|interviewing)\s+(?:of|"
        r"for|"
        r"as)\s+(?:the\s+|a\s+|an\s+)?)[^.\n]{1,70}?"
        r"\s(?i:at|with)\s+" + _NAME,
    ),
)
_SUBJECT_PATTERNS: tuple[_NamePattern, ...] = (
    _np(3, rf"(?i:\b(?:application|applying|applied|apply)\s+(?:to|at|with)\s+(?:the\s+)?){_NAME}"),
    _np(
        3,
        r"(?i:\b(?:application|resume|cv)\s+(?:was\s+|has\s+been\s+)?(?:sent|submitted|"
        rf"forwarded)\s+to\s+){_NAME}",
    ),
    _np(2.5, rf"(?i:\b(?:at|with|@)\s+){_NAME}"),
    _np(
        2.5,
        r"(?i:\byour\s+)(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,4})(?i:application|interview|offer|candidacy)\b",
    ),
    _np(2.5, r"(?i:\bwelcome\s+to\s+)(?!(?i:the\s+)?(?i:team|family)\b)" + _NAME),
    _np(2, r"(?i:\b(?:interest\s+in|thanks?\s+from|message\s+from|news\s+from)\s+)" + _NAME),
    _np(1.5, r"^\s*+(?P<name>[^\n|:–—-]{2,60}?)\s*(?:\||:|–|—|\s-\s)(?P<other>.*)$"),
    _np(1.5, r"^(?P<other>.*?)(?:\||–|—|\s-\s)\s*(?P<name>[^\n|:–—-]{2,60}?)\s*$"),
    _np(1, r"^\s*(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,4})(?i:wants|would|is|has|invites)\b"),
    _np(2.5, r"(?i:\boffer\s+(?:letter\s+)?from\s+(?:the\s+)?)" + _NAME),
    _BETWEEN,
    _BEFORE_DOCUMENT,
)
# The name ends before a whole run of separators (the run is never re-split), so each is scanned once.
_VIA = _lazy(
    r"^(?P<name>.+?)(?<!\s)\s++(?:via|through|on behalf of|powered by)\s+(?P<relay>.+)$", re.IGNORECASE
)
_PERSON_AT = _lazy(r"^(?P<person>.+?)(?<!\s)\s++(?:at|from|@|\|)\s+(?P<name>.+)$", re.IGNORECASE)
_DISPLAY_SUFFIX = _lazy(
    r"^(?P<name>.+?)(?<![\s,|-])[\s,|-]++(?:recruiting|recruitment|careers?|talent(?:\s+acquisition)?|hr|"
    r"human\s+resources|"
    r"hiring|jobs|resourcing|people(?:\s+(?:team|ops|operations|(?:&|and)\s+culture))?|talent\s+team|recruiting\s+team|hiring\s+team|"
    r"university\s+recruiting|campus\s+recruiting|early\s+careers|no-?reply|notifications?|team|applications)"
    r"(?:\s+team)?\s*$",
    re.IGNORECASE,
)
_DISPLAY_PREFIX = _lazy(
    r"^(?:HR|Human\s+Resources|Recruiting|Recruitment|Careers|Talent(?:\s+Acquisition)?)(?:\s*[-|:–—]\s*|\s+(?:at|@)\s+|"
    r"\s+)(?=[A-Z0-9])"
)
_GENERIC_DOMAIN_LABELS: frozenset[str] = frozenset(
    {
        "mail",
        "email",
        "e-mail",
        "careers",
        "career",
        "jobs",
        "job",
        "hr",
        "recruiting",
        "recruitment",
        "noreply",
        "no-reply",
        "example",
        "test",
        "localhost",
        "notifications",
        "notify",
        "apply",
        "talent",
        "hire",
        "hiring",
    }
)
_EMAIL_IN_TEXT = _lazy(r"\b[\w.+-]{1,64}@(?P<domain>[\w-]+(?:\.[\w-]+)+)\b")  # 64: the longest local part
_SIGN_OFF = _lazy(
    r"^(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely|best|warmly|"
    r"cordially|talk soon|speak soon|"
    r"yours(?: truly| "
    r"sincerely)?|respectfully|all the best|with thanks|thanks again|take care)[,.!]?\s*$|^--\s*$|^—\s*$",
    re.IGNORECASE,
)


def _person_like(name: str) -> bool:
    """Two or three capitalised words with no organisation word: probably a recruiter's name."""
    words = name.split()
    if not 1 <= len(words) <= 3:
        return False
    if any(w.lower().strip(".") in _ORG_WORDS for w in words):
        return False
    return all(re.fullmatch(r"[A-Z][a-z'’\-]+\.?|[A-Z]\.", w) for w in words) and len(words) >= 2


def _domain_label(domain: str) -> str | None:
    registrable = registrable_domain(domain)
    label = registrable.split(".")[0] if registrable else ""
    if not label or label in _GENERIC_DOMAIN_LABELS or len(label) < 2:
        return None
    return label


def _domain_name(domain: str) -> str | None:
    label = _domain_label(domain)
    if label is None:
        return None
    # "bluefin-analytics" -> "Bluefin Analytics"; "ibm" -> "IBM"
    words = [word for word in re.split(r"[-_]+", label) if word]
    return " ".join(word.upper() if len(word) <= 3 else word[:1].upper() + word[1:] for word in words) or None


@dataclass
class _Candidate:
    name: str
    weight: float
    source: str  # display, subject, body, signature, domain, body_domain


def _from_display_name(sender: Address) -> list[_Candidate]:
    display = sender.name.strip().strip("\"'")
    if not display or "@" in display:
        return []
    if is_relay_name(display):
        return []  # "NHS Jobs", "Calendar": the relay itself, whatever its words
    prefix = _DISPLAY_PREFIX.get().match(display)
    if prefix and not _only_team_words(display[prefix.end() :]):
        display = display[prefix.end() :]  # "HR Acme Ltd", "Careers - Acme": the team, then the employer
    domain = sender.email.partition("@")[2]
    relay = is_relay_domain(domain) if domain else True
    found: list[_Candidate] = []
    via = _VIA.get().match(display)
    if via:
        left, right = via.group("name"), via.group("relay")
        if re.search(r"\son\s+behalf\s+of\s", display, re.IGNORECASE) and is_relay_name(left.strip()):
            left = right  # "HireRight on behalf of Acme": the service speaks for the employer on its right
        name = trim_name(left, title_case_stops=False)
        if name:
            # "Acme via Greenhouse" names the employer; "Jane Doe via DocuSign" or "via LinkedIn", a person.
            person = _person_like(name) and not (domain and is_ats_domain(domain))
            found.append(_Candidate(name, 1.0 if person else 4, "display"))
        return found
    suffix = _DISPLAY_SUFFIX.get().match(display)
    if suffix:
        name = trim_name(suffix.group("name"), title_case_stops=False)
        if name and not is_relay_name(name):
            found.append(_Candidate(name, 3.5, "display"))
        return found
    person_at = _PERSON_AT.get().match(display)
    if person_at:
        name = trim_name(person_at.group("name"), title_case_stops=False)
        if name:
            found.append(_Candidate(name, 3, "display"))
        return found
    name = _without_department(trim_name(display, title_case_stops=False))
    if not name or is_relay_name(name):
        return found
    label = _domain_label(domain) if domain else None
    squashed = re.sub(r"[^a-z0-9]", "", company_key(name))
    if (
        label
        and not relay
        and squashed
        and (squashed == label or squashed.startswith(label) or label.startswith(squashed))
    ):
        found.append(_Candidate(name, 3.5, "display"))
    elif not _person_like(name):
        # An ATS shows the name the employer configured; a job board or free mail shows anything.
        # (an assessment or signature service shows the employer's configured name too)
        configured = not relay or is_ats_domain(domain) or is_service_domain(domain)
        found.append(_Candidate(name, 2 if configured else 1.5, "display"))
    return found


def _without_department(name: str | None) -> str | None:
    """A department or unit word after an organisation word names the sender's team, not the employer:
    "Kelpie Software Engineering" -> "Kelpie Software", "Brook School Office" -> "Brook School"."""
    words = (name or "").split()
    if (
        len(words) >= 3
        and words[-1].lower() in _FUNCTION_WORDS | _UNIT_WORDS
        and re.sub(r"['’]s$", "", words[-2].lower()) in _ORG_WORDS
    ):
        return " ".join(words[:-1])
    return name


def _from_patterns(text: str, patterns: tuple[_NamePattern, ...], source: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    lowered = text.lower()
    for item in patterns:
        if not item.pattern.may_match(lowered):
            continue
        for match in item.pattern.get().finditer(text):
            chunk = match.group("name")
            name = trim_name(chunk, title_case_stops=item.title_case_stops)
            if name is None:
                continue
            name = _with_legal_suffix(name, text[match.start("name") :])
            weight = item.weight
            split = "other" in item.pattern.get().groupindex
            if split and not _whole_name(name, chunk):
                continue  # "Online aptitude test - Graduate Trainee": a phrase, not a name
            if split and _person_like(name) and _DOCUMENT_TITLE.get().search(match.group("other") or ""):
                continue  # "Offer Letter - Sam Rivera": the signer, not the employer
            if split and _looks_like_title(match.group("other") or ""):
                weight += 0.75  # "Acme | Software Engineer": the other side is the role
            elif split and _DOCUMENT_TITLE.get().search(match.group("other") or ""):
                weight += 0.75  # "Offer Letter - Sam Rivera - Acme": an e-signature document's title
            if item.person_weight is not None and _person_like(name):
                weight = item.person_weight
            found.append(_Candidate(name, weight, source))
    return found


_DOCUMENT_TITLE = _lazy(
    r"\b(?:offer\s+letter|(?:letter\s+of\s+)?offer\s+of\s+employment|letter\s+of\s+offer|employment\s+"
    r"(?:agreement|contract|offer)|contract)\b",
    re.IGNORECASE,
)


def _only_team_words(rest: str) -> bool:
    """True when `rest` holds nothing but team and department words ("Talent Acquisition Team")."""
    words = [w.strip(".,").lower() for w in rest.split()]
    return all(w in _TEAM_WORDS or w in _DEPARTMENT_WORDS for w in words)


def _whole_name(name: str, chunk: str) -> bool:
    """The trimmed name is the whole chunk, up to quotes, legal form and trailing team words."""
    chunk = chunk.strip().strip("'\"‘’“”*_ ")
    if chunk.lower().startswith("the ") and not name.lower().startswith("the "):
        chunk = chunk[4:]
    if not chunk.startswith(name):
        return False
    rest = chunk[len(name) :].strip(" ,.")
    if re.fullmatch(r"(?:and|&)\s+the\s+(?:[\w&'-]+\s+){1,3}team", rest, re.IGNORECASE):
        return True  # "Acme and the HackerRank team": the employer, then its vendor
    return not rest or rest.lower().strip(".") in LEGAL_SUFFIXES or _only_team_words(rest)


_LEGAL_TAIL = _lazy(
    r",?\s+(?P<suffix>Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|plc|PLC|GmbH|AG|S\.A\.|SA|B\.V\.|BV|N\.V\.|"
    r"d\.o\.o\.|"
    r"Pty\.? Ltd\.?|Corp\.?|Corporation|LLP|LP)(?![\w])"
)


def _with_legal_suffix(name: str, following: str) -> str:
    """Re-attach ", Inc." cut off by the comma: "Harbor Point Engineers, Inc." stays whole."""
    if not following.startswith(name):
        return name
    rest = following[len(name) :]
    match = _LEGAL_TAIL.get().match(rest)
    if match and match.group("suffix").lower() not in name.lower():
        return (
            f"{name}{match.group(0)}" if match.group(0).startswith(",") else f"{name} {match.group('suffix')}"
        )
    return name


def _signature_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    tail = lines[-8:]
    end = len(lines)
    for index in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        if _SIGN_OFF.get().match(lines[index]):
            tail = lines[index + 1 : min(index + 7, end)]
            rule = lines[index].strip() in ("--", "—")
            if rule and any(len(line) > 90 or _BOILERPLATE.get().search(line) for line in tail):
                end = index  # "--" opened an automated footer: the real sign-off sits above it
                continue
            break
    return tail


_BOILERPLATE = _lazy(
    r"\b(?:unsubscribe|privacy|automated|do\s+not\s+reply|equal\s+opportunit)", re.IGNORECASE
)


# Starts only where a whitespace run starts (see names._VIA): each run is scanned once.
_SIGNATURE_PARTS = _lazy(r"(?<!\s)\s*(?:,|\||·|•|\s[-–—]\s)\s*")


def _from_signature(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    lines = _signature_lines(text)
    previous_is_title = False
    for line in lines:
        if len(line) > 70 or "@" in line or "http" in line or re.search(r"\d{3}", line):
            previous_is_title = False
            continue
        # "Marta Kowalczyk | Head of Talent | Brightwater Systems", "Talent Partner, Acme"
        parts = [p.strip() for p in _SIGNATURE_PARTS.get().split(line) if p.strip()]
        if len(parts) == 2 and parts[1].rstrip(".").lower() in {s.rstrip(".") for s in LEGAL_SUFFIXES}:
            parts = [line]
        if len(parts) >= 2 and any(_looks_like_title(part) for part in parts[:-1]):
            name = trim_name(parts[-1], title_case_stops=False)
            if name and not _looks_like_title(name):
                found.append(_Candidate(name, 2.5, "signature"))
            previous_is_title = False
            continue
        candidate = trim_name(line, title_case_stops=False)
        if candidate and _whole_name(candidate, line.rstrip(".")) and not _looks_like_title(candidate):
            words = candidate.lower().split()
            if any(w.strip(".") in _ORG_WORDS for w in words):
                found.append(_Candidate(candidate, 2.5, "signature"))
            elif previous_is_title or len(candidate) < len(line.rstrip(".,;:!").strip()):
                found.append(_Candidate(candidate, 2, "signature"))  # after a title, or before a team word
            elif not _person_like(candidate) and len(words) > 1:
                found.append(_Candidate(candidate, 1.5, "signature"))  # counts when something else agrees
        previous_is_title = _looks_like_title(line)
    return found


def _looks_like_title(text: str) -> bool:
    words = re.split(r"[\s,/&-]+", text.lower())
    return any(
        w in TITLE_WORDS or w in {"talent", "acquisition", "hr", "recruiting", "people"} for w in words
    )


_CAPITALISED_RUN = _lazy(r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z0-9][\w'’-]*|&|and|of))*")
_FILE_EXTENSION = _lazy(r"\.(?:pdf|docx?|odt|rtf)\b", re.IGNORECASE)


def _spelled_domain(label: str, text: str) -> str | None:
    """The name in `text` that a domain label abbreviates: "brightwatersys" -> "Brightwater Systems".

    The text's name must equal the label once squashed, or start with it when the label is long enough to
    be unambiguous and does not cut a word in half ("lumen" never matches "Lumenfold")."""
    best: str | None = None
    label = _squash(label)  # "gruenwald-soehne"
    lowered = text.lower()
    if len(label) < 3:
        return None
    if label[:4] not in lowered and label[:4] not in lowered.translate(_TRANSLITERATE):
        return _label_initials_name(label, text)  # "dwc" for "Dalgliesh Whisky Company"
    for match in _CAPITALISED_RUN.get().finditer(text):
        run = match.group(0).lower()
        if not (run.startswith(label[:3]) or run.startswith("the " + label[:3])):
            continue  # cheap: most capitalised runs cannot spell the label
        name = trim_name(match.group(0), title_case_stops=True)
        if not name:
            continue
        first = _squash(company_key(name.split()[0]))
        for squashed in _squashed_forms(name):
            same = squashed == label
            abbreviated = (
                len(label) >= 5 and squashed.startswith(label) and label.startswith(first) and first != label
            )
            if (same or abbreviated) and (best is None or len(name) > len(best)):
                best = name
    return best or _label_initials_name(label, text)


# German spellings in domains: "Grünwald" is "gruenwald" there
_TRANSLITERATE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _label_initials_name(label: str, text: str) -> str | None:
    """The name a domain label builds from whole words and initials: "gilhooleyjoinery" for "Gilhooley &
    Daughters Joinery", "satextiles" for "Sriram Ananthan Textiles", "dwc" for "Dalgliesh Whisky Company"."""
    best: str | None = None
    for match in _CAPITALISED_RUN.get().finditer(text):
        if match.group(0)[:1].lower() != label[:1] or " " not in match.group(0):
            continue
        name = trim_name(match.group(0), title_case_stops=True)
        if not name or (best is not None and len(name) <= len(best)):
            continue
        words = [_squash(w) for w in company_key(name).split()]
        if len(words) >= 2 and _label_spells(label, [w for w in words if w], name.lower()):
            best = name
    return best


def _label_spells(label: str, words: list[str], folded: str) -> bool:
    """Each word gives itself, its initial, or (a connector, or at most one other middle word) nothing."""
    variants = [{w, _squash(w.translate(_TRANSLITERATE))} for w in words]
    transliterated = [_squash(w) for w in company_key(folded.translate(_TRANSLITERATE)).split()]
    if len(transliterated) == len(words):
        variants = [v | {x} for v, x in zip(variants, transliterated, strict=True) if x] or variants
    states = {(0, 0, 0)}  # (position in label, middle words skipped, whole words used)
    for index, word in enumerate(words):
        following: set[tuple[int, int, int]] = set()
        for position, skipped, whole in states:
            for form in variants[index]:
                if form and label.startswith(form, position):
                    following.add((position + len(form), skipped, whole + (len(form) > 1)))
            if label.startswith(word[:1], position):
                following.add((position + 1, skipped, whole))
            if index and word in _INITIALS_SKIP | {"and"}:
                following.add((position, skipped, whole))
            elif index and index < len(words) - 1 and not skipped:
                following.add((position, 1, whole))
        states = following
    return any(
        position == len(label) and (whole or len(label) >= 3 and not skipped)
        for position, skipped, whole in states
    )


def _squashed_forms(name: str) -> set[str]:
    """A name squashed the ways a domain spells it: with or without "and" for "&", with or without "Co"."""
    folded = strip_accents(name).lower()
    forms = {_squash(company_key(name))}
    for ampersand in ("and", ""):
        forms.add(_squash(folded.replace("&", ampersand)))
    return {form for form in forms if form}


def _domain_candidates(domain: str, weight: float, source: str, haystack: str) -> list[_Candidate]:
    if is_relay_domain(domain):
        return []
    label = _domain_label(domain)
    if label is None or is_relay_name(label):
        return []  # a signature or assessment service on another top-level domain ("pandadoc.net")
    spelled = _spelled_domain(label, haystack)
    name = spelled or _domain_name(domain)
    return [_Candidate(name, weight, source)] if name else []


def find_company(sender: Address | None, subject: str, text: str) -> str | None:
    """The employer's name, or None when nothing credible names it."""
    subject = _FILE_EXTENSION.get().sub("", subject)  # "Offer Letter - Acme.pdf"
    invite = _CALENDAR_SUBJECT.get().match(subject)
    if invite:
        subject = invite.group("title")  # "Invitation: Interview - Acme @ Wed Mar 25, 2026 1pm - 2pm (PDT)"
    candidates: list[_Candidate] = []
    relay_display = False
    if sender is not None:
        candidates.extend(_from_display_name(sender))
        relay_display = is_relay_name(sender.name.strip().strip("\"'"))
    from_subject = _from_patterns(subject, _SUBJECT_PATTERNS, "subject")
    if invite and relay_display:
        # the calendar sent it: the event's title is the only place the organiser named the employer
        from_subject = [_Candidate(c.name, c.weight + 0.5, c.source) for c in from_subject]
    candidates.extend(from_subject)
    body = text[:8000]
    haystack = f"{subject}\n{body}"
    candidates.extend(_from_patterns(body, _BODY_PATTERNS, "body"))
    candidates.extend(_from_signature(body))
    if sender is not None and "@" in sender.email and not relay_display:
        # a relay's display name ("Calendar", "Greenhouse") means the sender's domain is the relay's too
        candidates.extend(_domain_candidates(sender.email.partition("@")[2], 2.0, "domain", haystack))
    for match in _EMAIL_IN_TEXT.get().finditer(body):
        candidates.extend(_domain_candidates(match.group("domain"), 0.75, "body_domain", haystack))
    chosen = _choose(candidates, haystack)
    return _spelled_acronym(chosen, haystack) if chosen else None


_CALENDAR_SUBJECT = _lazy(
    r"^\s*+(?:(?:updated|new\s+event|accepted|tentatively\s+accepted)\s*+:?\s*+)?invitation\s*+:\s*+(?P<title>.+?)"
    r"(?<!\s)\s++@\s+(?:mon|tue|wed|thu|fri|sat|sun|\d)[^@]*$",
    re.IGNORECASE,
)
_ACRONYM = _lazy(r"^[A-Z]{2,6}$")


def _spelled_acronym(name: str, haystack: str) -> str:
    """The written-out form of a name that abbreviates it: "OHRN" -> "Open Hands Refugee Network",
    "Wendlebury HA" -> "Wendlebury Housing Association" (the mail spells the long form somewhere)."""
    words = name.split()
    if not any(_ACRONYM.get().match(w) for w in words) or len(words) > 4:
        return name
    best = name
    for match in _CAPITALISED_RUN.get().finditer(haystack):
        run = trim_name(match.group(0), title_case_stops=True)
        if not run or len(run) <= len(best) or run[:1].lower() != name[:1].lower():
            continue
        if _abbreviates(words, run.split()):
            best = run
    return best


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """Each short word is the long word itself or the initials of the next run of long words."""
    skip = {"of", "the", "and", "&", "for"}

    def walk(i: int, j: int) -> bool:
        if i == len(short):
            return j == len(long)
        if j >= len(long):
            return False
        word = short[i]
        if word.lower() == long[j].lower():
            return walk(i + 1, j + 1)
        if not _ACRONYM.get().match(word):
            return False
        letters = word.lower()
        k = j
        for letter in letters:
            while k < len(long) and long[k].lower() in skip and long[k][:1].lower() != letter:
                k += 1
            if k >= len(long) or long[k][:1].lower() != letter:
                return False
            k += 1
        return walk(i + 1, k)

    return any(_ACRONYM.get().match(w) for w in short) and len(long) > len(short) and walk(0, 0)


_DOMAIN_SOURCES = frozenset({"domain", "body_domain"})


def _squash(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key)


_INITIALS_SKIP = frozenset({"for", "of", "and", "the", "de", "in"})


def _initials(key: str) -> str:
    """ "institute for coastal research" -> "icr": the acronym a sender's display name may use."""
    words = [w for w in key.split() if w not in _INITIALS_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _choose(candidates: list[_Candidate], haystack: str) -> str | None:
    if not candidates:
        return None
    groups: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        key = company_key(candidate.name)
        if key:
            groups.setdefault(key, []).append(candidate)
    keys = list(groups)
    # A shorter name whose whole words start a longer one names the same employer ("Keystone" and
    # "Keystone Robotics"); a domain label equals a spaced name ("oakandash" ~ "Oak & Ash").
    # Never a bare substring: "Meta" must not join "Metaverse".
    merged: dict[str, str] = {key: key for key in keys}
    for key in keys:
        for other in keys:
            if other == key or len(other) <= len(key):
                continue
            if all(item.source in _DOMAIN_SOURCES for item in groups[other]):
                continue
            same = other.startswith(key + " ") or _squash(other) == _squash(key) or _initials(other) == key
            if not same:
                continue
            # of several longer forms ("Kelpie Software", "Kelpie Engineering"), join the best supported one
            rank = (max(item.weight for item in groups[other]), len(other))
            current = merged[key]
            if current == key or rank > (max(item.weight for item in groups[current]), len(current)):
                merged[key] = other
    totals: dict[str, float] = {}
    sources: dict[str, set[str]] = {}
    members: dict[str, list[_Candidate]] = {}
    for key, items in groups.items():
        target = merged[key]
        while merged[target] != target:
            target = merged[target]
        members.setdefault(target, []).extend(items)
        for item in items:
            sources.setdefault(target, set()).add(item.source)
    for target, items in members.items():
        best_per_source: dict[str, float] = {}
        for item in items:
            best_per_source[item.source] = max(best_per_source.get(item.source, 0.0), item.weight)
        total = sum(best_per_source.values())
        total += 0.25 * (len(items) - len(best_per_source))  # repeated mentions help a little
        if any(i.source not in _DOMAIN_SOURCES and i.name in haystack for i in items):
            total += 0.25
        totals[target] = total
    best = max(totals, key=lambda key: (totals[key], len(sources[key]), len(key)))
    if totals[best] < 2.0:
        return None
    chosen = members[best]
    pool = [i for i in chosen if i.source not in _DOMAIN_SOURCES] or chosen
    # Prefer the fullest written form; among equals, the one from the strongest source.
    display = max(pool, key=lambda i: (len(company_key(i.name).split()), i.weight, len(i.name)))
    written = {company_key(i.name): i.name for i in pool}
    shorter = _without_department(display.name) or display.name
    possessive = re.match(r"^(.+?)['’]s\s", display.name)
    if possessive and company_key(possessive.group(1)) in written:
        return written[company_key(possessive.group(1))]  # "Acme's Software Engineering" -> "Acme"
    if shorter != display.name and company_key(shorter) in written:
        return written[company_key(shorter)]  # "Lindenfield School Office" -> "Lindenfield School"
    return display.name


# --- role and requisition -------------------------------------------------------------------------

_ROLE_CHARS = (
    r"[A-Z0-9][\w&'’/+#.,()-]*(?:[ \t]+(?:[A-Z0-9(][\w&'’/+#.,()-]*|of|and|&|for|in|de|–|-|to|the|with|on))*"
)
_ROLE_PATTERNS: tuple[LazyPattern, ...] = (
    _lazy(rf"(?i:\b(?:position|role|post|job)\s+(?:of|as)\s+(?:an?\s+|the\s+)?)(?P<role>{_ROLE_CHARS})"),
    _lazy(
        rf"(?i:\b(?:for|to|of|as|in)\s+(?:the|a|an|our|this)\s+(?:open\s+|new\s+)?)(?P<role>{_ROLE_CHARS})\s+"
        r"(?i:position|role|job|opening|vacancy|post|gig|opportunity)\b"
    ),
    _lazy(
        rf"(?i:\b(?:application|applying|applied|interview|offer)\s+(?:for|to)\s+(?:the\s+|a\s+|an\s+)?)"
        rf"(?P<role>{_ROLE_CHARS})"
    ),
    _lazy(rf"(?i:\bas\s+(?:an?|our)\s+(?:new\s+)?)(?P<role>{_ROLE_CHARS})"),
    _lazy(rf"(?i:\bthe\s+)(?P<role>{_ROLE_CHARS})\s+(?i:position|role)\b"),
)
_SUBJECT_ROLE_PATTERNS: tuple[LazyPattern, ...] = (
    _lazy(rf"^(?P<role>{_ROLE_CHARS})\s+(?i:at|@|with)\s+"),
    _lazy(r"(?:[:–—|]|\s-\s)\s*(?P<role>[^:–—|\n]+?)\s*$"),
    _lazy(rf"^(?P<role>{_ROLE_CHARS})\s*(?:[:–—|]|\s-\s)"),
    _lazy(rf"(?i:\b(?:for|as)\s+(?:the\s+|a\s+|an\s+)?)(?P<role>{_ROLE_CHARS})"),
)
_ROLE_TAIL = _lazy(
    r"\s+(?:at|with|in|for|to|on|of|and|&|the|-|–)\s*$|\s+(?:position|role|job|opening|vacancy|post|gig)\s*$|"
    r"[\s,.]+$",
    re.IGNORECASE,
)


_ROLE_LEAD = _lazy(
    # gaps of at most 300 characters (a subject line): every "offer" would otherwise rescan the rest
    r"^.{0,300}?\b(?:offer|letter|interview|invitation|application|update|confirmation|assessment|details|"
    r"required|reminder)\b.{0,300}?\b(?:for|as|[-–—:])\s+(?:the\s+|a\s+|an\s+)?",
    re.IGNORECASE,
)


_ROLE_ID = _lazy(
    r"(?<!\s)\s*[(\[]\s*+(?:job\s*+(?:id|#|no\.?|number)|req(?:uisition)?\.?\s*+(?:id|#|no\.?)?|ref(?:erence)?\.?\s*+"
    r"(?:id|#|no\.?)?|id)\s*+[:#]?\s*+[\w-]+\s*+[)\]]",
    re.IGNORECASE,
)


# A team or product line after a comma, inside "the ..., ... role": "Software Engineer, Payments".
_ROLE_QUALIFIER = re.compile(r"[A-Z][\w&/+-]*(?:\s+(?:&\s+)?[A-Z][\w&/+-]*){0,2}")


def _clean_role(raw: str, company: str | None, *, bounded: bool = False) -> str | None:
    """The role title in `raw`; `bounded` when the text ended at "role" / "position", so that a comma inside
    it separates a team qualifier rather than the next clause."""
    role = _ROLE_LEAD.get().sub("", _ROLE_ID.get().sub("", raw.strip()))
    if company and company in role:
        role = role.split(company)[0]
    role = re.split(r"(?<!\s)\s+(?:at|with|@)\s+(?=[A-Z])", role)[0]
    head, comma, tail = role.partition(", ")
    tail = tail.strip()
    qualified = bounded and comma and _ROLE_QUALIFIER.fullmatch(tail) and not re.search("[.;!?]", head)
    role = f"{head}, {tail}" if qualified else re.split(r"[.,;!?](?:\s|$)", role)[0]
    previous = None
    while previous != role:
        previous = role
        role = _ROLE_TAIL.get().sub("", role).strip()
    if role.count("(") != role.count(")"):
        role = role.split("(")[0].strip()
    words = role.lower().replace("(", " ").replace(")", " ").replace("-", " ").split()
    if not words or len(words) > 12:
        return None
    if not any(w.strip(",.") in TITLE_WORDS for w in words):
        return None
    if words[0] in {"talent", "hr", "people", "recruiting"} and len(words) <= 3:
        return None  # a recruiter's signature title, not the job applied for
    return display_role(role)


def find_role(subject: str, text: str, company: str | None) -> str | None:
    for pattern in _ROLE_PATTERNS:
        for match in pattern.get().finditer(text[:4000]):
            bounded = match.group(0).lower().endswith(("role", "position"))
            role = _clean_role(match.group("role"), company, bounded=bounded)
            if role:
                return role
    for pattern in _SUBJECT_ROLE_PATTERNS:
        found = pattern.get().search(subject)
        if found:
            role = _clean_role(found.group("role"), company)
            if role:
                return role
    return None


_REQUISITION = _lazy(
    r"(?i:\b(?:req(?:uisition)?\.?\s*+(?:id|#|no\.?|number|code)?|(?:job|position|posting|vacancy|opening|"
    r"ref(?:erence)?)\s*+(?:id|#|no\.?|number|code))"
    r"\s*+[:#]?\s*+)(?P<id>(?=[A-Z0-9-]*\d)[A-Z]{0,6}[-_]?[A-Z0-9][A-Z0-9-_]{2,24})\b"
    r"|\((?:(?i:id|req|ref)\s*[:#]?\s*)?(?P<paren>(?=[A-Z0-9-]*\d)(?:[A-Z]{1,6}[-_]?\d[\w-]{2,20}|"
    r"\d{4}-\d{3,10}|"
    r"\d{5,12}))\)"
    r"|\b(?P<bare>(?:JR|REQ|R|JOB|JID|VAC)[-_]?\d{4,}[\w-]*)\b"
)


def find_requisition_id(subject: str, text: str) -> str | None:
    for source in (subject, text[:6000]):
        for match in _REQUISITION.get().finditer(source):
            value = match.group("id") or match.group("paren") or match.group("bare")
            if not value:
                continue
            context = source[max(0, match.start() - 20) : match.start()].lower()
            if "applicant" in context or "candidate" in context or "phone" in context:
                continue  # an applicant id or a phone number, not the job's requisition
            return value
    return None


# --- dates ----------------------------------------------------------------------------------------

# The employer promising its own next step.
_EMPLOYER_PROMISE = _lazy(
    r"\b(?:we|i|our\s+(?:[\w-]+\s+){0,2}(?:team|manager|coordinator|recruiter|panel|committee|board|department|"
    r"hr)s?|the\s+(?:[\w-]+\s+){0,2}(?:team|manager|coordinator|recruiter|panel|committee|board)|they|"
    r"someone)\b[^.;!?]{0,100}?"
    r"\b(?:get\s+back|be\s+back\s+(?:to|in\s+touch\s+with)\s+you|revert|respond|reply|answer|be\s+in\s+touch|update\s+you|"
    r"let\s+you\s+know|inform\s+you|"
    r"contact|wrap\s+up|conclude|send\s+you|write\s+(?:to\s+you|back)|drop\s+you\s+a\s+line|"
    r"reach\s+out|decide|reach\s+a\s+decision|mak(?:e|ing)\s+(?:a|our|the|any)\s+(?:final\s+)?decision|"
    r"provide\s+(?:you\s+"
    r"with\s+)?(?:an?\s+)?(?:update|feedback|answer|decision|response)|review\s+(?:your|all|the|every|each)|"
    r"complete\s+(?:all|the"
    r"|our)\s+(?:interviews|review|process)|come\s+back|follow\s+up|notify|have\s+(?:an?\s+)?(?:update|"
    r"decision|feedback|"
    r"answer)|finali[sz]e|send\s+(?:you\s+)?(?:the|an|your)(?!\s+(?:\w+\s+)?(?:link|invite|invitation|calendar|zoom|"
    r"teams|agenda|directions|address|parking))|be\s+(?:able\s+to\s+)?(?:share|confirm)|hear|"
    r"confirm\s+(?:the|an?|your|our)\s+(?:outcome|decision|result|next\s+steps)|"
    r"give\s+(?:you\s+|me\s+|us\s+)?(?:some\s+)?(?:feedback|an?\s+(?:answer|update|decision))|"
    r"mak(?:e|ing)\s+(?:their|his|her|a|our|the)\s+(?:final\s+)?(?:choice|selection)|"
    r"come\s+(?:straight\s+|right\s+)back|write\s+to\s+(?:all\s+|every\s+|each\s+)?(?:shortlisted|"
    r"successful|candidates|applicants))\w*"
    # "you'll receive an answer", not "you'll receive an invitation from the screening provider"
    r"|\byou(?:'ll|\s+will|\s+should|\s+can\s+expect\s+to)\s+(?:hear\b|(?:receive|get)\s+(?:an?\s+|our\s+|"
    r"the\s+|some\s+)?(?:\w+\s+)?(?:answer|update|decision|response|feedback|news|reply|outcome|offer|call)\b|"
    r"(?:receive|get)\s+(?:an?\s+)?(?:email|message|call)\s+from\s+(?:us|me|our)\b|"
    r"(?:receive|get)\s+(?:an?\s+|our\s+|the\s+)?(?:[\w-]+\s+){0,2}[\w-]+\s+from\s+(?:us|me|our\s+team|the\s+team)\b)"
    # "every finalist will receive an update"
    r"|\b(?:each|every|all)\s+(?:\w+\s+)?(?:candidates?|applicants?|finalists?)\s+will\s+(?:receive|hear|get)\b"
    r"|\b(?:decision|update|feedback|response|answer|outcome)s?\s+(?:is\s+expected\s+|will\s+be\s+(?:made|"
    r"shared|"
    r"sent)\s+)?(?:by|within|no\s+later\s+than|in\s+the\s+next)\b"
    r"|\bexpect\s+to\s+hear\b"
    # "your offer letter will come through on Monday", "the formal paperwork will follow within 48 hours"
    r"|\b(?:(?:written\s+|formal\s+|official\s+|full\s+|signed\s+)?(?:offer(?:\s+letter|\s+pack)?|contract|"
    r"paperwork)|(?:written|formal|official)\s+letter)"
    r"\s+(?:will|should)\s+(?:\w+\s+)?(?:come|follow|arrive|reach\s+you|land|hit\s+your\s+inbox|"
    r"be\s+(?:sent|issued|with\s+you|in\s+your\s+inbox))\b",
    re.IGNORECASE,
)
# The candidate being asked to act by a date.
_CANDIDATE_DEADLINE = _lazy(
    r"\b(?:please|kindly|if\s+you\s+could|could\s+(?:you|u)|can\s+(?:you|u)|would\s+you)\b[^.;!?]{0,140}?"
    r"\b(?:by|before|"
    r"within|no\s+later\s+than|until|prior\s+to|on\s+or\s+before)\b"
    r"|\b(?:any\s*time|anytime)\s+(?:before|until|up\s+to)\b"
    r"|\b(?:deadline|due\s+(?:date|by)|expires?|expiry|valid\s+until|open\s+until|have\s+until|"
    r"closes?\s+on)\b"
    r"|\byou\s+(?:will\s+)?(?:have|need|are\s+required|must|should)\b[^.;!?]{0,80}?\b(?:within|by|"
    r"before|until)\b"
    r"|\byou(?:'ll|\s+will)?\s+(?:have|get|be\s+given)\s+(?:up\s+to\s+)?\S+\s+(?:\w+\s+)?(?:days?|hours?|weeks?)\s+"
    r"to\b"
    r"|\b(?:complete|submit|return|send|sign|accept|respond|reply|confirm)\w*\b[^.;!?]{0,80}?\b(?:within|by|"
    r"before|"
    r"no\s+later\s+than)\b[^.;!?]{0,40}?\b(?:days?|hours?|week|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|"
    r"sunday|\d)"
    r"|\b(?:let\s+(?:us|me)\s+know|get\s+back\s+to\s+(?:us|me)|respond|reply)\b[^.;!?]{0,60}?\b(?:by|before|"
    r"within)\b"
    r"|\b(?:have|get|receive)\s+your\s+(?:answer|decision|response|reply|acceptance)\s+(?:by|before|within)\b"
    r"|\b(?:have|get)\s+it\s+back\s+(?:by|before|within)\b"
    r"|\b(?:would|'d|will)\s+(?:like|want|need)\s+(?:an?\s+|your\s+)?(?:answer|decision|response|reply)\s+"
    r"(?:from\s+you\s+)?(?:by|before|within|no\s+later\s+than)\b",
    re.IGNORECASE,
)
# Past or superseded times in an interview mail ("the interview we had arranged for Monday").
_PAST_CONTEXT = _lazy(
    r"\b(?:had\s+(?:arranged|scheduled|planned|booked)|originally|previously|instead\s+of|no\s+longer|"
    r"cancel\w*|"
    r"thank(?:s|\s+you)\s+(?:again\s+)?for\s+(?:taking|meeting|coming|your\s+time|speaking|the\s+time)|"
    r"met\s+with|"
    r"enjoyed|was\s+(?:scheduled|planned)|we\s+(?:met|spoke|talked)|last\s+(?:week|time))\b",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = _lazy(
    r"(?<=[.!?])\s+|\n+|;\s*|:\s+(?=(?:we|i|you|our)\b)"
    r"|,?(?<![^\S\n])\s{1,80}+(?:and|but|so|while)\s+(?=(?:we|i|you|our|please)\b)"
    r"|,?(?<![^\S\n])\s{1,80}+but\s+(?=they\b)",
    re.IGNORECASE,
)
_APPROXIMATE = _lazy(
    r"\b(?:week|month|within|in\s+(?:a|the|\d)|next\s+\d|days?|hours?|couple|few)\b", re.IGNORECASE
)

_REPLY_KINDS = frozenset(
    {
        Kind.APPLICATION_RECEIVED,
        Kind.STATUS_UPDATE,
        Kind.INTERVIEW_SCHEDULED,
        Kind.ASSESSMENT,
        Kind.REFERENCES_REQUESTED,
        Kind.OFFER,
    }
)
_RESPOND_KINDS = frozenset(
    {
        Kind.OFFER,
        Kind.REFERENCES_REQUESTED,
        Kind.ASSESSMENT,
        Kind.INTERVIEW_SCHEDULED,
        Kind.STATUS_UPDATE,
        Kind.APPLICATION_RECEIVED,
    }
)
_INVITE_KINDS = frozenset(
    {
        Kind.INTERVIEW_SCHEDULED,
        Kind.STATUS_UPDATE,
        Kind.ASSESSMENT,
        Kind.REFERENCES_REQUESTED,
        Kind.APPLICATION_RECEIVED,
        Kind.OFFER,
    }
)


def reference_time(mail: ReadMail) -> datetime | None:
    """The moment relative dates count from: the employer's own date, else the envelope's."""
    return mail.original.date or mail.envelope.date


def _day_first(reference: datetime) -> bool:
    """Numeric dates read month-first in the Americas (UTC-3 to UTC-10), day-first elsewhere."""
    offset = reference.utcoffset() or timedelta(0)
    return not (timedelta(hours=-10) <= offset <= timedelta(hours=-3))


PAST_REACH = 45  # how far before a date its "we met on" / "had arranged for" may sit, within its sentence


def _near(text: str, mention: DateMention) -> str:
    """The words just around a date, inside its sentence: where "had arranged for" or "we met on" would be."""
    sentence_start = max(text.rfind(end, 0, mention.start) for end in (".", "?", "!", "\n\n")) + 1
    start = max(sentence_start, mention.start - PAST_REACH)
    after = re.split(r"[.?!]", text[mention.end : mention.end + 30])[0]  # "Monday, which we had to cancel"
    return text[start : mention.start] + " " + after


def find_interview_at(text: str, reference: datetime) -> datetime | None:
    """The interview's start from the text: the first specific, current date, preferring one with a time."""
    zone = reference.tzinfo or UTC
    mentions = find_datetimes(text[:6000], reference, day_first=_day_first(reference))
    usable: list[DateMention] = []
    for mention in mentions:
        if _APPROXIMATE.get().search(mention.text) and mention.at is None:
            continue  # "this week", "within 5 days": a window, not an appointment
        if _PAST_CONTEXT.get().search(_near(text, mention)):
            continue
        if _MOVED_FROM.get().search(
            text[max(0, mention.start - 8) : mention.start]
        ) and _MOVED_TO.get().match(text, mention.end):
            continue  # "move our chat from Tuesday to Thursday": Tuesday is the old slot
        usable.append(mention)
    timed = [m for m in usable if m.at is not None]
    for pool in (timed, usable):
        upcoming = [m for m in pool if m.resolve(zone) >= reference - timedelta(days=1)]
        chosen = upcoming[0] if upcoming else (pool[0] if pool else None)
        if chosen is not None:
            if chosen.at is None:
                chosen = _with_schedule_time(text[:6000], chosen, mentions)
            return chosen.resolve(zone)
    return None


_SCHEDULE_TIME_LEAD = _lazy(
    r"(?:^|\n)[ \t>*•-]*(?:[A-Za-z][\w -]{0,20}:)?[ \t]*$"
    r"|\b(?:at|from|starting|starts|begins?|check\s+in\s+at)\s*$",
    re.I,
)
SCHEDULE_REACH = 300  # how far below a date its schedule's first time may sit


def _with_schedule_time(text: str, mention: DateMention, mentions: list[DateMention]) -> DateMention:
    """A date whose time sits further down, as in an agenda: "schedule for Thursday, April 10:" then a table
    whose first row starts "9:30 AM - 10:15 AM". Only a time at the start of a line, or after "at"/"from",
    before any other date, counts."""
    limit = mention.end + SCHEDULE_REACH
    later_dates = [m.start for m in mentions if m.start >= mention.end]
    if later_dates:
        limit = min(limit, later_dates[0])
    for start, end, at, zone in find_times(text):
        if start < mention.end:
            continue
        if start >= limit:
            break
        if _SCHEDULE_TIME_LEAD.get().search(text[max(mention.end, start - 40) : start]):
            return DateMention(mention.start, end, mention.day, at, zone, text[mention.start : end])
    return mention


_MOVED_FROM = _lazy(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_MOVED_TO = _lazy(r"\s*(?:to|until|→)\s+(?:the\s+)?\w", re.IGNORECASE)


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_SPLIT.get().split(text[:8000]) if c and c.strip()]


def find_deadlines(
    text: str, reference: datetime, workdays: BusinessCalendar = WEEKENDS_ONLY
) -> tuple[datetime | None, datetime | None]:
    """(expect_reply_by, respond_by): the employer's promised answer and the candidate's own deadline.

    Business-day spans skip the weekends and public holidays of `workdays` (the user's country)."""
    day_first = _day_first(reference)
    expect: datetime | None = None
    respond: datetime | None = None
    for clause in _clauses(text):
        if not _DATE_HINT.get().search(clause):
            continue  # no digit, day, week, month or date word: nothing to resolve
        after = _AFTER_THAT.get().search(clause)
        if after and not _SPAN_THEN.get().search(clause[: after.end()]):
            continue  # "interviews next week, and we'll be in touch after that": no date was promised
        allow = bool(_ALLOW_FOR_ANSWER.get().search(clause))
        candidate_deadline = bool(_CANDIDATE_DEADLINE.get().search(clause)) and not allow
        employer_promise = bool(
            allow or _EMPLOYER_PROMISE.get().search(clause) or _NOT_HEARD.get().search(clause)
        )
        if not (candidate_deadline or employer_promise):
            continue
        when = resolve_deadline(clause, reference, day_first=day_first, workdays=workdays)
        if when is None:
            continue
        if candidate_deadline and not _employer_subject(clause):
            respond = when if respond is None else min(respond, when)
        elif employer_promise:
            expect = when if expect is None else max(expect, when)
    return expect, respond


_DATE_HINT = _lazy(
    r"\d|\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)(?:day)?|today|tomorrow|tonight|weeks?|"
    r"months?|fortnights?|days?|hours?|eod|cob|noon|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)
_EMPLOYER_FIRST = _lazy(
    r"^\W*(?:we|i|our|the\s+(?:[\w-]+\s+)?team|you(?:'ll|\s+will)\s+hear)\b", re.IGNORECASE
)


_EMPLOYER_WILL = _lazy(
    r"\b(?:we|i)(?:'ll|'d|\s+will|\s+shall|\s+would|\s+expect|\s+aim|\s+hope|\s+plan|\s+usually|\s+typically|"
    r"\s+should)\b"
    r"|\byou(?:'ll|\s+will)\s+(?:hear|receive\s+(?:an?\s+)?(?:answer|update|decision|response))\b"
    r"|\bif\s+you\s+(?:have\s+not|haven't|do\s+not|don't)\s+(?:heard|hear|received?)\b",
    re.IGNORECASE,
)
_NOT_HEARD = _lazy(r"\bif\s+you\s+(?:have\s+not|haven't|do\s+not|don't)\s+(?:heard|hear)\b", re.IGNORECASE)
_ASKS_CANDIDATE = _lazy(
    r"\b(?:please|kindly)\b|\byou\s+(?:will\s+)?(?:need|must|have|are\s+required|should)\b|\bdeadline\b"
    r"|\b(?:grateful|appreciate\w*)\s+if\s+you\s+(?:could|would|can)\b"
    r"|\b(?:ask|asking|require|requires|request|invite)\s+(?:you|all\s+candidates|candidates|applicants)\s+to\b"
    r"|\b(?:have|get)\s+it\s+back\b"
    r"|\b(?:would|'d)\s+like\s+you\s+to\b",
    re.IGNORECASE,
)
_AFTER_THAT = _lazy(
    r"\b(?:after|following)\s+(?:that|this|then|those|these|which)\b|\band\s+then\s+(?:we|i)(?:'ll|\s+will)\b"
    # counted from an event the mail does not date: "within four weeks of the closing date"
    r"|\b(?:days?|weeks?)\s+(?:of|after|from|following)\s+(?:the\s+)?(?:closing|close|end\s+of|deadline)"
    # the answer waits on something undated: "a recruiter will reach out once there's a team interested"
    r"|\b(?:once|when|if)\s+(?:there(?:'s|\s+is|\s+are)|a\s+(?:suitable\s+)?(?:team|role|position|vacancy)\s+"
    r"(?:is|becomes|opens))\b",
    re.IGNORECASE,
)
# "over the next 10 business days, after which you will receive an update": the span is the employer's own
# work, and the answer comes when it ends, so the span's end is the promise.
_SPAN_THEN = _lazy(
    r"\b(?:within|over\s+the\s+(?:next|coming)|in\s+the\s+(?:next|coming))\s+\S+\s+(?:\w+\s+)?(?:days?|weeks?|"
    r"fortnight)\b[^.;!?]{0,20}?,?\s+(?:after|following)\s+which\b",
    re.IGNORECASE,
)
# "Please allow up to 10 business days for a response": a request in form, the employer's promise in fact.
_ALLOW_FOR_ANSWER = _lazy(
    r"\ballow\s+(?:up\s+to\s+|at\s+least\s+|around\s+|approximately\s+)?\S+\s+(?:\S+\s+)?(?:business\s+|"
    r"working\s+)?(?:days?|weeks?)\s+for\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:response|reply|review|decision|"
    r"feedback|answer|update)",
    re.IGNORECASE,
)


def _employer_subject(clause: str) -> bool:
    """A clause whose subject is the employer ("once complete, we'll review within 5 days"), not a request."""
    if _NOT_HEARD.get().search(clause):
        return True  # "if you have not heard from us within four weeks, please assume...": their promise
    if _ASKS_CANDIDATE.get().search(clause):
        return False
    return bool(_EMPLOYER_FIRST.get().search(clause) or _EMPLOYER_WILL.get().search(clause))


# --- entry point -----------------------------------------------------------------------------------


def extract(mail: ReadMail, kind: Kind, workdays: BusinessCalendar = WEEKENDS_ONLY) -> Extraction:
    """Employer, role, requisition id and dates of one email already classified as `kind`."""
    subject = normalise_text(strip_subject_prefixes(mail.original.subject or ""))
    # "we’ll" reads like "we'll"; a promise wrapped over two lines is one sentence again
    text = unwrap_text(normalise_text(mail.text or ""))
    if kind is Kind.UNREADABLE:
        return Extraction(None, None, None, None, None, None)
    company = find_company(mail.original.sender, subject, text)
    role = find_role(subject, text, company)
    requisition_id = find_requisition_id(subject, text)
    reference = reference_time(mail)
    if reference is not None:
        reference = reference.astimezone(likely_zone(reference))  # same instant, a zone that knows its DST

    interview_at: datetime | None = None
    if kind in _INVITE_KINDS:
        for invite in mail.invites:
            if not invite.cancelled and invite.start is not None:
                interview_at = invite.start
                break
    if interview_at is None and kind is Kind.INTERVIEW_SCHEDULED and reference is not None:
        interview_at = find_interview_at(text, reference)

    expect_reply_by: datetime | None = None
    respond_by: datetime | None = None
    if reference is not None and kind in _REPLY_KINDS | _RESPOND_KINDS:
        expect_reply_by, respond_by = find_deadlines(text, reference, workdays)
        if kind not in _REPLY_KINDS:
            expect_reply_by = None
        if kind not in _RESPOND_KINDS:
            respond_by = None
        if interview_at is not None and respond_by == interview_at:
            respond_by = None
    return Extraction(
        company=company,
        role=role,
        requisition_id=requisition_id,
        interview_at=interview_at,
        expect_reply_by=expect_reply_by,
        respond_by=respond_by,
    )
