"""The shape of a language's date and extraction words: what `understanding/dates.py` and `extract.py` read.

Every field is optional: a language without a table still loads, and a mail is always read with its own
language's tables and English's together (recruiters mix languages). Kept apart from `schema.py` so that
importing the engines stays cheap: these types load with the first mail's words, not at a cold start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# The roles a date table may fill with a regex source; each role's matches are resolved the same way in every
# language (see dates.py). "{WD}", "{MONTH}" and "{NUM}" in a source stand for the language's weekday, month
# and number alternations (named groups wd, month; NUM is a plain group to place inside a named one).
DATE_ROLES: frozenset[str] = frozenset(
    {
        "wd",  # the weekday alternation itself, as a named group `wd`
        "month",  # the month alternation (no group)
        "num",  # counts written as words or digits (no group)
        "month_first",  # month, day[, year]: groups wd?, month, day, year?
        "day_first",  # day, month[, year]: groups wd?, day, month, year?
        "numeric",  # 12.03.2026: groups wd?, a, b, year? (without a year, the nearest such day)
        "end_of_named_month",  # "end of June": groups which, month
        "relative_day",  # "tomorrow": group word (meaning through `aliases`)
        "weekday",  # "next Friday": groups wd, mod?/mod2?
        "week_month",  # "end of next week": groups part?, which (or which2 / which3 after it), unit, after?
        "span",  # "within two weeks": n1..n5, nor, unit..unit5, kind..kind4 (see dates.py)
        "within_the_week",  # "by the end of the week"
        "weekday_range",  # "Monday to Friday": office hours, not a date
        "moving",  # verbs that move a meeting from one day to another
        "noon",  # group word: noon / midday / midnight (meaning through `aliases`)
        "ordinal_day",  # "the 12th": group day
        "iso_week",  # "KW 48": group week, part? (the Friday of that ISO week)
        "time_word",  # a time written with a unit word ("14 Uhr", "10h"): groups hour, minute?
        "time_gap",  # words between a date and its time ("at", "um", "à"): an alternation, no group
        "time_gap_before",  # words between a time and the date after it ("on")
        "time_label",  # the word of a label line before a time ("Time:"): an alternation, no group
    }
)


@dataclass(frozen=True)
class DateWords:
    """A language's date vocabulary: words mapped to what they mean, and regex sources for the roles."""

    weekdays: Mapping[str, int] = field(default_factory=dict)  # "freitag": 4 (Monday is 0)
    months: Mapping[str, int] = field(default_factory=dict)  # "märz": 3
    numbers: Mapping[str, int] = field(default_factory=dict)  # "zwei": 2
    # A matched word's meaning in the reader's own terms: "nächste" -> "next", "wochen" -> "week",
    # "werktage" -> "business", "übermorgen" -> "day after tomorrow".
    aliases: Mapping[str, str] = field(default_factory=dict)
    patterns: Mapping[str, str] = field(default_factory=dict)  # role (DATE_ROLES) -> regex source
    # Words that are a month only when capitalised ("may" is a verb): matched lower-case, they are skipped.
    modal_months: frozenset[str] = frozenset()
    # True where "4:00" alone means the afternoon (a 12-hour clock); False for 24-hour languages.
    twelve_hour_clock: bool = False
    # True where numeric dates are always day first ("03.04.2026" is 3 April), whatever the mail's zone.
    numeric_day_first: bool = False


@dataclass(frozen=True)
class NameCue:
    """A pattern whose group `name` holds an employer's name (and maybe `other`, the rest of a title)."""

    weight: float
    pattern: str
    title_case_stops: bool = True  # the name ends at a stop word ("Acme Wants to Interview You")
    person_weight: float | None = None  # the weight when the name looks like a person's


# The regex roles an extraction table may fill (each optional; a language adds to English's).
EXTRACTION_ROLES: frozenset[str] = frozenset(
    {
        "display_via",  # "Acme via Greenhouse": groups name, relay
        "display_person_at",  # "Jane Doe at Acme": groups person, name
        "display_suffix",  # "Acme Recruiting": group name
        "display_prefix",  # "HR - Acme": the team word before the employer
        "display_on_behalf",  # "HireRight on behalf of Acme": the service speaks for the employer
        "sign_off",  # a line that closes the letter ("Kind regards,")
        "boilerplate",  # automated footers
        "document_title",  # "offer letter", "employment contract"
        "document_part",  # a whole part of a document's title that only names the document ("Offer Letter")
        "calendar_subject",  # "Invitation: <title> @ Wed ...": group title
        "role_tail",  # words that end a role and are cut ("... at", "... position")
        "role_lead",  # a subject's lead before the role ("Offer letter for ")
        "role_id",  # "(Job ID: 123)" inside a role
        "role_company_split",  # " at " before the employer inside a role
        "role_bounded",  # the role's text ended at its own noun ("... Payments role"): a comma is a qualifier
        "requisition",  # groups id / paren / bare
        "requisition_not",  # words just before an id that make it not the job's ("applicant", "phone")
        "employer_promise",  # the employer promising its own next step
        "candidate_deadline",  # the candidate asked to act by a date
        "past_context",  # past or superseded times near a date
        "clause_split",  # where one promise or request ends and the next begins
        "clause_glue",  # whitespace that ends no clause ("2. April"): kept inside the clause
        "approximate",  # windows, not appointments ("this week", "within 5 days")
        "date_hint",  # any date word: a clause without one is skipped
        "employer_first",  # a clause whose subject is the employer
        "employer_will",  # the employer's future ("we will")
        "not_heard",  # "if you have not heard from us by"
        "asks_candidate",  # a request to the candidate
        "after_that",  # the answer waits on something undated
        "span_then",  # "within 10 days, after which you will hear"
        "allow_for_answer",  # "please allow 10 days for a response": the employer's promise
        "schedule_time_lead",  # the lead of an agenda's first time
        "moved_from",  # "from" right before the old slot
        "moved_to",  # "to" right after the old slot
        "and_the_team",  # "Acme and the HackerRank team": the employer, then its vendor
    }
)


@dataclass(frozen=True)
class ExtractionWords:
    """A language's extraction vocabulary: the words around employer names, roles, promises and deadlines."""

    team_words: frozenset[str] = frozenset()  # trimmed from the end of a name ("Recruiting", "Personal")
    connectors: frozenset[str] = frozenset()  # words inside a name ("of", "und", "de")
    stop_tokens: frozenset[str] = frozenset()  # words that end a name in Title Case subjects
    generic: frozenset[str] = frozenset()  # never an employer on their own
    title_words: frozenset[str] = frozenset()  # words of job titles ("engineer", "Entwickler")
    org_words: frozenset[str] = frozenset()  # words of organisations' names ("bank", "Werke")
    department_words: frozenset[str] = frozenset()  # a department before a team word
    unit_words: frozenset[str] = frozenset()  # parts of an organisation ("division")
    function_words: frozenset[str] = frozenset()  # business functions ("finance", "Vertrieb")
    recruiting_words: frozenset[str] = frozenset()  # team words a department may precede
    institution_nouns: frozenset[str] = frozenset()  # names that go on with "for"
    honorifics: frozenset[str] = frozenset()  # forms of address before a person's name
    non_starters: frozenset[str] = frozenset()  # a name never starts with these ("dear", "thanks")
    title_like: frozenset[str] = frozenset()  # words that make a signature line a title ("talent")
    signature_titles: frozenset[str] = frozenset()  # a role starting with these is a recruiter's title
    initials_skip: frozenset[str] = frozenset()  # words an acronym skips ("of", "the")
    person_particles: frozenset[str] = frozenset()  # lower-case parts of people's names ("de", "van")
    generic_domain_labels: frozenset[str] = frozenset()  # "careers.example": no employer in the label
    body_names: tuple[NameCue, ...] = ()  # employer names in the body
    subject_names: tuple[NameCue, ...] = ()  # employer names in the subject
    roles: tuple[str, ...] = ()  # group `role`: the job applied for, in the body
    subject_roles: tuple[str, ...] = ()  # group `role`, in the subject
    patterns: Mapping[str, str] = field(default_factory=dict)  # role (EXTRACTION_ROLES) -> regex source
