"""Employer and role names: normalising and comparing them without substring traps.

Employer names drift between messages ("ACME, Inc.", "Acme Recruiting", "acme.com"), and role titles drift too
("Sr. Data Engineer (Remote) - Berlin", "Senior Data Engineer"). Matching here is always on whole tokens,
never on substrings, so "Meta" never matches "Metaverse Inc" and "HP" never matches "PHP Solutions".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from untilsigned.domain.rules.legal_forms import LEGAL_TOKENS
from untilsigned.domain.text import fold_text
from untilsigned.domain.understanding.relays import RELAY_NAMES, is_relay_domain, is_relay_name

# Legal-form words dropped from the end of a company name (rules/legal_forms.py). Multi-word forms ("pty ltd",
# "gmbh co kg") fall out of dropping one trailing word at a time.
_LEGAL_SUFFIXES = LEGAL_TOKENS

# Team words that recruiting senders append to the employer ("Acme Recruiting", "Acme Talent Acquisition
# Team").
TEAM_WORDS = frozenset(
    {
        "recruiting",
        "recruitment",
        "recruiter",
        "recruiters",
        "careers",
        "career",
        "talent",
        "acquisition",
        "hr",
        "team",
        "jobs",
        "hiring",
        "people",
        "ops",
        "human",
        "resources",
        "staffing",
        "onboarding",
        "admissions",
    }
)

# Second-level labels under a country code ("acme.co.uk", "acme.com.au"): part of the suffix, not a name.
_SECOND_LEVEL_LABELS = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go", "gob", "ltd", "plc"}
)

# Host labels in front of the registrable name ("careers.acme.com").
_HOST_PREFIX_LABELS = frozenset(
    {
        "www",
        "careers",
        "jobs",
        "mail",
        "email",
        "e",
        "hr",
        "talent",
        "recruiting",
        "notifications",
        "no-reply",
    }
    | {"noreply", "hire", "apply", "join", "people", "em", "mg", "bounce", "reply", "news"}
)

_DOMAIN_TOKEN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,12}$")
_EMAIL_TOKEN = re.compile(r"^[^@\s]+@([a-z0-9.-]+\.[a-z]{2,12})$")
# "(?<!\s)": a pattern opening with whitespace starts only where a whitespace run starts, so each run is
# scanned once instead of once from every space in it (the matches found are the same).
_VIA = re.compile(r"(?<!\s)\s+via\s+.*$")
_CAREERS_AT = re.compile(r"^(?:careers|jobs|recruiting|talent|hiring)\s+(?:at|@)\s+")
_NON_WORD = re.compile(r"[^\w]+")


def company_from_domain(domain: str) -> str:
    """The registrable name of a host: "careers.acme.co.uk" -> "acme", "mail.acme.com" -> "acme"."""
    labels = [label for label in fold_text(domain).strip().strip(".").split(".") if label]
    if len(labels) > 1:
        labels.pop()  # the top-level domain
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL_LABELS:
        labels.pop()
    while len(labels) > 1 and labels[0] in _HOST_PREFIX_LABELS:
        labels.pop(0)
    return labels[-1] if labels else ""


@lru_cache(maxsize=4096)
def _raw_tokens(name: str) -> tuple[str, ...]:
    """Tokens of a company name with domains reduced, punctuation gone, and nothing else dropped."""
    text = fold_text(name).strip()
    text = _VIA.sub("", text)
    text = _CAREERS_AT.sub("", text)
    words: list[str] = []
    for word in text.split():
        bare = word.strip("()[]<>,;:\"'")
        email = _EMAIL_TOKEN.match(bare)
        if email:
            words.append(company_from_domain(email.group(1)))
        elif _DOMAIN_TOKEN.match(bare):
            words.append(company_from_domain(bare))
        else:
            words.append(word)
    text = " ".join(words)
    text = text.replace("&", " and ").replace("+", " and ")
    # Possessives and abbreviating dots join up rather than split: "Acme's" -> "acme", "S.A." -> "sa".
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"['’.]", "", text)
    return tuple(token for token in _NON_WORD.sub(" ", text).split() if token and token != "_")


@lru_cache(maxsize=4096)  # matching compares every application's name with every mail's
def normalise_company(name: str) -> str:
    """A comparable employer name: casefolded, accents, punctuation, "The", legal forms and team words
    dropped.

    "ACME, Inc." -> "acme"; "The Acme Recruiting Team" -> "acme"; "careers.acme.com" -> "acme".
    Returns "" when nothing but generic words remain ("Talent Acquisition", "HR").
    """
    tokens = list(_raw_tokens(name))
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    while tokens and (tokens[-1] in _LEGAL_SUFFIXES or tokens[-1] in TEAM_WORDS or tokens[-1] == "and"):
        tokens.pop()
    return " ".join(tokens)


def display_company(name: str) -> str:
    """A sender's display name cut to the employer, keeping its spelling: "Careers at Acme" -> "Acme",
    "Acme Talent Acquisition Team" -> "Acme", "Acme via Greenhouse" -> "Acme"."""
    text = re.split(r"(?<!\s)\s+via\s+", name.strip(), maxsplit=1, flags=re.IGNORECASE)[0]
    text = re.sub(r"^(?:careers|jobs|recruiting|talent|hiring)\s+(?:at|@)\s+", "", text, flags=re.IGNORECASE)
    words = text.split()
    while len(words) > 1 and fold_text(words[-1].strip(",.:;-")) in TEAM_WORDS | {""}:
        words.pop()
    return " ".join(words).strip(" ,.:;-")


def is_ats_name(name: str) -> bool:
    """True when a name or domain is a relay (applicant-tracking system, job board, e-signature or assessment
    service), never the employer: a listed relay domain, or a name in relays.RELAY_NAMES."""
    folded = fold_text(name).strip()
    if "@" in folded:
        folded = folded.rsplit("@", 1)[1]
    if _DOMAIN_TOKEN.match(folded):
        if is_relay_domain(folded):
            return True
        # "us.greenhouse-mail.io", "hire.lever.co", "acme.wd5.myworkdayjobs.com"
        pieces = {piece for label in folded.split(".") for piece in (label, label.split("-")[0])}
        return bool(pieces & RELAY_NAMES)
    normalised = normalise_company(folded)
    return is_relay_name(folded) or is_relay_name(normalised) or is_relay_name(normalised.replace(" ", ""))


def same_company(a: str | None, b: str | None) -> bool:
    """Whole-name equality after normalisation: "Acme" == "ACME, Inc." == "acme.com"; "Meta" != "Metaverse
    Inc".

    Also equal when the names differ only by spaces ("Mail Chimp" / "MailChimp"), which lets a domain such as
    "acmecorp.com" meet "Acme Corp". Never a substring or prefix match.
    """
    if not a or not b:
        return False
    norm_a, norm_b = normalise_company(a), normalise_company(b)
    if not norm_a or not norm_b:
        return False
    if norm_a == norm_b:
        return True
    compact_a = {norm_a.replace(" ", ""), "".join(_raw_tokens(a))}
    compact_b = {norm_b.replace(" ", ""), "".join(_raw_tokens(b))}
    return bool(compact_a & compact_b)


# A loose match on leading words needs a distinctive shorter name: "Copperleaf" may stand for "Copperleaf
# Studios", but "Global" must not stand for "Global Foods", nor "Data" for "Data Corp".
_MIN_LOOSE_NAME_CHARS = 4
_GENERIC_LEADING_WORDS = frozenset(
    {
        "global",
        "international",
        "national",
        "united",
        "american",
        "european",
        "first",
        "general",
        "new",
        "digital",
        "data",
        "health",
        "city",
        "royal",
        "north",
        "south",
        "east",
        "west",
        "smart",
        "tech",
        "bank",
        "group",
        "capital",
        "green",
        "blue",
    }
)


def loosely_same_company(a: str | None, b: str | None) -> bool:
    """`same_company`, or one normalised name is the other's leading whole words: "Copperleaf" / "Copperleaf
    Studios", "Ashgrove Dental" / "Ashgrove Dental Group", "harborline.example" / "Harborline Logistics".

    Names drift between an employer's own messages (a signature, a domain, a subject), so this is for matching
    mail to an application already known; it never matches part of a word ("Meta" / "Metaverse Inc"), nor on a
    generic leading word alone ("Global" / "Global Foods").
    """
    if same_company(a, b):
        return True
    if not a or not b:
        return False
    words_a, words_b = normalise_company(a).split(), normalise_company(b).split()
    if not words_a or not words_b or len(words_a) == len(words_b):
        return False
    shorter, longer = (words_a, words_b) if len(words_a) < len(words_b) else (words_b, words_a)
    if longer[: len(shorter)] != shorter or len("".join(shorter)) < _MIN_LOOSE_NAME_CHARS:
        return False
    return not (len(shorter) == 1 and shorter[0] in _GENERIC_LEADING_WORDS)


def abbreviates_company(label: str | None, name: str | None) -> bool:
    """True when a one-word name read off a mail domain is the employer's name squeezed into a host name: its
    whole first word, then a prefix of each following word in order, a plural "s" allowed after each piece
    ("tidewaterfa" / "Tidewater Freight Analytics", "brightwatervets" / "Brightwater Veterinary Partners").

    Looser than `loosely_same_company`, so only for use beside a stronger key (the same role). The first word
    must be distinctive, and at least one later word must be abbreviated, else the names are simply equal or
    "Tidewater" / "Tidewater Freight" and the other functions answer.
    """
    if not label or not name:
        return False
    squeezed = "".join(normalise_company(label).split())
    words = normalise_company(name).split()
    if len(words) < 2 or not squeezed or " " in normalise_company(label):
        return False
    first = words[0]
    if len(first) <= _MIN_LOOSE_NAME_CHARS or first in _GENERIC_LEADING_WORDS:
        return False
    if not squeezed.startswith(first):
        return False
    return len(squeezed) > len(first) and _consumes(squeezed[len(first) :], words[1:])


def _consumes(rest: str, words: Sequence[str]) -> bool:
    """`rest` is a prefix of words[0] (optionally + "s"), then the same for the next words, until it ends."""
    if not rest:
        return True
    if not words:
        return rest == "s"
    word = words[0]
    for size in range(min(len(word), len(rest)), 0, -1):
        if rest[:size] != word[:size]:
            continue
        if _consumes(rest[size:], words[1:]):
            return True
        if rest[size : size + 1] == "s" and _consumes(rest[size + 1 :], words[1:]):
            return True
    return False


# ------------------------------------------------------------------------------------------------------------
# Roles

_ROLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "sr": ("senior",),
    "snr": ("senior",),
    "jr": ("junior",),
    "jnr": ("junior",),
    "eng": ("engineer",),
    "engr": ("engineer",),
    "mgr": ("manager",),
    "dev": ("developer",),
    "swe": ("software", "engineer"),
    "ml": ("machine", "learning"),
    "vp": ("vice", "president"),
    "assoc": ("associate",),
    "asst": ("assistant",),
    "exec": ("executive",),
    "mktg": ("marketing",),
    "ops": ("operations",),
    "princ": ("principal",),
    "admin": ("administrator",),
}

# Tokens that qualify a title without changing the job. Two titles that differ only in one of these groups are
# the same role when only one side states the group; when both state it, it must agree ("Senior" != "Junior").
_QUALIFIER_GROUPS: tuple[frozenset[str], ...] = (
    frozenset(
        {"senior", "junior", "staff", "principal", "lead", "associate", "entry", "level", "mid", "graduate"}
    ),
    frozenset(
        {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5", "l1", "l2", "l3", "l4", "l5", "l6", "l7"}
    ),
    frozenset(
        {"remote", "hybrid", "onsite", "office", "based", "full", "part", "time", "fulltime", "parttime"}
    )
    | frozenset({"contract", "contractor", "temporary", "temp", "permanent", "freelance", "fixed", "term"}),
)

_WORK_MODE_WORDS = frozenset(
    {
        "remote",
        "hybrid",
        "onsite",
        "on-site",
        "on site",
        "in office",
        "in-office",
        "office",
        "anywhere",
        "wfh",
    }
    | {"full time", "full-time", "part time", "part-time", "contract", "permanent", "temporary", "freelance"}
)

# Places that appear as a trailing segment of a title ("Data Engineer - Berlin"). Not exhaustive: a later
# segment is only dropped when it names a place or a work mode, so unknown cities cost a little tolerance,
# never a false merge.
_PLACE_WORDS = frozenset(
    {
        "usa",
        "us",
        "u s",
        "united states",
        "uk",
        "united kingdom",
        "england",
        "scotland",
        "ireland",
        "canada",
        "mexico",
        "brazil",
        "germany",
        "deutschland",
        "france",
        "spain",
        "portugal",
        "italy",
        "netherlands",
        "belgium",
        "switzerland",
        "austria",
        "poland",
        "sweden",
        "norway",
        "denmark",
        "finland",
        "estonia",
        "india",
        "singapore",
        "japan",
        "australia",
        "new zealand",
        "israel",
        "emea",
        "apac",
        "latam",
        "europe",
        "eu",
        "americas",
        "north america",
        "worldwide",
        "global",
        "london",
        "manchester",
        "edinburgh",
        "dublin",
        "berlin",
        "munich",
        "hamburg",
        "frankfurt",
        "paris",
        "madrid",
        "barcelona",
        "lisbon",
        "amsterdam",
        "rotterdam",
        "brussels",
        "zurich",
        "geneva",
        "vienna",
        "warsaw",
        "krakow",
        "prague",
        "stockholm",
        "oslo",
        "copenhagen",
        "helsinki",
        "tallinn",
        "milan",
        "rome",
        "toronto",
        "vancouver",
        "montreal",
        "new york",
        "nyc",
        "new york city",
        "san francisco",
        "sf",
        "bay area",
        "seattle",
        "austin",
        "boston",
        "chicago",
        "los angeles",
        "la",
        "denver",
        "atlanta",
        "miami",
        "remote us",
        "bangalore",
        "bengaluru",
        "hyderabad",
        "pune",
        "sydney",
        "melbourne",
        "tokyo",
        "tel aviv",
    }
)

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
_GENDER_MARKER = re.compile(r"(?<!\w)[mwfdhx](?:\s*/\s*[mwfdhx]){1,3}(?!\w)")
_REQ_ID = re.compile(
    r"(?:\b(?:req(?:uisition)?|job|position|vacancy|ref(?:erence)?)\s*+(?:id|no|number|#)?\s*+[:#.]?\s*+[a-z]*-?\d[\w-]*)"
    r"|(?:#\s*[a-z]*-?\d[\w-]*)"
    r"|(?:\b[a-z]{0,4}-?\d{3,}[\w-]*\b)"
)
_SEGMENT_SEPARATOR = re.compile(r"(?<!\s)(?:\s+[-–—|]\s+|\s*[|•·]\s*|\s+@\s+)|,\s+")


def _is_place_or_mode(segment: str) -> bool:
    words = " ".join(_NON_WORD.sub(" ", segment).split())
    if not words:
        return True
    if words in _PLACE_WORDS or words in _WORK_MODE_WORDS:
        return True
    tokens = words.split()
    # "Berlin Germany", "Remote Europe", "New York NY": every piece is a place, a mode or a state code.
    pieces_known = all(
        token in _PLACE_WORDS or token in _WORK_MODE_WORDS or (len(token) == 2 and token.isalpha())
        for token in tokens
    )
    return pieces_known and any(token in _PLACE_WORDS or token in _WORK_MODE_WORDS for token in tokens)


@lru_cache(maxsize=4096)
def _role_tokens(role: str) -> tuple[str, ...]:
    text = fold_text(role)
    text = _BRACKETED.sub(" ", text)
    text = _GENDER_MARKER.sub(" ", text)
    text = _REQ_ID.sub(" ", text)
    segments = [segment for segment in _SEGMENT_SEPARATOR.split(text) if segment.strip()]
    if not segments:
        return ()
    kept = [segments[0]]
    previous_dropped = False
    for segment in segments[1:]:
        # "New York, NY": a bare state or country code right after a place belongs to that place.
        code_after_place = previous_dropped and bool(re.fullmatch(r"\s*[a-z]{2,3}\s*", segment))
        previous_dropped = code_after_place or _is_place_or_mode(segment)
        if not previous_dropped:
            kept.append(segment)
    text = " ".join(kept).replace("&", " and ")
    text = re.sub(r"['’.]", "", text)
    tokens: list[str] = []
    for token in _NON_WORD.sub(" ", text).split():
        if token == "_":
            continue
        tokens.extend(_ROLE_ABBREVIATIONS.get(token, (token,)))
    # A trailing "at Acme" / "with Acme" names the employer, not the job.
    for cut in ("at", "with"):
        if cut in tokens[1:]:
            tokens = tokens[: tokens.index(cut, 1)]
    while len(tokens) > 1:
        if len(tokens) > 2 and tuple(tokens[-2:]) in _TRAILING_ROLE_PAIRS:
            del tokens[-2:]
        elif tokens[-1] in _TRAILING_ROLE_WORDS:
            tokens.pop()
        else:
            break
    return tuple(tokens)


# Words after a title that name the job's listing or the hiring step a subject is about, never the job
# ("Data Engineer interview", "Analyst - phone screen", "Designer position").
_TRAILING_ROLE_WORDS = frozenset(
    {"remote", "hybrid", "onsite", "role", "position", "opening", "vacancy"}
    | {"interview", "interviews", "invitation", "invite", "screen", "screening", "offer", "references"}
    | {"application", "candidacy", "update"}
)
_TRAILING_ROLE_PAIRS = frozenset({("next", "steps"), ("phone", "screen"), ("technical", "interview")})
_TRAILING_DISPLAY_WORDS = re.compile(
    r"(?<!\s)(?:\s+[-–—:|]\s*|\s+)(?:(?:phone|video|technical|final|first|second|onsite)\s+)?"
    r"(?:interviews?|invitation|invite|screen(?:ing)?|offer|references|application|candidacy|update)\s*$",
    re.IGNORECASE,
)


def display_role(role: str) -> str:
    """A role title as the owner would write it: a bracketed requisition id ("(R-10482)", "[Req #77]") and a
    trailing hiring step ("Data Engineer interview") left out; anything else keeps its spelling."""
    text = role.strip()
    for match in reversed(list(_BRACKETED.finditer(text))):
        inner = fold_text(match.group(0)[1:-1]).strip()
        if inner and _REQ_ID.sub("", inner).strip(" :#.,-") == "":
            text = (text[: match.start()].rstrip() + " " + text[match.end() :].lstrip()).strip()
    cut = _TRAILING_DISPLAY_WORDS.sub("", text).strip(" -–—:|,")
    return " ".join((cut if cut and _role_tokens(cut) else text).split())


def normalise_role(role: str) -> str:
    """A comparable role title: "Sr. Data Engineer (Remote) - Berlin, Req #4821" -> "senior data engineer"."""
    return " ".join(_role_tokens(role))


def same_role(a: str | None, b: str | None) -> bool:
    """Tolerant title equality: abbreviations, brackets, places, requisition ids and word order do not matter.

    A qualifier stated on one side only (seniority, level, work mode) is tolerated, since titles drift between
    the acknowledgement and later mail; a qualifier stated differently on both sides is not ("Senior" !=
    "Junior"). Any other differing word means a different role ("Backend Engineer" != "Frontend Engineer").
    """
    if not a or not b:
        return False
    tokens_a, tokens_b = _role_tokens(a), _role_tokens(b)
    if not tokens_a or not tokens_b:
        return False
    if tokens_a == tokens_b or "".join(tokens_a) == "".join(tokens_b):
        return True
    set_a, set_b = set(tokens_a), set(tokens_b)
    qualifiers = frozenset().union(*_QUALIFIER_GROUPS)
    if set_a - qualifiers != set_b - qualifiers or not (set_a - qualifiers):
        return False
    for group in _QUALIFIER_GROUPS:
        in_a, in_b = set_a & group, set_b & group
        if in_a and in_b and in_a != in_b:
            return False
    return True


def role_refines(a: str | None, b: str | None) -> bool:
    """One title is the other with a team or product line added: "Software Engineer" / "Software Engineer,
    Payments". Mail often drops the qualifier the posting had, so either may be the shorter."""
    if not a or not b:
        return False
    tokens_a, tokens_b = _role_tokens(a), _role_tokens(b)
    shorter, longer = sorted((tokens_a, tokens_b), key=len)
    return bool(shorter) and len(longer) > len(shorter) and longer[: len(shorter)] == shorter


def exact_role(a: str | None, b: str | None) -> bool:
    """Strict title equality after normalisation, used to prefer the closest of several tolerant matches."""
    if not a or not b:
        return False
    norm_a, norm_b = normalise_role(a), normalise_role(b)
    return bool(norm_a) and (norm_a == norm_b or sorted(norm_a.split()) == sorted(norm_b.split()))
