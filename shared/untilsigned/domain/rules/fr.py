"""French: rules for mail in French."""

from __future__ import annotations

from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# --- dates and extraction (read by understanding/dates.py and extract.py) ---------------------------
# French as written in France, Belgium, Switzerland and Luxembourg.

DATES = DateWords(
    weekdays={
        "lundi": 0,
        "lun": 0,
        "mardi": 1,
        "mar": 1,
        "mercredi": 2,
        "mer": 2,
        "jeudi": 3,
        "jeu": 3,
        "vendredi": 4,
        "ven": 4,
        "samedi": 5,
        "sam": 5,
        "dimanche": 6,
        "dim": 6,
    },
    months={
        "janvier": 1,
        "janv": 1,
        "février": 2,
        "fevrier": 2,
        "févr": 2,
        "fevr": 2,
        "mars": 3,
        "avril": 4,
        "avr": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "juil": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "sept": 9,
        "octobre": 10,
        "oct": 10,
        "novembre": 11,
        "nov": 11,
        "décembre": 12,
        "decembre": 12,
        "déc": 12,
        "dec": 12,
    },
    numbers={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "quatorze": 14,
        "vingt": 20,
        "trente": 30,
        "quelques": 3,
        "plusieurs": 5,
    },
    aliases={
        "prochain": "next",
        "prochaine": "next",
        "suivant": "next",
        "suivante": "next",
        "cette": "this",
        "ce": "this",
        "la": "the",
        "du": "the",
        "le": "the",
        "semaine": "week",
        "mois": "month",
        "début": "early",
        "debut": "early",
        "mi": "mid",
        "milieu": "mid",
        "fin": "end",
        "aujourd'hui": "today",
        "aujourd’hui": "today",
        "demain": "tomorrow",
        "après-demain": "day after tomorrow",
        "apres-demain": "day after tomorrow",
        "jour": "day",
        "jours": "day",
        "semaines": "week",
        "heure": "hour",
        "heures": "hour",
        "ouvré": "business",
        "ouvrés": "business",
        "ouvrable": "business",
        "ouvrables": "business",
        "quinze jours": "fortnight",
        "quinzaine": "fortnight",
        "midi": "noon",
        "minuit": "midnight",
    },
    numeric_day_first=True,
    patterns={
        "wd": (
            r"(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:lun|mar|mer|jeu|ven|sam"
            r"|dim)(?=\.))"
        ),
        # "mardi 14 janvier", "le 14 janvier 2026", "mar. 14 janv.", "1er mars"
        "day_first": (
            r"\b(?:{WD}\.?,?\s+)?(?:le\s+)?(?P<day>\d{1,2})(?:er|e)?\s+(?P<month>{MONTH})\b\.?"
            r"(?:\s+(?P<year>20\d\d)\b)?"
        ),
        "numeric": (
            r"\b(?:{WD}\.?,?\s+)?(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>20\d\d|\d\d)\b"
        ),
        "end_of_named_month": r"\b(?P<which>début|debut|mi|fin)(?:\s+|-)(?P<month>{MONTH})\b",
        "relative_day": r"(?P<word>\baujourd['’]hui|\baprès-demain\b|\bapres-demain\b|\bdemain\b)",
        # "vendredi", "vendredi prochain", "ce vendredi", "avant vendredi", "d'ici vendredi"
        "weekday": (
            r"\b(?:(?P<mod>ce)\s+)?(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
            r"(?:\s+(?P<mod2>prochain))?(?!\s*-)"
        ),
        # "la semaine prochaine", "fin de la semaine prochaine", "cette semaine", "le mois prochain"
        "week_month": (
            r"\b(?:(?P<part>début|debut|milieu|fin)\s+(?:de\s+)?)?(?:(?P<which>cette|ce|la|le|du)\s+)"
            r"(?P<unit>semaine|mois)\b(?:\s+(?P<which2>prochaine?|suivante?))?"
        ),
        # "d'ici deux semaines", "sous quinze jours", "dans les 5 jours ouvrés", "sous 48 heures"
        "span": (
            r"(?:\bd['’]ici|\bsous|\bdans|\ben)\s+(?:une\s+)?(?P<unit5>quinze\s+jours|quinzaine)\b"
            r"|(?:\bd['’]ici|\bsous|\bdans|\ben\s+moins\s+de|\bd['’]ici\s+(?:à|a))\s+(?:les\s+"
            r"|un\s+délai\s+de\s+)?"
            r"(?:prochaine?s\s+)?(?P<n1>{NUM})(?:\s*(?:-|–|à|a|ou)\s*(?P<n2>{NUM}))?\s+"
            r"(?P<unit>jour|semaine|mois|heure)s?(?:\s+(?P<kind>ouvrés|ouvrables|ouvré|ouvrable"
            r"|calendaires))?\b"
            r"|\b(?:vous\s+(?:avez|disposez\s+de)|tu\s+(?:as"
            r"|disposes\s+de))\s+(?P<n5>{NUM})\s+(?P<unit4>jour|semaine|heure)s?"
            r"(?:\s+(?P<kind4>ouvrés|ouvrables))?\s+pour\b"
        ),
        "ordinal_day": (
            r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?P<day>[1-9]|[12]\d"
            r"|3[01])\b(?![:./,]?\d)(?!\s*(?:er\s+)?(?:{MONTH})\b)"
        ),
        "within_the_week": (
            r"\b(?:dans\s+la\s+semaine|(?:d['’]ici|avant)\s+la\s+fin\s+de\s+(?:la|cette)\s+semaine)\b"
        ),
        "weekday_range": (
            r"\b(?:du\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*(?:-|–|au|à)\s*"
            r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
        ),
        "moving": r"\b(?:décal\w*|decal\w*|déplac\w*|deplac\w*|report\w*|modifi\w*|chang\w*)\b",
        "noon": r"\b(?P<word>midi|minuit)\b",
        # "10h30", "10 h 30", "14h"
        "time_word": r"(?<![\d:/.])(?P<hour>[01]?\d|2[0-3])\s?(?P<unit>h)\s?(?P<minute>[0-5]\d)?\b",
        "time_gap": r"à|a|de|dès|vers|heure\s*:?|horaire\s*:?",
        "time_gap_before": r"le",
        "time_label": r"heure|horaire",
    },
)

_FR_NAME = r"(?P<name>[^\n]{1,90})"
# A role title: a first word, then up to seven more (French, Spanish, Portuguese and Italian titles go on in
# lower case: "Chef de projet digital"), ending before the words that start the rest of the sentence.
_FR_ROLE = (
    r"[\w][\w&'’/+#.()*:-]*(?:[ \t]+(?!(?:et|nous|vous|chez|à|au|aux|pour|qui|que|dans|sur|avec|est|a|afin"
    r"|car|mais|ou|je|j|votre|notre|en\s+tant)\b)[\w&'’/+#.()*:-]+){0,7}"
)

EXTRACTION = ExtractionWords(
    team_words=frozenset({"recrutement", "rh", "ressources", "humaines", "carrières", "carrieres", "emploi"}),
    connectors=frozenset({"et", "&", "de", "du", "des", "la", "le", "les"}),
    stop_tokens=frozenset(
        {"votre", "ta", "candidature", "entretien", "invitation", "offre", "poste", "chez", "pour", "au"}
        | {"à", "a", "nous", "vous", "est", "recrute", "merci", "remercie", "suite", "réponse", "proposition"}
    ),
    generic=frozenset(
        {"rh", "invitation", "entretien", "signé", "terminé", "document", "contrat"}
        | {
            "candidature",
            "poste",
            "équipe",
            "equipe",
            "entreprise",
            "société",
            "societe",
            "bonjour",
            "madame",
        }
        | {"monsieur", "cordialement", "bien cordialement", "merci", "entretien", "offre", "proposition"}
        | {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février"}
        | {"mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
        | {"ressources humaines", "recrutement", "rh", "l'équipe", "l'équipe recrutement", "nous", "vous"}
        | {"candidat", "candidate", "malheureusement", "félicitations", "felicitations", "salut"}
    ),
    title_words=frozenset(
        {"ingénieur", "ingenieur", "ingénieure", "développeur", "developpeur", "développeuse", "chef"}
        | {
            "responsable",
            "chargé",
            "chargée",
            "charge",
            "directeur",
            "directrice",
            "technicien",
            "technicienne",
        }
        | {"comptable", "conseiller", "conseillère", "assistant", "assistante", "stagiaire", "alternant"}
        | {"alternante", "commercial", "commerciale", "vendeur", "vendeuse", "infirmier", "infirmière"}
        | {"juriste", "acheteur", "acheteuse", "gestionnaire", "coordinateur", "coordinatrice", "architecte"}
        | {"analyste", "chercheur", "chercheuse", "enseignant", "enseignante", "h/f", "(h/f)", "f/h", "(f/h)"}
    ),
    org_words=frozenset(
        {"sa", "sas", "sarl", "groupe", "banque", "assurances", "mutuelle", "laboratoires", "industries"}
        | {"conseil", "société", "fondation", "association", "hôpital", "clinique", "université", "école"}
    ),
    unit_words=frozenset({"direction", "département", "service", "pôle"}),
    function_words=frozenset({"rh", "finance", "juridique", "commercial", "marketing", "informatique"}),
    recruiting_words=frozenset({"recrutement", "rh", "carrières"}),
    honorifics=frozenset({"m", "mme", "mlle", "madame", "monsieur", "me"}),
    non_starters=frozenset(
        {"votre", "vos", "ta", "merci", "bonjour", "madame", "monsieur", "chère", "cher", "nous", "vous"}
        | {"malheureusement", "félicitations", "bien", "cordialement", "le", "la", "les", "l'"}
    ),
    title_like=frozenset({"recrutement", "rh", "chargée", "chargé", "recruteuse", "recruteur"}),
    signature_titles=frozenset({"chargée", "chargé", "responsable", "recruteuse", "recruteur"}),
    initials_skip=frozenset({"et", "de", "du", "des", "la", "le"}),
    generic_domain_labels=frozenset({"recrutement", "emploi", "carrieres", "candidature"}),
    body_names=(
        # "Brenner Logistik GmbH" on a signature or legal-footer line of its own
        NameCue(2, legal_name_source(), title_case_stops=False),
        # "Brenner Logistik hat Ihnen ein Dokument gesendet": signature services name the employer so
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:vous[ \t]+a|t['’]a|vous[ \t]+invite|t['’]invite)[ \t]+(?:envoyé|invité|partagé|demandé"
            r"|à[ \t]+signer)",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(2.5, r"(?i:\b(?:l['’]entreprise|la\s+société|l['’]employeur|entreprise\s*:)\s+)" + _FR_NAME),
        NameCue(
            3,
            r"(?i:\b(?:candidature|intérêt|interet)\s+(?:chez|pour|auprès\s+de|aupres\s+de|au\s+sein\s+de)\s+"
            r"(?:la\s+société\s+|l['’]entreprise\s+)?)" + _FR_NAME,
        ),
        NameCue(2.5, r"(?i:\bbienvenue\s+(?:chez|dans\s+l['’]équipe\s+de|à)\s+)" + _FR_NAME),
        NameCue(2, r"(?i:\bau\s+nom\s+de\s+)" + _FR_NAME),
        NameCue(
            2.5,
            r"(?i:\b(?:rejoindre|intégrer|integrer)\s+(?:l['’]équipe\s+de\s+|les\s+équipes\s+de\s+)?)"
            + _FR_NAME,
        ),
        NameCue(
            2.5,
            r"(?i:\b(?:poste|emploi|entretien|stage|alternance|carrière|opportunité)\s+(?:chez"
            r"|au\s+sein\s+de)\s+)" + _FR_NAME,
        ),
        NameCue(2, r"(?i:\bl['’]équipe\s+(?:recrutement\s+|rh\s+|talents?\s+)?(?:de\s+|d['’])?)" + _FR_NAME),
    ),
    subject_names=(
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:vous[ \t]+a|t['’]a|vous[ \t]+invite|t['’]invite)[ \t]+(?:envoyé|invité|partagé|demandé"
            r"|à[ \t]+signer)",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(3, r"(?i:\bcandidature\s+(?:chez|pour|auprès\s+de)\s+)" + _FR_NAME),
        NameCue(2.5, r"(?i:\b(?:chez|au\s+sein\s+de)\s+)" + _FR_NAME),
    ),
    roles=(
        rf"(?i:\b(?:poste|emploi|stage|alternance|fonction)\s+(?:de|d['’]"
        rf"|en\s+tant\s+que)\s*)(?P<role>{_FR_ROLE})",
        rf"(?i:\bcandidature\s+(?:au\s+poste\s+(?:de|d['’])\s*|pour\s+le\s+poste\s+(?:de"
        rf"|d['’])\s*))(?P<role>{_FR_ROLE})",
        rf"(?i:\ben\s+tant\s+que\s+)(?P<role>{_FR_ROLE})",
    ),
    subject_roles=(rf"(?i:\b(?:poste|candidature)\s+(?:de|d['’]|:)\s*)(?P<role>{_FR_ROLE})",),
    patterns={
        "display_prefix": (
            r"^(?:RH|Ressources\s+Humaines|Recrutement|Carrières|Talents?)(?:\s*[-|:–—]\s*|\s+(?:chez|de"
            r"|d['’])\s*|\s+)(?=[A-Z0-9À-Þ])"
        ),
        "display_suffix": (
            r"(?i)^(?P<name>.+?)(?<![\s,|-])[\s,|-]++(?:recrutement|rh|ressources\s+humaines|carrières|"
            r"carrieres|emploi|talents?)\s*$"
        ),
        "display_person_at": r"(?i)^(?P<person>.+?)(?<!\s)\s++(?:chez|de)\s+(?P<name>.+)$",
        "sign_off": (
            r"(?i)^(?:bien\s+)?(?:cordialement|sincèrement|amicalement|bien\s+à\s+(?:vous|toi)"
            r"|belle\s+journée|"
            r"bonne\s+journée|très\s+cordialement|salutations(?:\s+distinguées)?)[,.!]?\s*$"
        ),
        "boilerplate": (
            r"(?i)\b(?:désinscri\w*|desinscri\w*|confidentialité|message\s+automatique|ne\s+pas\s+répondre)"
        ),
        "document_title": (
            r"(?i)\b(?:contrat\s+de\s+travail|promesse\s+d['’]embauche|lettre\s+d['’]offre"
            r"|proposition\s+d['’]embauche)\b"
        ),
        "calendar_subject": (
            r"(?i)^\s*+(?:invitation\s+(?:mise\s+à\s+jour"
            r"|modifiée)\s*+:\s*+)?invitation\s*+:\s*+(?P<title>.+?)"
            r"(?<!\s)\s++@\s+(?:lun|mar|mer|jeu|ven|sam|dim|\d)[^@]*$"
        ),
        "role_tail": r"(?i)\s+(?:chez|de|du|des|au|à|et|&|-|–)\s*$|\s+poste\s*$|[\s,.]+$",
        "role_company_split": r"(?<!\s)\s+(?:chez|@)\s+(?=[A-ZÉ])",
        "role_bounded": r"(?i)poste$",
        "requisition": (
            r"(?i:\b(?:réf(?:érence)?|ref(?:erence)?)\.?\s*(?:de\s+l['’]offre|du\s+poste"
            r"|annonce)?\s*+[:#n°]*\s*+)"
            r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z]{0,6}[-_]?[A-Z0-9][A-Z0-9-_]{2,24})\b"
        ),
        "requisition_not": r"(?i)candidat|téléphone|tél",
        "employer_promise": (
            r"(?i)\b(?:nous|je|notre\s+(?:[\w-]+\s+){0,2}(?:équipe|service|direction)"
            r"|l['’]équipe)\b[^.;!?]{0,100}?"
            r"\b(?:reviendr\w*|revenir|recontacter\w*|recontacterons|contacter\w*|répondr\w*|repondr\w*|"
            r"donner\w*\s+(?:une\s+|notre\s+)?(?:réponse|reponse|retour|nouvelles)|informer\w*"
            r"|tiendr\w*\s+informé|"
            r"envoyer\w*|enverr\w*|transmettr\w*|décid\w*|decid\w*|faire\s+(?:un\s+)?retour"
            r"|ferons\s+(?:un\s+)?retour|"
            r"communiquer\w*|prendr\w*\s+(?:une\s+)?décision|finalis\w*)"
            r"|\b(?:vous|tu)\s+(?:recevrez|recevras|aurez|auras|obtiendrez)\s+(?:\w+\s+){0,4}?"
            r"(?:réponse|reponse|retour|nouvelles|décision|proposition|contrat|offre)\b"
            r"|\b(?:je\s+t['’]envoie|je\s+vous\s+envoie|on\s+revient\s+vers)\b"
            r"|\b(?:le\s+|la\s+)?(?:contrat|proposition\s+écrite|promesse\s+d['’]embauche)\s+(?:\w+\s+){0,3}?"
            r"(?:suivra|arrivera|vous\s+sera\s+envoyé\w*|te\s+sera\s+envoyé\w*)"
        ),
        "candidate_deadline": (
            r"(?i)\b(?:merci\s+de|je\s+vous\s+remercie\s+de|nous\s+vous\s+remercions\s+de|veuillez"
            r"|pourriez-vous|"
            r"pouvez-vous|peux-tu|pourrais-tu|n['’]hésitez\s+pas\s+à)\b[^.;!?]{0,140}?"
            r"\b(?:avant|d['’]ici|au\s+plus\s+tard|jusqu['’]|sous|dans\s+les)\b"
            r"|\b(?:date\s+limite|délai\s+de\s+réponse|au\s+plus\s+tard|valable\s+jusqu['’]|expire\w*)\b"
            r"|\b(?:vous|tu)\s+(?:avez|as|disposez|disposes|devez|dois)\b[^.;!?]{0,80}?\b(?:jusqu['’]|avant"
            r"|d['’]ici|pour)\b"
            r"|\b(?:votre|ta)\s+(?:réponse|reponse|retour|décision)\s+(?:avant|d['’]ici|sous)\b"
        ),
        "asks_candidate": (
            r"(?i)\b(?:merci\s+de|veuillez|pourriez-vous|pouvez-vous|peux-tu|je\s+vous\s+remercie\s+de|"
            r"nous\s+vous\s+remercions\s+de)\b|\b(?:vous|tu)\s+(?:devez|dois)\b|\bdate\s+limite\b"
        ),
        "employer_first": r"(?i)^\W*(?:nous|je|notre|l['’]équipe|on)\b",
        "employer_will": (
            r"(?i)\bnous\s+(?:reviendrons|vous\s+recontacterons|vous\s+répondrons|vous\s+enverrons|ferons|"
            r"prendrons|vous\s+tiendrons|allons|devrions|espérons|comptons)\b"
            r"|\b(?:vous|tu)\s+(?:recevrez|recevras|aurez|auras)\b"
        ),
        "not_heard": (
            r"(?i)\b(?:sans\s+(?:nouvelles|réponse|retour)\s+de\s+notre\s+part"
            r"|si\s+vous\s+n['’]avez\s+pas\s+(?:de\s+)?(?:nouvelles|réponse|retour))"
        ),
        "after_that": (
            r"(?i)\b(?:ensuite|à\s+l['’]issue\s+de|après\s+(?:cela|quoi)|dès\s+que|une\s+fois\s+que)\b"
        ),
        "allow_for_answer": (
            r"(?i)\b(?:délai|traitement|étude)\s+(?:de\s+\w+\s+)?(?:peut|pourra|est\s+(?:d['’]environ|de))\b"
        ),
        "past_context": (
            r"(?i)\b(?:initialement|prévu\s+initialement|au\s+lieu\s+de|annulé\w*|n['’]est\s+plus|"
            r"merci\s+pour\s+(?:l['’]entretien|notre\s+échange|votre\s+temps|ton\s+temps)|"
            r"nous\s+nous\s+sommes\s+(?:vus|rencontrés|parlé)|la\s+semaine\s+dernière)\b"
        ),
        "approximate": r"(?i)\b(?:semaines?|mois|d['’]ici|sous|jours|heures|quinzaine|quinze\s+jours)\b",
        "date_hint": (
            r"(?i)\d|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd|demain|semaines?|mois"
            r"|jours?|"
            r"heures?|quinzaine|quinze|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
            r"|septembre|"
            r"octobre|novembre|décembre|decembre)\b"
        ),
        "clause_split": r"(?i),?(?<![^\S\n])\s{1,80}+(?:et|mais)\s+(?=(?:nous|je|vous|tu|merci)\b)",
        "schedule_time_lead": r"(?i)\b(?:à|a|dès|de)\s*$",
        "moved_from": r"(?i)\b(?:du|de)\s+$",
        "moved_to": r"(?i)(?<!\s)\s*(?:au|à|a|→)\s+\w",
    },
)
