"""Dutch (Netherlands, Flanders): the classifier's cues and guards, and the hiring-process words.

Plain data read by `understanding/classify.py` together with the English table (recruiters here write
"assessment", "interview" or "onboarding" into Dutch mail). Mail comes in the informal "je/jij" and the
formal "u/uw"; Flemish employers write "kandidatuur", "weerhouden" and "meedelen" where Dutch ones write
"sollicitatie", "geselecteerd" and "laten weten". Dutch joins words into compounds ("sollicitatiegesprek",
"arbeidsovereenkomst"), so a compound's tail is matched without a word boundary in front.
"""

from __future__ import annotations

from untilsigned.domain.model import Kind
from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.schema import Cue, LanguageRules, cue
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# --- guards: sentence-level facts that cancel cues ---------------------------------------------

GUARDS: dict[str, str] = {
    # Selection talked about as a possibility: "Als je profiel aansluit, nemen we contact met je op",
    # "Kandidaten die niet geselecteerd worden, ontvangen ...".
    "conditional": (
        # "als volgende stap" is "as the next step", not "if"
        r"\b(?:als(?!\s+(?:volgende|eerste|tweede|laatste|onderdeel|vervolg|bijlage))|indien|mocht|mochten|"
        r"wanneer|zodra|ingeval|tenzij|of)\b[^.;!?]{0,200}?"
        r"(?:aansl(?:uit|uiten|oot)|\bpast\s+bij\b|\bpassen\s+bij\b|\bgeschikt|\bin\s+aanmerking|\bgeselecteerd|"
        r"\bselectie|\buitnodig|\buit\s+te\s+nodigen|\bdoor\s+naar|\bvolgende\s+(?:stap|ronde|fase)|"
        r"\binteressant|\binteresse\s+(?:in|hebben\s+in)\s+(?:je|jou|u|uw)\b|\bmatch|\bpositief|\bsuccesvol|"
        r"\bbeslis|\bvoldoe|\boverweg|\bweerhouden|\bniets\s+(?:meer\s+)?van\s+ons|\bverder\s+(?:willen|gaan))"
        r"|\b(?:kandidaten|sollicitanten)\s+(?:die|welke)\b[^.;!?]{0,100}?\b(?:niet|geselecteerd|worden|"
        r"succesvol|weerhouden)\b"
        r"|\b(?:geselecteerde|geschikte|succesvolle)\s+(?:kandidaten|sollicitanten)"
        # "ik laat je maandag weten of je een proefdag mag komen draaien": whether, not a plan
        r"|\bweten\s+of\b"
        r"|\balleen\s+(?:de\s+)?(?:kandidaten|sollicitanten|geselecteerde)"
        r"|\b(?:onvolledige|late)\s+(?:sollicitaties|kandidaturen)|\b(?:sollicitaties|kandidaturen)\s+"
        r"(?:\w+\s+){0,3}?(?:kunnen|worden|kan|wordt)\b"
    ),
    # Expectations about the process, not events.
    "expectation": (
        r"\b(?:verwacht\w{0,30}|naar\s+verwachting|doorgaans|meestal|normaal\s+gesproken|gewoonlijk|plannen|"
        r"mogelijk|eventueel|waarschijnlijk)\b[^.;!?]{0,60}?(?:gesprek|interview|uitnodig|test|assessment|"
        r"aanbod|beslis|terugkoppeling|selectie|afwijzing)"
        r"|\b(?:gesprekken|interviews)\s+(?:worden|vinden)\b"
        r"|\bweten\s+hoe\b|\bmeer\s+informatie\s+over\b|\binformatie\s+(?:over|volgt)\b"
    ),
    # A delay or a new date, not a decision.
    "delay": (
        r"\b(?:vertraging\w{0,30}|vertraagd|verzet\w{0,30}|verplaats\w{0,30}|verschoven|verschuiv\w{0,30}|uitgesteld|uitstellen|"
        r"later\s+dan|langer\s+(?:dan|duurt|duren)|geduld|tijdelijk|ziek\w{0,30}|nieuw\s+tijdstip|ander\s+moment|"
        r"nog\s+geen\s+(?:beslissing|besluit)|nog\s+niet\s+(?:beslist|besloten|afgerond))"
    ),
    # "Helaas kunnen we niet iedere sollicitant persoonlijk antwoorden."
    "respond_all": (
        r"\b(?:iedere|elke)\s+(?:sollicitant|kandidaat|sollicitatie)\w{0,30}\b[^.;!?]{0,40}?\b(?:persoonlijk|"
        r"individueel|reageren|antwoorden)|\bindividuele\s+(?:feedback|terugkoppeling)"
    ),
    # The offer or contract as a condition or future step: "voordat we je een aanbod kunnen doen".
    "offer_condition": (
        r"\b(?:als|indien|zodra|voordat|voor|na|tot|of|mits|onder\s+voorbehoud|hopen|verwachten|mocht|"
        r"eventueel|mogelijk|wellicht)\b[^.;!?]{0,80}?(?:aanbod|contract|overeenkomst|aanbieding)"
        # "de details van het contract bespreken we na het gesprek"
        r"|(?:aanbod|contract|overeenkomst)\w{0,30}\b[^.;!?]{0,60}?\b(?:volgt|volgen|bespreken|bekijken)\b[^.;!?]{0,30}?"
        r"\b(?:na|zodra|nadat|als|indien)\b"
    ),
    "offer_negated": (
        r"\b(?:geen|niet|nooit|noch)\b[^.;!?]{0,50}?(?:aanbod|aanbieden|aan\s+te\s+bieden|contract|"
        r"overeenkomst)"
    ),
    "offer_delay": r"\b(?:vertraag\w{0,30}|uitgesteld|uitstellen|later|voorlopig|tot\s+(?:nader|na))\b",
    "offer_withdrawn": (
        r"\b(?:intrekken|ingetrokken|trekken\b[^.;!?]{0,40}\bin\b|herroep\w{0,30}|terugtrekken|teruggetrokken|"
        r"terug\s+te\s+trekken|in\s+te\s+trekken)"
    ),
    # Shop and job-ad language where "aanbod" means something else.
    "commerce": (
        r"%|\bkorting|\bgratis\b|\bkortingscode|\baanbieding|\bactie\b|\bwebinar|\bcursus|\bnieuwsbrief|"
        r"\babonnement|\bwat\s+(?:wij|we)\s+(?:je\s+|jou\s+|u\s+)?bieden|\b(?:wij|we)\s+bieden\b|"
        r"\bwat\s+bieden\s+(?:wij|we)|\bpremium|\blidmaatschap|\bopleidingsaanbod|\bvacatureaanbod|"
        r"\baanbod\s+(?:aan\s+)?(?:vacatures|banen|opleidingen|cursussen)"
    ),
    # Signature as a future step: "zodra je het contract hebt getekend", "gelieve te ondertekenen".
    "signed_condition": (
        r"\b(?:zodra|als|wanneer|nadat|voordat|na\s+ontvangst|indien)\b[^.;!?]{0,80}?(?:getekend|ondertekend|"
        r"geaccepteerd|aanvaard|ontvangen|retour)"
        r"|\b(?:graag|gelieve|verzoeken|vragen)\b[^.;!?]{0,60}?\b(?:ondertekenen|tekenen|te\s+ondertekenen|"
        r"te\s+tekenen|getekend\s+retour)"
    ),
    # An offer described generically: "Succesvolle kandidaten ontvangen binnen een week een aanbod".
    "generic_offer": (
        r"\b(?:kandidaten|sollicitanten)\s+(?:ontvangen|krijgen|worden)|\balle\s+aanbiedingen\b|"
        r"\bdroombaan|\btips\b|\bonderhandel\w{0,30}|\bwaar\s+(?:moet|let)|\bletten\s+op\b|\bvalkuilen\b|"
        r"\bclausules\b|\blet\s+op\b"
    ),
    # A non-disclosure agreement signed before an interview is not an employment contract.
    "nda": r"\bnda\b|geheimhouding|vertrouwelijkheidsverklaring|vertrouwelijkheidsovereenkomst",
    # The employer paying or reimbursing is not a candidate paying a fee.
    "employer_pays": (
        r"\b(?:vergoeden|vergoed|vergoeding|betalen\s+(?:wij|we)|(?:wij|we)\s+betalen|kosteloos|"
        r"voor\s+onze\s+rekening)\b|\b(?:geen|nooit)\b[^.;!?]{0,40}?(?:kosten|betal|vergoeding|geld)"
    ),
    # The candidate accepted somewhere else.
    "elsewhere": (
        r"\b(?:ergens\s+anders|elders|andere\s+(?:baan|functie|werkgever|organisatie)|ander\s+aanbod)\b"
    ),
    # The signed contract mentioned, not the offer being made: "we hebben je getekende contract ontvangen".
    "signed_mention": r"\b(?:getekend|ondertekend)\w{0,30}\b(?!\s+(?:retour|terug))",
    "contingency": r"\b(?:onder\s+voorbehoud|afhankelijk\s+van|mits|op\s+voorwaarde)\b",
    # A past rescission is a decision; "wij behouden ons het recht voor" is fine print.
    "fine_print": (r"\b(?:behouden\s+ons|voorbehoud|als|indien|mocht|kan|kunnen|zou|zouden)\b"),
    # Nobody on the other side: "een vooraf opgenomen video-interview".
    "asynchronous": (
        r"\b(?:asynchro\w{0,30}|one-way|vooraf\s+opgenomen|zelf\s+op\s*(?:te\s+)?nemen|video-?opname|opgenomen\s+"
        r"video)"
    ),
    # A stage already behind the candidate: "bedankt voor het maken van de online test".
    "past_stage": (
        r"\b(?:bedankt|dank\s+je|dank\s+u|dankjewel|dankuwel)\w{0,30}\s+(?:wel\s+)?voor\s+(?:het|je|jouw|uw)\s+"
        r"(?:maken|invullen|afronden|voltooien|inleveren|insturen|uitvoeren|deelname|afgeronde|ingevulde)"
        r"|\bgefeliciteerd\s+met\s+het\s+(?:halen|behalen|slagen)"
        r"|\bresulta(?:at|ten)\s+(?:van\s+)?(?:je|jouw|uw|de)\b"
    ),
    "hypothetical": r"\bof\s+(?:je|jouw|uw|het)\s+(?:\w+\s+)?(?:sollicitatie)?gesprek\s+nu\b",
    "practice": r"\b(?:oefen|proef|mock)-?(?:gesprek|sollicitatie|interview)|\bsollicitatietraining",
    "prerequisite": (
        r"\bvoordat\s+(?:we|wij|ik)\b[^.;!?]{0,60}?\b(?:inplannen|plannen|uitnodigen|organiseren|inroosteren)"
    ),
    # "referentienummer", "onder vermelding van": not references about the candidate.
    "reference_noise": (
        r"referentienummer|referentie-?nr|\bkenmerk\b|\bonder\s+vermelding\s+van\b|\breferentie\s*:|"
        r"\bals\s+referentie\b|\breferentieproject|\breferentieklant"
    ),
}


K = Kind
_REJECT_GUARDS = ("conditional", "delay", "respond_all", "expectation")
_OFFER_GUARDS = ("offer_condition", "offer_negated", "offer_withdrawn", "commerce", "generic_offer", "nda")
# The contract or offer itself (compound tails: "arbeidsovereenkomst", "contractvoorstel").
_CONTRACT = r"(?:contract|overeenkomst|aanbod|arbeidsvoorwaardenvoorstel|aanbodbrief|offer\b)"
_YOU = r"(?:je|jou|u)"
# "Bedankt", "Dank je wel", "Hartelijk dank", plain "Dank voor ...".
_THANKS = r"(?:bedankt|dank\s+je|dank\s+u|dankjewel|dankuwel|hartelijk\s+dank|dank)"
_YOUR = r"(?:je|jouw|uw)"
_CANDIDATE = r"(?:kandida|sollicitant|persoon|profiel|iemand)"
_TALK = (
    r"(?:gesprek|interview|kennismaking|videocall|videobel|belafspraak|telefoontje|call\b|meeting|"
    r"afspraak|kennismaken)"
)
_POSITION = r"(?:vacature|functie|positie|rol|baan|job|betrekking)"

CUES: tuple[Cue, ...] = (
    # --- rejected --------------------------------------------------------------------------------
    # "we gaan niet verder met je sollicitatie", "hebben besloten niet verder te gaan"
    cue(
        K.REJECTED,
        4,
        rf"\bniet\s+(?:verder|door)\s+(?:te\s+)?(?:gaan|gegaan|gaat|kunnen\s+gaan)?\s*(?:met|in)\s+{_YOUR}\s+"
        r"(?:sollicitatie|kandidatuur|kandidaatstelling|procedure|aanmelding)"
        rf"|\bniet\s+(?:verder|door)\s+(?:te\s+)?(?:gaan|gegaan)\s+met\s+{_YOU}\b"
        r"|\bniet\s+(?:meer\s+)?(?:verder\s+)?(?:mee\s+)?(?:nemen|meenemen|meegenomen)\s+in\s+(?:de|het|onze)\s+"
        r"(?:verdere\s+)?(?:procedure|selectie|proces|sollicitatieprocedure)"
        r"|\bniet\s+(?:door|verder)\s+naar\s+de\s+(?:volgende|tweede|laatste|finale)\s+(?:ronde|fase|stap)"
        rf"|\b(?:sollicitatie|kandidatuur)\b[^.;!?]{{0,60}}?\bniet\s+(?:werd\s+|is\s+)?(?:weerhouden|"
        r"geselecteerd|meegenomen)"
        r"|\bniet\s+(?:weerhouden|geselecteerd)\b",
        *_REJECT_GUARDS,
    ),
    # "hebben gekozen voor een andere kandidaat", "kandidaten die beter aansluiten"
    cue(
        K.REJECTED,
        4,
        rf"\b(?:andere|ander|meer\s+geschikte|geschiktere|sterkere)\s+(?:\w+\s+){{0,2}}?{_CANDIDATE}"
        r"[^.;!?]{0,100}?\b(?:gekozen|gekozen|besloten|geselecteerd|aangenomen|beter|dichter|meer\s+ervaring|"
        r"nauwer|verder\s+te\s+gaan|door\s+te\s+gaan|voorkeur|ingevuld)"
        r"|\b(?:gekozen|besloten|gegaan|keuze\s+gemaakt|voorkeur\s+gegeven)\b[^.;!?]{0,80}?\b(?:andere|ander|"
        rf"meer\s+geschikte|geschiktere)\s+(?:\w+\s+){{0,2}}?{_CANDIDATE}"
        rf"|\b(?:gekozen|gekozen)\s+voor\s+(?:een|de)\s+(?:\w+\s+){{0,2}}?{_CANDIDATE}\w{{0,30}}\s+(?:die|met|wiens|"
        r"wier|van\s+wie)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        rf"\b{_YOUR}\s+(?:sollicitatie|kandidatuur)\b[^.;!?]{{0,60}}?\b(?:is|werd|wordt)\s+(?:helaas\s+)?afgewezen"
        rf"|\b{_YOU}\s+(?:helaas\s+)?(?:moeten\s+)?afwijzen\b|\b(?:ben|bent)\s+(?:helaas\s+)?afgevallen\b"
        r"|\bgeen\s+(?:positief|goed|positieve|gunstig|gunstige)\s+(?:nieuws|bericht|antwoord|besluit|"
        r"beslissing|reactie)"
        r"|\bnegatie(?:f|ve)\s+(?:antwoord|beslissing|bericht|besluit)",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:helaas|jammer\s+genoeg|spijtig\s+genoeg)\s+(?:moeten|moet|dienen)\s+(?:we|wij|ik)\s+"
        rf"{_YOU}\s+(?:laten\s+weten|meedelen|mededelen|berichten|informeren)"
        r"|\b(?:het\s+spijt\s+(?:ons|me|mij)|spijtig)\b[^.;!?]{0,60}?\b(?:laten\s+weten|meedelen|mededelen|"
        r"berichten|informeren)",
        *_REJECT_GUARDS,
    ),
    # The role itself is gone: filled, cancelled, withdrawn.
    cue(
        K.REJECTED,
        4,
        rf"\b{_POSITION}\b[^.;!?]{{0,80}}?\b(?:(?:inmiddels|intussen|al|reeds|intern|helaas|nu)\s+){{0,3}}"
        r"(?:ingevuld|vervuld|gesloten|ingetrokken|geschrapt|vervallen|komen\s+te\s+vervallen|komt\s+te\s+"
        r"vervallen|niet\s+meer\s+(?:beschikbaar|open|vacant))\b"
        r"|\bvacaturestop\b|\bpersoneelsstop\b|\bwervingsstop\b"
        r"|\b(?:sollicitatieprocedure|selectieprocedure|wervingsprocedure|procedure|proces)\b[^.;!?]{0,60}?"
        r"\b(?:stopgezet|afgebroken|beëindigd|beeindigd|gestopt|te\s+stoppen|stop\s+te\s+zetten|"
        r"af\s+te\s+breken)\b"
        r"|\bintern\s+(?:ingevuld|vervuld)"
        r"|\b(?:sluiten|sloten)\s+(?:we\s+|wij\s+)?(?:de|het|onze)\s+(?:\w+\s+)?(?:procedure|proces|selectie|"
        r"werving)\b[^.;!?]{0,60}?\baf\b|\b(?:procedure|selectieprocedure|sollicitatieprocedure)\s+(?:is|wordt|werd)\s+"
        r"(?:hiermee\s+|daarom\s+)?(?:afgesloten|gesloten|beëindigd)",
        "conditional",
        "respond_all",
        "expectation",
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\bvoor\s+onbepaalde\s+tijd\b[^.;!?]{0,60}?\b(?:on\s+hold|stilgezet|bevroren|uitgesteld|gepauzeerd)"
        r"|\b(?:on\s+hold|stilgezet|bevroren|gepauzeerd)\b[^.;!?]{0,40}?\bvoor\s+onbepaalde\s+tijd",
        "conditional",
        "expectation",
    ),
    cue(
        K.REJECTED,
        2,
        rf"\b{_POSITION}\b[^.;!?]{{0,60}}?\b(?:on\s+hold|stilgezet|bevroren|gepauzeerd)\b",
        "conditional",
        "expectation",
    ),
    # The offer is withdrawn.
    cue(
        K.REJECTED,
        4,
        rf"{_CONTRACT}\w{{0,30}}\b[^.;!?]{{0,60}}?\b(?:in\s+te\s+trekken|intrekken|ingetrokken|herroepen|"
        r"teruggetrokken|terug\s+te\s+trekken|terugtrekken|komt\s+te\s+vervallen)"
        r"|\btrekken\s+(?:we|wij)\s+(?:\w+\s+){0,3}?(?:aanbod|contract|aanbieding)\w{0,30}\s+(?:\w+\s+){0,3}?in\b",
        "fine_print",
        "offer_delay",
    ),
    # The profile does not fit.
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:profiel|ervaring|achtergrond|kennis|cv|sollicitatie|kandidatuur)\b[^.;!?]{0,60}?"
        r"\b(?:sluit|sluiten|sloot|past|passen|paste|voldoet|voldoen|matcht)\s+(?:helaas\s+|echter\s+|op\s+dit\s+"
        r"moment\s+)?(?:niet|onvoldoende|minder)\b"
        r"|\bonvoldoende\s+(?:aansluiting|match|aan\s+(?:bij|de))"
        r"|\bniet\s+(?:helemaal\s+|voldoende\s+|goed\s+)?(?:aan\s+bij|bij)\s+(?:het|de|wat|onze)\s+"
        r"(?:\w+\s+)?(?:profiel|functie|eisen|wensen|zoeken)",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        2,
        r"\bhelaas\b[^.;!?]{0,80}?\b(?:niet|geen)\b[^.;!?]{0,40}?\b(?:gekozen|verder|uitnodigen|door)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        1,
        rf"\bwensen\s+{_YOU}\b[^.;!?]{{0,80}}?\b(?:succes|het\s+beste|veel\s+geluk)\b"
        r"|\b(?:verdere\s+)?(?:loopbaan|carrière|zoektocht)\b[^.;!?]{0,20}?\bsucces",
    ),
    cue(
        K.REJECTED,
        1.5,
        r"\b(?:gegevens|cv|sollicitatie|documenten)\b[^.;!?]{0,80}?\b(?:verwijderen|verwijderd|vernietigd|"
        r"vernietigen|wissen|gewist)\b",
        "conditional",
    ),
    cue(K.REJECTED, 2.5, r"\b(?:afgewezen|afwijzing|afgevallen)\b", *_REJECT_GUARDS),
    cue(K.REJECTED, 1, r"\b(?:moeilijke|lastige|zware)\s+(?:beslissing|keuze)\b|\bgeen\s+oordeel\b"),
    # --- offer_signed: proof of signature or acceptance ------------------------------------------
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:alle|beide)\s+(?:partijen|ondertekenaars|ondertekenaren|ontvangers|betrokkenen)\s+(?:hebben|heeft)"
        r"\s+(?:het\s+document\s+|de\s+overeenkomst\s+|het\s+contract\s+|nu\s+)?(?:ondertekend|getekend|"
        r"voltooid|afgerond)"
        r"|\b(?:is|zijn|werd|werden)\s+(?:nu\s+)?door\s+(?:alle|beide)\s+(?:partijen|ondertekenaars|betrokkenen)"
        r"\s+(?:ondertekend|getekend)"
        r"|\bvolledig\s+(?:ondertekend|getekend)\b"
        r"|\balle\s+partijen\s+hebben\s+[^\n]{0,120}?\b(?:ondertekend|getekend|voltooid|afgerond)\b",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        rf"^\s*(?:voltooid|ondertekend|getekend|afgerond|completed)\s*:\s*[^\n]{{0,120}}?{_CONTRACT}",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:bedankt|dank\s+je|dank\s+u|dankjewel|dankuwel|dank)\w{0,30}\s+(?:wel\s+)?voor\s+(?:het|je|jouw|uw|de)\s+"
        r"(?:snelle\s+|vlotte\s+)?(?:ondertekenen|tekenen|ondertekening|handtekening|ondertekende|getekende|"
        r"retourneren|terugsturen|acceptatie|akkoord|aanvaarding)\b"
        r"(?![^.;!?]{0,50}?(?:gesprek|afspraak|uitnodiging|interview|test|geheimhouding))",
        "nda",
        "elsewhere",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:getekende|ondertekende)\s+(?:\w+\s+)?(?:contract|arbeidsovereenkomst|overeenkomst|aanbod|"
        r"aanbodbrief|stukken|documenten)\w{0,30}\b[^.;!?]{0,60}?\b(?:ontvangen|binnen|retour\s+ontvangen|"
        r"goed\s+aangekomen)"
        r"|\b(?:ontvangen|binnen)\b[^.;!?]{0,40}?\b(?:getekende|ondertekende)\s+(?:\w+\s+)?(?:contract|"
        r"arbeidsovereenkomst|overeenkomst)",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    # "U heeft „Arbeidsovereenkomst.pdf“ ondertekend", "fijn dat je ons aanbod hebt geaccepteerd"
    cue(
        K.OFFER_SIGNED,
        4,
        rf"\b(?:u\s+heeft|je\s+hebt|jij\s+hebt|u\s+hebt)\s+[^\n!?]{{0,120}}?{_CONTRACT}[^\n!?]{{0,120}}?\b"
        r"(?:ondertekend|getekend|geaccepteerd|aanvaard|aangenomen)\b"
        rf"|\bdat\s+(?:je|jij|u)\s+(?:ons|het|de)\s+(?:\w+\s+)?{_CONTRACT}\w{{0,30}}\s+(?:\w+\s+)?(?:hebt|heeft)\s+"
        r"(?:geaccepteerd|aanvaard|aangenomen|ondertekend|getekend)",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        rf"{_CONTRACT}\w{{0,30}}\b[^.;!?\n]{{0,80}}?\b(?:is|zijn|werd|werden)\s+(?:(?:nu|succesvol|volledig|digitaal|"
        r"door\s+(?:alle|beide)\s+partijen)\s+){0,3}(?:ondertekend|getekend|voltooid)\b(?!\s+(?:retour|"
        r"terug|worden))",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        rf"\b(?:nu|omdat|aangezien|nadat)\s+(?:je|jij|u)\s+(?:\w+\s+){{0,2}}?{_CONTRACT}\w{{0,30}}\s+(?:hebt\s+|heeft\s+)?"
        r"(?:getekend|ondertekend)\b|\b(?:contract|overeenkomst)\s+(?:getekend|ondertekend)\s+retour\s+(?:is|hebben|"
        r"ontvangen)\b",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        3.5,
        r"\bdat\s+(?:je|jij|u)\s+(?:voor\s+ons\s+)?(?:hebt|heeft)\s+gekozen\b|\bdat\s+(?:je|jij|u)\s+(?:bij\s+ons\s+)?"
        r"(?:komt\s+werken|aan\s+de\s+slag\s+gaat|ja\s+hebt\s+gezegd)"
        r"|\bgefeliciteerd\s+met\s+(?:je|jouw|uw)\s+(?:nieuwe\s+(?:baan|job|functie)|handtekening)",
        "signed_condition",
        "elsewhere",
    ),
    # First-day logistics after signing (implicit: never with an offer still open).
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\bwelkom\s+(?:bij\s+het\s+team|aan\s+boord|in\s+het\s+team|bij\s+ons|in\s+ons\s+team|bij)\b"
        r"(?!\s*(?:gesprek|interview|sollicitatie))",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        2,
        rf"\b(?:{_YOUR}|de|op\s+{_YOUR})\s+eerste\s+(?:werkdag|dag|werkweek|week)\b|\binwerkprogramma\b|"
        r"\binwerkschema\b|\bpersoneelsdossier\b|\bwelkomstpakket",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:bsn|burgerservicenummer|loonheffing\w{0,30}|rijksregisternummer|rekeningnummer|iban|laptop|"
        r"toegangspas|inloggegevens|personeelsadministratie|salarisadministratie|leaseauto|parkeerplaats)\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    # --- offer: an actual offer, written or spoken, conditional ones included ----------------------
    cue(
        K.OFFER,
        4.5,
        rf"\b{_YOU}\b[^.;!?]{{0,100}}?\b(?:de|een|het|onze|deze)\s+(?:[\w/()-]+\s+){{0,6}}?(?:{_POSITION}|"
        r"contract|arbeidsovereenkomst|aanstelling|dienstverband|stage|plek)\w{0,30}\b[^.;!?]{0,60}?\b(?:aanbieden|"
        r"aan\s+te\s+bieden|aan\s+(?:te\s+)?bieden)\b"
        rf"|\bbieden\s+(?:we|wij|ik)\s+{_YOU}\s+(?:graag\s+|hierbij\s+|bij\s+deze\s+)?(?:de|een|het|onze)\s+"
        rf"(?:[\w/()-]+\s+){{0,6}}?(?:{_POSITION}|contract|arbeidsovereenkomst|aanstelling|dienstverband)",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4.5,
        rf"\b(?:een|ons|het)\s+(?:(?:schriftelijk|officieel|definitief|formeel|mondeling|concreet|aangepast|"
        r"nieuw)\w{0,30}\s+)?(?:aanbod|jobaanbod|contractaanbod|contractvoorstel|voorstel)\s+(?:te\s+)?(?:doen|"
        r"sturen|toesturen|maken|voorleggen|toe\s+te\s+sturen)"
        rf"|\b(?:doen|sturen|maken)\s+(?:we|wij|ik)\s+{_YOU}\s+(?:graag\s+|hierbij\s+)?(?:een|ons)\s+(?:\w+\s+)?"
        r"(?:aanbod|voorstel)",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4,
        r"\b(?:je|jij|u)\s+(?:bent|ben)\s+aangenomen\b|\b(?:je|u)\s+(?:hebt|heeft)\s+de\s+(?:baan|job)\b|\b(?:de\s+)?(?:baan|functie|job)\s+is\s+van\s+(?:jou|u)\b"
        rf"|\b(?:hebben|heeft)\s+(?:we|wij|ik|het\s+team)?\s*(?:voor\s+{_YOU}|{_YOU}\s+)gekozen\b"
        r"(?![^.;!?]{0,60}?(?:ronde|gesprek|interview|fase|stap|test|assessment))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        2.5,
        r"\b(?:arbeidsovereenkomst|arbeidscontract|contractvoorstel|arbeidsvoorwaardenvoorstel|aanbodbrief|"
        r"jobaanbieding|jobaanbod|contractaanbod|aanstellingsbrief|"
        r"(?:schriftelijk|officieel|definitief|formeel|mondeling)\w{0,30}\s+(?:aanbod|voorstel))\b",
        *_OFFER_GUARDS,
        "conditional",
        "signed_mention",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        rf"\b(?:bijgevoegd|in\s+de\s+bijlage|als\s+bijlage|bijgaand|hierbij\s+ontvang|ontvang\s+je\s+hierbij|"
        rf"ontvangt\s+u\s+hierbij)\b[^.;!?]{{0,80}}?{_CONTRACT}|{_CONTRACT}\w{{0,30}}\b[^.;!?]{{0,60}}?\b(?:bijgevoegd|"
        r"in\s+de\s+bijlage|als\s+bijlage)\b",
        *_OFFER_GUARDS,
        "conditional",
        "signed_mention",
        tags=("extends_offer",),
    ),
    # Sent for signature: "Onderteken het document: Arbeidsovereenkomst", "wacht op uw handtekening".
    cue(
        K.OFFER,
        3.5,
        rf"\b(?:onderteken|ondertekenen|teken|tekenen)\b[^.;!?]{{0,80}}?{_CONTRACT}"
        rf"|{_CONTRACT}\w{{0,30}}\b[^;!?]{{0,80}}?\b(?:ter\s+ondertekening|te\s+ondertekenen|te\s+tekenen|"
        r"getekend\s+retour|ondertekend\s+retour|ondertekenen|tekenen)\b"
        rf"|\b(?:wacht|wachten)\s+op\s+{_YOUR}\s+(?:handtekening|ondertekening|akkoord)"
        rf"|\bheeft\s+(?:je|u)\s+(?:uitgenodigd|gevraagd)\b[^\n]{{0,60}}?{_CONTRACT}[^\n]{{0,100}}?"
        r"\b(?:ondertekenen|tekenen)\b",
        "offer_negated",
        "offer_withdrawn",
        "nda",
        "commerce",
        "generic_offer",
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3.5,
        r"\b(?:ons|het|je|jouw|uw)\s+(?:\w+\s+)?(?:aanbod|voorstel|contractvoorstel)\s+(?:is|blijft)\s+"
        r"(?:\w+\s+){0,4}?(?:geldig|open|staan)\b|\bbedenktijd\b",
        *_OFFER_GUARDS,
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:(?:willen|zouden)\s+(?:we|wij)|(?:we|wij)\s+(?:willen|zouden))\s+(?:je|jou|u)\s+(?:heel\s+|erg\s+)?"
        r"graag\s+(?:als\s+[^.;!?]{0,60}?\s+)?"
        r"(?:aannemen|in\s+dienst\s+nemen|aan\s+boord\s+(?:halen|hebben)|verwelkomen\s+als)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:contract|arbeidsovereenkomst|aanbod|voorstel)\s+(?:stuur|sturen|maak|maken)\s+(?:ik|we|wij)\s+"
        rf"{_YOU}\b|\b(?:stuur|sturen)\s+(?:ik|we|wij)\s+{_YOU}\s+(?:\w+\s+){{0,3}}?(?:het|de|ons|je|jouw|uw)\s+"
        r"(?:\w+\s+)?(?:contract|arbeidsovereenkomst|aanbod|voorstel)\b"
        r"|\b(?:maak|stel|maken|stellen)\s+(?:ik|we|wij)\s+(?:het|de|je|jouw|uw)\s+(?:contract|arbeidsovereenkomst)\s+op\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        1.5,
        r"\b(?:bruto\s*)?(?:maand|jaar|start|basis)?(?:salaris|loon|inkomen)\w{0,30}\b[^.;!?\n]{0,40}?"
        r"(?:€|eur\b|euro\b)\s?\d"
        r"|(?:€|eur)\s?(?<![\d.,])\d[\d.,]{0,14}\s*(?:bruto|per\s+maand|per\s+jaar|p/m|p\.m\.|per\s+uur)"
        r"|(?<![\d.,])\d[\d.,]{0,14}\s?(?:€|eur\b|euro\b)\s*(?:bruto\s+)?(?:per\s+maand|per\s+jaar|p/m|p\.m\.|bruto)",
        "conditional",
        "commerce",
    ),
    cue(K.OFFER, 1, r"\baanbod\b", *_OFFER_GUARDS, "conditional"),
    # --- references_requested --------------------------------------------------------------------
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:doorgeven|opgeven|sturen|mailen|noemen|delen|aanleveren|doorsturen|geven|toesturen)\b[^.;!?]{0,60}?"
        r"referent(?:ies|iepersonen|iecontacten|iegegevens|en)\b"
        r"|\breferent(?:ies|iepersonen|iecontacten|iegegevens|en)\b[^.;!?]{0,80}?\b(?:doorgeven|opgeven|sturen|mailen|"
        r"door\s+te\s+geven|op\s+te\s+geven|te\s+sturen|"
        r"noemen|nagaan|opvragen|contacteren|benaderen|bellen|spreken|aanleveren|doorsturen|nabellen|"
        r"natrekken)",
        "conditional",
        "expectation",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:vorige|huidige|voormalige|laatste|oud-?)\s*(?:leidinggevende|werkgever|manager|chef|baas)\w{0,30}\b"
        r"[^.;!?]{0,60}?\b(?:contact|bellen|spreken|benaderen|contacteren|nabellen)"
        r"|\b(?:contactgegevens|telefoonnummer|naam|namen)\b[^.;!?]{0,40}?\b(?:vorige|huidige|voormalige|"
        r"laatste)\s+(?:leidinggevende|werkgever|manager|chef)",
        "conditional",
        "expectation",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\breferentie-?(?:check|onderzoek|controle|gesprek|navraag)\w{0,30}",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\bverklaring\s+omtrent\s+(?:het\s+)?gedrag\b|\bvog\b|\bantecedentenonderzoek|\bpre-?employment\s+"
        r"screening|\buittreksel\s+(?:uit\s+)?(?:het\s+)?strafregister|\bgoed\s+gedrag\s+en\s+zeden|"
        r"\bscreeningsonderzoek",
        "conditional",
        "contingency",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        1.5,
        r"\breferenties\b|\breferenten\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    # --- assessment --------------------------------------------------------------------------------
    cue(
        K.ASSESSMENT,
        4,
        r"\bassessment-?\s?(?:center|centre|centrum|dag)\b|\bselectiedag\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:online\s+test|capaciteitentest|capaciteitstest|persoonlijkheidstest|persoonlijkheidsvragenlijst|"
        r"intelligentietest|selectietest|selectieproef|casus|case-?opdracht|praktijkopdracht|thuisopdracht|"
        r"opdracht\s+thuis|proefopdracht|werkproef|proefdag|meeloopdag|proefles|programmeeropdracht|"
        r"codeeropdracht|code-?opdracht|coding\s+challenge|schrijfopdracht|vaardigheidstest|taaltest|"
        r"rekentest|cognitieve\s+test|onlinetest|testopdracht|case\s+study|caseopdracht|presentatieopdracht)\w{0,30}",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:maken|invullen|uitvoeren|afronden|uitwerken|voltooien|doen|maak|vul)\b[^.;!?]{0,40}?"
        r"\b(?:test|casus|opdracht|vragenlijst|assessment|challenge)\b"
        r"|\b(?:test|casus|opdracht|vragenlijst|assessment|challenge)\w{0,30}\b[^.;!?]{0,60}?\b(?:te\s+maken|"
        r"in\s+te\s+vullen|uit\s+te\s+werken|af\s+te\s+ronden|te\s+voltooien|uit\s+te\s+voeren)\b",
        "conditional",
        "expectation",
    ),
    # "de case voor de tweede ronde", "stuur je uitwerking uiterlijk woensdag"
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:de|een|deze|onze|korte|kleine|volgende)\s+case\b(?!\s+study)(?!-)"
        r"|\b(?:stuur|lever|mail|upload)\w{0,30}\s+(?:je|jouw|uw)\s+(?:\w+\s+)?uitwerking",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:asynchro\w{0,30}|one-way|vooraf\s+opgenomen)\s+(?:[\w-]+\s+){0,2}?(?:video|interview|gesprek|"
        r"videointerview|test)|\bvideo-?(?:interview|sollicitatie)\b[^.;!?]{0,60}?\bop\s*(?:te\s+)?nemen\b",
        "conditional",
        "expectation",
    ),
    # --- interview_scheduled ---------------------------------------------------------------------
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        # "nodig" alone is "needed": only "nodigen je ... uit" invites
        rf"\b(?:(?:nodig|nodigen)\s+(?:\w+\s+){{0,3}}?(?:je|jou|u)\s+(?:\w+\s+){{0,3}}?uit|uitnodig|uitnodiging|"
        rf"uit\s+te\s+nodigen|uitgenodigd)\w{{0,30}}\b[^.;!?]{{0,80}}?{_TALK}"
        rf"|{_TALK}\w{{0,30}}\b[^.;!?]{{0,60}}?\b(?:uitnodigen|uit\s+te\s+nodigen|uitgenodigd)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        rf"{_TALK}\b(?!ken\b)[^.;!?]{{0,80}}?\b(?:vindt|zal)\s+(?:\w+\s+){{0,2}}?(?:plaats|op|om|in|bij|via|"
        r"online|telefonisch)\b"
        rf"|{_TALK}\w{{0,30}}\b[^.;!?]{{0,60}}?\b(?:ingepland|gepland|bevestigd|vastgelegd|geboekt|staat\s+"
        r"(?:gepland|ingepland|vast)|staat\s+op)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:plan|kies|boek|selecteer|prik|reserveer)\s+(?:hier\s+|zelf\s+|direct\s+|alvast\s+)?(?:een|je|jouw|"
        r"uw|het)\s+(?:geschikt\w{0,30}\s+|passend\w{0,30}\s+)?(?:moment|tijdstip|tijdslot|slot|datum|afspraak|gesprek)"
        r"|\b(?:moment|tijdstip|afspraak|datum)\w{0,30}\b[^.;!?]{0,40}?\b(?:inplannen|in\s+te\s+plannen|plannen|"
        r"te\s+plannen|kiezen|te\s+kiezen|prikken|vastleggen)\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        rf"\bwanneer\s+(?:schikt|past|kom)\s+(?:het\s+)?(?:je|jou|u)\b|\bschikt\s+het\s+(?:{_YOU}|als|dat|om)\b"
        r"|\bik\s+(?:je|u)\s+(?:[\w]+\s+){0,6}?(?:bel|opbel|spreek)\b"
        rf"|\b(?:ben|bent|zou)\s+(?:je|u)\s+(?:\w+\s+){{0,3}}?beschikbaar\b|\bbeschikbaarheid\b"
        rf"|\b(?:komt|past|lukt)\s+(?:het\s+)?(?:{_YOU}\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
        r"morgen|volgende\s+week)\b"
        r"|\b(?:kun|kan|kunt)\s+(?:je|u)\s+(?:(?!voor\b|vóór\b|uiterlijk\b|tot\b)\w+\s+){0,2}?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
        r"morgen|om\s+\d{1,2}(?:[.:]\d{2})?\s*uur)"
        r"|\b(?:zullen|kunnen)\s+we\s+(?:even\s+|kort\s+)?(?:bellen|afspreken|een\s+call|videobellen)"
        r"|\b(?:wil|zou)\s+(?:ik\s+)?(?:je|u)\s+(?:[\w]+\s+){0,6}?(?:bellen|terugbellen|spreken|leren\s+kennen)\b"
        rf"|\b(?:graag|eens)\s+(?:met\s+{_YOU}\s+)?(?:kennismaken|leren\s+kennen)\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        rf"\b(?:bevestiging|herinnering)\s+(?:van|voor|aan)\s+(?:je|jouw|uw|het|de|ons)\s+(?:\w+\s+)?{_TALK}"
        r"|\b(?:uitnodiging|uitnodigingen)\s*(?::|voor|tot)\s+(?:een\s+|het\s+|je\s+|jouw\s+|uw\s+)?(?:\w+\s+)?"
        r"(?:gesprek|interview|sollicitatiegesprek|kennismakingsgesprek|kennismaking)"
        r"|\b(?:sollicitatiegesprek|kennismakingsgesprek|gesprek|interview)\s+(?:bevestigd|ingepland)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        rf"{_TALK}\w{{0,30}}\b[^.;!?]{{0,50}}?\b(?:verzetten|verplaatsen|verschuiven|verzet|verplaatst|verschoven|"
        r"opnieuw\s+(?:inplannen|plannen))\b|\b(?:nieuw|ander|alternatief)\s+(?:tijdstip|moment)\b",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        rf"\bvolgende\s+(?:stap|ronde|fase)\b[^.;!?]{{0,60}}?{_TALK}"
        r"|\b(?:tweede|derde|laatste|finale|vervolg)\s*(?:gesprek|interview|ronde|gespreksronde)\b(?!ken)",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1.5,
        r"(?:sollicitatiegesprek|kennismakingsgesprek|selectiegesprek|telefonisch\s+gesprek|videogesprek|"
        r"online\s+gesprek|eerste\s+gesprek|persoonlijk\s+gesprek|interviews?\b)",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1,
        r"(?m)^[^\S\n]*+[-•*]?[^\S\n]*+(?:datum|tijd|tijdstip|wanneer|locatie|adres|plaats|waar|"
        r"gesprekspartner\w{0,30}|aanwezig\w{0,30}|duur|vorm|link)\s*[:\-–]",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        2,
        r"\b(?:teams|zoom|meet|webex|video)-?(?:link|uitnodiging|meeting)\b|\bagenda-?uitnodiging\b",
        tags=("needs_context",),
    ),
    # --- status_update: still in process ---------------------------------------------------------
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:bedankt|dank\s+je|dank\s+u|dankjewel|dankuwel)\w{0,30}\s+(?:wel\s+)?voor\s+(?:het|je|jouw|uw)\s+"
        r"(?:maken|invullen|afronden|voltooien|inleveren|insturen|uitvoeren|deelname)\b[^.;!?]{0,60}?"
        r"(?:test|opdracht|casus|assessment|vragenlijst|challenge)",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\bresulta(?:at|ten)\s+(?:van\s+)?(?:je|jouw|uw|de)\b[^.;!?]{0,60}?\b(?:ontvangen|binnen|bekeken)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:is|zijn|ben|bent|blijft|blijf)\s+(?:nog\s+|nog\s+steeds\s+|momenteel\s+|op\s+dit\s+moment\s+)?"
        r"(?:in\s+behandeling|in\s+beoordeling|in\s+de\s+running|in\s+beeld|in\s+het\s+proces|in\s+de\s+"
        r"(?:selectie|procedure))\b|\bwordt\s+(?:nog\s+|momenteel\s+)?(?:beoordeeld|bekeken|besproken)\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\bvertraging\b|\bvertraagd\b|\bduurt\s+(?:\w+\s+){0,2}?langer\b|\b(?:meer|langer|extra)\s+tijd\s+nodig\b|\blanger\s+dan\s+(?:gepland|verwacht|"
        rf"gehoopt|voorzien)|\b{_THANKS}\w{{0,30}}\s+(?:wel\s+)?voor\s+(?:je|jouw|uw)\s+geduld"
        r"|\b(?:nog\s+)?(?:even|wat)\s+geduld\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\bnog\s+geen\s+(?:definitieve\s+)?(?:beslissing|besluit|keuze)|\b(?:zijn|voeren)\s+(?:nog|momenteel)\s+"
        r"(?:\w+\s+)?(?:in\s+gesprek|gesprekken)|\bnog\s+(?:andere\s+|twee\s+|drie\s+|een\s+paar\s+|enkele\s+|"
        r"meer\s+)?(?:kandidaten|gesprekken|mensen|sollicitanten)\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        2,
        rf"\b(?:laten|laat)\s+(?:we\s+|wij\s+|ik\s+)?{_YOU}\s+[^.;!?]{{0,40}}?\bweten\b"
        r"|\b(?:terugkoppeling|reactie|antwoord)\s+(?:uiterlijk|voor|binnen|eind)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\bshortlist\b|\b(?:door|verder)\s+naar\s+de\s+(?:volgende|tweede|laatste|finale)\s+(?:ronde|fase|stap)\b"
        r"|\b(?:laatste|finale)\s+(?:ronde|kandidaten)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:nog\s+(?:steeds\s+)?|nog\s+altijd\s+)ge(?:ï|i)nteresseerd\b|\bnog\s+(?:steeds\s+)?interesse\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\bkijken\s+(?:er\s+)?(?:naar\s+)?uit\s+(?:naar|om)\b[^.;!?]{0,40}?\bsamen\s*(?:te\s+)?werk|"
        r"\bsalarisindicatie|\bsalarisverwachting|\bsalariswens|\bsalarisschaal|\bsalarisrange|"
        r"\bopzegtermijn|\bstartdatum\b|\bbeschikbaarheid\s+(?:per|vanaf)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\bintern\s+(?:overleggen|afstemmen|bespreken|overleg|afgestemd|besproken)|\b(?:overleggen|bespreken|"
        r"stemmen|overleg)\s+(?:\w+\s+)?intern\b|\binterne\s+(?:afstemming|"
        r"overleg)|\bdoorgestuurd\s+naar\s+(?:de|het|onze)\s+(?:hiring\s+manager|afdeling|team|manager|"
        r"leidinggevende)|\b(?:de|het|onze)\s+(?:hiring\s+manager|afdeling|team|manager|leidinggevende)\b"
        r"[^.;!?]{0,30}?\bdoorgestuurd",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:tijdelijk|voorlopig|momenteel|even)\s+(?:\w+\s+)?(?:on\s+hold|stilgezet|gepauzeerd|bevroren)",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        2,
        r"\bstatus\b[^.;!?]{0,40}?\b(?:gewijzigd|aangepast|bijgewerkt|veranderd)|\bupdate\s+over\s+"
        rf"{_YOUR}\s+(?:sollicitatie|kandidatuur)|\btussenstand\b|\bkorte\s+update\b",
    ),
    # --- application_received --------------------------------------------------------------------
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        r"\bontvangstbevestiging|\b(?:sollicitatie|kandidatuur|cv|aanmelding)\b[^.;!?]{0,60}?\b(?:is|werd|zijn)\s+"
        r"(?:door\s+ons\s+)?(?:in\s+goede\s+orde\s+|goed\s+|succesvol\s+|correct\s+)?(?:ontvangen|verzonden|"
        r"ingediend|binnengekomen|aangekomen|verstuurd|geregistreerd)"
        rf"|\b(?:hebben|heb)\s+(?:we|wij|ik)?\s*{_YOUR}\s+(?:\w+\s+)?(?:sollicitatie|kandidatuur|cv|aanmelding)"
        r"\b[^.;!?]{0,80}?\bontvangen\b|\bbevestigen\s+(?:we|wij)\s+(?:graag\s+|hierbij\s+)?(?:de\s+)?ontvangst"
        r"|\b(?:cv|sollicitatie|kandidatuur|motivatie(?:brief)?|brief|berichtje)\b[^.;!?]{0,40}?\b(?:goed|"
        r"in\s+goede\s+orde|netjes|prima|keurig)\s+(?:ontvangen|binnengekomen|aangekomen)",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        2,
        rf"\b{_THANKS}\w{{0,30}}\s+(?:wel\s+)?voor\s+"
        r"(?:je|jouw|uw|de)\s+(?:\w+\s+)?(?:sollicitatie|kandidatuur|interesse|aanmelding|reactie\s+op)\b"
        rf"|\bdat\s+{_YOU}\s+[^.;!?]{{0,80}}?\bhebt\s+gesolliciteerd|\bdat\s+u\s+[^.;!?]{{0,80}}?"
        r"\bheeft\s+gesolliciteerd",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1.5,
        r"\b(?:bekijken|bekijk|beoordelen|beoordeel|doornemen|bestuderen|screenen)\b[^.;!?]{0,40}?\b(?:sollicitatie|kandidatuur|"
        r"cv|profiel)\b|\b(?:sollicitatie|kandidatuur|cv|profiel)\b[^.;!?]{0,60}?\b(?:bekijken|beoordelen|"
        r"doornemen|bestuderen|screenen)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1,
        r"\b(?:hoor|hoort)\s+(?:je|u)\s+(?:\w+\s+){0,4}?van\s+(?:ons|me|mij)\b|\bnemen\s+(?:we|wij)\s+(?:\w+\s+){0,3}?"
        r"contact\s+met\s+(?:je|u)\s+op\b|\bkandidatenportaal|\bsollicitatieportaal",
    ),
    # --- not_job ---------------------------------------------------------------------------------
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:betalen|betaal|overmaken|maak\s+over|storten|stort|voldoen|kopen|aanschaffen)\b[^.;!?]{0,60}?"
        r"(?:kosten|bijdrage|borg|waarborg|vergoeding|cadeaukaart|giftcard|bitcoin|crypto|western\s+union)"
        r"|\b(?:administratie|inschrijf|registratie|trainings|opleidings|aanmeld|bemiddelings|start)kosten\b"
        r"|\b(?:borgsom|waarborgsom)\b"
        r"|\b(?:kosten|bijdrage|borg)\b[^.;!?]{0,60}?\b(?:overmaken|betalen|storten|voldoen)\b",
        "employer_pays",
        tags=("scam",),
    ),
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:whatsapp|telegram|signal-?app|wechat)\b[^.;!?]{0,80}?(?:gesprek|interview|paspoort|"
        r"identiteitsbewijs|id-?kaart|sollicitatie)|(?:gesprek|interview)\w{0,30}\b[^.;!?]{0,60}?\b(?:whatsapp|"
        r"telegram)\b"
        r"|\b(?:kopie|foto|scan)\w{0,30}\s+(?:\w+\s+){0,3}?(?:paspoort|identiteitsbewijs|id-?kaart|rijbewijs|"
        r"identiteitskaart)\w{0,30}\b[^.;!?]{0,80}?\b(?:vooraf|voor\s+het\s+gesprek|direct|meteen|whatsapp|"
        r"telegram|creditcard|pincode)",
        tags=("scam",),
    ),
    cue(
        K.NOT_JOB,
        4,
        r"\bvacature-?(?:alert|melding|mail)\w{0,30}|\bjob-?alert|\bzoekopdracht|\bnieuwe\s+(?:vacatures|banen|jobs)\b"
        rf"|\b(?:vacatures|banen|jobs)\s+(?:voor\s+{_YOU}|die\s+(?:bij\s+)?{_YOU}\s+(?:passen|aansluiten)|"
        r"die\s+passen\s+bij|op\s+basis\s+van)"
        r"|\baanbevolen\s+(?:vacatures|banen|jobs)\b",
    ),
    cue(
        K.NOT_JOB,
        4,
        r"\b(?:vergelijkbare|soortgelijke|andere|passende)\s+(?:vacatures|banen|jobs|functies)\b",
        tags=("boilerplate",),
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bafmelden\b|\buitschrijven\b|\b(?:je|u)\s+ontvangt\s+deze\s+(?:e-?mail|mail|nieuwsbrief|"
        r"berichten)|\bmailvoorkeuren|\be-?mailvoorkeuren|\bmeldingen\s+beheren|\bvoorkeuren\s+(?:beheren|"
        r"aanpassen|wijzigen)",
        tags=("boilerplate",),
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bbanenmarkt|\bcarrièrebeurs|\bcarrierebeurs|\bbedrijvendag|\bjobbeurs|\bopen\s+dag\b|\bmeld\s+(?:je|u)\s+"
        r"(?:nu\s+|vandaag\s+)?aan\b|\bschrijf\s+(?:je|u)\s+(?:nu\s+)?in\b|\bplaatsen\s+zijn\s+beperkt|"
        r"\bdeelname\s+is\s+gratis|\bevenement\b|\bnetwerkborrel",
    ),
    cue(
        K.NOT_JOB,
        2,
        r"\bnieuwsbrief\b|\bin\s+deze\s+(?:editie|uitgave|nieuwsbrief)|\bsollicitatietips|\bcarrièretips|"
        r"\btips\s+(?:voor|om|bij)\b|\bsalarisonderhandeling|\bpremium\b|\bproefperiode\s+gratis|\bsalariswijzer",
    ),
    cue(
        K.NOT_JOB,
        4,
        r"\binterne\s+(?:vacature|werving|sollicitatie|vacaturebank)\w{0,30}|\bintern\s+(?:opengesteld|uitgeschreven)"
        r"|\baan\s+alle\s+medewerkers|\b(?:medewerkers|collega'?s)\s+werven\s+(?:medewerkers|collega)"
        r"|\baanbrengpremie|\breferralbonus|\breferral-?programma",
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:beste|lieve|hallo)\s+(?:collega'?s|allemaal|iedereen)\b",
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\bbevestig\s+(?:je|uw)\s+e-?mailadres|\bwachtwoord\s+(?:resetten|herstellen|opnieuw\s+instellen|"
        r"vergeten)|\b(?:vul|maak)\s+(?:je|uw)\s+profiel\s+(?:aan|compleet|af)|\bwie\s+(?:heeft\s+)?(?:je|uw)\s+"
        r"profiel\s+bekeken",
        "conditional",
    ),
    cue(
        K.NOT_JOB,
        3,
        rf"\b(?:kwam|zag|vond)\s+(?:ik\s+|we\s+)?{_YOUR}\s+(?:\w+\s+)?(?:profiel|cv)\b|\b{_YOUR}\s+(?:\w+\s+)?"
        r"profiel\b[^.;!?]{0,40}?\b(?:tegengekomen|opgevallen|gezien|gevonden)"
        r"|\b(?:voor|namens)\s+(?:een\s+van\s+)?(?:onze|mijn|een)\s+(?:\w+\s+){0,2}?(?:klanten?|opdrachtgevers?|"
        r"relaties?)\b|\bonze\s+opdrachtgever\b|\bwerving\s*(?:&|en)\s*selectie(?:bureau)?\b|\bheadhunter"
        r"|\bopen\s+(?:voor|staan\s+voor)\s+(?:een\s+)?(?:nieuwe|volgende)\s+(?:uitdaging|stap|kans|baan)"
        r"|\bsta\s+(?:je|jij|u)\s+open\s+voor\b"
        rf"|\binteresse\s+in\s+een\s+(?:kort|vrijblijvend|eerste|verkennend|vertrouwelijk)\w{{0,30}}\s+(?:gesprek|"
        r"belletje|kennismaking|telefoontje)"
        rf"|\b(?:stuur|mail)\s+(?:me|mij)\s+(?:gerust\s+|even\s+)?{_YOUR}\s+(?:actuele\s+|recente\s+)?cv\b",
        tags=("cold",),
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\benquête\b|\benquete\b|\b(?:beoordeel|beoordelen|waardeer)\s+(?:je|uw|jouw|onze|de)\s+(?:\w+\s+)?"
        r"(?:sollicitatie-?ervaring|ervaring|sollicitatieprocedure)",
    ),
    cue(
        K.NOT_JOB,
        2,
        r"\b(?:je|uw)\s+bestelling\b|\btrack\s*(?:&|en)\s*trace|\bpakket\b|\bfactuur\b|\bbezorging\b",
    ),
    cue(
        K.NOT_JOB,
        4.5,
        r"\bdemo\s+(?:aanvragen|plannen|inplannen)|\bwhitepaper\b|\be-?book\s+downloaden|\bgratis\s+proberen",
    ),
)

# Words that put a mail inside a hiring process at all (otherwise unmatched mail is not_job).
APPLICATION_CONTEXT = (
    r"\b(?:(?:je|jouw|uw)\s+(?:\w+\s+)?(?:sollicitatie|kandidatuur|cv|aanmelding)|gesolliciteerd|"
    r"sollicitatie\w{0,30}|sollicitant\w{0,30}|kandida\w{0,30}|vacature\w{0,30}|functie\b|gesprek\w{0,30}|arbeidsovereenkomst|"
    r"contract\w{0,30}|salaris\w{0,30}|werkdag|indiensttreding|selectie\w{0,30}|referenties|procedure|afwijzing|"
    r"aanbod|kennismaken|proefdag|hr\b|recruiter)"
)
# The user's own application is referenced ("we zien je sollicitatie graag tegemoet" in an advert is an
# invitation to apply, not a reference to one).
OWN_APPLICATION = (
    r"\b(?:je|jouw|uw)\s+(?:\w+\s+)?(?:sollicitatie|kandidatuur)\b(?!\s+(?:graag\s+)?tegemoet)"
    r"|\b(?:je|jij|u)\s+[^.;!?]{0,80}?\b(?:hebt|heeft)\s+gesolliciteerd\b"
    r"|\binteresse\s+in\s+(?:de|onze|deze)\s+(?:[\w/()-]+\s+){0,6}?(?:functie|vacature|positie|rol)"
    r"|\b(?:je|jouw|uw)\s+reactie\s+op\s+(?:de|onze|deze|het)\s+(?:\w+\s+)?(?:vacature|functie)"
    r"|\b(?:je|jouw|uw)\s+(?:sollicitatie|kennismakings)?gesprek\b"
)


RULES = LanguageRules(
    language="nl",
    guards=GUARDS,
    cues=CUES,
    application_context=APPLICATION_CONTEXT,
    own_application=OWN_APPLICATION,
)


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
