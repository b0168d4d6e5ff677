"""German (Germany, Austria, Switzerland): the classifier's cues and guards, and the hiring-process words.

Plain data read by `understanding/classify.py` together with the English table (recruiters here write
"Interview", "Onboarding" or "Offer" into German mail). Patterns are written with umlauts and ß; `_de()`
lets each also match the transliterations mail clients and Swiss spelling use ("ae", "ss"). German joins
words into compounds ("Vorstellungsgespräch", "Arbeitsvertrag"), so a compound's tail is matched without
a word boundary in front ("gespräch", "vertrag"). Informal "du" mail (start-ups) is covered beside "Sie".
"""

from __future__ import annotations

from untilsigned.domain.model import Kind
from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.schema import Cue, LanguageRules, cue
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

_SPELLINGS = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}


def _de(pattern: str) -> str:
    """The pattern with each umlaut and ß also matching its two-letter spelling. Never inside [...], and not
    inside a look-behind, which must keep a fixed width (write both spellings there)."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        if pattern.startswith(("(?<!", "(?<="), index):
            end = pattern.index(")", index) + 1
            out.append(pattern[index:end])
            index = end
            continue
        out.append(_SPELLINGS.get(pattern[index], pattern[index]))
        index += 1
    return "".join(out)


def c(kind: Kind, weight: float, pattern: str, *guards: str, tags: tuple[str, ...] = ()) -> Cue:
    return cue(kind, weight, _de(pattern), *guards, tags=tags)


# --- guards: sentence-level facts that cancel cues ---------------------------------------------

_GUARDS: dict[str, str] = {
    # Selection talked about as a possibility: "Sollte Ihr Profil zu unseren Anforderungen passen, melden
    # wir uns", "Bewerber:innen, die nicht berücksichtigt werden, erhalten ...".
    "conditional": (
        r"\b(?:falls|sofern|wenn|sollte|sollten|sobald|soweit|insofern|vorausgesetzt|ob)\b[^.;!?]{0,200}?"
        r"(?:\bzu\s+(?:uns|unseren?|unserem|der|dieser|den|ihren)\b[^.;!?]{0,50}?\bpass(?:t|en|e)\b|"
        r"\bgeeignet|\binfrage\b|\bin\s+frage\b|\bin\s+betracht\b|\bausgewählt|\bauswahl|\bberücksichtig|"
        r"\bentspr(?:icht|echen)\b|\büberzeug|\binteresse\s+an\s+(?:ihne|ihr|dir|dein)|\beinlad|\beinzuladen|"
        r"\bweiterverfolg|\bweiter\s+verfolg|\bweiterkommen|\bnächste\w{0,30}\s+(?:schritt|runde|phase|stufe)|"
        r"\berfolgreich|\bpositiv|\bnichts\s+von\s+uns\s+hören|\bkeine\s+(?:rück)?(?:meldung|nachricht)|"
        r"\bübereinstimm|\bentscheid|\bvorstellen\b)"
        r"|\b(?:bewerber|kandidat|bewerbung)[\w:*/]{0,30}\s*,\s*(?:die|welche|deren)\b[^.;!?]{0,100}?"
        r"\b(?:nicht|ausgewählt|berücksichtigt|erfolgreich|werden|wird)\b"
        r"|\b(?:ausgewählte|geeignete|erfolgreiche|passende|vorausgewählte)[\w:*/]{0,30}\s+(?:bewerber|kandidat)"
        r"|\bnur\s+(?:die\s+)?(?:bewerber|kandidat|ausgewählte|geeignete)"
        # "ich gebe Ihnen Montag Bescheid, ob Sie zum Probetag kommen können": whether, not a plan
        r"|\b(?:bescheid|wissen|mitteilen|informieren)(?:\s*+,\s*+|\s++)ob\b"
        # rules for every applicant: "Unvollständige Bewerbungen können nicht berücksichtigt werden"
        r"|\b(?:unvollständige|verspätete|postalische)\w{0,30}\s+(?:bewerbung|unterlagen)"
        r"|\bbewerbungen\s+(?:\w+\s+){0,3}?(?:können|werden|kann|wird)\b"
    ),
    # Expectations about the process, not events: "Die Gespräche finden voraussichtlich im März statt".
    "expectation": (
        r"\b(?:voraussichtlich|in\s+der\s+regel|normalerweise|üblicherweise|typischerweise|erfahrungsgemäß|"
        r"gegebenenfalls|ggf|eventuell|möglicherweise|planen|beabsichtigen|rechnen)\b[^.;!?]{0,60}?"
        r"(?:gespräch|interview|einlad|termin|test|assessment|angebot|entscheid|rückmeld|auswahl|absag|zusag)"
        r"|\b(?:gespräche|interviews)\s+(?:werden|finden)\b"
        r"|\bweitere\w{0,30}\s+informationen\s+(?:zum|zur|zu)\b"
    ),
    # A delay or a new date, not a decision.
    "delay": (
        r"\b(?:verzöger\w{0,30}|verschieb\w{0,30}|verschoben|verlegen|verlegt|länger\s+(?:als|dauern|dauert)|"
        r"noch\s+etwas\s+(?:zeit|geduld)|geduld|vorübergehend|krankheitsbedingt|erkrankt|neuen\s+termin|"
        r"anderen\s+termin|urlaubsbedingt|noch\s+nicht\s+(?:entschieden|abgeschlossen)|"
        r"noch\s+keine\s+entscheidung)"
    ),
    # "Leider können wir nicht jede Bewerbung einzeln beantworten."
    "respond_all": (
        r"\beinzeln\w{0,30}\b|\bindividuell\w{0,30}\s+(?:feedback|rückmeld|beantwort|absag)|\bjede[nrms]?\s+"
        r"(?:einzelne[nrms]?\s+)?(?:bewerbung|bewerber|kandidat)\w{0,30}\s+(?:\w+\s+)?(?:beantworten|antworten|"
        r"rückmeld)"
    ),
    # The offer or contract as a condition or future step: "bevor wir Ihnen ein Angebot machen können".
    "offer_condition": (
        r"\b(?:falls|sofern|wenn|sollte|sollten|sobald|bevor|ehe|nach|vor|bis|ob|vorbehaltlich|"
        r"im\s+falle|könnten|möchten\s+gerne|hoffen|planen|voraussichtlich|eventuell|möglicherweise)\b"
        r"[^.;!?]{0,80}?(?:angebot|vertrag|zusage)"
        # "Details zum Arbeitsvertrag folgen nach dem Gespräch"
        r"|(?:angebot|vertrag)\w{0,30}\b[^.;!?]{0,60}?\b(?:folgt|folgen|besprechen|klären)\b[^.;!?]{0,30}?\b(?:nach|sobald|"
        r"nachdem|im\s+anschluss|wenn|falls)\b"
    ),
    "offer_negated": (
        r"\b(?:kein\w{0,30}|nicht|niemals|weder|nie)\b[^.;!?]{0,50}?(?:angebot|anbieten|anzubieten|zusage|vertrag)"
    ),
    # The offer is only postponed.
    "offer_delay": r"\b(?:verzöger|verschieb|verschoben\b|später\b|vorerst\b|bis\s+(?:zum|zur|auf)\b)",
    # The offer is being taken back.
    "offer_withdrawn": (
        r"\b(?:zurückzieh\w{0,30}|zurückgezogen|zurückzunehmen|zurücknehmen|zurückgenommen|widerruf\w{0,30}|"
        r"annullier\w{0,30})|\b(?:ziehen|nehmen)\b[^.;!?]{0,60}\bzurück\b"
    ),
    # Shop and job-ad language where "Angebot" means something else.
    "commerce": (
        r"%|\brabatt|\bgutschein|\bkostenlos|\bgratis|\bsonderangebot|\bangebot\s+des\s+(?:monats|tages)|"
        r"\bnur\s+für\s+kurze\s+zeit|\bjetzt\s+(?:zugreifen|sichern|buchen|anmelden)|\bnewsletter|\babo\b|"
        r"\bwebinar|\bseminar|\bkurs\b|\bkurse\b|\bwas\s+wir\s+(?:ihnen\s+|dir\s+)?bieten|\bwir\s+bieten|"
        r"\bdas\s+bieten\s+wir|\bunser\s+angebot\s+(?:an|für)\s+(?:sie|dich)|\bbenefits?\b|"
        r"\bstellenangebote|\bjobangebote|\bweiterbildungsangebot|\bangebote\b|\bpremium|\bmitgliedschaft"
    ),
    # Signature as a future step: "sobald Sie den Vertrag unterschrieben haben", "bitte unterschreiben".
    "signed_condition": (
        r"\b(?:sobald|wenn|falls|nachdem|bevor|bis|sofern|nach\s+(?:erhalt|eingang|rücksendung))\b"
        r"[^.;!?]{0,80}?(?:unterschrieben|unterzeichnet|signiert|angenommen|unterschrift|unterzeichnung|"
        r"zurückgesendet|zurückgeschickt|erhalten)"
        r"|\bbitte\b[^.;!?]{0,60}?\b(?:unterschreiben|unterzeichnen|signieren|unterschrieben\s+zurück)"
    ),
    # An offer described generically: "Erfolgreiche Kandidat:innen erhalten ein schriftliches Angebot".
    "generic_offer": (
        r"\b(?:bewerber|kandidat)[\w:*/]{0,30}\s+(?:erhalten|bekommen|werden)|\balle\s+angebote\b|"
        r"\bangebote\s+(?:sind|werden)|\bangebotsphase\b|\btraumjob|\btipps\b|\bklauseln\b|\bworauf\b|"
        r"\bachten\b|\bratgeber\b|\bfehler\b|\bso\s+(?:verhandelst|verhandeln|holst|gelingt|klappt)\b"
    ),
    # A non-disclosure agreement signed before an interview is not an employment contract.
    "nda": (r"\bnda\b|geheimhaltung|verschwiegenheit|vertraulichkeitsvereinbarung|vertraulichkeitserklärung"),
    # The employer paying or reimbursing is not a candidate paying a fee.
    "employer_pays": (
        r"\b(?:übernehmen|übernimmt|erstatten|erstattet|zahlen\s+wir|tragen\s+wir|bezahlen\s+wir)\b|"
        r"\bkosten(?:los|frei)\b|\bohne\s+kosten\b|\b(?:keine|nie|niemals|niemal)\b[^.;!?]{0,40}?"
        r"(?:gebühr|zahlung|kosten)"
    ),
    # The candidate accepted somewhere else.
    "elsewhere": (
        r"\b(?:anderes|anderen|anderweitig\w{0,30}|woanders|andere\w{0,30}\s+(?:angebot|stelle|unternehmen|firma))\b"
    ),
    # The signed contract mentioned, not the offer being made: "den unterschriebenen Vertrag erhalten".
    "signed_mention": (
        r"\b(?:unterschrieben|unterzeichnet|signiert|gegengezeichnet)\w{0,30}\b(?!\s+(?:zurück|an\s+uns))"
    ),
    # The terms an offer depends on, not a request for references.
    "contingency": r"\b(?:vorbehaltlich|abhängig\s+von|unter\s+der\s+voraussetzung|vorausgesetzt)\b",
    # A past rescission is a decision; "wir behalten uns vor, das Angebot zurückzuziehen" is fine print.
    "fine_print": (
        r"\b(?:behalten\s+uns|vorbehalten|falls|sofern|wenn|sollte|sollten|im\s+falle|kann|können|könnte)\b"
    ),
    # Nobody on the other side: "ein zeitversetztes Video-Interview".
    "asynchronous": r"\b(?:zeitversetzt|asynchron|one-way|aufgezeichnet|aufzuzeichnen)",
    # A stage already behind the candidate: "vielen Dank für die Bearbeitung des Online-Tests".
    "past_stage": (
        r"\b(?:danke|dank)\w{0,30}\s+(?:schön\s+|sehr\s+)?(?:für|fürs)\s+(?:die\s+|das\s+|ihre\s+|deine\s+)?"
        r"(?:bearbeitung|absolvier|teilnahme|einreichung|durchführung|erledigung|lösung|rücksendung|"
        r"abgabe|ausfüllen)"
        r"|\bglückwunsch\w{0,30}\s+(?:zum|zur|zu)\s+(?:bestehen|bestandenen|erfolgreichen)"
    ),
    # Advice for any reader's interview.
    "hypothetical": r"\bob\s+(?:ihr|dein|das)\s+(?:\w+\s+)?(?:vorstellungs|bewerbungs)?gespräch",
    # Interview practice sold as a product.
    "practice": (
        r"\b(?:probe|übungs|trainings|mock)-?(?:interview|gespräch)|\binterview-?training|"
        r"\bbewerbungstraining|\bki-?(?:coach|interview)"
    ),
    # A step named only as what comes after a request: "Bevor wir ein Gespräch vereinbaren, ...".
    "prerequisite": (
        r"\bbevor\s+(?:wir|ich)\b[^.;!?]{0,60}?\b(?:vereinbaren|planen|einladen|ansetzen|organisieren|buchen)"
    ),
    # "Referenznummer", "Ihre Referenz: 4711": not references about the candidate.
    "reference_noise": (
        r"referenz-?(?:nummer|nr|code|id|kennung)|\bunsere\s+referenz\b|\bihre\s+referenz\s*:|"
        r"\breferenz\s*:|\bals\s+referenz\b|\breferenzprojekt|\breferenzkunde"
    ),
}
GUARDS: dict[str, str] = {name: _de(regex) for name, regex in _GUARDS.items()}


K = Kind
_REJECT_GUARDS = ("conditional", "delay", "respond_all", "expectation")
_OFFER_GUARDS = ("offer_condition", "offer_negated", "offer_withdrawn", "commerce", "generic_offer", "nda")
# The contract or offer itself (compound tails: "Arbeitsvertrag", "Vertragsangebot").
_CONTRACT = (
    r"(?:vertrag|vertrags|vertrages|verträge|angebot|angebots|vertragsangebot|einstellungszusage|"
    r"offer\b|contract\b)"
)
# Who is addressed: formal and informal.
_YOU = r"(?:ihnen|dir|euch)"
_CANDIDATE = r"(?:kandidat|bewerber|mitbewerber|person|profil|persönlichkeit|jemand|talent)"
# The meeting words of an interview invitation.
_TALK = (
    r"(?:gespräch|interview|kennenlernen|kennenlerntermin|telefonat|video-?call|videotelefonat|"
    r"videokonferenz|teams-?call|zoom-?call|call\b|meeting|treffen|austausch)"
)
_POSITION = r"(?:stelle|position|vakanz|funktion|rolle|job|ausschreibung|besetzung)"

CUES: tuple[Cue, ...] = (
    # --- rejected --------------------------------------------------------------------------------
    # "Ihre Bewerbung nicht weiter berücksichtigen", "nicht weiterverfolgen", "nicht in die engere Auswahl"
    c(
        K.REJECTED,
        4,
        r"(?<!noch\s)(?<!bisher\s)(?<!vorerst\s)\bnicht\s+(?:mehr\s+|weiter\s+|länger\s+|näher\s+|"
        r"weiterhin\s+)?(?:berücksichtig|weiterverfolg|weiter\s+verfolg|weiter\s+zu\s+verfolg|weiterzuverfolg|"
        r"in\s+betracht|in\s+die\s+(?:engere|nächste|weitere|finale)|für\s+die\s+(?:weitere|nächste|engere|"
        r"finale)|weiter\s+(?:im\s+|in\s+den\s+)?(?:prozess|verfahren|auswahlprozess)|weiterführ|weiterzuführ|"
        r"weiter\s+zu\s+führ|fortsetz|fortzusetz|weiterkommen|weitergekommen|weiter\s+berücksichtig|"
        r"weiter\s+(?:mit\s+(?:ihnen|dir|ihrer|deiner)\s+)?(?:gehen|zu\s+gehen|fortfahren|machen|"
        r"zusammenarbeiten))",
        *_REJECT_GUARDS,
    ),
    # "haben uns für eine:n andere:n Kandidat:in entschieden", "anderen Bewerbern den Vorzug gegeben"
    c(
        K.REJECTED,
        4,
        rf"\b(?:andere|anderen|anderer|anderes|weitere[nr]?)[\w:*/]{{0,30}}\s+(?:[\w:*/-]+\s+){{0,2}}?{_CANDIDATE}"
        r"[^.;!?]{0,100}?\b(?:entschieden|vorzug|ausgewählt|gewählt|eingestellt|besetzt|weiterzumachen|"
        r"fortzufahren|weiter(?:gehen|machen)|näher|besser|eher|stärker|passender|genauer)"
        r"|\b(?:entschieden|entschlossen|vorzug\s+gegeben)\b[^.;!?]{0,80}?\b(?:andere|anderen|anderer|"
        rf"anderes|weitere[nr]?)[\w:*/]{{0,30}}\s+(?:[\w:*/-]+\s+){{0,2}}?{_CANDIDATE}"
        rf"|\bfür\s+(?:eine[nr]?|einen)[\w:*/]{{0,30}}\s+(?:[\w:*/-]+\s+){{0,2}}?{_CANDIDATE}[\w:*/]{{0,30}}\s+"
        r"(?:(?:mit|aus|deren|dessen|die|der)\b[^.;!?]{0,80}?\s)?entschieden\b",
        *_REJECT_GUARDS,
    ),
    c(
        K.REJECTED,
        4,
        r"\bgegen\s+(?:ihre|deine|eure|sie|dich|euch|eine\s+(?:weitere\s+)?zusammenarbeit|"
        r"eine\s+(?:weitere\s+)?berücksichtigung|eine\s+einladung|eine\s+fortsetzung)\b[^.;!?]{0,60}?"
        r"\bentschieden"
        r"|\bfür\s+jemand(?:en)?\s+(?:anderen|anderes)\b",
        *_REJECT_GUARDS,
    ),
    # "eine Absage erteilen", "müssen wir dir leider absagen"
    c(
        K.REJECTED,
        4,
        rf"\b{_YOU}\s+(?:leider\s+|heute\s+|diesmal\s+|hiermit\s+)?(?:eine\s+|unsere\s+)?absag"
        r"|\babsage\s+(?:erteilen|geben|mitteilen|aussprechen|zukommen)"
        # never a meeting called off: "leider müssen wir den Termin am Freitag absagen"
        r"|\b(?:leider|bedauerlicherweise)\b(?![^.;!?]{0,60}?(?:termin|gespräch|interview|treffen|meeting|call))"
        r"[^.;!?]{0,60}?\babsagen\b",
        *_REJECT_GUARDS,
    ),
    c(K.REJECTED, 2, r"\babsage\b", *_REJECT_GUARDS),
    c(
        K.REJECTED,
        4,
        r"\bkeine\s+(?:positive|erfreuliche|bessere|gute|andere)n?\s+(?:rückmeldung|nachricht|antwort|"
        r"nachrichten|entscheidung|mitteilung)"
        r"|\bkeine\s+(?:zusage|einladung)\b|\b(?:kein|keine)\s+(?:\w+\s+)?(?:stelle|position|angebot|"
        r"vertragsangebot|jobangebot)\b[^.;!?]{0,40}?\b(?:anbieten|machen|unterbreiten|geben)",
        *_REJECT_GUARDS,
    ),
    c(
        K.REJECTED,
        3.5,
        rf"\b(?:leider|bedauerlicherweise)\s+(?:müssen|muss|möchten)\s+(?:wir|ich)\s+{_YOU}\s+mitteilen"
        r"|\bbedauer\w{0,30}[^.;!?]{0,50}?\bmitteil|\bmitteilen\s+zu\s+müssen\b",
        *_REJECT_GUARDS,
    ),
    # The role itself is gone: filled, cancelled, withdrawn.
    c(
        K.REJECTED,
        4,
        rf"\b{_POSITION}\b[^.;!?]{{0,80}}?\b(?:(?:bereits|inzwischen|mittlerweile|schon|zwischenzeitlich|"
        r"anderweitig|intern|nun|leider)\s+){0,3}(?:besetzt|vergeben|gestrichen|storniert|zurückgezogen|"
        r"eingefroren|(?<!noch\s)nicht\s+(?:mehr\s+)?(?:besetzt|nachbesetzt|ausgeschrieben|verfügbar|vakant|"
        r"offen|zu\s+besetzen))\b"
        r"|\beinstellungsstopp|\beinstellungsstop\b|\b(?:stellen|rekrutierungs|recruiting)stopp"
        r"|\b(?:auswahlprozess|auswahlverfahren|bewerbungsprozess|rekrutierungsprozess|recruitingprozess|"
        r"besetzungsprozess|prozess|verfahren)\b[^.;!?]{0,60}?\b(?:beendet|eingestellt|abgebrochen|"
        r"eingestellt|eingestellen|gestoppt|abzubrechen|einzustellen|zu\s+beenden)\b"
        r"|\b(?:intern|anderweitig)\s+(?:besetzt|vergeben|nachbesetzt)",
        "conditional",
        "respond_all",
        "expectation",
    ),
    # A role put on hold: a rejection only with more (a closed process), else a status.
    c(
        K.REJECTED,
        3.5,
        r"\bauf\s+unbestimmte\s+zeit\b[^.;!?]{0,60}?\b(?:pausiert|auf\s+eis|gestoppt|eingefroren|ausgesetzt|"
        r"zurückgestellt|verschoben)|\b(?:pausiert|auf\s+eis\s+gelegt|gestoppt|eingefroren|ausgesetzt)\b"
        r"[^.;!?]{0,40}?\bauf\s+unbestimmte\s+zeit",
        "conditional",
        "expectation",
    ),
    c(
        K.REJECTED,
        2,
        r"\bauf\s+eis\s+(?:gelegt|legen)|\b(?:besetzung|stelle|position|prozess)\b[^.;!?]{0,40}?\b(?:pausier\w{0,30}|"
        r"gestoppt|gestoppt|ausgesetzt)",
        "conditional",
        "expectation",
    ),
    # The offer is withdrawn.
    c(
        K.REJECTED,
        4,
        rf"{_CONTRACT}\w{{0,30}}\b[^.;!?]{{0,60}}?\b(?:zurückziehen|zurückgezogen|zurückzuziehen|zurücknehmen|"
        r"zurückgenommen|zurückzunehmen|widerrufen|annulliert|storniert)"
        r"|\b(?:ziehen|nehmen)\s+(?:wir\s+)?(?:unser|das|ihr|dein)\w{0,30}\s+(?:\w+\s+)?(?:angebot|vertragsangebot|"
        r"jobangebot|zusage)\w{0,30}\s+(?:\w+\s+){0,3}?zurück\b",
        "fine_print",
        "offer_delay",
    ),
    # The profile does not fit.
    c(
        K.REJECTED,
        3.5,
        r"\b(?:profil|qualifikation|erfahrung|hintergrund|kenntnisse|werdegang|unterlagen|bewerbung)\w{0,30}\b"
        r"[^.;!?]{0,60}?\b(?:passt|passen|passte|entspricht|entsprechen|entsprach|deckt|decken)\s+(?:sich\s+)?"
        r"(?:leider\s+|jedoch\s+|aktuell\s+|derzeit\s+|aber\s+)?(?:nicht|kaum|nur\s+(?:bedingt|teilweise))\b"
        r"|\bnicht\s+(?:ganz\s+|vollständig\s+|ausreichend\s+|optimal\s+|genau\s+)?(?:unseren|den|dem)\s+"
        r"(?:aktuellen\s+|gesuchten\s+)?(?:anforderungen|erwartungen|vorstellungen|anforderungsprofil|profil)"
        r"|\bnicht\s+(?:ganz\s+|optimal\s+|ausreichend\s+)?(?:zu\s+(?:unseren|den)\s+(?:\w+\s+)?"
        r"(?:anforderungen|erwartungen)|ins\s+(?:anforderungsprofil|profil))\s+pass",
        *_REJECT_GUARDS,
    ),
    c(
        K.REJECTED,
        3.5,
        r"\b(?:hat|haben)\s+es\s+(?:leider\s+)?(?:dieses\s*mal\s+|diesmal\s+)?nicht\s+(?:ganz\s+)?"
        r"(?:geklappt|gereicht)|\bes\s+(?:hat|hätte)\s+(?:leider\s+)?(?:dieses\s*mal\s+|diesmal\s+)?"
        r"(?:knapp\s+)?nicht\s+(?:ganz\s+)?(?:geklappt|gereicht)",
        *_REJECT_GUARDS,
    ),
    c(K.REJECTED, 3, r"\bnicht\s+erfolgreich\b|\bnicht\s+ausgewählt\b", *_REJECT_GUARDS),
    c(K.REJECTED, 2.5, r"\babgelehnt\b", *_REJECT_GUARDS),
    c(
        K.REJECTED,
        1,
        r"\b(?:wünschen|wünsche)\s+(?:ihnen|dir|euch)\b[^.;!?]{0,80}?\b(?:alles\s+gute|viel\s+erfolg|"
        r"erfolg|glück)\b|\bberufliche\w{0,30}\s+(?:zukunft|weg|werdegang)\b",
    ),
    c(
        K.REJECTED,
        1.5,
        r"\b(?:unterlagen|daten|bewerbung)\b[^.;!?]{0,80}?\b(?:löschen|gelöscht|vernichten|vernichtet|"
        r"zurücksenden|zurück)\b",
        "conditional",
    ),
    c(
        K.REJECTED,
        1,
        r"\bentscheidung\b[^.;!?]{0,40}?\b(?:nicht\s+leicht|schwer)|\bkeine\s+(?:wertung|bewertung)\b|"
        r"\bknapp\w{0,30}\s+entscheidung",
    ),
    # --- offer_signed: proof of signature or acceptance ------------------------------------------
    # DocuSign, Skribble, Adobe Sign, Personio in German: "Alle Parteien haben das Dokument unterzeichnet".
    c(
        K.OFFER_SIGNED,
        4,
        r"\b(?:alle|sämtliche|beide)\s+(?:parteien|unterzeichne\w{0,30}|beteiligten|vertragsparteien|empfänger\w{0,30}|"
        r"seiten|signierenden|unterschreibenden)\s+(?:haben|hat)\s+(?:das\s+dokument\s+|den\s+vertrag\s+|jetzt\s+|"
        r"nun\s+|bereits\s+)?(?:unterschrieben|unterzeichnet|signiert|abgeschlossen)"
        r"|\b(?:wurde|ist|wurden|sind)\s+(?:nun\s+|jetzt\s+)?von\s+(?:allen|beiden)\s+(?:parteien|seiten|"
        r"beteiligten|unterzeichne\w{0,30}|vertragsparteien)\s+(?:unterschrieben|unterzeichnet|signiert)"
        r"|\bvollständig\s+(?:unterschrieben|unterzeichnet|signiert|abgeschlossen)\b",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    # A completion notice's subject: "Abgeschlossen: Arbeitsvertrag Sam Rivera".
    c(
        K.OFFER_SIGNED,
        4,
        rf"^\s*(?:abgeschlossen|vollständig\s+(?:signiert|unterzeichnet|unterschrieben)|unterzeichnet|"
        rf"signiert|erledigt)\s*:\s*[^\n]{{0,120}}?{_CONTRACT}",
        "nda",
    ),
    c(
        K.OFFER_SIGNED,
        4,
        r"\b(?:danke|dank)\w{0,30}\s+(?:schön\s+|sehr\s+|auch\s+)?(?:für|fürs)\s+(?:die\s+|ihre\s+|deine\s+|das\s+|"
        r"den\s+)?(?:rasche\w{0,30}\s+|schnelle\w{0,30}\s+|prompte\w{0,30}\s+|unkomplizierte\w{0,30}\s+)?(?:unterschrift|"
        r"unterzeichnung|rücksendung|unterschreiben|unterschriebene\w{0,30}|signatur|gegenzeichnung|annahme|"
        r"zusage)\b(?![^.;!?]{0,50}?(?:termin|gespräch|interview|teilnahme|einladung|test|assessment|"
        r"probetag))",
        "nda",
        "elsewhere",
    ),
    c(
        K.OFFER_SIGNED,
        4,
        r"\bunterschrieben\w{0,30}\s+(?:\w+\s+)?(?:arbeits|anstellungs|dienst)?(?:vertrag|verträge|vertrags|"
        r"unterlagen|angebot)\w{0,30}\b[^.;!?]{0,60}?\b(?:erhalten|bekommen|eingegangen|vorliegt|vorliegen|"
        r"angekommen|liegt\s+(?:uns\s+)?(?:nun\s+|jetzt\s+)?vor)"
        r"|\b(?:erhalten|bekommen)\b[^.;!?]{0,40}?\bunterschrieben\w{0,30}\s+(?:\w+\s+)?(?:arbeits|anstellungs|"
        r"dienst)?(?:vertrag|verträge|vertrags|unterlagen)",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    # "Sie haben „Arbeitsvertrag_Rivera.pdf“ erfolgreich unterschrieben", "du hast unser Angebot angenommen"
    c(
        K.OFFER_SIGNED,
        4,
        rf"\b(?:sie\s+haben|du\s+hast|ihr\s+habt)\s+[^\n!?]{{0,120}}?{_CONTRACT}[^\n!?]{{0,120}}?\b"
        r"(?:unterschrieben|unterzeichnet|signiert|angenommen)\b"
        rf"|\b(?:dass|nachdem|jetzt\s+wo|nun\s+da)\s+(?:sie|du)\s+(?:unser|das|ihr|dein|den|die)\w{{0,30}}\s+(?:\w+\s+)?"
        rf"{_CONTRACT}\w{{0,30}}\s+"
        r"(?:\w+\s+)?(?:angenommen|unterschrieben|unterzeichnet)",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    # An HR system: "Der Arbeitsvertrag wurde erfolgreich von allen Parteien unterzeichnet".
    c(
        K.OFFER_SIGNED,
        4,
        rf"{_CONTRACT}\w{{0,30}}\b[^.;!?\n]{{0,80}}?\b(?:wurde|ist|wurden|sind)\s+(?:(?:nun|jetzt|erfolgreich|"
        r"vollständig|beidseitig|rechtsgültig|digital|elektronisch)\s+){0,3}(?:von\s+(?:allen|beiden)\s+"
        r"(?:\w+\s+)?)?(?:unterschrieben|unterzeichnet|signiert|gegengezeichnet)\b(?!\s+(?:zurück|werden))",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    # The candidate said yes: "schön, dass Sie sich für uns entschieden haben".
    c(
        K.OFFER_SIGNED,
        3.5,
        r"\b(?:dass|weil)\s+(?:sie\s+sich|du\s+dich)\s+(?:\w+\s+){0,2}?für\s+(?:uns|unser\s+\w+|"
        r"eine\s+zusammenarbeit)\s+entschieden\s+(?:haben|hast)"
        r"|\bglückwunsch\w{0,30}\s+(?:zum|zur|zu\s+ihrem|zu\s+deinem)\s+(?:neuen\s+job|neuen\s+stelle|"
        r"vertragsabschluss|unterschrift)",
        "signed_condition",
        "elsewhere",
    ),
    # First-day logistics after signing (implicit: never with an offer still open).
    c(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:herzlich\w{0,30}\s+)?willkommen\s+(?:im|in\s+unserem|in\s+der|an\s+bord|bei\s+uns|bei|an)\s*"
        r"(?:team|bord|familie|crew)?\b(?!\s*-?\s*(?:gespräch|interview|termin|tag\s+der))",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    c(
        K.OFFER_SIGNED,
        2,
        r"\b(?:ihr|ihrem|ihren|dein|deinem|deinen|der|den|am)\s+ersten\s+(?:arbeitstag|tag|arbeitswoche|"
        r"woche)\b|\berster\s+arbeitstag\b|\beinarbeitungsplan\b|\bpersonalfragebogen\b|\bwillkommenspaket",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    c(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:steuer-?id|steuer-?identifikationsnummer|sozialversicherungsnummer|sozialversicherungsausweis|"
        r"ahv-?nummer|krankenkasse|krankenversicherung|bankverbindung|lohnabrechnung|gehaltsabrechnung|"
        r"zugangsdaten|laptop|firmenausweis|mitarbeiterausweis|parkplatz|arbeitsplatz\s+ist|dienst-?handy)\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    # --- offer: an actual offer, written or spoken, conditional ones included ----------------------
    c(
        K.OFFER,
        4.5,
        rf"\b{_YOU}\b[^.;!?]{{0,100}}?\b(?:die|eine|den|das|unser\w{{0,30}}|diese)\s+(?:[\w/:*().,-]+\s+){{0,6}}?"
        rf"(?:{_POSITION}|anstellung|festanstellung|vertrag|arbeitsvertrag|vertragsangebot|angebot|"
        r"ausbildungsplatz|praktikum|werkstudentenstelle|traineestelle)\w{0,30}\b[^.;!?]{0,60}?\b(?:anbieten|"
        r"anzubieten|unterbreiten|zu\s+unterbreiten)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    c(
        K.OFFER,
        4.5,
        r"\b(?:ein|unser|das|ihr|dein)\w{0,30}\s+(?:(?:schriftlich|offiziell|verbindlich|final|konkret|formell|"
        r"mündlich|angepasst|überarbeitet|neu)\w{0,30}\s+)?(?:angebot|vertragsangebot|jobangebot|arbeitsangebot|"
        r"stellenangebot|gehaltsangebot)\s+(?:zu\s+)?(?:machen|unterbreiten|übermitteln|zukommen\s+lassen|"
        r"vorlegen|senden|schicken|übersenden)"
        rf"|\b(?:unterbreiten|machen|senden|schicken|übermitteln)\s+(?:wir\s+|ich\s+)?{_YOU}\s+(?:hiermit\s+|"
        r"gerne\s+|heute\s+|nun\s+)?(?:ein|unser|das)\w{0,30}\s+(?:\w+\s+)?(?:angebot|vertragsangebot|jobangebot)",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # The employer's "Zusage": "wir freuen uns, Ihnen eine Zusage für die Stelle geben zu können"
    c(
        K.OFFER,
        4,
        rf"\b{_YOU}\s+(?:hiermit\s+|heute\s+|gerne\s+|nun\s+)?(?:eine|die|unsere)\s+(?:\w+\s+)?zusage\b"
        r"(?![^.;!?]{0,40}?(?:termin|gespräch|interview))"
        r"|\b(?:einstellungszusage|stellenzusage|jobzusage)\b"
        r"|\b(?:sie\s+haben|du\s+hast)\s+(?:die\s+stelle|den\s+job|die\s+position)\s+(?:bekommen|erhalten)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    c(
        K.OFFER,
        3.5,
        r"\b(?:haben|hat)\s+(?:uns|sich)\s+(?:\w+\s+){0,2}?für\s+(?:sie|dich)\s+entschieden\b"
        r"(?![^.;!?]{0,60}?(?:runde|gespräch|interview|phase|schritt|stufe|termin|test|assessment|probetag))",
        "conditional",
        "expectation",
        tags=("extends_offer",),
    ),
    # The contract or offer documents themselves.
    c(
        K.OFFER,
        2.5,
        r"\b(?:vertragsangebot|arbeitsvertrag|anstellungsvertrag|dienstvertrag|arbeitsvertrags|"
        r"arbeitsvertrages|angebotsschreiben|vertragsentwurf|vertragsunterlagen|vertragsdetails|"
        r"vertragsbedingungen|ausbildungsvertrag|praktikumsvertrag|"
        r"(?:schriftlich|offiziell|verbindlich|final|formell|mündlich)\w{0,30}\s+(?:job|vertrags|arbeits)?angebot)\b",
        *_OFFER_GUARDS,
        "conditional",
        "signed_mention",
        tags=("extends_offer",),
    ),
    c(
        K.OFFER,
        3,
        rf"\b(?:anbei|im\s+anhang|beigefügt|in\s+der\s+anlage|als\s+anhang|angehängt|als\s+pdf)\b[^.;!?]{{0,80}}?"
        rf"{_CONTRACT}|{_CONTRACT}\w{{0,30}}\b[^.;!?]{{0,60}}?\b(?:anbei|im\s+anhang|beigefügt|angehängt|"
        r"in\s+der\s+anlage)\b",
        *_OFFER_GUARDS,
        "conditional",
        "signed_mention",
        tags=("extends_offer",),
    ),
    # Sent for signature: "Bitte prüfen und unterschreiben Sie"; "wartet auf Ihre Unterschrift"
    c(
        K.OFFER,
        3.5,
        rf"\b(?:unterschreiben|unterzeichnen|signieren|gegenzeichnen)\b[^.;!?]{{0,80}}?{_CONTRACT}"
        rf"|{_CONTRACT}\w{{0,30}}\b[^;!?]{{0,80}}?\b(?:zur\s+(?:elektronischen\s+|digitalen\s+)?(?:unterschrift|"
        r"unterzeichnung|signatur|gegenzeichnung)|zu\s+unterschreiben|zu\s+unterzeichnen|zu\s+signieren|"
        r"unterschrieben\s+zurück|unterzeichnet\s+zurück|unterschreiben|unterzeichnen|signieren)\b"
        r"|\b(?:wartet|warten)\s+auf\s+(?:ihre|deine)\s+(?:unterschrift|signatur|zusage)"
        # Skribble, Yousign: "X hat Sie eingeladen, das Dokument „Arbeitsvertrag.pdf“ zu unterschreiben"
        rf"|\beingeladen\b[^\n]{{0,60}}?{_CONTRACT}[^\n]{{0,100}}?\b(?:unterschreiben|unterzeichnen|"
        r"signieren)\b",
        "offer_negated",
        "offer_withdrawn",
        "nda",
        "commerce",
        "generic_offer",
        "conditional",
        tags=("extends_offer",),
    ),
    c(
        K.OFFER,
        3.5,
        r"\b(?:ihr|dein|das|unser)\w{0,30}\s+(?:\w+\s+)?(?:angebot|vertragsangebot|jobangebot)\s+(?:ist|bleibt|gilt)\s+"
        r"(?:\w+\s+){0,4}?(?:gültig|befristet|bis|offen)\b|\bannahmefrist\b|\bbedenkzeit\b",
        *_OFFER_GUARDS,
        tags=("extends_offer",),
    ),
    c(
        K.OFFER,
        3,
        r"\b(?:möchten|würden|wollen)\s+(?:wir\s+)?(?:sie|dich)\s+(?:sehr\s+)?gerne?\s+(?:als\s+[^.;!?]{0,60}?\s+)?"
        r"(?:einstellen|anstellen|übernehmen|an\s+bord\s+holen|ins\s+team\s+holen|für\s+uns\s+gewinnen)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    c(
        K.OFFER,
        1.5,
        r"\b(?:jahresbrutto|bruttojahres|brutto|grund|fix|monats|jahres|einstiegs)?(?:gehalt|vergütung|lohn|"
        r"salär)\w{0,30}\b[^.;!?\n]{0,40}?(?<![\d.',])\d[\d.',]{0,14}\s?(?:€|eur\b|euro\b|chf\b|fr\.|k\b|tsd)"
        r"|(?:€|eur|chf)\s?(?<![\d.',])\d[\d.',]{0,14}\s+(?:brutto|jährlich|pro\s+jahr|p\.a\.)"
        r"|(?<![\d.',])\d[\d.',]{0,14}\s?(?:€|eur\b|euro\b|chf\b|k\b)\s*(?:brutto\s+)?(?:im\s+jahr|jährlich|pro\s+jahr|p\.a\.|"
        r"brutto)",
        "conditional",
        "commerce",
    ),
    # The contract promised: "Den Vertrag schicke ich dir bis Donnerstag zu".
    c(
        K.OFFER,
        3,
        r"\b(?:vertrag|arbeitsvertrag|vertragsangebot|angebot|vertragsunterlagen)\s+(?:schicke|sende|schicken|"
        r"senden|lasse|lassen|bereite|bereiten)\s+(?:ich|wir)\s+(?:dir|ihnen|euch)\b"
        r"|\b(?:schicke|sende|schicken|senden|bereite|bereiten)\s+(?:ich|wir)\s+(?:dir|ihnen|euch)\s+"
        r"(?:\w+\s+){0,3}?(?:den|das|unser|ihren|deinen|dein|ihr)\s+(?:\w+\s+)?(?:vertrag|arbeitsvertrag|"
        r"vertragsangebot|angebot)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    c(K.OFFER, 1, r"\bangebot\b", *_OFFER_GUARDS, "conditional"),
    # --- references_requested --------------------------------------------------------------------
    c(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:nennen|senden|schicken|übermitteln|geben|mitteilen|zukommen|angeben|teilen|benennen)\b"
        r"[^.;!?]{0,60}?referenz(?:en|geber|gebern|personen|kontakt|kontakte)"
        r"|\breferenz(?:en|geber\w{0,30}|personen|kontakt\w{0,30})\b[^.;!?]{0,80}?\b(?:nennen|angeben|zukommen|"
        r"einholen|kontaktieren|sprechen|anrufen|nennst|senden|schicken|mitteilen)",
        "conditional",
        "expectation",
        "reference_noise",
    ),
    c(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:ehemalig|früher|vorherig|bisherig|letzt|aktuell|damalig)\w{0,30}\s+(?:vorgesetzt|führungskr|"
        r"arbeitgeber|teamleiter|chef|manager)\w{0,30}\b[^.;!?]{0,60}?\b(?:kontaktieren|sprechen|anrufen|kontakt|"
        r"nennen|telefonieren)"
        r"|\b(?:kontaktdaten|kontakt|telefonnummer|namen)\b[^.;!?]{0,40}?\b(?:ehemalig|früher|vorherig|"
        r"bisherig|letzt)\w{0,30}\s+(?:vorgesetzt|führungskr|arbeitgeber|chef|manager)",
        "conditional",
        "expectation",
        "reference_noise",
    ),
    c(
        K.REFERENCES_REQUESTED,
        3,
        r"\breferenz(?:auskunft|auskünfte|einholung|check\w{0,30}|prüfung|gespräch\w{0,30}|anfrage|abfrage|geber\w{0,30})"
        r"|\breferenzen\s+einzuholen",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    c(
        K.REFERENCES_REQUESTED,
        3,
        r"\b(?:erweitert\w{0,30}\s+)?führungszeugnis|\bstrafregisterauszug|\bbetreibungsregisterauszug|"
        r"\bhintergrundprüfung|\bbackground-?check|\bzuverlässigkeitsüberprüfung|\bsicherheitsüberprüfung",
        "conditional",
        "contingency",
    ),
    c(
        K.REFERENCES_REQUESTED,
        2,
        r"\b(?:arbeitszeugnis|arbeitszeugnisse|zwischenzeugnis|zeugnisse)\b[^.;!?]{0,60}?\b(?:senden|schicken|"
        r"nachreichen|zukommen|übermitteln|hochladen|einreichen)"
        r"|\b(?:senden|schicken|nachreichen|übermitteln|hochladen|einreichen)\b[^.;!?]{0,60}?\b(?:arbeitszeugnis|"
        r"arbeitszeugnisse|zwischenzeugnis|zeugnisse)\b",
        "conditional",
        "contingency",
    ),
    c(K.REFERENCES_REQUESTED, 1.5, r"\breferenzen\b", "conditional", "contingency", "reference_noise"),
    # --- assessment --------------------------------------------------------------------------------
    c(
        K.ASSESSMENT,
        4,
        r"\bassessment-?\s?cent(?:er|re)\b|\bassessmentcent(?:er|re)\b|\bassessment-?tag\b|\bauswahltag\b",
        "conditional",
        "expectation",
    ),
    c(
        K.ASSESSMENT,
        3.5,
        r"\b(?:online-?\s?test|eignungstest|einstellungstest|persönlichkeitstest|persönlichkeitsfragebogen|"
        r"fallstudie|case-?\s?study|case-?aufgabe|probearbeit|probetag|probearbeitstag|schnuppertag|"
        r"arbeitsprobe|testaufgabe|probeaufgabe|programmieraufgabe|coding-?\s?(?:challenge|aufgabe|test)|"
        r"hausaufgabe|home-?assignment|take-?home-?aufgabe|fachtest|sprachtest|wissenstest|logiktest|"
        r"kompetenztest|potenzialanalyse|potentialanalyse|leistungstest|intelligenztest|fallaufgabe|"
        r"praxisaufgabe|übungsaufgabe|präsentationsaufgabe|aufgabenstellung|onlinetest|kurztest|"
        r"videoaufgabe|testverfahren|eignungsdiagnostik)\w{0,30}",
        "conditional",
        "expectation",
    ),
    c(
        K.ASSESSMENT,
        3.5,
        r"\b(?:bearbeit|absolvier|durchführ|ausfüll|lös|erledig|mach)\w{0,30}\b[^.;!?]{0,60}?(?:test|fallstudie|"
        r"case\b|fragebogen|challenge|assessment|kleine\w{0,30}\s+aufgabe|praktische\w{0,30}\s+aufgabe|"
        r"technische\w{0,30}\s+aufgabe|aufgabe\s+zu)"
        r"|\b(?:test|fallstudie|case|fragebogen|challenge|assessment|aufgabe)\w{0,30}\b[^.;!?]{0,60}?\b(?:zu\s+)?"
        r"(?:bearbeiten|absolvieren|durchführen|ausfüllen|lösen|erledigen)\b",
        "conditional",
        "expectation",
    ),
    # "den Case für die zweite Runde", "schicken Sie uns Ihre Ausarbeitung bis Mittwoch"
    c(
        K.ASSESSMENT,
        3.5,
        r"\b(?:den|einen|unseren|diesen|kleinen|kurzen)\s+case\b(?!\s+study)(?!-)"
        r"|\b(?:senden|schicken|schick|sende|lade|laden)\w{0,30}\s+(?:sie\s+)?(?:uns\s+)?(?:ihre|deine)\s+(?:\w+\s+)?"
        r"(?:ausarbeitung|lösung)\b",
        "conditional",
        "expectation",
    ),
    c(
        K.ASSESSMENT,
        3.5,
        r"\b(?:zeitversetzt|asynchron|aufgezeichnet|one-way)\w{0,30}\s+(?:[\w-]+\s+){0,2}?(?:video|interview|"
        r"gespräch|videointerview|test)",
        "conditional",
        "expectation",
    ),
    c(
        K.ASSESSMENT,
        1.5,
        r"\bbearbeitungszeit\b|\bbearbeitungsdauer\b|\binnerhalb\s+von\s+\d+\s+(?:tagen|stunden)\s+"
        r"(?:bearbeiten|einreichen|zurücksenden|abgeben)",
        "conditional",
        "expectation",
    ),
    # --- interview_scheduled ---------------------------------------------------------------------
    c(
        K.INTERVIEW_SCHEDULED,
        3.5,
        rf"\b(?:einlad|lade|laden|einzuladen|einladung|eingeladen)\w{{0,30}}\b[^.;!?]{{0,80}}?{_TALK}"
        rf"|{_TALK}\w{{0,30}}\b[^.;!?]{{0,60}}?\b(?:einladen|einzuladen|eingeladen)\b",
        "conditional",
        "expectation",
    ),
    c(
        K.INTERVIEW_SCHEDULED,
        3.5,
        rf"{_TALK}\b(?!e\b)[^.;!?]{{0,80}}?\b(?:findet|wird)\s+(?:\w+\s+){{0,2}}?(?:am|um|in|bei|per|via|"
        r"online|telefonisch|persönlich|vor\s+ort|statt|stattfinden)\b"
        rf"|{_TALK}\w{{0,30}}\b[^.;!?]{{0,60}}?\b(?:angesetzt|eingeplant|bestätigt|gebucht|vereinbart|terminiert|"
        r"eingetragen|geplant\s+für)\b",
        "conditional",
        "expectation",
    ),
    c(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\btermin\w{0,30}\b[^.;!?]{0,50}?\b(?:vereinbaren|finden|abstimmen|ausmachen|buchen|auswählen|wählen|"
        r"aussuchen|zu\s+vereinbaren|zu\s+finden|zu\s+buchen|zu\s+wählen|reservieren|eintragen)\b"
        r"|\b(?:wählen|buchen|suchen|reservieren)\s+(?:sie|du)\s+(?:sich\s+|dir\s+)?(?:bitte\s+)?(?:direkt\s+)?"
        r"(?:einen|ihren|deinen|den|ein)\s+(?:passenden\s+|freien\s+|gewünschten\s+)?(?:termin|zeitslot|slot|"
        r"zeitfenster)",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    c(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\bwann\s+(?:hätten|haben|hättest|hast|passt|wäre)\s+(?:sie|du|es\s+(?:ihnen|dir))\b[^.;!?]{0,30}?"
        r"(?:zeit|passen|gut)"
        r"|\b(?:hätten|haben|hättest|hast)\s+(?:sie|du)\b[^.;!?]{0,40}?\bzeit\b[^.;!?]{0,40}?\b(?:für|zu)\b"
        r"|\b(?:passt|würde|wäre)\s+(?:es\s+)?(?:ihnen|dir)\b[^.;!?]{0,60}?\b(?:montag|dienstag|mittwoch|"
        r"donnerstag|freitag|morgen|uhr|termin|zeit)\b"
        r"|\bterminvorschl(?:a|ä)g\w{0,30}|\bzeitslots?\b|\bzeitfenster\b|\bverfügbarkeit\w{0,30}\b"
        r"|\b(?:würde|möchte|möchten|würden)\s+(?:sie|dich|euch)\s+(?:gerne?\s+|sehr\s+gerne?\s+)?"
        r"(?:persönlich\s+)?kennenlernen\b|\bkennenzulernen\b"
        r"|\bkurz\w{0,30}\s+(?:telefonieren|sprechen|austauschen)\b"
        r"|\b(?:würde|möchte|könnte|darf)\s+(?:ich\s+)?(?:sie|dich)\s+(?:[\w:]+\s+){0,8}?(?:anrufen|"
        r"zurückrufen|telefonisch\s+erreichen)\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    c(
        K.INTERVIEW_SCHEDULED,
        4,
        r"\bterminbestätigung\b|\b(?:bestätigung|erinnerung)\s+(?:ihres|deines|an\s+ihr|an\s+dein|zu\s+ihrem|"
        r"zu\s+deinem|für\s+ihr|für\s+dein)\w{0,30}\s+(?:\w+\s+)?(?:gespräch|interview|termin)"
        r"|\b(?:interviewtermin|gesprächstermin|vorstellungstermin|kennenlerntermin|interview-termin)\b"
        r"|\beinladung\s+(?:zum|zu\s+einem|zu\s+ihrem|zu\s+deinem|für\s+ein)\s+(?:\w+\s+)?(?:gespräch|"
        r"interview|kennenlernen|vorstellungsgespräch|bewerbungsgespräch)",
        "conditional",
        "expectation",
    ),
    c(
        K.INTERVIEW_SCHEDULED,
        3.5,
        rf"{_TALK}\w{{0,30}}\b[^.;!?]{{0,50}}?\b(?:verschieben|verlegen|verschoben|verlegt|umplanen|neu\s+"
        r"(?:ansetzen|planen|terminieren))\b|\b(?:neuen|anderen|alternativen)\s+termin\b",
    ),
    c(
        K.INTERVIEW_SCHEDULED,
        3,
        rf"\bnächste\w{{0,30}}\s+(?:schritt|runde|stufe|phase)\b[^.;!?]{{0,60}}?{_TALK}"
        r"|\b(?:zweit|dritt|final|abschließend)\w{0,30}\s+(?:gespräch|interview|runde|gesprächsrunde)\b",
        "conditional",
        "expectation",
    ),
    c(
        K.INTERVIEW_SCHEDULED,
        1.5,
        r"(?:vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|erstgespräch|zweitgespräch|"
        r"telefoninterview|videointerview|video-interview|fachgespräch|persönliches\s+gespräch|"
        r"telefonat|interviews?\b)",
        "conditional",
        "expectation",
    ),
    c(
        K.INTERVIEW_SCHEDULED,
        1,
        r"(?m)^[^\S\n]*+[-•*]?[^\S\n]*+(?:datum|uhrzeit|zeit|wann|ort|adresse|treffpunkt|"
        r"gesprächspartner\w{0,30}|teilnehmer\w{0,30}|dauer|format|einwahl\w{0,30}|raum)\s*[:\-–]",
        tags=("needs_context",),
    ),
    c(
        K.INTERVIEW_SCHEDULED,
        2,
        r"\b(?:teams|zoom|meet|webex|video)-?(?:link|einladung|meeting)\b|\beinwahl(?:daten|link|informationen)\b",
        tags=("needs_context",),
    ),
    # --- status_update: still in process ---------------------------------------------------------
    c(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:danke|dank)\w{0,30}\s+(?:schön\s+|sehr\s+)?(?:für|fürs)\s+(?:die\s+|das\s+|ihre\s+|deine\s+)?"
        r"(?:bearbeitung|absolvieren|teilnahme|einreichung|erledigung|lösung|abgabe)\b[^.;!?]{0,60}?"
        r"(?:test|aufgabe|fallstudie|case|assessment|challenge|fragebogen)",
    ),
    c(
        K.STATUS_UPDATE,
        3,
        r"\b(?:befindet|befinden|ist|sind|bleiben|bleibt|bist)\s+(?:sich\s+)?(?:(?:noch|weiterhin|derzeit|"
        r"aktuell|gerade)\s+){0,2}(?:in\s+(?:der\s+)?(?:prüfung|bearbeitung|auswahl|engeren\s+auswahl|"
        r"finalen\s+auswahl|abstimmung|klärung|(?:auswahl|bewerbungs|rekrutierungs)?prozess|(?:auswahl|"
        r"bewerbungs)verfahren)|im\s+(?:rennen|prozess|auswahlprozess|auswahlverfahren|bewerbungsprozess))\b",
        "conditional",
    ),
    c(
        K.STATUS_UPDATE,
        3,
        r"\bverzögerung\w{0,30}\b|\bverzögert\s+sich\b|\bdauert\s+(?:\w+\s+){0,2}?länger\b|\b(?:mehr|länger|etwas)\s+zeit\s+"
        r"(?:benötigen|brauchen|als\s+geplant)|\blänger\s+als\s+"
        r"(?:geplant|erwartet|gedacht|vorgesehen)|\b(?:bitten|bitte|ersuchen)\s+(?:sie\s+|dich\s+)?(?:noch\s+)?"
        r"(?:um\s+)?(?:etwas|ein\s+wenig|ein\s+bisschen)\s+(?:\w+\s+)?geduld|\b(?:danke|dank)\w{0,30}\s+für\s+"
        r"(?:ihre|deine|eure)\s+geduld|\bum\s+(?:ihr|dein)\s+verständnis\b",
    ),
    c(
        K.STATUS_UPDATE,
        2.5,
        r"\bnoch\s+keine\s+(?:finale\s+|endgültige\s+)?entscheidung|\bentscheidung\s+(?:steht|ist)\s+noch\s+"
        r"(?:aus|nicht)|\b(?:führen|sind)\s+(?:noch|derzeit|aktuell)\s+(?:\w+\s+)?(?:gespräche|in\s+gesprächen)"
        r"|\b(?:prüfen|sichten|sind)\s+(?:noch|derzeit|aktuell|gerade)\s+(?:die\s+|alle\s+)?(?:bewerbungen|"
        r"unterlagen|dabei)\b",
        "conditional",
    ),
    c(
        K.STATUS_UPDATE,
        2,
        r"\b(?:melde|melden)\s+(?:mich|uns)\s+(?:spätestens\s+|voraussichtlich\s+|bei\s+(?:ihnen|dir)\s+)?"
        r"(?:bis|innerhalb|in\s+den\s+nächsten|im\s+laufe|nächste\s+woche|ende|anfang|in\s+kw)\b"
        r"|\brückmeldung\s+(?:bis|innerhalb|spätestens|in\s+den\s+nächsten|im\s+laufe|ende|anfang)\b",
    ),
    c(
        K.STATUS_UPDATE,
        3,
        r"\b(?:in\s+die\s+)?engere\w{0,30}\s+(?:aus)?wahl\b|\b(?:in|für)\s+die\s+(?:nächste|zweite|dritte|finale|"
        r"letzte)\s+(?:runde|phase|stufe|auswahlrunde)\b|\bweiter\w{0,30}\s+im\s+(?:prozess|rennen|verfahren)\b",
        "conditional",
        "expectation",
    ),
    c(
        K.STATUS_UPDATE,
        3,
        r"\b(?:noch|weiterhin)\s+(?:an\s+(?:der|dieser|unserer)\s+(?:\w+\s+)?(?:stelle|position)\s+)?"
        r"interessiert\b|\binteresse\s+(?:noch|weiterhin)\s+besteht|\bbesteht\s+(?:ihr|dein|das|noch)\s+"
        r"interesse",
    ),
    c(
        K.STATUS_UPDATE,
        1.5,
        r"\bfreuen\s+uns\s+auf\s+(?:die|eine)\s+(?:\w+\s+)?zusammenarbeit\b|\bgehaltsvorstellung\w{0,30}|"
        r"\bgehaltswunsch|\bgehaltsband|\bgehaltsrahmen|\bgehaltsspanne|\bkündigungsfrist|\beintrittstermin|"
        r"\bfrühestmöglich\w{0,30}\s+(?:eintritt|start)|\bstartdatum\b",
    ),
    c(
        K.STATUS_UPDATE,
        2.5,
        r"\bintern\s+(?:besprechen|abstimmen|beraten|abgestimmt|besprochen)|\b(?:sprechen|beraten|besprechen|"
        r"stimmen|überlegen)\s+(?:uns\s+)?intern\b|\binterne\w{0,30}\s+(?:abstimmung|"
        r"rücksprache)|\brücksprache\s+mit\s+(?:der|dem|unserer|unserem)\s+(?:fachabteilung|fachbereich|team|"
        r"geschäftsführung)|\ban\s+(?:die|den|das)\s+(?:fachabteilung|fachbereich|hiring\s+manager|"
        r"team|führungskraft)\s+weitergeleitet",
    ),
    c(
        K.STATUS_UPDATE,
        3,
        r"\b(?:vorübergehend|vorerst|aktuell|derzeit|momentan)\s+(?:\w+\s+)?(?:pausiert|auf\s+eis|gestoppt|"
        r"ausgesetzt|zurückgestellt)",
        "conditional",
    ),
    c(
        K.STATUS_UPDATE,
        2,
        r"\bstatus\b[^.;!?]{0,40}?\b(?:geändert|aktualisiert)|\bupdate\s+zu\s+(?:ihrer|deiner)\s+bewerbung|"
        r"\bzwischenstand\b|\bzwischenbescheid\b|\bzwischennachricht\b|\bkurzes\s+update\b",
    ),
    # --- application_received --------------------------------------------------------------------
    c(
        K.APPLICATION_RECEIVED,
        3.5,
        r"\beingangsbestätigung|\bbewerbungseingang\b|\b(?:bewerbung|unterlagen|bewerbungsunterlagen)\b"
        r"[^.;!?]{0,60}?\b(?:ist|sind|wurde|wurden)\s+(?:bei\s+uns\s+)?(?:gut\s+|erfolgreich\s+|vollständig\s+|"
        r"sicher\s+)?(?:eingegangen|eingelangt|angekommen|übermittelt|eingereicht|versendet|abgeschickt|erfasst)"
        r"|\b(?:haben|hat|habe)\s+(?:ihre|deine|eure)\s+(?:\w+\s+)?(?:bewerbung|unterlagen|bewerbungsunterlagen)\b"
        r"[^.;!?]{0,80}?\b(?:erhalten|bekommen)\b|\bbestätigen\s+(?:ihnen\s+|dir\s+)?(?:hiermit\s+|gerne\s+)?den\s+"
        r"eingang",
    ),
    c(
        K.APPLICATION_RECEIVED,
        2,
        r"\b(?:danke|dank)\w{0,30}\s+(?:schön\s+|sehr\s+)?(?:für|fürs)\s+(?:ihre|deine|eure|die)\s+(?:\w+\s+)?"
        r"(?:bewerbung|interesse)\b|\bdass\s+(?:sie\s+sich|du\s+dich)\s+[^.;!?]{0,80}?beworben\s+(?:haben|hast)",
    ),
    c(
        K.APPLICATION_RECEIVED,
        1.5,
        r"\b(?:prüfen|sichten|durchsehen|ansehen|begutachten|bearbeiten)\b[^.;!?]{0,40}?\b(?:unterlagen|"
        r"bewerbung|profil|lebenslauf)\b|\b(?:unterlagen|bewerbung|profil|lebenslauf)\b[^.;!?]{0,60}?\b(?:prüfen|"
        r"sichten|durchsehen|ansehen|begutachten|bearbeiten)\b",
    ),
    c(
        K.APPLICATION_RECEIVED,
        1,
        r"\b(?:melden|kommen)\s+(?:uns|wir)\s+(?:\w+\s+){0,3}?(?:bei\s+(?:ihnen|dir)|auf\s+(?:sie|dich)\s+zu)\b"
        r"|\bbewerberportal|\bkandidatenportal|\bbewerbungsstatus\b",
    ),
    # --- not_job ---------------------------------------------------------------------------------
    # Employers do not charge candidates: a fee, a deposit or gift cards mean a scam.
    c(
        K.NOT_JOB,
        6,
        r"\b(?:zahlen|bezahlen|überweisen|entrichten|begleichen|einzahlen|kaufen|erwerben)\b[^.;!?]{0,60}?"
        r"(?:gebühr|kaution|vorauszahlung|vorschuss|gutschein|guthabenkarte|paysafecard|bitcoin|krypto|"
        r"western\s+union)"
        r"|\b(?:bearbeitungs|anmelde|schulungs|ausrüstungs|registrierungs|verwaltungs|aufnahme|start|"
        r"einschreibe|vermittlungs)gebühr"
        r"|\b(?:gebühr|kaution|vorauszahlung)\w{0,30}\b[^.;!?]{0,60}?\b(?:zahlen|überweisen|entrichten|begleichen|"
        r"fällig)",
        "employer_pays",
        tags=("scam",),
    ),
    # Messenger "interviews", identity documents and bank-account "tests" before any meeting.
    c(
        K.NOT_JOB,
        6,
        r"\b(?:whatsapp|telegram|signal-?app|wechat)\b[^.;!?]{0,80}?(?:gespräch|interview|ausweis|reisepass|"
        r"personalausweis|bewerbung)|(?:gespräch|interview)\w{0,30}\b[^.;!?]{0,60}?\b(?:whatsapp|telegram)\b"
        r"|\bvideo-?ident\w{0,30}|\bpost-?ident\w{0,30}|\b(?:bankkonto|konto|konten|girokonto)\w{0,30}\s+(?:\w+\s+)?"
        r"(?:zu\s+)?(?:eröffnen|testen|anlegen|eröffnet)"
        r"|\b(?:kopie|foto|scan|bild|vorder-?\s*und\s*rückseite)\w{0,30}\s+(?:\w+\s+){0,2}?(?:personalausweis|"
        r"ausweis|reisepass|führerschein)\w{0,30}\b[^.;!?]{0,80}?\b(?:vorab|vor\s+dem\s+gespräch|sofort|umgehend|"
        r"kreditkart|iban|whatsapp|telegram)",
        tags=("scam",),
    ),
    c(
        K.NOT_JOB,
        4,
        r"\bjob-?alarm|\bjobagent|\bsuchauftrag|\bjob-?alert|\bjobmail\b|\bjobletter\b|\bstellenalarm"
        r"|\bneue\s+(?:jobs|stellen|stellenangebote|jobangebote|jobs\s+und)\b"
        r"|\b(?:jobs|stellen|stellenangebote|jobangebote)\s+(?:für\s+(?:sie|dich)|die\s+zu\s+(?:ihnen|dir|"
        r"ihrem\s+profil|deinem\s+profil)\s+passen|passend\s+zu)"
        r"|\b(?:empfohlene|top-?)\s*(?:jobs|stellen|stellenangebote)\b",
    ),
    c(
        K.NOT_JOB,
        4,
        r"\b(?:ähnliche|weitere|passende)\w{0,30}\s+(?:jobs|stellen|stellenangebote|jobangebote|positionen)\b",
        tags=("boilerplate",),
    ),
    c(
        K.NOT_JOB,
        2.5,
        r"\babmelden\b|\babbestellen\b|\bsie\s+erhalten\s+diese\s+(?:e-?mail|nachricht)|\bdu\s+erhältst\s+"
        r"diese\s+(?:e-?mail|nachricht)|\be-?mail-?einstellungen|\bbenachrichtigungen\s+verwalten|"
        r"\bbenachrichtigungseinstellungen",
        tags=("boilerplate",),
    ),
    c(
        K.NOT_JOB,
        2.5,
        r"\bkarrieremesse|\bjobmesse|\brecruiting-?(?:messe|event|tag)|\bkarriere-?(?:event|tag|abend)|"
        r"\bhochschulmesse|\binfoabend|\binfoveranstaltung|\binformationsveranstaltung|\btag\s+der\s+offenen\s+"
        r"tür|\bjetzt\s+anmelden|\bplätze\s+(?:sind\s+)?begrenzt|\bteilnahme\s+ist\s+kostenlos|"
        r"\bveranstaltung\b",
    ),
    c(
        K.NOT_JOB,
        2,
        r"\bin\s+dieser\s+ausgabe|\bkarrieretipps|\bbewerbungstipps|\btipps\s+(?:für|zum|zur|rund)|"
        r"\bgehaltsverhandlung|\bpremium-?mitglied|\bprobemonat|\bratgeber\b|\bgehaltsreport|\bgehaltsvergleich",
    ),
    # An employer's broadcast to its own staff.
    c(
        K.NOT_JOB,
        4,
        r"\binterne\w{0,30}\s+(?:stellen)?ausschreibung|\binterne\w{0,30}\s+(?:stellenangebot|jobangebot|stellenbörse|"
        r"job-?börse|stellenmarkt|jobportal)\w{0,30}|\bintern\s+ausgeschrieben\b|\ban\s+alle\s+mitarbeite\w{0,30}|"
        r"\bmitarbeiterempfehlung\w{0,30}|\bempfehlungsprogramm\w{0,30}|\bmitarbeiter-?werben-?mitarbeiter|"
        r"\bempfehlungsprämie",
    ),
    c(
        K.NOT_JOB,
        3,
        r"\b(?:liebe|hallo)\s+(?:kolleginnen\s+und\s+kollegen|kollegen|kolleg\*innen|kolleg:innen|"
        r"kolleg_innen|mitarbeitende|alle\s+zusammen)\b",
    ),
    c(
        K.NOT_JOB,
        3,
        r"\bbestätigen\s+sie\s+(?:ihre|bitte\s+ihre)\s+e-?mail|\bpasswort\s+zurücksetzen|\bpasswort\s+vergessen|"
        r"\bregistrierung\s+bestätigen|\bprofil\s+vervollständigen|\bvervollständigen\s+sie\s+ihr\s+profil|"
        r"\bwer\s+hat\s+ihr\s+profil|\bprofilbesucher",
        "conditional",
    ),
    c(
        K.NOT_JOB,
        3,
        r"\b(?:bin|sind)\s+(?:\w+\s+){0,3}?(?:auf|über)\s+(?:ihr|dein)\w{0,30}\s+(?:\w+\s+)?(?:profil|lebenslauf)\b"
        r"[^.;!?]{0,40}?\b(?:gestoßen|aufmerksam)|\b(?:ihr|dein)\s+(?:\w+\s+)?profil\b[^.;!?]{0,40}?\b(?:ist\s+mir|"
        r"hat\s+mich|hat\s+uns)\b[^.;!?]{0,30}?\b(?:aufgefallen|angesprochen|überzeugt|beeindruckt)"
        r"|\b(?:für|im\s+auftrag)\s+(?:einen|eines|unseres|meines|unserer|einer)\s+(?:\w+\s+){0,2}?"
        r"(?:kunden|mandanten|klienten|kundin)\b|\bunser\w{0,30}\s+(?:kunde|mandant|klient)\b|\bpersonalberatung\b|"
        r"\bheadhunter\b|\boffen\s+für\s+(?:eine\s+)?(?:neue|neuen)\s+(?:herausforderung|perspektive|"
        r"möglichkeit|job|position|chance)|\bwechselwillig|\bwechselbereit|\bwechselmotivation\b"
        r"|\b(?:hätten|haben|hättest|hast)\s+(?:sie|du)\s+interesse\s+an\s+einem\s+(?:kurzen\s+|ersten\s+|"
        r"unverbindlichen\s+|vertraulichen\s+)+(?:austausch|telefonat|gespräch|call)"
        r"|\b(?:senden|schicken)\s+(?:sie|du)\s+mir\s+(?:gerne\s+|einfach\s+)?(?:ihren|deinen)\s+(?:aktuellen\s+)?"
        r"lebenslauf",
        tags=("cold",),
    ),
    c(
        K.NOT_JOB,
        3,
        r"\bumfrage\b|\b(?:bewerten|bewerte)\s+(?:sie\s+|du\s+)?(?:ihre|deine|unseren|den)\s+(?:\w+\s+)?"
        r"(?:bewerbungserfahrung|bewerbungsprozess|erfahrung)|\bfeedback\s+zu\s+(?:ihrem|deinem|unserem)\s+"
        r"bewerbungsprozess",
    ),
    c(
        K.NOT_JOB,
        2,
        r"\b(?:ihre|deine)\s+bestellung\b|\bsendungsverfolgung|\bsendungsnummer|\bpaket\b|\brechnung\b|"
        r"\blieferung\b",
    ),
    c(
        K.NOT_JOB,
        4.5,
        r"\bdemo\s+(?:buchen|vereinbaren|anfordern)|\bwhitepaper\b|\be-?book\s+herunterladen|"
        r"\bkostenlose\w{0,30}\s+testversion",
    ),
)

# Words that put a mail inside a hiring process at all (otherwise unmatched mail is not_job).
APPLICATION_CONTEXT = _de(
    r"\b(?:(?:ihre|deine|eure)\s+(?:\w+\s+)?(?:bewerbung|kandidatur|unterlagen|bewerbungsunterlagen)|"
    r"beworben|bewerbung\w{0,30}|bewerber\w{0,30}|kandidat\w{0,30}|stelle\b|position\b|vakanz|vorstellungsgespräch|"
    r"bewerbungsgespräch|gespräch\w{0,30}|arbeitsvertrag|vertragsangebot|gehalt\w{0,30}|eintritt\w{0,30}|"
    r"arbeitstag|einarbeitung|personalabteilung|referenz\w{0,30}|zusage|absage|auswahlverfahren|"
    r"auswahlprozess|fachabteilung|probetag|kennenlernen)"
)
# The user's own application is referenced: cold outreach never says this ("freue mich auf Ihre
# Bewerbung" in an advert is an invitation to apply, not a reference to one).
OWN_APPLICATION = _de(
    r"(?<!auf\s)(?<!über\s)(?<!ueber\s)\b(?:ihre|deine|eure)\s+(?:\w+\s+)?(?:bewerbung|kandidatur)\b"
    r"|\b(?:sie\s+sich|du\s+dich)\s+[^.;!?]{0,80}?beworben\b"
    r"|\binteresse\s+an\s+(?:der|unserer|dieser)\s+(?:[\w/:*()-]+\s+){0,6}?(?:stelle|position|vakanz)"
    r"|\b(?:ihr|dein)\w{0,30}\s+(?:vorstellungs|bewerbungs)gespräch"
)


RULES = LanguageRules(
    language="de",
    guards=GUARDS,
    cues=CUES,
    application_context=APPLICATION_CONTEXT,
    own_application=OWN_APPLICATION,
)


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
