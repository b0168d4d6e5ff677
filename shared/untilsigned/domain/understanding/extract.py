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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from untilsigned.domain.business_days import WEEKENDS_ONLY, BusinessCalendar
from untilsigned.domain.mail.subjects import strip_subject_prefixes
from untilsigned.domain.model import Address, Extraction, Kind, ReadMail
from untilsigned.domain.rules import words_for
from untilsigned.domain.rules.legal_forms import (
    ANY_CASE_FORMS,
    LEGAL_TOKENS,
    is_legal_form,
    legal_tail_source,
)
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

if TYPE_CHECKING:  # the words' types load with the first mail's words
    from untilsigned.domain.rules.words import ExtractionWords, NameCue

_lazy = LazyPattern

# --- the vocabulary ---------------------------------------------------------------------------
# The words are data, one table per language (`rules/<code>.py`, EXTRACTION); a mail is read with its own
# language's table and English's together, since recruiters mix languages.


@dataclass(frozen=True)
class _NamePattern:
    weight: float
    pattern: LazyPattern
    title_case_stops: bool = True
    person_weight: float | None = None  # the weight when the name looks like a person's (None: unchanged)


def _name_pattern(entry: NameCue) -> _NamePattern:
    return _NamePattern(entry.weight, _lazy(entry.pattern), entry.title_case_stops, entry.person_weight)


class _Words:
    """The extraction words of the languages one mail is read with; patterns compile on first use."""

    def __init__(self, tables: tuple[ExtractionWords, ...]) -> None:
        def union(name: str) -> frozenset[str]:
            return frozenset().union(*(getattr(table, name) for table in tables))

        self.team_words = TEAM_WORDS | union("team_words")
        self.connectors = union("connectors")
        self.stop_tokens = union("stop_tokens")
        self.generic = union("generic")
        self.title_words = union("title_words")
        self.org_words = union("org_words")
        self.department_words = union("department_words")
        self.unit_words = union("unit_words")
        self.function_words = union("function_words")
        self.recruiting_words = union("recruiting_words")
        self.institution_nouns = union("institution_nouns")
        self.honorifics = union("honorifics")
        self.non_starters = union("non_starters")
        self.title_like = union("title_like")
        self.signature_titles = union("signature_titles")
        self.initials_skip = union("initials_skip")
        self.person_particles = union("person_particles")
        self.generic_domain_labels = union("generic_domain_labels")
        self.body_names = tuple(_name_pattern(entry) for table in tables for entry in table.body_names)
        self.subject_names = tuple(_name_pattern(entry) for table in tables for entry in table.subject_names)
        self.roles = tuple(_lazy(regex) for table in tables for regex in table.roles)
        self.subject_roles = tuple(_lazy(regex) for table in tables for regex in table.subject_roles)
        self._patterns: dict[str, tuple[LazyPattern, ...]] = {}
        for table in tables:
            for role, regex in table.patterns.items():
                self._patterns[role] = (*self._patterns.get(role, ()), _lazy(regex))

    def patterns(self, role: str) -> tuple[LazyPattern, ...]:
        return self._patterns.get(role, ())

    def search(self, role: str, text: str) -> re.Match[str] | None:
        """The first match of the role's patterns, language by language."""
        for pattern in self.patterns(role):
            found = pattern.get().search(text)
            if found:
                return found
        return None

    def match(self, role: str, text: str, position: int = 0) -> re.Match[str] | None:
        for pattern in self.patterns(role):
            found = pattern.get().match(text, position)
            if found:
                return found
        return None

    def finditer(self, role: str, text: str) -> Iterator[re.Match[str]]:
        for pattern in self.patterns(role):
            yield from pattern.get().finditer(text)

    def sub(self, role: str, text: str) -> str:
        for pattern in self.patterns(role):
            text = pattern.get().sub("", text)
        return text

    def split(self, role: str, text: str) -> list[str]:
        pieces = [text]
        for pattern in self.patterns(role):
            pieces = [part for piece in pieces for part in pattern.get().split(piece) if part is not None]
        return pieces


@lru_cache(maxsize=16)
def _words(language: str = "en") -> _Words:
    return _Words(tuple(words_for(code)[1] for code in dict.fromkeys((language, "en"))))


# --- names ----------------------------------------------------------------------------------

_NAME_TOKEN = _lazy(r"\S+")
_ABBREVIATION_TOKEN = _lazy(r"^(?:[A-Z]\.)+$|^(?:St|Mt|Co|Inc|Ltd|Corp|Jr|Sr|Bros|d\.o\.o)\.$", re.IGNORECASE)


_DOTTED = _lazy(r"(?<![\w.])(?:[a-z]\.){2,}(?![\w])")  # "b.v.", "s.r.o.": one legal-form token, not letters


@lru_cache(maxsize=2048)
def company_key(name: str) -> str:
    """A comparison key: lower case, no accents, no punctuation, no legal suffix, no team words."""
    folded = _DOTTED.get().sub(lambda m: m.group(0).replace(".", ""), strip_accents(name).lower())
    tokens = [t for t in re.split(r"[^\w]+", folded.replace("&", " and ")) if t]
    popped = False
    while tokens and (
        tokens[-1] in LEGAL_TOKENS
        or (popped and tokens[-1] == "and" and len(tokens) > 1 and tokens[-2] in LEGAL_TOKENS)
    ):
        tokens.pop()  # "Acme GmbH & Co. KG": the whole legal form
        popped = True
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    return " ".join(tokens)


def _is_capitalised(token: str) -> bool:
    first = token[0]
    return first.isupper() or (first.isdigit() and any(ch.isalpha() for ch in token))


def trim_name(chunk: str, *, title_case_stops: bool = True, language: str = "en") -> str | None:
    """The employer-looking name at the start of `chunk`, or None ("Acme Corp is hiring" -> "Acme Corp")."""
    return _trim_name(chunk, _words(language), title_case_stops=title_case_stops)


def _trim_name(chunk: str, words: _Words, *, title_case_stops: bool = True) -> str | None:
    chunk = chunk.strip().strip("'\"‘’“”*_")
    if not chunk:
        return None
    tokens: list[str] = []
    raw_tokens = _NAME_TOKEN.get().findall(chunk)
    for index, raw in enumerate(raw_tokens):
        token = raw.strip('"“”*_')
        if not token:
            break
        if token.startswith("(") and any(ch.isdigit() for ch in token):
            break  # "Falkenried Chemie (JR-4471)": the requisition id, not the name
        ends_sentence = False
        trailing = ""
        while token and token[-1] in ",;:!?)":
            trailing = token[-1] + trailing
            token = token[:-1]
        if token.endswith(".") and not _ABBREVIATION_TOKEN.get().match(token) and not is_legal_form(token):
            token = token[:-1]
            ends_sentence = True
        if "—" in token or "–" in token:
            token = re.split(r"[—–]", token)[0]
            ends_sentence = True
        if not token:
            break
        lowered = token.lower()
        if lowered == "for" and tokens and tokens[-1].lower() in words.institution_nouns:
            tokens.append(token)
            continue
        if title_case_stops and lowered in words.stop_tokens and lowered not in words.connectors and tokens:
            break
        if lowered == "the" and tokens and tokens[-1].lower() in {"and", "&"}:
            break  # "Tillerman Foods and the TestGorilla team": two parties, the first is the name
        if (
            lowered in words.connectors
            and tokens
            or _is_capitalised(token)
            or is_legal_form(token)
            or (tokens and token.isupper())
        ):
            tokens.append(token)
        else:
            break
        following = raw_tokens[index + 1] if index + 1 < len(raw_tokens) else ""
        if token.endswith(".") and is_legal_form(token) and not is_legal_form(following.rstrip(",;:")):
            ends_sentence = True  # "Metaverse Inc. Unfortunately": the legal form closes the name
        if ends_sentence or trailing or len(tokens) >= 7:
            break
    while tokens and tokens[-1].lower() in words.connectors:
        tokens.pop()
    team_words = 0
    last_team = ""
    while tokens and tokens[-1].lower().strip(".") in words.team_words:
        last_team = tokens.pop().lower().strip(".")
        team_words += 1
    if (
        team_words
        and len(tokens) > 1
        and tokens[-1].lower() in words.department_words
        and last_team in words.recruiting_words
    ):
        tokens.pop()  # "Fenwick Analytics Engineering Hiring" -> "Fenwick Analytics"
    while tokens and tokens[-1].lower() in words.connectors:
        tokens.pop()
    if len(tokens) > 1 and tokens[0].lower() == "the":
        tokens = tokens[1:]
    name = " ".join(tokens).strip(" ,'’-")
    if name.endswith(".") and not (
        tokens and (is_legal_form(tokens[-1]) or _ABBREVIATION_TOKEN.get().match(tokens[-1]))
    ):
        name = name.rstrip(".")
    if not name or not _acceptable_name(name, words):
        return None
    return name


def _acceptable_name(name: str, vocabulary: _Words) -> bool:
    lowered = name.lower()
    if lowered in vocabulary.generic or is_relay_name(lowered):
        return False
    words = lowered.replace("&", " ").split()
    if words and words[0].rstrip(".") in vocabulary.honorifics:
        return False  # "an interview with Mr. Lefèvre": a person, whatever follows
    if not words or words[0] in vocabulary.non_starters:
        return False
    if words[-1] in vocabulary.title_words or (
        any(w in vocabulary.title_words for w in words) and not any(w in vocabulary.org_words for w in words)
    ):
        return False  # "Senior Data Engineer" is a role, not an employer
    if re.fullmatch(r"[\d\s:./-]+(?:am|pm)?", lowered):
        return False
    if any(w in vocabulary.unit_words for w in words) and all(
        w in vocabulary.unit_words
        or w in vocabulary.function_words
        or w in vocabulary.team_words
        or w in vocabulary.connectors
        for w in words
    ):
        return False  # "Engineering Division", "Finance Department": a part of the employer, not its name
    return len(name) >= 2


_EMAIL_IN_TEXT = _lazy(r"\b[\w.+-]{1,64}@(?P<domain>[\w-]+(?:\.[\w-]+)+)\b")  # 64: the longest local part


def _person_like(name: str, vocabulary: _Words) -> bool:
    """Two or three capitalised words with no organisation word: probably a recruiter's name."""
    words = name.split()
    if not 1 <= len(words) <= 3:
        return False
    if any(w.lower().strip(".") in vocabulary.org_words for w in words):
        return False
    names = [w for w in words if w not in vocabulary.person_particles]  # "Noor de Vries", "Ana dos Santos"
    return len(names) >= 2 and all(_person_word(w) for w in names)


def _person_word(word: str) -> bool:
    """ "Léa", "Jürgen", "J.": a capitalised given or family name (letters of any alphabet), or an initial."""
    core = word[:-1] if word.endswith(".") else word
    if len(core) == 1:
        return core.isupper() and word.endswith(".")
    rest = core[1:].replace("'", "").replace("’", "").replace("-", "")
    return core[0].isupper() and (not rest or (rest.isalpha() and rest.islower()))


def _domain_label(domain: str, words: _Words) -> str | None:
    registrable = registrable_domain(domain)
    label = registrable.split(".")[0] if registrable else ""
    if not label or label in words.generic_domain_labels or len(label) < 2:
        return None
    return label


def _domain_name(domain: str, vocabulary: _Words) -> str | None:
    label = _domain_label(domain, vocabulary)
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


def _from_display_name(sender: Address, words: _Words) -> list[_Candidate]:
    display = sender.name.strip().strip("\"'")
    if not display or "@" in display:
        return []
    if is_relay_name(display):
        return []  # "NHS Jobs", "Calendar": the relay itself, whatever its words
    prefix = words.match("display_prefix", display)
    if prefix and not _only_team_words(display[prefix.end() :], words):
        display = display[prefix.end() :]  # "HR Acme Ltd", "Careers - Acme": the team, then the employer
    domain = sender.email.partition("@")[2]
    relay = is_relay_domain(domain) if domain else True
    found: list[_Candidate] = []
    via = words.match("display_via", display)
    if via:
        left, right = via.group("name"), via.group("relay")
        if words.search("display_on_behalf", display) and is_relay_name(left.strip()):
            left = right  # "HireRight on behalf of Acme": the service speaks for the employer on its right
        name = _trim_name(left, words, title_case_stops=False)
        if name:
            # "Acme via Greenhouse" names the employer; "Jane Doe via DocuSign" or "via LinkedIn", a person.
            person = _person_like(name, words) and not (domain and is_ats_domain(domain))
            found.append(_Candidate(name, 1.0 if person else 4, "display"))
        return found
    suffix = words.match("display_suffix", display)
    if suffix:
        name = _trim_name(suffix.group("name"), words, title_case_stops=False)
        if name and not is_relay_name(name):
            found.append(_Candidate(name, 3.5, "display"))
        return found
    person_at = words.match("display_person_at", display)
    if person_at:
        name = _trim_name(person_at.group("name"), words, title_case_stops=False)
        if name:
            found.append(_Candidate(name, 3, "display"))
        return found
    name = _without_department(_trim_name(display, words, title_case_stops=False), words)
    if not name or is_relay_name(name):
        return found
    local = sender.email.partition("@")[0].lower()
    if " " not in name and name.lower() == local and _domain_label(domain, words) != local:
        return found  # "Thomas <thomas@acme.com>": a person writing from the employer's domain
    label = _domain_label(domain, words) if domain else None
    squashed = re.sub(r"[^a-z0-9]", "", company_key(name))
    if (
        label
        and not relay
        and squashed
        and (squashed == label or squashed.startswith(label) or label.startswith(squashed))
    ):
        found.append(_Candidate(name, 3.5, "display"))
    elif not _person_like(name, words):
        # An ATS shows the name the employer configured; a job board or free mail shows anything.
        # (an assessment or signature service shows the employer's configured name too)
        configured = not relay or is_ats_domain(domain) or is_service_domain(domain)
        found.append(_Candidate(name, 2 if configured else 1.5, "display"))
    return found


def _without_department(name: str | None, vocabulary: _Words) -> str | None:
    """A department or unit word after an organisation word names the sender's team, not the employer:
    "Kelpie Software Engineering" -> "Kelpie Software", "Brook School Office" -> "Brook School"."""
    words = (name or "").split()
    if (
        len(words) >= 3
        and words[-1].lower() in vocabulary.function_words | vocabulary.unit_words
        and re.sub(r"['’]s$", "", words[-2].lower()) in vocabulary.org_words
    ):
        return " ".join(words[:-1])
    return name


def _from_patterns(
    text: str, patterns: tuple[_NamePattern, ...], source: str, words: _Words
) -> list[_Candidate]:
    found: list[_Candidate] = []
    lowered = text.lower()
    for item in patterns:
        if not item.pattern.may_match(lowered):
            continue
        for match in item.pattern.get().finditer(text):
            chunk = match.group("name")
            name = _trim_name(chunk, words, title_case_stops=item.title_case_stops)
            if name is None:
                continue
            name = _with_legal_suffix(name, text[match.start("name") :])
            weight = item.weight
            split = "other" in item.pattern.get().groupindex
            if split and not _whole_name(name, chunk, words):
                continue  # "Online aptitude test - Graduate Trainee": a phrase, not a name
            if (
                split
                and _person_like(name, words)
                and words.search("document_title", match.group("other") or "")
            ):
                continue  # "Offer Letter - Sam Rivera": the signer, not the employer
            if split and _looks_like_title(match.group("other") or "", words):
                weight += 0.75  # "Acme | Software Engineer": the other side is the role
            elif split and words.search("document_title", match.group("other") or ""):
                weight += 0.75  # "Offer Letter - Sam Rivera - Acme": an e-signature document's title
            if item.person_weight is not None and _person_like(name, words):
                weight = item.person_weight
            found.append(_Candidate(name, weight, source))
    return found


def _only_team_words(rest: str, vocabulary: _Words) -> bool:
    """True when `rest` holds nothing but team and department words ("Talent Acquisition Team")."""
    words = [w.strip(".,").lower() for w in rest.split()]
    return all(w in vocabulary.team_words or w in vocabulary.department_words for w in words)


def _whole_name(name: str, chunk: str, words: _Words) -> bool:
    """The trimmed name is the whole chunk, up to quotes, legal form and trailing team words."""
    chunk = chunk.strip().strip("'\"‘’“”*_ ")
    if chunk.lower().startswith("the ") and not name.lower().startswith("the "):
        chunk = chunk[4:]
    if not chunk.startswith(name):
        return False
    rest = chunk[len(name) :].strip(" ,.")
    if any(pattern.get().fullmatch(rest) for pattern in words.patterns("and_the_team")):
        return True  # "Acme and the HackerRank team": the employer, then its vendor
    return not rest or _legal_rest(rest) or _only_team_words(rest, words)


def _legal_rest(rest: str) -> bool:
    """`rest` is a legal form alone ("Inc.", "GmbH & Co. KG")."""
    return is_legal_form(rest) or rest.lower().strip(".") in ANY_CASE_FORMS


_LEGAL_TAIL = _lazy(legal_tail_source())


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


def _signature_lines(text: str, words: _Words) -> list[str]:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    tail = lines[-8:]
    end = len(lines)
    for index in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        if words.match("sign_off", lines[index]):
            tail = lines[index + 1 : min(index + 7, end)]
            rule = lines[index].strip() in ("--", "—")
            if rule and any(len(line) > 90 or words.search("boilerplate", line) for line in tail):
                end = index  # "--" opened an automated footer: the real sign-off sits above it
                continue
            break
    return tail


# Starts only where a whitespace run starts (see names._VIA): each run is scanned once.
_SIGNATURE_PARTS = _lazy(r"(?<!\s)\s*(?:,|\||·|•|\s[-–—]\s)\s*")


def _from_signature(text: str, words: _Words) -> list[_Candidate]:
    found: list[_Candidate] = []
    lines = _signature_lines(text, words)
    previous_is_title = False
    for line in lines:
        if len(line) > 70 or "@" in line or "http" in line or re.search(r"\d{3}", line):
            previous_is_title = False
            continue
        # "Marta Kowalczyk | Head of Talent | Brightwater Systems", "Talent Partner, Acme"
        parts = [p.strip() for p in _SIGNATURE_PARTS.get().split(line) if p.strip()]
        if len(parts) == 2 and (
            is_legal_form(parts[1]) or parts[1].rstrip(".").lower() in _ANY_CASE_STRIPPED
        ):
            parts = [line]
        if len(parts) >= 2 and any(_looks_like_title(part, words) for part in parts[:-1]):
            name = _trim_name(parts[-1], words, title_case_stops=False)
            if name and not _looks_like_title(name, words):
                found.append(_Candidate(name, 2.5, "signature"))
            previous_is_title = False
            continue
        line = _without_leading_team(line, words)
        candidate = _trim_name(line, words, title_case_stops=False)
        if (
            candidate
            and _whole_name(candidate, line.rstrip("."), words)
            and not _looks_like_title(candidate, words)
        ):
            tokens = candidate.lower().split()
            if any(w.strip(".") in words.org_words for w in tokens):
                found.append(_Candidate(candidate, 2.5, "signature"))
            elif previous_is_title or len(candidate) < len(line.rstrip(".,;:!").strip()):
                found.append(_Candidate(candidate, 2, "signature"))  # after a title, or before a team word
            elif not _person_like(candidate, words) and len(tokens) > 1:
                found.append(_Candidate(candidate, 1.5, "signature"))  # counts when something else agrees
        previous_is_title = _looks_like_title(line, words)
    return found


def _without_leading_team(line: str, words: _Words) -> str:
    """ "Personalabteilung Hollmann Maschinenbau GmbH" -> "Hollmann Maschinenbau GmbH": a team word opening a
    signature line names the sender's team, the capitalised words after it the employer."""
    head, _, rest = line.partition(" ")
    if rest[:1].isupper() and head.lower() in words.team_words and head.lower() not in words.org_words:
        return rest
    return line


def _looks_like_title(text: str, vocabulary: _Words) -> bool:
    words = re.split(r"[\s,/&-]+", text.lower())
    return any(w in vocabulary.title_words or w in vocabulary.title_like for w in words)


_ANY_CASE_STRIPPED = frozenset(form.rstrip(".") for form in ANY_CASE_FORMS)


_CAPITALISED_RUN = _lazy(r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z0-9][\w'’-]*|&|and|of))*")
_FILE_EXTENSION = _lazy(r"\.(?:pdf|docx?|odt|rtf)\b", re.IGNORECASE)


def _spelled_domain(label: str, text: str, words: _Words) -> str | None:
    """The name in `text` that a domain label abbreviates: "brightwatersys" -> "Brightwater Systems".

    The text's name must equal the label once squashed, or start with it when the label is long enough to
    be unambiguous and does not cut a word in half ("lumen" never matches "Lumenfold")."""
    best: str | None = None
    label = _squash(label)  # "gruenwald-soehne"
    lowered = text.lower()
    if len(label) < 3:
        return None
    if label[:4] not in lowered and label[:4] not in lowered.translate(_TRANSLITERATE):
        return _label_initials_name(label, text, words)  # "dwc" for "Dalgliesh Whisky Company"
    for match in _CAPITALISED_RUN.get().finditer(text):
        run = match.group(0).lower()
        if not (run.startswith(label[:3]) or run.startswith("the " + label[:3])):
            continue  # cheap: most capitalised runs cannot spell the label
        name = _trim_name(match.group(0), words, title_case_stops=True)
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
    return best or _label_initials_name(label, text, words)


# German spellings in domains: "Grünwald" is "gruenwald" there
_TRANSLITERATE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _label_initials_name(label: str, text: str, words: _Words) -> str | None:
    """The name a domain label builds from whole words and initials: "gilhooleyjoinery" for "Gilhooley &
    Daughters Joinery", "satextiles" for "Sriram Ananthan Textiles", "dwc" for "Dalgliesh Whisky Company"."""
    best: str | None = None
    for match in _CAPITALISED_RUN.get().finditer(text):
        if match.group(0)[:1].lower() != label[:1] or " " not in match.group(0):
            continue
        name = _trim_name(match.group(0), words, title_case_stops=True)
        if not name or (best is not None and len(name) <= len(best)):
            continue
        tokens = [_squash(w) for w in company_key(name).split()]
        if len(tokens) >= 2 and _label_spells(label, [w for w in tokens if w], name.lower(), words):
            best = name
    return best


def _label_spells(label: str, words: list[str], folded: str, vocabulary: _Words) -> bool:
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
            if index and word in vocabulary.initials_skip | {"and"}:
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
    forms = {_squash(company_key(name)), _squash(company_key(name.lower().translate(_TRANSLITERATE)))}
    for ampersand in ("and", ""):
        forms.add(_squash(folded.replace("&", ampersand)))
    return {form for form in forms if form}


def _domain_candidates(
    domain: str, weight: float, source: str, haystack: str, words: _Words
) -> list[_Candidate]:
    if is_relay_domain(domain):
        return []
    label = _domain_label(domain, words)
    if label is None or is_relay_name(label):
        return []  # a signature or assessment service on another top-level domain ("pandadoc.net")
    spelled = _spelled_domain(label, haystack, words)
    name = spelled or _domain_name(domain, words)
    return [_Candidate(name, weight, source)] if name else []


def find_company(sender: Address | None, subject: str, text: str, language: str = "en") -> str | None:
    """The employer's name, or None when nothing credible names it (read with `language`'s words and
    English's)."""
    words = _words(language)
    subject = _FILE_EXTENSION.get().sub("", subject)  # "Offer Letter - Acme.pdf"
    invite = words.match("calendar_subject", subject)
    if invite:
        subject = invite.group("title")  # "Invitation: Interview - Acme @ Wed Mar 25, 2026 1pm - 2pm (PDT)"
    candidates: list[_Candidate] = []
    relay_display = False
    if sender is not None:
        candidates.extend(_from_display_name(sender, words))
        relay_display = is_relay_name(sender.name.strip().strip("\"'"))
    from_subject = _from_patterns(subject, words.subject_names, "subject", words)
    if invite and relay_display:
        # the calendar sent it: the event's title is the only place the organiser named the employer
        from_subject = [_Candidate(c.name, c.weight + 0.5, c.source) for c in from_subject]
    candidates.extend(from_subject)
    body = text[:8000]
    haystack = f"{subject}\n{body}"
    candidates.extend(_from_patterns(body, words.body_names, "body", words))
    candidates.extend(_from_signature(body, words))
    if sender is not None and "@" in sender.email and not relay_display:
        # a relay's display name ("Calendar", "Greenhouse") means the sender's domain is the relay's too
        candidates.extend(_domain_candidates(sender.email.partition("@")[2], 2.0, "domain", haystack, words))
    for match in _EMAIL_IN_TEXT.get().finditer(body):
        candidates.extend(_domain_candidates(match.group("domain"), 0.75, "body_domain", haystack, words))
    chosen = _choose(candidates, haystack, words)
    return _spelled_acronym(chosen, haystack, words) if chosen else None


_ACRONYM = _lazy(r"^[A-Z]{2,6}$")


def _spelled_acronym(name: str, haystack: str, words: _Words) -> str:
    """The written-out form of a name that abbreviates it: "OHRN" -> "Open Hands Refugee Network",
    "Wendlebury HA" -> "Wendlebury Housing Association" (the mail spells the long form somewhere)."""
    short = name.split()
    if not any(_ACRONYM.get().match(w) for w in short) or len(short) > 4:
        return name
    best = name
    for match in _CAPITALISED_RUN.get().finditer(haystack):
        run = _trim_name(match.group(0), words, title_case_stops=True)
        if not run or len(run) <= len(best) or run[:1].lower() != name[:1].lower():
            continue
        if _abbreviates(short, run.split()):
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


def _initials(key: str, vocabulary: _Words) -> str:
    """ "institute for coastal research" -> "icr": the acronym a sender's display name may use."""
    words = [w for w in key.split() if w not in vocabulary.initials_skip]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _choose(candidates: list[_Candidate], haystack: str, words: _Words) -> str | None:
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
            same = (
                other.startswith(key + " ")
                or _squash(other) == _squash(key)
                or _initials(other, words) == key
            )
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
    shorter = _without_department(display.name, words) or display.name
    possessive = re.match(r"^(.+?)['’]s\s", display.name)
    if possessive and company_key(possessive.group(1)) in written:
        return written[company_key(possessive.group(1))]  # "Acme's Software Engineering" -> "Acme"
    if shorter != display.name and company_key(shorter) in written:
        return written[company_key(shorter)]  # "Lindenfield School Office" -> "Lindenfield School"
    return display.name


# --- role and requisition -------------------------------------------------------------------------


# A team or product line after a comma, inside "the ..., ... role": "Software Engineer, Payments".
_ROLE_QUALIFIER = re.compile(r"[A-Z][\w&/+-]*(?:\s+(?:&\s+)?[A-Z][\w&/+-]*){0,2}")


# The parts of an e-signature document's title: "Offer Letter - Sam Rivera - Senior Data Engineer",
# "Employment Agreement_Acme_Sam Rivera".
_TITLE_PARTS = _lazy(r"(?<!\s)\s++[-–—|/]\s++|_")  # a space run is taken whole, never re-split


def _role_in_document_title(raw: str, words: _Words) -> str:
    """The role part of a document title that names the document, the signer and the role in any order;
    `raw` unchanged when it is no such title. The part kept is the one holding a job-title word."""
    parts = [part.strip() for part in _TITLE_PARTS.get().split(raw) if part.strip()]

    def names_document(part: str) -> bool:
        return any(pattern.get().fullmatch(part) for pattern in words.patterns("document_part"))

    if len(parts) < 2 or not any(names_document(part) for part in parts):
        return raw
    roles = [
        part
        for part in parts
        if not names_document(part)
        and any(word.strip(",.()") in words.title_words for word in part.lower().split())
    ]
    return roles[0] if len(roles) == 1 else ""


def _clean_role(raw: str, company: str | None, words: _Words, *, bounded: bool = False) -> str | None:
    """The role title in `raw`; `bounded` when the text ended at "role" / "position", so that a comma inside
    it separates a team qualifier rather than the next clause."""
    role = words.sub("role_lead", words.sub("role_id", _role_in_document_title(raw.strip(), words)))
    if company and company in role:
        role = role.split(company)[0]
    for pattern in words.patterns("role_company_split"):
        role = pattern.get().split(role)[0]
    head, comma, tail = role.partition(", ")
    tail = tail.strip()
    qualified = bounded and comma and _ROLE_QUALIFIER.fullmatch(tail) and not re.search("[.;!?]", head)
    role = f"{head}, {tail}" if qualified else re.split(r"[.,;!?](?:\s|$)", role)[0]
    previous = None
    while previous != role:
        previous = role
        role = words.sub("role_tail", role).strip()
    if role.count("(") != role.count(")"):
        role = role.split("(")[0].strip()
    tokens = role.lower().replace("(", " ").replace(")", " ").replace("-", " ").split()
    if not tokens or len(tokens) > 12:
        return None
    if not any(w.strip(",.") in words.title_words for w in tokens):
        return None
    if tokens[0] in words.signature_titles and len(tokens) <= 3:
        return None  # a recruiter's signature title, not the job applied for
    return display_role(role)


def find_role(subject: str, text: str, company: str | None, language: str = "en") -> str | None:
    words = _words(language)
    for pattern in words.roles:
        for match in pattern.get().finditer(text[:4000]):
            bounded = words.search("role_bounded", match.group(0)) is not None
            role = _clean_role(match.group("role"), company, words, bounded=bounded)
            if role:
                return role
    for pattern in words.subject_roles:
        found = pattern.get().search(subject)
        if found:
            role = _clean_role(found.group("role"), company, words)
            if role:
                return role
    return None


def find_requisition_id(subject: str, text: str, language: str = "en") -> str | None:
    words = _words(language)
    for source in (subject, text[:6000]):
        for match in words.finditer("requisition", source):
            value = _group(match, "id") or _group(match, "paren") or _group(match, "bare")
            if not value:
                continue
            context = source[max(0, match.start() - 20) : match.start()]
            if words.search("requisition_not", context):
                continue  # an applicant id or a phone number, not the job's requisition
            return value
    return None


def _group(match: re.Match[str], name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


# --- dates ----------------------------------------------------------------------------------------


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


def find_interview_at(text: str, reference: datetime, language: str = "en") -> datetime | None:
    """The interview's start from the text: the first specific, current date, preferring one with a time."""
    words = _words(language)
    zone = reference.tzinfo or UTC
    mentions = find_datetimes(text[:6000], reference, day_first=_day_first(reference), language=language)
    usable: list[DateMention] = []
    for mention in mentions:
        if words.search("approximate", mention.text) and mention.at is None:
            continue  # "this week", "within 5 days": a window, not an appointment
        if words.search("past_context", _near(text, mention)):
            continue
        if words.search("moved_from", text[max(0, mention.start - 8) : mention.start]) and words.match(
            "moved_to", text, mention.end
        ):
            continue  # "move our chat from Tuesday to Thursday": Tuesday is the old slot
        usable.append(mention)
    timed = [m for m in usable if m.at is not None]
    for pool in (timed, usable):
        upcoming = [m for m in pool if m.resolve(zone) >= reference - timedelta(days=1)]
        chosen = upcoming[0] if upcoming else (pool[0] if pool else None)
        if chosen is not None:
            if chosen.at is None:
                chosen = _with_schedule_time(text[:6000], chosen, mentions, language)
            return chosen.resolve(zone)
    return None


SCHEDULE_REACH = 300  # how far below a date its schedule's first time may sit


def _with_schedule_time(
    text: str, mention: DateMention, mentions: list[DateMention], language: str
) -> DateMention:
    """A date whose time sits further down, as in an agenda: "schedule for Thursday, April 10:" then a table
    whose first row starts "9:30 AM - 10:15 AM". Only a time at the start of a line, or after "at"/"from",
    before any other date, counts."""
    words = _words(language)
    limit = mention.end + SCHEDULE_REACH
    later_dates = [m.start for m in mentions if m.start >= mention.end]
    if later_dates:
        limit = min(limit, later_dates[0])
    for start, end, at, zone in find_times(text, language):
        if start < mention.end:
            continue
        if start >= limit:
            break
        if words.search("schedule_time_lead", text[max(mention.end, start - 40) : start]):
            return DateMention(mention.start, end, mention.day, at, zone, text[mention.start : end])
    return mention


def _clauses(text: str, words: _Words) -> list[str]:
    text = text[:8000]
    for pattern in words.patterns("clause_glue"):
        # "bis zum 2. April": the space after an ordinal's dot ends no sentence (same length, so spans hold)
        text = pattern.get().sub(lambda m: "\u2060" * len(m.group(0)), text)
    return [c.strip() for c in words.split("clause_split", text) if c and c.strip()]


def find_deadlines(
    text: str, reference: datetime, workdays: BusinessCalendar = WEEKENDS_ONLY, language: str = "en"
) -> tuple[datetime | None, datetime | None]:
    """(expect_reply_by, respond_by): the employer's promised answer and the candidate's own deadline.

    Business-day spans skip the weekends and public holidays of `workdays` (the user's country)."""
    words = _words(language)
    day_first = _day_first(reference)
    expect: datetime | None = None
    respond: datetime | None = None
    for clause in _clauses(text, words):
        if not words.search("date_hint", clause):
            continue  # no digit, day, week, month or date word: nothing to resolve
        after = words.search("after_that", clause)
        if after and not words.search("span_then", clause[: after.end()]):
            continue  # "interviews next week, and we'll be in touch after that": no date was promised
        allow = bool(words.search("allow_for_answer", clause))
        candidate_deadline = bool(words.search("candidate_deadline", clause)) and not allow
        employer_promise = bool(
            allow or words.search("employer_promise", clause) or words.search("not_heard", clause)
        )
        if not (candidate_deadline or employer_promise):
            continue
        when = resolve_deadline(clause, reference, day_first=day_first, workdays=workdays, language=language)
        if when is None:
            continue
        if candidate_deadline and not _employer_subject(clause, words):
            respond = when if respond is None else min(respond, when)
        elif employer_promise:
            expect = when if expect is None else max(expect, when)
    return expect, respond


def _employer_subject(clause: str, words: _Words) -> bool:
    """A clause whose subject is the employer ("once complete, we'll review within 5 days"), not a request."""
    if words.search("not_heard", clause):
        return True  # "if you have not heard from us within four weeks, please assume...": their promise
    if words.search("asks_candidate", clause):
        return False
    return bool(words.search("employer_first", clause) or words.search("employer_will", clause))


# --- entry point -----------------------------------------------------------------------------------


def extract(
    mail: ReadMail, kind: Kind, workdays: BusinessCalendar = WEEKENDS_ONLY, language: str = "en"
) -> Extraction:
    """Employer, role, requisition id and dates of one email already classified as `kind`, read with the
    words of its `language` and of English."""
    subject = normalise_text(strip_subject_prefixes(mail.original.subject or ""))
    # "we’ll" reads like "we'll"; a promise wrapped over two lines is one sentence again
    text = unwrap_text(normalise_text(mail.text or ""))
    if kind is Kind.UNREADABLE:
        return Extraction(None, None, None, None, None, None)
    company = find_company(mail.original.sender, subject, text, language)
    role = find_role(subject, text, company, language)
    requisition_id = find_requisition_id(subject, text, language)
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
        interview_at = find_interview_at(text, reference, language)

    expect_reply_by: datetime | None = None
    respond_by: datetime | None = None
    if reference is not None and kind in _REPLY_KINDS | _RESPOND_KINDS:
        expect_reply_by, respond_by = find_deadlines(text, reference, workdays, language)
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
