"""Dutch: rules for mail in Dutch."""

from __future__ import annotations

from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# --- dates and extraction (read by understanding/dates.py and extract.py) ---------------------------
# Dutch as written in the Netherlands and Flanders.

DATES = DateWords(
    weekdays={
        "maandag": 0,
        "ma": 0,
        "dinsdag": 1,
        "di": 1,
        "woensdag": 2,
        "wo": 2,
        "donderdag": 3,
        "do": 3,
        "vrijdag": 4,
        "vr": 4,
        "zaterdag": 5,
        "za": 5,
        "zondag": 6,
        "zo": 6,
    },
    months={
        "januari": 1,
        "jan": 1,
        "februari": 2,
        "feb": 2,
        "maart": 3,
        "mrt": 3,
        "april": 4,
        "apr": 4,
        "mei": 5,
        "juni": 6,
        "jun": 6,
        "juli": 7,
        "jul": 7,
        "augustus": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "oktober": 10,
        "okt": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    },
    numbers={
        "een": 1,
        "één": 1,
        "twee": 2,
        "drie": 3,
        "vier": 4,
        "vijf": 5,
        "zes": 6,
        "zeven": 7,
        "acht": 8,
        "negen": 9,
        "tien": 10,
        "elf": 11,
        "twaalf": 12,
        "veertien": 14,
        "vijftien": 15,
        "twintig": 20,
        "dertig": 30,
        "paar": 3,
        "enkele": 3,
        "aantal": 5,
    },
    aliases={
        "volgende": "next",
        "komende": "next",
        "aanstaande": "coming",
        "deze": "this",
        "dit": "this",
        "de": "the",
        "het": "the",
        "van": "the",
        "week": "week",
        "maand": "month",
        "begin": "early",
        "half": "mid",
        "midden": "mid",
        "eind": "end",
        "einde": "end",
        "vandaag": "today",
        "morgen": "tomorrow",
        "overmorgen": "day after tomorrow",
        "dag": "day",
        "dagen": "day",
        "weken": "week",
        "maanden": "month",
        "uur": "hour",
        "werkdag": "business",
        "werkdagen": "business",
        "werk": "business",
        "middag": "noon",
        "middernacht": "midnight",
    },
    numeric_day_first=True,
    patterns={
        "wd": (
            r"(?P<wd>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|(?:ma|di|wo|do|vr|za"
            r"|zo)(?=\.))"
        ),
        # "dinsdag 14 januari", "op 14 januari 2026", "di. 14 jan."
        "day_first": (
            r"\b(?:{WD}\.?,?\s+)?(?P<day>\d{1,2})\s+(?P<month>{MONTH})\b\.?(?:\s+(?P<year>20\d\d)\b)?"
        ),
        "numeric": (
            r"\b(?:{WD}\.?,?\s+)?(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>20\d\d|\d\d)\b"
        ),
        "end_of_named_month": r"\b(?P<which>begin|half|midden|eind|einde)\s+(?P<month>{MONTH})\b",
        "relative_day": r"\b(?<!goede\s)(?P<word>overmorgen|vandaag|morgen)\b(?!\s*(?:ochtend|middag|avond))",
        # "vóór vrijdag", "uiterlijk vrijdag", "volgende week vrijdag", "aanstaande vrijdag"
        "weekday": (
            r"\b(?:(?P<mod>volgende|komende|aanstaande|deze)\s+(?:week\s+)?)?"
            r"(?P<wd>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b(?!\s*-)"
        ),
        # "volgende week", "eind volgende week", "deze week", "begin volgende maand", "eind van de maand"
        "week_month": (
            r"\b(?:(?P<part>begin|half|midden|eind|einde)\s+(?:van\s+)?)?"
            r"(?P<which>volgende|komende|deze|dit|de|het)\s+(?P<unit>week|maand)\b"
        ),
        # "binnen twee weken", "binnen 5 werkdagen", "in de komende dagen", "over twee weken"
        "span": (
            r"\b(?:binnen|in|over|uiterlijk\s+binnen)\s+(?:de\s+)?(?:komende\s+|volgende\s+)?(?:een\s+)?"
            r"(?P<n1>{NUM})(?:\s*(?:-|–|à|tot|of)\s*(?P<n2>{NUM}))?\s+"
            r"(?P<kind>werk)?(?P<unit>dag|dagen|week|weken|maand|maanden|uur)\b"
            r"|\b(?:je|u)\s+(?:hebt|heeft|krijgt|heb)\s+(?P<n5>{NUM})\s+(?P<kind4>werk)?(?P<unit4>dag|dagen"
            r"|week|weken)"
            r"\s+(?:de\s+tijd\s+)?(?:om|de\s+tijd)\b"
        ),
        "ordinal_day": (
            r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+(?P<day>[1-9]|[12]\d"
            r"|3[01])\b(?![:./,]?\d)(?!\s*(?:{MONTH})\b)"
        ),
        "within_the_week": r"\b(?:in\s+de\s+loop\s+van\s+(?:deze|de)\s+week|nog\s+deze\s+week)\b",
        "weekday_range": (
            r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s*(?:-|–|t/m"
            r"|tot(?:\s+en\s+met)?)\s*"
            r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b"
        ),
        "moving": r"\b(?:verplaats\w*|verzet\w*|verschuiv\w*|wijzig\w*|omgezet)\b",
        "noon": r"\b(?P<word>middernacht)\b",
        # "om 10.00 uur", "om 14 uur", "10:30 uur"
        "time_word": r"(?<![\d:/.])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<unit>uur)\b",
        "time_gap": r"om|vanaf|van|tijd\s*:?|tijdstip\s*:?",
        "time_gap_before": r"op",
        "time_label": r"tijd|tijdstip",
    },
)

_NL_NAME = r"(?P<name>[^\n]{1,90})"
# A role title: a first word, then up to seven more (French, Spanish, Portuguese and Italian titles go on in
# lower case: "Chef de projet digital"), ending before the words that start the rest of the sentence.
_NL_ROLE = (
    r"[\w][\w&'’/+#.()*:-]*(?:[ \t]+(?!(?:en|wij|we|bij|in|voor|die|dat|met|is|heeft|je|jouw|uw|ons|onze|aan"
    r"|als|om|te)\b)[\w&'’/+#.()*:-]+){0,7}"
)

EXTRACTION = ExtractionWords(
    team_words=frozenset({"werving", "selectie", "recruitment", "hr", "p&o", "vacatures", "werken"}),
    connectors=frozenset({"en", "&", "van", "de", "der", "den", "het"}),
    stop_tokens=frozenset(
        {"je", "jouw", "uw", "sollicitatie", "gesprek", "uitnodiging", "aanbod", "vacature", "bij", "voor"}
        | {"als", "in", "met", "wij", "we", "zoekt", "bedankt", "dank", "reactie", "voorstel"}
    ),
    generic=frozenset(
        {"uitnodiging", "voltooid", "ondertekend", "referenties", "document", "contract"}
        | {"sollicitatie", "vacature", "functie", "team", "bedrijf", "organisatie", "hallo", "beste"}
        | {"geachte", "groet", "groeten", "met vriendelijke groet", "gesprek", "aanbod", "voorstel"}
        | {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari"}
        | {"februari", "maart", "april", "mei", "juni", "juli", "augustus", "oktober", "december"}
        | {"werving", "selectie", "werving & selectie", "hr", "het team", "kandidaat", "helaas"}
        | {"gefeliciteerd", "hoi", "wij", "we", "jij", "u"}
    ),
    title_words=frozenset(
        {"ontwikkelaar", "medewerker", "medewerkster", "adviseur", "beheerder", "manager", "leidinggevende"}
        | {"teamleider", "projectleider", "verpleegkundige", "docent", "stagiair", "stagiaire", "monteur"}
        | {"monteur", "boekhouder", "verkoper", "verkoopster", "consultant", "coördinator", "coordinator"}
        | {"specialist", "architect", "analist", "engineer", "ingenieur", "secretaresse", "directeur"}
        | {"chauffeur", "magazijnmedewerker", "m/v", "(m/v)", "(m/v/x)"}
    ),
    org_words=frozenset(
        {"b.v.", "bv", "n.v.", "nv", "v.o.f.", "vof", "groep", "bank", "verzekeringen", "ziekenhuis"}
        | {"gemeente", "stichting", "vereniging", "hogeschool", "universiteit", "zorg", "installaties"}
        | {"techniek", "bouw", "logistiek", "advocaten", "accountants", "notarissen"}
    ),
    unit_words=frozenset({"afdeling", "directie", "dienst"}),
    function_words=frozenset({"hr", "p&o", "financiën", "verkoop", "inkoop", "ict", "juridische"}),
    recruiting_words=frozenset({"werving", "recruitment", "selectie"}),
    honorifics=frozenset({"dhr", "mevr", "mw", "meneer", "mevrouw", "heer"}),
    non_starters=frozenset(
        {"je", "jouw", "uw", "bedankt", "hallo", "beste", "geachte", "helaas", "gefeliciteerd", "hoi"}
        | {"wij", "we", "met", "het"}
    ),
    title_like=frozenset({"werving", "recruiter", "hr", "adviseur", "recruitment"}),
    signature_titles=frozenset({"hr", "recruitment", "werving"}),
    initials_skip=frozenset({"en", "van", "de", "het"}),
    generic_domain_labels=frozenset({"werkenbij", "werken", "vacatures", "sollicitatie"}),
    body_names=(
        # "Brenner Logistik GmbH" on a signature or legal-footer line of its own
        NameCue(2, legal_name_source(), title_case_stops=False),
        # "Brenner Logistik hat Ihnen ein Dokument gesendet": signature services name the employer so
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:heeft[ \t]+(?:je|jou|u)|nodigt[ \t]+(?:je|u))[ \t]+(?:\w+[ \t]+){0,3}?(?:gestuurd"
            r"|verzonden|uitgenodigd|gedeeld|uit[ \t]+om|ter[ \t]+ondertekening)",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(2.5, r"(?i:\b(?:het\s+bedrijf|de\s+werkgever|de\s+organisatie|werkgever\s*:)\s+)" + _NL_NAME),
        NameCue(
            3,
            r"(?i:\b(?:sollicitatie|interesse|solliciteren)\s+(?:bij|in|naar\s+een\s+functie\s+bij)\s+)"
            + _NL_NAME,
        ),
        NameCue(2.5, r"(?i:\bwelkom\s+(?:bij|aan\s+boord\s+bij)\s+)" + _NL_NAME),
        NameCue(2, r"(?i:\bnamens\s+)" + _NL_NAME),
        NameCue(
            2.5,
            r"(?i:\b(?:functie|baan|vacature|gesprek|sollicitatiegesprek|stage|carrière|loopbaan|werken)\s+"
            r"(?:bij|binnen)\s+)" + _NL_NAME,
        ),
        NameCue(
            2, r"(?i:\bhet\s+(?:recruitment|hr|werving\s*(?:&|en)\s*selectie)[- ]?team\s+van\s+)" + _NL_NAME
        ),
        NameCue(1.5, r"(?i:\bteam\s+)(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){0,3}[A-Z0-9][\w&'’.-]*)\s*$"),
    ),
    subject_names=(
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:heeft[ \t]+(?:je|jou|u)|nodigt[ \t]+(?:je|u))[ \t]+(?:\w+[ \t]+){0,3}?(?:gestuurd"
            r"|verzonden|uitgenodigd|gedeeld|uit[ \t]+om|ter[ \t]+ondertekening)",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(3, r"(?i:\bsollicitatie\s+(?:bij|voor)\s+)" + _NL_NAME),
        NameCue(2.5, r"(?i:\b(?:bij|van)\s+)" + _NL_NAME),
    ),
    roles=(
        rf"(?i:\b(?:functie|vacature|positie|rol|stage)\s+(?:van|als)\s+)(?P<role>{_NL_ROLE})",
        rf"(?i:\bsollicitatie\s+(?:als|voor\s+de\s+(?:functie|vacature"
        rf"|positie)\s+(?:van\s+)?))(?P<role>{_NL_ROLE})",
        rf"(?i:\bvacature\s+)(?P<role>{_NL_ROLE})",
    ),
    subject_roles=(
        rf"(?i:\b(?:vacature|functie|positie|rol)\s+(?:van|als)\s+)(?P<role>{_NL_ROLE})",
        rf"(?i:\b(?:vacature|functie|sollicitatie)\s+(?:als\s+|:\s*)?)(?P<role>{_NL_ROLE})",
    ),
    patterns={
        "display_prefix": (
            r"^(?:HR|Werving(?:\s*(?:&|en)\s*Selectie)?|Recruitment|Team)(?:\s*[-|:–—]\s*|\s+(?:bij|van)\s+"
            r"|\s+)(?=[A-Z0-9À-Þ])"
        ),
        "display_suffix": (
            r"(?i)^(?P<name>.+?)(?<![\s,|-])[\s,|-]++(?:werving(?:\s*(?:&|en)\s*selectie)?|recruitment|hr"
            r"|p&o|"
            r"vacatures|werken\s+bij)\s*$"
        ),
        "display_person_at": r"(?i)^(?P<person>.+?)(?<!\s)\s++(?:bij|van)\s+(?P<name>.+)$",
        "sign_off": (
            r"(?i)^(?:met\s+)?(?:(?:vriendelijke|hartelijke|beste|warme)\s+)?(?:groet(?:en)?|dank)"
            r"(?:\s+van\s+\w+)?[,.!]?\s*$|^(?:mvg|gr)[,.!]?\s*$"
        ),
        "boilerplate": (
            r"(?i)\b(?:afmelden|privacy|automatisch\s+(?:gegenereerd|verzonden)"
            r"|niet\s+(?:op\s+)?beantwoorden)"
        ),
        "document_title": (
            r"(?i)\b(?:arbeidsovereenkomst|arbeidscontract|aanbiedingsbrief|contractvoorstel)\b"
        ),
        "role_tail": r"(?i)\s+(?:bij|voor|van|en|&|-|–)\s*$|\s+(?:functie|vacature)\s*$|[\s,.]+$",
        "role_company_split": r"(?<!\s)\s+(?:bij|@)\s+(?=[A-Z])",
        "role_bounded": r"(?i)(?:functie|vacature|positie|rol)$",
        "requisition": (
            r"(?i:\b(?:vacaturenummer|vacature-id|vacature\s+id|referentie(?:nummer)?|ref)\.?\s*+[:#]?\s*+)"
            r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z]{0,6}[-_]?[A-Z0-9][A-Z0-9-_]{2,24})\b"
        ),
        "requisition_not": r"(?i)kandidaat|sollicitant|telefoon|tel\.",
        "employer_promise": (
            r"(?i)\b(?:wij|we|ik|ons\s+(?:[\w-]+\s+){0,2}team|het\s+(?:[\w-]+\s+){0,2}team)\b[^.;!?]{0,100}?"
            r"\b(?:laten\s+(?:je|u)\s+(?:\w+\s+){0,3}?weten|laat\s+(?:je|u)\s+(?:\w+\s+){0,3}?weten|"
            r"nemen\s+(?:\w+\s+){0,4}?contact|neem\s+(?:\w+\s+){0,4}?contact"
            r"|kom(?:en)?\s+(?:\w+\s+){0,4}?terug|"
            r"reageren|reageer|berichten|bericht|informeren|beslissen|besluiten|sturen|stuur|versturen|"
            r"mailen|bellen|horen|afronden|ronden)\b"
            r"|\b(?:je|u)\s+(?:hoort|ontvangt|krijgt)\s+(?:\w+\s+){0,4}?(?:van\s+ons|bericht|reactie"
            r"|antwoord|"
            r"uitsluitsel|contract|aanbod|voorstel|terugkoppeling)\b"
            r"|\b(?:het\s+)?(?:contract|aanbod|voorstel)\s+(?:\w+\s+){0,3}?(?:volgt|komt|ontvang\w*)\b"
        ),
        "candidate_deadline": (
            r"(?i)\b(?:graag|gelieve|wil\s+(?:je|u)|kun\s+(?:je|u)|kunt\s+u|zou\s+(?:je|u))\b[^.;!?]{0,140}?"
            r"\b(?:vóór|voor|uiterlijk|binnen|tot)\b"
            r"|\b(?:uiterlijk|deadline|geldig\s+tot|verloopt)\b"
            r"|\b(?:je|u)\s+(?:hebt|heeft|heb)\b[^.;!?]{0,80}?\b(?:tot|de\s+tijd)\b"
            r"|\b(?:reageer|bevestig|stuur|onderteken|vul|plan|kies|rond)\w*\b[^.;!?]{0,80}?\b(?:vóór|voor"
            r"|uiterlijk)\b"
        ),
        "asks_candidate": (
            r"(?i)\b(?:graag|gelieve|wil\s+(?:je|u)|kun\s+(?:je|u)|kunt\s+u|zou\s+(?:je|u))\b|\bdeadline\b"
            r"|^\W*(?:reageer|bevestig|stuur|onderteken|vul|plan|kies)\b"
        ),
        "employer_first": r"(?i)^\W*(?:wij|we|ik|ons|het\s+(?:[\w-]+\s+)?team|je\s+hoort|u\s+hoort)\b",
        "employer_will": (
            r"(?i)\b(?:wij|we|ik)\s+(?:zullen|zal|laten|nemen|komen|verwachten|hopen|streven|gaan)\b"
            r"|\b(?:je|u)\s+(?:hoort|ontvangt|krijgt)\s+(?:\w+\s+){0,3}?(?:van\s+ons|bericht|reactie"
            r"|antwoord)"
        ),
        "not_heard": (
            r"(?i)\b(?:als|indien|mocht)\s+(?:je|u)\s+(?:\w+\s+){0,6}?(?:niets\s+van\s+ons|geen\s+(?:reactie"
            r"|bericht|antwoord))"
        ),
        "after_that": r"(?i)\b(?:daarna|daarop|vervolgens|zodra|nadat)\b",
        "allow_for_answer": (
            r"(?i)\b(?:beoordeling|selectie|procedure|reactie)\w*\s+(?:\w+\s+){0,3}?(?:duurt|kan\s+duren"
            r"|neemt)\b"
        ),
        "past_context": (
            r"(?i)\b(?:oorspronkelijk|in\s+plaats\s+van|geannuleerd|afgezegd|niet\s+meer|"
            r"bedankt\s+voor\s+(?:het\s+gesprek|je\s+tijd|uw\s+tijd)|vorige\s+week|we\s+spraken)\b"
        ),
        "approximate": r"(?i)\b(?:week|weken|maand|maanden|binnen|dagen|uur)\b",
        "date_hint": (
            r"(?i)\d|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen"
            r"|overmorgen|"
            r"weken?|maand\w*|dagen|dag|werkdag\w*|januari|februari|maart|april|mei|juni|juli|augustus"
            r"|september|"
            r"oktober|november|december)\b"
        ),
        "clause_split": r"(?i),?(?<![^\S\n])\s{1,80}+(?:en|maar)\s+(?=(?:wij|we|ik|je|u|graag)\b)",
        "schedule_time_lead": r"(?i)\b(?:om|vanaf|van)\s*$",
        "moved_from": r"(?i)\bvan\s+$",
        "moved_to": r"(?i)(?<!\s)\s*(?:naar|→)\s+\w",
    },
)
