"""German: rules for mail in German."""

from __future__ import annotations

from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# --- dates and extraction (read by understanding/dates.py and extract.py) ---------------------------
# German as written in Germany, Austria and Switzerland; "ä" may be written "ae", "ß" "ss".

DATES = DateWords(
    weekdays={
        "montag": 0,
        "mo": 0,
        "dienstag": 1,
        "di": 1,
        "mittwoch": 2,
        "mi": 2,
        "donnerstag": 3,
        "do": 3,
        "freitag": 4,
        "fr": 4,
        "samstag": 5,
        "sonnabend": 5,
        "sa": 5,
        "sonntag": 6,
        "so": 6,
    },
    months={
        "januar": 1,
        "jänner": 1,
        "jaenner": 1,
        "jan": 1,
        "februar": 2,
        "feber": 2,
        "feb": 2,
        "märz": 3,
        "maerz": 3,
        "mär": 3,
        "mrz": 3,
        "april": 4,
        "apr": 4,
        "mai": 5,
        "juni": 6,
        "jun": 6,
        "juli": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "oktober": 10,
        "okt": 10,
        "november": 11,
        "nov": 11,
        "dezember": 12,
        "dez": 12,
    },
    numbers={
        "ein": 1,
        "eine": 1,
        "einer": 1,
        "einem": 1,
        "einen": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "fuenf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "zwoelf": 12,
        "vierzehn": 14,
        "fünfzehn": 15,
        "zwanzig": 20,
        "dreißig": 30,
        "dreissig": 30,
        "ein paar": 3,
        "paar": 3,
        "wenigen": 3,
        "einigen": 5,
        "mehreren": 5,
    },
    aliases={
        "nächste": "next",
        "nächsten": "next",
        "nächster": "next",
        "nächstes": "next",
        "naechste": "next",
        "naechsten": "next",
        "naechster": "next",
        "übernächste": "next",
        "übernächsten": "next",
        "übernächster": "next",
        "kommende": "next",
        "kommenden": "next",
        "kommender": "next",
        "diese": "this",
        "diesen": "this",
        "dieser": "this",
        "der": "the",
        "des": "the",
        "woche": "week",
        "kalenderwoche": "week",
        "monat": "month",
        "monats": "month",
        "anfang": "early",
        "beginn": "early",
        "mitte": "mid",
        "ende": "end",
        "heute": "today",
        "morgen": "tomorrow",
        "übermorgen": "day after tomorrow",
        "uebermorgen": "day after tomorrow",
        "tag": "day",
        "werktag": "day",
        "woch": "week",
        "stunde": "hour",
        "werk": "business",
        "arbeits": "business",
        "geschäfts": "business",
        "mittag": "noon",
        "mitternacht": "midnight",
    },
    numeric_day_first=True,
    patterns={
        # "Dienstag, 14. Januar", "Di., 14. Jan. 2026", "am Dienstag, den 14. Januar"
        "wd": (
            r"(?P<wd>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
            r"(?:mo|di|mi|do|fr|sa|so)(?=\.))"
        ),
        "day_first": (
            r"\b(?:{WD}\.?,?\s+(?:den\s+)?)?(?P<day>\d{1,2})\.[\s\u2060]*(?P<month>{MONTH})\b\.?"
            r"(?:\s+(?P<year>20\d\d)\b)?"
        ),
        # "14.01.2026", "14.01.26", "bis zum 14.01.", "14/01/2026", "14-01-2026"
        "numeric": (
            r"\b(?:{WD}\.?,?\s+(?:den\s+)?)?(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
            r"(?:(?P<year>20\d\d|\d\d)\b)?(?![\d/-])"
        ),
        "end_of_named_month": r"\b(?P<which>anfang|ende|mitte)\s+(?P<month>{MONTH})\b",
        "relative_day": r"\b(?<!guten\s)(?<!gute\s)(?P<word>übermorgen|uebermorgen|heute|morgen)\b",
        # full names only: "Do" and "So" begin sentences
        "weekday": (
            r"\b(?:(?P<mod>(?:über)?nächsten|naechsten|kommenden|diesen)\s+)?"
            r"(?P<wd>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\b(?!\s*-)"
        ),
        # "nächste Woche", "Ende nächster Woche", "Anfang des nächsten Monats", "übernächste Woche"
        "week_month": (
            r"\b(?:(?P<part>anfang|beginn|mitte|ende)\s+)?(?:der\s+|des\s+)?"
            r"(?P<which>(?P<after>über)?nächste[nrs]?|naechste[nrs]?|kommende[nrs]?|diese[nrs]?|der|des)\s+"
            r"(?P<unit>woche|monats?)\b"
        ),
        # "KW 48", "bis Ende KW 5", "in Kalenderwoche 12": the Friday of that ISO week
        "iso_week": r"\b(?:KW|Kalenderwoche)\s*(?P<week>[1-9]|[1-4]\d|5[0-3])\b",
        # "innerhalb von zwei Wochen", "in den nächsten 5 Werktagen", "binnen einer Woche", "in 14 Tagen"
        "span": (
            r"\b(?:innerhalb|binnen|in)\s+(?:von\s+|der\s+|den\s+)?(?:nächsten\s+|naechsten\s+|kommenden\s+)?"
            r"(?:bis\s+zu\s+)?(?P<n1>{NUM})(?:\s*(?:-|–|bis|oder)\s*(?P<n2>{NUM}))?\s+"
            r"(?P<kind>werk|arbeits|geschäfts)?(?P<unit>tag|woch|monat|stunde)(?:e|en|n|s|es)?\b"
            r"|\b(?P<n5>{NUM})\s+(?P<kind4>werk|arbeits)?(?P<unit4>tag|woch)(?:e|en|n)?\s+(?:zeit"
            r"|lang\s+zeit)\b"
        ),
        "within_the_week": r"\b(?:im\s+laufe|innerhalb|während)\s+(?:der|dieser)\s+woche\b",
        "weekday_range": (
            r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?\s*(?:-|–|bis)\s*"
            r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?\b"
            r"|\b(?:mo|di|mi|do|fr|sa|so)\.?\s*(?:-|–|bis)\s*(?:mo|di|mi|do|fr|sa|so)\b"
        ),
        "moving": r"\b(?:verschieb\w*|verschob\w*|verleg\w*|umplan\w*|tausch\w*|änder\w*)\b",
        "noon": r"\b(?P<word>mittag|mitternacht)\b",
        # "14 Uhr", "14:30 Uhr", "14.30 Uhr"
        "time_word": r"(?<![\d:/.])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<unit>uhr)\b",
        "time_gap": r"um|ab|von|gegen|uhrzeit:?|zeit:?|beginn:?",
        "time_gap_before": r"am",
        "time_label": r"uhrzeit|zeit",
    },
)

_DE_NAME = r"(?P<name>[^\n]{1,90})"
# A German role: capitalised words, with the lower-case joints of German titles ("Leiter des Vertriebs").
_DE_ROLE = (
    r"[A-Z0-9ÄÖÜ][\w&'’/+#.()*:-]*(?:[ \t]+(?:[A-Z0-9ÄÖÜ(][\w&'’/+#.()*:-]*|für|im|in|der|des|und|&|"
    r"m/w/d|w/m/d|\(m/w/d\)|\(w/m/d\)|\(m/w/x\)|\(all\s+genders\)))*"
)

EXTRACTION = ExtractionWords(
    team_words=frozenset(
        {
            "personal",
            "personalabteilung",
            "personalwesen",
            "bewerbermanagement",
            "karriere",
            "recruiting-team",
        }
        | {"personalmarketing", "talentakquise", "ausbildung", "bewerbungen", "jobs"}
    ),
    connectors=frozenset({"und", "&", "der", "des", "für", "von", "zu", "am", "an"}),
    stop_tokens=frozenset(
        {
            "ihre",
            "ihr",
            "deine",
            "dein",
            "bewerbung",
            "bewerbungen",
            "einladung",
            "absage",
            "zusage",
            "stelle",
        }
        | {"position", "vorstellungsgespräch", "gespräch", "interview", "angebot", "vertrag", "eingang"}
        | {"eingangsbestätigung", "bei", "für", "als", "zur", "zum", "im", "in", "mit", "wir", "sie", "du"}
        | {"ist", "sucht", "hat", "freut", "lädt", "möchte", "bedankt", "dankt", "vielen", "dank"}
    ),
    generic=frozenset(
        {"interviewtermin", "termin", "terminbestätigung", "einladung zum vorstellungsgespräch"}
        | {"bewerbung", "stelle", "position", "team", "unternehmen", "firma", "personalabteilung", "personal"}
        | {
            "einladung",
            "absage",
            "zusage",
            "vielen dank",
            "danke",
            "hallo",
            "liebe",
            "lieber",
            "sehr geehrte",
        }
        | {"sehr geehrter", "guten tag", "mit freundlichen grüßen", "viele grüße", "beste grüße", "grüße"}
        | {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar"}
        | {"februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "uhr", "bewerbermanagement"}
        | {"karriere", "recruiting", "ausbildung", "vorstellungsgespräch", "gespräch", "termin", "unterlagen"}
        | {"ihr team", "das team", "ihr recruiting-team", "recruiting-team", "hr-team", "kandidat"}
        | {"kandidatin", "bewerber", "bewerberin", "wir", "uns", "sie", "ihnen", "leider", "herzlichen"}
        | {"grüßen", "grüße", "gruß", "grüssen", "gruesse", "abgeschlossen", "unterschrieben", "vollständig"}
        | {"erledigt", "dokument", "dokumente", "vertrag", "arbeitsvertrag", "angebot", "zusage"}
    ),
    title_words=frozenset(
        {"entwickler", "entwicklerin", "ingenieur", "ingenieurin", "leiter", "leiterin", "referent"}
        | {"referentin", "sachbearbeiter", "sachbearbeiterin", "berater", "beraterin", "mitarbeiter"}
        | {"mitarbeiterin", "manager", "managerin", "assistenz", "werkstudent", "werkstudentin", "praktikant"}
        | {"praktikantin", "auszubildende", "auszubildender", "kaufmann", "kauffrau", "techniker"}
        | {"technikerin", "projektleiter", "projektleiterin", "teamleiter", "teamleiterin", "architekt"}
        | {"architektin", "analyst", "analystin", "buchhalter", "buchhalterin", "controller", "controllerin"}
        | {"elektriker", "elektrikerin", "mechatroniker", "mechatronikerin", "pflegefachkraft", "fachkraft"}
        | {"spezialist", "spezialistin", "koordinator", "koordinatorin", "verkäufer", "verkäuferin", "lehrer"}
        | {"lehrerin", "designer", "designerin", "wissenschaftler", "wissenschaftlerin", "trainee"}
        | {"geschäftsführer", "geschäftsführerin", "sekretär", "sekretärin", "disponent", "disponentin"}
        | {"(m/w/d)", "m/w/d", "(w/m/d)", "w/m/d", "(m/w/x)", "(all", "genders)", "mitarbeiter:in"}
        | {"entwickler:in", "ingenieur:in", "referent:in", "berater:in", "leiter:in", "manager:in"}
    ),
    org_words=frozenset(
        {
            "gmbh",
            "ag",
            "kg",
            "se",
            "e.v.",
            "ug",
            "gruppe",
            "werke",
            "werk",
            "bank",
            "sparkasse",
            "versicherung",
        }
        | {"versicherungen", "logistik", "technik", "energie", "stadtwerke", "klinikum", "kliniken", "verlag"}
        | {"stiftung", "verein", "hochschule", "universität", "institut", "holding", "systeme", "software"}
        | {"maschinenbau", "automobil", "immobilien", "handel", "bau", "medien", "apotheke", "bäckerei"}
        | {
            "versand",
            "medizintechnik",
            "chemie",
            "elektro",
            "elektrotechnik",
            "mobility",
            "robotics",
            "design",
        }
        | {"druck", "druckerei", "brauerei", "spedition", "transporte", "consulting", "beratung", "agentur"}
        | {"studio", "labor", "pharma", "dienstleistungen", "solutions", "systems", "hotels", "hotel"}
    ),
    unit_words=frozenset({"abteilung", "bereich", "fachbereich", "geschäftsbereich", "referat", "dezernat"}),
    function_words=frozenset(
        {"personal", "personalabteilung", "vertrieb", "einkauf", "finanzen", "buchhaltung", "entwicklung"}
        | {"marketing", "recht", "verwaltung", "produktion", "logistik", "it"}
    ),
    recruiting_words=frozenset({"recruiting", "personal", "karriere", "talentakquise"}),
    honorifics=frozenset({"herr", "frau", "hr", "fr", "prof", "dr"}),
    non_starters=frozenset(
        {
            "ihre",
            "ihr",
            "vielen",
            "danke",
            "hallo",
            "liebe",
            "lieber",
            "sehr",
            "guten",
            "herzlichen",
            "leider",
        }
        | {"bitte", "wir", "unsere", "unser", "sie", "du", "deine", "dein", "mit", "viele", "beste", "die"}
        | {"der", "das", "den", "dem"}
    ),
    title_like=frozenset({"personal", "recruiting", "recruiterin", "personalreferent", "personalreferentin"}),
    signature_titles=frozenset({"personal", "personalreferent", "personalreferentin", "recruiterin"}),
    initials_skip=frozenset({"und", "der", "des", "für"}),
    generic_domain_labels=frozenset({"karriere", "jobs", "bewerbung", "stellen", "personal"}),
    body_names=(
        # "Brenner Logistik GmbH" on a signature or legal-footer line of its own
        NameCue(2, legal_name_source(), title_case_stops=False),
        # "Brenner Logistik hat Ihnen ein Dokument gesendet": signature services name the employer so
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:hat[ \t]+(?:Ihnen|dir|Sie|dich|euch)[ \t]+(?:\w+[ \t]+){0,3}?(?:gesendet|geschickt"
            r"|zugesendet|eingeladen|angefordert|freigegeben)|lädt[ \t]+(?:Sie|dich))\b",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(
            2.5, r"(?i:\b(?:das\s+unternehmen|die\s+firma|der\s+arbeitgeber|arbeitgeber:)\s+)" + _DE_NAME
        ),
        NameCue(
            3,
            r"(?i:\b(?:bewerbung|bewerbungen|interesse)\s+(?:bei|an|für)\s+(?:der\s+|dem\s+|die\s+)?"
            r"(?:uns,?\s+(?:der\s+|dem\s+)?)?)" + _DE_NAME,
        ),
        NameCue(
            2.5,
            r"(?i:\b(?:herzlich\s+)?willkommen\s+(?:bei|an\s+bord\s+bei)\s+(?:der\s+|dem\s+)?)" + _DE_NAME,
        ),
        NameCue(2, r"(?i:\bim\s+namen\s+(?:der|des|von)\s+)" + _DE_NAME),
        NameCue(
            2.5,
            r"(?i:\b(?:stelle|position|job|tätigkeit|taetigkeit|karriere|ausbildung|praktikum|einstieg|"
            r"zukunft|mitarbeit|vorstellungsgespräch|gespräch|interview)\s+(?:bei|in\s+der)\s+(?:der\s+"
            r"|dem\s+)?)" + _DE_NAME,
        ),
        NameCue(
            2.5,
            r"(?i:\b(?:ihr|dein|euer|das)\s+(?:[\w-]+[- ])?team\s+(?:der|des|von)\s+)" + _DE_NAME,
        ),
        NameCue(
            1.5,
            r"(?i:\b(?:ihr|dein|euer|das)\s+)(?P<name>(?:[A-Z0-9ÄÖÜ][\w&'’.-]*\s+){1,4})"
            r"(?i:team|recruiting[- ]team|hr[- ]team|personal[- ]?team)\b",
        ),
        NameCue(
            2,
            r"(?i:\b(?:als\s+teil\s+(?:von|der|des)|für\s+die|zur|zum)\s+)"
            r"(?P<name>(?:[A-Z][\w&'’.-]{0,40}[ \t]+){1,4}(?:GmbH|AG|SE|KG|UG"
            r"|e\.V\.)(?:[ \t]+&[ \t]+Co\.[ \t]+KG)?)",
            title_case_stops=False,
        ),
    ),
    subject_names=(
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:hat[ \t]+(?:Ihnen|dir|Sie|dich|euch)[ \t]+(?:\w+[ \t]+){0,3}?(?:gesendet|geschickt"
            r"|zugesendet|eingeladen|angefordert|freigegeben)|lädt[ \t]+(?:Sie|dich))\b",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(
            3, r"(?i:\b(?:bewerbung|bewerbungen)\s+(?:bei|an|für)\s+(?:der\s+|dem\s+|die\s+)?)" + _DE_NAME
        ),
        NameCue(2.5, r"(?i:\b(?:bei|von)\s+(?:der\s+|dem\s+)?)" + _DE_NAME),
    ),
    roles=(
        r"(?i:\b(?:stelle|position|tätigkeit|taetigkeit|job|einstieg|ausbildung|praktikum)\s+als\s+)"
        rf"(?P<role>{_DE_ROLE})",
        r"(?i:\bbewerbung\s+(?:als|auf\s+die\s+(?:stelle|position)\s+(?:als\s+)?|für\s+die\s+(?:stelle"
        r"|position)"
        rf"\s+(?:als\s+)?)\s*)(?P<role>{_DE_ROLE})",
        rf"(?i:\bbewerbung\b[^.\n]{{0,80}}?\bals\s+)(?P<role>{_DE_ROLE})",
    ),
    subject_roles=(rf"(?i:\b(?:als|stelle|position)\s+)(?P<role>{_DE_ROLE})",),
    patterns={
        "display_suffix": (
            r"(?i)^(?P<name>.+?)(?<![\s,|-])[\s,|-]++(?:personal(?:abteilung|wesen|marketing)?|karriere|"
            r"recruiting(?:[- ]team)?|bewerbermanagement|talentakquise|jobs|hr(?:[- ]team)?|ausbildung)\s*$"
        ),
        "display_prefix": (
            r"^(?:Personal(?:abteilung)?|Karriere|Recruiting|Bewerbermanagement)(?:\s*[-|:–—]\s*|\s+(?:bei"
            r"|der|von)\s+|\s+)(?=[A-Z0-9ÄÖÜ])"
        ),
        "display_person_at": r"(?i)^(?P<person>.+?)(?<!\s)\s++(?:bei|von)\s+(?P<name>.+)$",
        "sign_off": (
            r"(?i)^(?:mit\s+)?(?:(?:freundlichen|besten|herzlichen|vielen|lieben|beste|viele|liebe"
            r"|schöne)\s+)?"
            r"(?:grüßen|grüssen|gruessen|grüße|grüsse|gruesse|gruß|gruss|dank)(?:\s+aus\s+\w+)?[,.!]?\s*$"
            r"|^(?:mfg|lg|vg|bg)[,.!]?\s*$"
        ),
        "boilerplate": (
            r"(?i)\b(?:abmelden|datenschutz|automatisch\s+(?:erstellt|generiert|versendet)"
            r"|nicht\s+auf\s+diese)"
        ),
        "document_title": (
            r"(?i)\b(?:arbeitsvertrag|anstellungsvertrag|vertragsangebot|angebotsschreiben|dienstvertrag)\b"
        ),
        "calendar_subject": (
            r"(?i)^\s*+(?:aktualisierte\s+)?einladung\s*+:\s*+(?P<title>.+?)(?<!\s)\s++@\s+(?:mo|di|mi|do|fr"
            r"|sa|so|\d)[^@]*$"
        ),
        "role_tail": r"(?i)\s+(?:bei|für|in|im|der|des|und|&|-|–)\s*$|\s+(?:stelle|position)\s*$|[\s,.]+$",
        "role_lead": (
            r"(?i)^.{0,300}?\b(?:bewerbung|einladung|absage|angebot|vertrag|eingangsbestätigung)\b.{0,300}?"
            r"\b(?:als|für|[-–—:])\s+(?:die\s+|den\s+)?"
        ),
        "role_company_split": r"(?<!\s)\s+(?:bei|@)\s+(?=[A-ZÄÖÜ])",
        "role_bounded": r"(?i)(?:stelle|position)$",
        "requisition": (
            r"(?i:\b(?:stellen|job|referenz|ausschreibungs|kennziffer|kenn)(?:-?id|-?nummer|-?nr\.?)?"
            r"|\bkennziffer|\breferenznummer|\bref\.)\s*+[:#]?\s*+"
            r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z]{0,6}[-_]?[A-Z0-9][A-Z0-9-_]{2,24})\b"
        ),
        "requisition_not": r"(?i)bewerber|kandidat|telefon|tel\.",
        "employer_promise": (
            r"(?i)\b(?:wir|ich|uns(?:er|ere)\s+(?:[\w-]+\s+){0,2}(?:team|abteilung|personalabteilung"
            r"|fachbereich)|"
            r"das\s+(?:[\w-]+\s+){0,2}team|die\s+personalabteilung)\b[^.;!?]{0,100}?"
            r"\b(?:melde[nt]?\b|rückmeld\w*|rueckmeld\w*|bescheid|antwort\w*|entscheid\w*|informier\w*|"
            r"kontaktier\w*|zukommen|schick\w*|sende\w*|zusenden|übermittel\w*|auf\s+(?:sie|dich|euch)\s+zu|"
            r"abschlie\w*|feedback|vorbereit\w*|zusammen)"
            r"|\b(?:sie|du)\s+(?:hören|hörst|hoeren|erhalten|erhältst|bekommen|bekommst)\s+(?:\w+\s+){0,6}?"
            r"(?:von\s+uns|rückmeldung|antwort|bescheid|nachricht|entscheidung|angebot|vertrag\w*"
            r"|unterlagen)\b"
            r"|\b(?:rückmeldung|entscheidung|antwort|feedback)\s+(?:erhalten\s+sie|bekommen\s+sie"
            r"|erhältst\s+du|"
            r"geben\s+wir|folgt|kommt)\b"
            r"|\b(?:der\s+|den\s+|das\s+|die\s+)?(?:arbeitsvertrag|vertrag|vertragsunterlagen|angebot"
            r"|unterlagen)\s+"
            r"(?:\w+\s+){0,3}?(?:kommt|folgt|geht\s+(?:ihnen|dir)|schicke\w*|sende\w*|erhalten\s+sie"
            r"|bekommst\s+du)\b"
        ),
        "candidate_deadline": (
            r"(?i)\bbitte\b[^.;!?]{0,140}?\b(?:bis|innerhalb|binnen|spätestens|spaetestens|vor)\b"
            r"|\b(?:bitten|bitte)\s+(?:sie|dich|euch|um)\b[^.;!?]{0,140}?\b(?:bis|innerhalb|binnen"
            r"|spätestens)\b"
            r"|\bspätestens\b|\bspaetestens\b"
            r"|\b(?:frist|deadline|abgabefrist|rückmeldefrist|annahmefrist|gültig\s+bis|verfällt"
            r"|läuft\s+(?:\w+\s+){0,3}ab)\b"
            r"|\b(?:ihre|deine|eure)\s+(?:rückmeldung|antwort|zusage|entscheidung|unterlagen)\s+(?:bis"
            r"|innerhalb|binnen)\b"
            r"|\bfreuen\s+uns\s+(?:\w+\s+)?auf\s+(?:ihre|deine|eure)\s+(?:rückmeldung|antwort"
            r"|zusage)\b[^.;!?]{0,60}?"
            r"\b(?:bis|innerhalb)\b"
            r"|\b(?:sie|du)\s+(?:haben|hast|müssten|solltest|sollten|müssen|musst)\b[^.;!?]{0,80}?"
            r"\b(?:bis|innerhalb|binnen|zeit)\b"
        ),
        "asks_candidate": (
            r"(?i)\bbitte\b|\bbitten\s+(?:sie|dich|euch|um)\b|\b(?:sie|du)\s+(?:müssen|musst|sollten"
            r"|solltest)\b"
            r"|\bfrist\b|\bfreuen\s+uns\s+(?:\w+\s+)?auf\s+(?:ihre|deine|eure)\s+(?:rückmeldung|antwort"
            r"|zusage)"
        ),
        "employer_first": (
            r"(?i)^\W*(?:wir|ich|unser|unsere|das\s+(?:[\w-]+\s+)?team|sie\s+hören|du\s+hörst)\b"
        ),
        "employer_will": (
            r"(?i)\b(?:wir|ich)\s+(?:werden|werde|melden|möchten|planen|hoffen|versuchen|schicken|senden)\b"
            r"|\b(?:sie|du)\s+(?:hören|hörst|erhalten|erhältst|bekommen|bekommst)\s+(?:\w+\s+){0,4}?"
            r"(?:von\s+uns|rückmeldung|antwort|bescheid|nachricht)"
        ),
        "not_heard": (
            r"(?i)\b(?:sollten|falls|wenn)\s+(?:sie|du)\s+(?:bis|innerhalb|binnen|in)\b[^.;!?]{0,60}?"
            r"\b(?:nichts\s+von\s+uns|keine\s+(?:rückmeldung|antwort|nachricht))"
        ),
        "after_that": (
            r"(?i)\b(?:danach|anschließend|anschliessend|im\s+anschluss)\b"
            r"|\b(?:tage|wochen)\s+nach\s+(?:dem\s+|der\s+)?(?:bewerbungsschluss|ende|ablauf)"
            r"|\bsobald\b"
        ),
        "allow_for_answer": (
            r"(?i)\b(?:bearbeitung|prüfung|auswahl(?:prozess|verfahren)?|rückmeldung)\w*\b[^.;!?]{0,60}?"
            r"\b(?:dauer[nt]?|in\s+anspruch)\b"
            r"|\brechnen\s+sie\s+mit\s+einer\s+(?:rückmeldung|antwort|entscheidung)"
        ),
        "past_context": (
            r"(?i)\b(?:ursprünglich|urspruenglich|statt|anstatt|anstelle|nicht\s+mehr|abgesagt|absagen"
            r"|storniert|"
            r"danke\s+für\s+das|vielen\s+dank\s+für\s+(?:das|ihre\s+zeit|deine\s+zeit|die\s+zeit)|"
            r"haben\s+uns\s+(?:getroffen|unterhalten)|letzte[nr]?\s+woche|geplant\s+war"
            r"|vereinbart\s+hatten)\b"
        ),
        "approximate": (
            r"(?i)\b(?:woche|wochen|monat|monats|innerhalb|binnen|tagen?|stunden|kw|kalenderwoche)\b"
        ),
        "date_hint": (
            r"(?i)\d|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen"
            r"|übermorgen|"
            r"woche\w*|monat\w*|tagen?|stunden?|januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|"
            r"september|oktober|november|dezember|kw|kalenderwoche|werktag\w*|arbeitstag\w*)\b"
        ),
        # "bis zum 2. April": the dot after a day's number ends no sentence
        "clause_glue": (
            r"(?i)(?<=\d\.)[ \t]+(?=(?:jan|j[äa]n|feb|m[äa]r|maer|apr|mai|jun|jul|aug|sep|okt|nov|dez)\w*\b)"
        ),
        "clause_split": r"(?i),?(?<![^\S\n])\s{1,80}+(?:und|aber|sodass)\s+(?=(?:wir|ich|sie|du|bitte)\b)",
        "schedule_time_lead": r"(?i)\b(?:um|ab|von|beginn\w*)\s*$",
        "moved_from": r"(?i)\b(?:von|vom)\s+(?:dem\s+)?$",
        "moved_to": r"(?i)(?<!\s)\s*(?:auf|zu|nach|→)\s+(?:den\s+)?\w",
    },
)
