"""French: the classifier's cues and guards (France, Belgium, Switzerland, Luxembourg).

Read together with English's table (recruiters write "Onboarding" or "Interview" into French mail). Two
traps shape this table: "offre d'emploi" / "offre de stage" is a job advert, never an offer (an offer is a
"proposition" or "promesse d'embauche", a contract to sign), and "vous proposer" proposes interviews and
time slots as often as jobs. Recruiters write both "vous" and "tu" (start-ups, Welcome to the Jungle), and
some drop accents, so the common words accept both.
"""

from __future__ import annotations

from untilsigned.domain.model import Kind
from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.schema import Cue, LanguageRules, cue
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# The document an offer or its signature is about.
_CONTRACT = (
    r"(?:contrat\b|promesse\s+d'embauche|proposition\s+d'(?:embauche|emploi|engagement)|"
    r"lettre\s+d'(?:offre|engagement|embauche)|offre\s+d'(?:embauche|engagement)|cdi\b|cdd\b|"
    r"convention\s+de\s+stage|proposition\s+de\s+contrat)"
)
_YOU = r"(?:vous|te|t')"
_YOUR = r"(?:votre|vos|ta|ton|tes)"
_POSITION = r"(?:poste|emploi|stage|alternance|mission|fonction|r[ôo]le|cdi|cdd|contrat)"
_CANDIDATES = r"(?:candidat\w*|profils?|personnes?|candidatures)"
# Up to five words between "vous proposer le" and "poste" that do not make it an interview or a slot.
_ROLE_GAP = (
    r"(?:(?!(?:entretien|[ée]change|rendez-vous|rencontre|appel|visio\w*|cr[ée]neau\w*|test|[ée]tape|tour|"
    r"point|date|call|r[ée]union|entrevue)\b)[\w'-]{1,30}\s+){0,5}?"
)

# --- guards: sentence-level facts that cancel cues ---------------------------------------------

GUARDS: dict[str, str] = {
    # Selection only as a possibility: "si votre profil correspond à nos attentes, nous vous contacterons".
    "conditional": (
        r"\b(?:si|s'ils?|sauf\s+si|au\s+cas\s+o[ùu]|dans\s+le\s+cas\s+o[ùu]|dans\s+l'hypoth[èe]se\s+o[ùu]|"
        r"d[èe]s\s+que|une\s+fois\s+que|pour\s+autant\s+que)\b[^.;!?]{0,200}?\b(?:retenue?s?|s[ée]lectionn\w*|"
        r"pr[ée]s[ée]lectionn\w*|correspond\w*|ad[ée]quation|convien\w*|int[ée]ress\w*|poursuiv\w*|"
        r"donn\w+\s+suite|suite\s+favorable|qualifi\w*|choisie?s?|profil|crit[èe]res|attentes|besoins|"
        r"avancer|souhait\w+|d[ée]cid\w+|positi\w+)\b"
        r"|\b(?:serai(?:t|ent)|[ée]tait|[ée]taient)\s+(?:retenue?s?|s[ée]lectionn[ée]e?s?|choisie?s?)\b"
        r"|\bseul(?:e)?s\s+les\s+(?:candidat\w*|candidatures|profils)\b"
        r"|\bles\s+(?:candidat\w*|candidatures|profils)\s+(?:non\s+retenu\w*|retenu\w*|s[ée]lectionn\w*|"
        r"pr[ée]s[ée]lectionn\w*|qui|dont)\b"
        r"|\b(?:sans|en\s+l'absence\s+de)\s+(?:r[ée]ponse|retour|nouvelles)\b"
        r"|\bque\s+(?:votre|ta)\s+candidature\s+soit\s+retenue\b"
    ),
    # Expectations about the process, not events: "nous prévoyons d'organiser les entretiens en mars".
    "expectation": (
        r"\b(?:pr[ée]voy\w+|comptons|envisage\w*|esp[ée]r\w+|pensons)\s+(?:de\s+|d')?(?:organiser|planifier|"
        r"programmer|fixer|commencer|d[ée]marrer|lancer|revenir|contacter|faire|mener|conduire)\b"
        r"|\b(?:g[ée]n[ée]ralement|habituellement|en\s+g[ée]n[ée]ral|normalement|en\s+principe|peut|peuvent|"
        r"pourra|pourront|pourrait|pourraient)\b[^.;!?]{0,40}\b(?:entretien|test|[ée]valuation|proposition|"
        r"promesse|contrat)\w*"
    ),
    # Apologies that announce a delay or a new time, not a decision.
    "delay": (
        r"\b(?:retard\w*|report\w*|d[ée]cal\w+|repouss\w+|reprogramm\w+|plus\s+de\s+temps|plus\s+longtemps|"
        r"prolong\w+|la\s+semaine\s+prochaine|jusqu'(?:à|au|en)|temporairement|pour\s+le\s+moment|"
        r"pour\s+l'instant|indisponible|malade|emp[êe]chement|impr[ée]vu|nouvelle\s+date|autre\s+(?:date|"
        r"cr[ée]neau|moment|jour))\b"
    ),
    # "Nous ne pouvons pas répondre individuellement à chaque candidature."
    "respond_all": (
        r"\b(?:r[ée]pondre|r[ée]ponse|retour)\s+(?:\w+\s+)?(?:individuel\w*|personnalis\w+|[àa]\s+chaque|"
        r"[àa]\s+tou(?:te)?s)\b|\bindividuellement\b|\b[àa]\s+chaque\s+candidat\w*\b"
    ),
    # An offer named as a condition or a later step: "avant de vous faire une proposition".
    "offer_condition": (
        r"\b(?:si|une\s+fois|avant|afin\s+de|pour\s+pouvoir|jusqu'[àa]|sauf|sous\s+r[ée]serve|en\s+attendant|"
        r"d[èe]s\s+que|pourr\w+|esp[ée]r\w+|pr[ée]voy\w+|comptons|[ée]ventuel\w*|potentiel\w*|vers\s+une|"
        r"prochaine\s+[ée]tape)\b[^.;!?]{0,80}?\b(?:offre|proposition|promesse|proposer|contrat)"
    ),
    "offer_negated": (
        r"(?:\bne\b|\bn')(?!\s*h[ée]sit)[^.;!?]{0,60}?\b(?:pas|plus|jamais|aucune?)\b[^.;!?]{0,40}?"
        r"\b(?:offr\w*|propos\w*|promesse|contrat)\b"
        r"|\b(?:aucune|impossible\s+de\s+(?:vous\s+)?(?:faire|proposer|offrir))\b[^.;!?]{0,30}?"
        r"\b(?:offre|proposition|proposer|offrir)\b"
    ),
    # The offer only postponed: "la proposition est reportée jusqu'à la validation du budget".
    "offer_delay": r"\b(?:retard\w*|report\w*|d[ée]cal\w+|repouss\w+|suspend\w*|jusqu'[àa])\b",
    # The offer taken back: "nous devons retirer notre proposition d'embauche".
    "offer_withdrawn": r"\b(?:retir\w+|annul\w+|r[ée]voqu\w+|revenir\s+sur)\b",
    # Marketing and job-ad wording where "offre" means something else.
    "commerce": (
        r"-\s?\d{1,2}\s?%|\br[ée]duction\b|\bremise\b|\bpromo\w*|\bgratuit\w*|\bce\s+que\s+nous\s+(?:vous\s+)?(?:offrons|"
        r"proposons)\b|\bnous\s+offrons\b|\bnos\s+avantages\b|\bwebinaire\b|\binscri\w+|\babonn\w+|"
        r"\bn[ée]goci\w+\s+(?:votre|une|son|sa|ta)\s+(?:\w+\s+)?(?:offre|salaire|proposition)\b"
    ),
    # Signature as a future step: "une fois le contrat signé", "merci de signer".
    "signed_condition": (
        r"\b(?:une\s+fois|d[èe]s|apr[èe]s|avant|lorsque|quand|si|jusqu'[àa]\s+ce)\s+(?:que\s+|qu')?"
        r"(?:vous|nous|tu|le|la|les|tous|toutes|r[ée]ception|votre|ton|ta)\b[^.;!?]{0,60}?"
        r"\b(?:sign[ée]e?s?|accept[ée]e?s?|retourn[ée]e?s?|re[çc]ue?s?|sign\w+)\b"
        r"|\b(?:merci\s+de|veuillez|je\s+vous\s+invite\s+[àa]|nous\s+vous\s+invitons\s+[àa]|afin\s+de|pour|"
        r"[àa])\s+(?:bien\s+vouloir\s+)?(?:nous\s+)?(?:le\s+|la\s+|les\s+|l')?(?:relire\s+et\s+)?"
        r"(?:signer|accepter|parapher|retourner|contresigner)\b"
        r"|\b(?:en\s+attente\s+de\s+(?:votre|ta)\s+signature|reste\s+(?:plus\s+qu')?[àa]\s+(?:le\s+|la\s+)?signer)\b"
    ),
    # An offer described generically: a job advert ("offre d'emploi"), advice, other candidates.
    "generic_offer": (
        r"\b(?:les\s+candidat\w*|candidat\w*\s+retenu\w*|offres?\s+d'emploi|offres?\s+de\s+(?:stage|poste|"
        r"travail|job|mission|collaboration)|nos\s+offres|toutes\s+les\s+offres|l'offre\s+(?:publi[ée]e|"
        r"en\s+ligne|sur)|comment|conseils|astuces|d[ée]crocher|annonce)\b"
    ),
    # A headhunter pitching a client's role: "mon client souhaiterait vous proposer un poste".
    "sourcing": (
        r"\b(?:mon|notre|un|une|nos|mes)\s+client(?:e|s|es)?\b|\bpourrai(?:t|ent)\s+(?:vous|t')\s*int[ée]resser\b|"
        r"\bcabinet\s+de\b"
    ),
    # A non-disclosure agreement signed before an interview is not an employment contract.
    "nda": (r"\bnda\b|\b(?:accord|engagement|contrat)\s+de\s+confidentialit[ée]\b|\bnon-divulgation\b"),
    # The employer paying or refunding is not the candidate paying a fee.
    "employer_pays": (
        r"\bnous\s+(?:prenons\s+en\s+charge|rembours\w+|financ\w+|payons)|\bpris(?:e|es)?\s+en\s+charge\b|"
        r"\brembours\w+|\bsans\s+frais\b|\baucun\s+frais\b|\bne\s+(?:vous\s+)?demand\w+\s+jamais\b"
    ),
    # The candidate accepted elsewhere: not a signature with this employer.
    "elsewhere": (
        r"\bailleurs\b|\bautre\s+(?:offre|proposition|entreprise|soci[ée]t[ée]|poste|opportunit[ée])\b"
    ),
    # The terms an offer depends on, not a request for references.
    "contingency": (
        r"\bsous\s+r[ée]serve\b|\bconditionn\w+\s+[àa]\b|\bsubordonn\w+\s+[àa]\b|\bsous\s+condition\b|"
        r"\bd[ée]pend\w*\s+de\b"
    ),
    # A past withdrawal is a decision; "nous nous réservons le droit" is fine print.
    "fine_print": (r"\b(?:r[ée]serv\w+\s+le\s+droit|peut\s+[êe]tre|pourr\w+|sera|si|sauf|en\s+cas\s+de)\b"),
    # Nobody on the other side: "un entretien vidéo différé".
    "asynchronous": (
        r"\b(?:asynchrone|diff[ée]r[ée]e?|pr[ée]-?enregistr\w+|en\s+autonomie|[àa]\s+votre\s+rythme)\b"
    ),
    # A stage already behind the candidate: "merci d'avoir complété le test".
    "past_stage": (
        r"\b(?:f[ée]licitations|bravo|merci)\s+(?:pour|d'avoir|de)\s+(?:avoir\s+)?(?:r[ée]ussi|compl[ée]t[ée]|"
        r"termin[ée]|pass[ée]|effectu[ée]|rempli|r[ée]alis[ée]|envoy[ée]|soumis|retourn[ée]|la\s+r[ée]ussite)\b"
    ),
    # Advice for any reader's interview: "que votre entretien soit demain ou dans un mois".
    "hypothetical": r"\bque\s+(?:votre|ton)\s+(?:prochain\s+)?entretien\s+soit\b",
    # Interview practice sold as a product.
    "practice": (
        r"\b(?:simulations?\s+d'entretien|entretiens?\s+(?:blancs?|fictifs?|simul[ée]s?)|coach\s+(?:ia|virtuel))\b"
    ),
    # A step not arranged yet, named as what follows a request: "avant d'organiser l'entretien final, ...".
    "prerequisite": (
        r"\bavant\s+(?:de\s+|d')(?:organiser|planifier|programmer|fixer|caler|(?:vous|te)\s+(?:inviter|proposer|"
        r"convier|rencontrer)|passer\s+[àa])\b"
    ),
    # "Référence de l'offre : JR-123": a reference number, not references about the candidate.
    "reference_noise": (
        r"\br[ée]f[ée]rence\s+(?:de\s+l'(?:offre|annonce)|du\s+(?:poste|dossier)|de\s+(?:la\s+)?candidature|"
        r"[:#n°])|\br[ée]f\.?\s*[:#]|\bnum[ée]ro\s+de\s+r[ée]f[ée]rence\b|\bsous\s+la\s+r[ée]f[ée]rence\b|"
        r"\bmon\s+r[ée]f[ée]rent\s+(?:rh|recrutement)\b|\bpour\s+m[ée]moire\b"
    ),
}


K = Kind
_REJECT_GUARDS = ("conditional", "delay", "respond_all", "expectation")
_OFFER_GUARDS = (
    "offer_condition",
    "offer_negated",
    "offer_withdrawn",
    "commerce",
    "generic_offer",
    "nda",
    "sourcing",
)
_SIGNED_GUARDS = ("signed_condition", "elsewhere", "nda")

CUES: tuple[Cue, ...] = (
    # --- rejected --------------------------------------------------------------------------------
    # "nous ne pouvons pas donner une suite favorable à votre candidature", "nous n'y donnerons pas suite"
    cue(
        K.REJECTED,
        4,
        r"\b(?:pas|plus|point)\b[^.;!?]{0,60}?\b(?:donner|r[ée]server|apporter|accorder|y\s+donner)\s+"
        r"(?:de\s+|une\s+)?(?:suite|r[ée]ponse|issue)\s+(?:favorable|positive)\b"
        r"|\b(?:ne|n')\s*(?:\w+\s+){0,3}?(?:pas|plus)\s+(?:\w+\s+)?(?:y\s+)?donner\s+suite\b"
        r"|\b(?:pas|plus)\s+(?:pu\s+|pouvoir\s+)?(?:y\s+)?donner\s+suite\b"
        r"|\bpas\s+(?:de\s+)?suite\s+favorable\b|\bne\s+(?:pas\s+|pouvoir\s+|plus\s+)(?:y\s+)?donner\s+suite\b"
        r"|\b(?:ne|n')\s*(?:y\s+)?donn\w+\s+(?:\w+\s+)?pas\s+suite\b|\bpas\s+abouti\b"
        # the literary negation without "pas": "nous ne pouvons y réserver une suite favorable"
        r"|\b(?:ne|n')\s*(?:\w+\s+){0,3}?(?:y\s+)?(?:donner|r[ée]server|apporter|accorder)\s+(?:de\s+|une\s+)?"
        r"suite\s+favorable\b",
        *_REJECT_GUARDS,
    ),
    # "votre candidature n'a pas été retenue", "nous n'avons pas retenu ton profil", "non retenue"
    cue(
        K.REJECTED,
        4,
        r"\bpas\s+(?:(?!encore\b|toujours\b)[\w-]{1,30}\s+){0,3}?(?:[ée]t[ée]\s+)?(?:retenue?s?|retenir|"
        r"s[ée]lectionn[ée]e?s?|choisie?s?)\b|\bne\s+pas\s+(?:retenir|s[ée]lectionner|poursuivre)\b|\bnon\s+retenue?\b",
        *_REJECT_GUARDS,
    ),
    # "nous avons décidé de ne pas poursuivre", "nous avons fait le choix de ne pas aller plus loin"
    cue(
        K.REJECTED,
        4,
        r"\b(?:d[ée]cid[ée]|choisi|pr[ée]f[ée]r[ée]|fait\s+le\s+choix|contraints?)\s+de\s+ne\s+pas\s+"
        r"(?:poursuivre|donner\s+suite|retenir|aller\s+plus\s+loin|avancer|(?:vous|te)\s+proposer|continuer|"
        r"(?:vous|te)\s+(?:inviter|convier|rencontrer))\b",
        *_REJECT_GUARDS,
    ),
    # "nous ne poursuivrons pas le processus avec vous"
    cue(
        K.REJECTED,
        4,
        r"\b(?:ne|n')\s*(?:\w+\s+){0,3}?pas\s+(?:\w+\s+){0,3}?(?:poursuivre|poursuivrons|continuer|continuerons|"
        r"aller\s+plus\s+loin|irons\s+pas\s+plus\s+loin|avancer|avancerons)\s+(?:le\s+processus\s+|"
        rf"(?:notre|le)\s+processus\s+de\s+recrutement\s+|l'aventure\s+)?(?:avec\s+(?:vous|toi|{_YOUR}\s+"
        r"candidature)|[àa]\s+(?:votre|ta)\s+candidature)\b"
        r"|\b(?:ne|n')\s*(?:\w+\s+){0,3}?pas\s+(?:plus\s+)?loin\s+avec\s+(?:vous|toi|votre|ta)\b",
        *_REJECT_GUARDS,
    ),
    # "nous avons décidé de poursuivre avec d'autres candidats", "privilégier des profils plus expérimentés"
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:poursuivre|poursuivons|continuer|continuons|avancer|avançons|aller\s+plus\s+loin|privil[ée]gi\w+|"
        r"donner\s+suite\s+[àa]|"
        r"rencontrer|retenir|s[ée]lectionner|orient\w+\s+(?:notre\s+choix\s+)?vers)\s+(?:le\s+processus\s+|"
        r"notre\s+processus\s+)?(?:avec\s+)?(?:d'autres|un\s+autre|une\s+autre|des|les)\s+(?:autres\s+)?"
        rf"{_CANDIDATES}\b(?![^.;!?]{{0,40}}\bainsi\s+que\b)",
        *_REJECT_GUARDS,
    ),
    # "notre choix s'est porté sur un autre candidat", "nous avons retenu une autre candidate"
    cue(
        K.REJECTED,
        4,
        r"\bnotre\s+choix\s+s'est\s+(?:finalement\s+)?(?:port[ée]|arr[êe]t[ée])\b"
        r"|\b(?:retenu|s[ée]lectionn[ée]|choisi|opt[ée]\s+pour|privil[ée]gi[ée]|recrut[ée]|engag[ée]|embauch[ée]|"
        rf"propos[ée]\s+le\s+poste\s+[àa])\s+(?:un|une)\s+autre\s+{_CANDIDATES}\b"
        r"|\b(?:retenu|s[ée]lectionn[ée]|choisi|opt[ée]\s+pour|privil[ée]gi[ée])\s+(?:un|une|des|d')\s*"
        rf"{_CANDIDATES}\s+(?:dont|qui|plus|davantage|correspondant|avec|ayant|au)\b[^.;!?]{{0,80}}?\b(?:davantage|"
        r"mieux|plus)\b",
        *_REJECT_GUARDS,
    ),
    # "d'autres candidats dont le profil correspond davantage à nos besoins"
    cue(
        K.REJECTED,
        3.5,
        rf"\b(?:d'autres|un\s+autre|une\s+autre)\s+{_CANDIDATES}\b[^.;!?]{{0,80}}?\b(?:davantage|mieux|"
        r"plus\s+(?:proches?|adapt[ée]s?|en\s+ad[ée]quation|en\s+phase|exp[ée]riment[ée]s?|align[ée]s?)|"
        r"correspond\w*\s+(?:plus|davantage|mieux))\b",
        *_REJECT_GUARDS,
    ),
    # "votre profil ne correspond pas à nos attentes", "pas en adéquation avec le poste"
    cue(
        K.REJECTED,
        3.5,
        r"\bne\s+correspond\w*\s+pas\s+(?:\w+\s+){0,3}?(?:[àa]|aux|avec)\s+(?:nos|notre|vos|le|la|les|l')\s*"
        r"(?:\w+\s+){0,2}?(?:attentes|besoins|crit[èe]res|profil|exigences|recherches?|poste)\b"
        r"|\bpas\s+(?:suffisamment\s+|totalement\s+|tout\s+[àa]\s+fait\s+|enti[èe]rement\s+)?"
        r"en\s+(?:ad[ée]quation|phase|ligne)\s+avec\b",
        *_REJECT_GUARDS,
    ),
    # "nous sommes au regret de vous informer", "nous avons le regret de"
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:sommes|suis)\s+(?:au\s+)?(?:regret|d[ée]sol[ée]e?s?)\s+de\s+(?:vous|te)\s+(?:informer|annoncer|"
        r"faire\s+part|dire|communiquer)\b|\bavons\s+le\s+regret\b|\bai\s+le\s+regret\b|"
        r"\bregrett\w+\s+de\s+(?:devoir\s+)?(?:vous|te)\s+(?:informer|annoncer|faire\s+part)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\br[ée]ponse\s+n[ée]gative\b|\bissue\s+d[ée]favorable\b|\bpas\s+la\s+(?:r[ée]ponse|nouvelle)\s+que\s+"
        r"(?:vous|tu)\s+(?:esp[ée]riez|attendiez|esp[ée]rais|attendais)\b",
        *_REJECT_GUARDS,
    ),
    # "votre candidature a été refusée / classée sans suite", "nous clôturons votre candidature"
    cue(
        K.REJECTED,
        4,
        rf"\b(?:cl[ôo]tur\w+|archiv\w+|refus\w+|rejet\w+|d[ée]clin\w+|cl[ôo]s\w*)\s+{_YOUR}\s+candidature\b"
        r"|\bcandidature\b[^.;!?]{0,60}?\b(?:a\s+[ée]t[ée]|est|sera)\s+(?:malheureusement\s+|donc\s+|"
        r"d[ée]sormais\s+)?(?:refus[ée]e|rejet[ée]e|d[ée]clin[ée]e|cl[ôo]tur[ée]e|archiv[ée]e|cl[ôo]se|"
        r"class[ée]e\s+sans\s+suite|infructueuse)\b|\bclass[ée]e?\s+sans\s+suite\b",
        *_REJECT_GUARDS,
    ),
    # "nous ne pouvons pas vous proposer le poste", "pas en mesure de te proposer un entretien"
    cue(
        K.REJECTED,
        4,
        rf"\b(?:ne|n')\s*(?:\w+\s+){{0,3}}?pas\s+(?:en\s+mesure\s+de\s+)?{_YOU}\s*(?:proposer|offrir|faire)\s+"
        r"(?:le|ce|un|une|d'|de|la)\s*(?:\w+\s+)?(?:poste|contrat|emploi|stage|suite|entretien|proposition|"
        r"offre|collaboration|place)\b",
        "conditional",
        "respond_all",
        "expectation",
    ),
    # "mettre fin au processus", "mettre un terme à votre candidature"
    cue(
        K.REJECTED,
        3.5,
        r"\bmettre\s+(?:fin|un\s+terme)\s+(?:[àa]|au)\s+(?:votre|ta|notre|ce|le|la)\s*(?:\w+\s+)?"
        r"(?:processus|candidature|collaboration|recrutement)\b",
        *_REJECT_GUARDS,
    ),
    # The role itself is gone: filled, cancelled, removed.
    cue(
        K.REJECTED,
        4,
        rf"\b{_POSITION}\b[^.;!?]{{0,60}}?\b(?:a\s+[ée]t[ée]|est|[ée]tait|a)\s+(?:d[ée]sormais\s+|d[ée]j[àa]\s+|"
        r"finalement\s+|malheureusement\s+|entre-temps\s+)?(?:[ée]t[ée]\s+)?(?:pourvue?|annul[ée]e?|"
        r"supprim[ée]e?|retir[ée]e?|ferm[ée]e?|cl[ôo]tur[ée]e?)\b|\bpourvue?\s+en\s+interne\b"
        rf"|\b{_POSITION}\b[^.;!?]{{0,60}}?\bn'(?:est|[ée]tait)\s+plus\s+(?:d'actualit[ée]|disponible|ouvert|"
        r"[àa]\s+pourvoir|vacant)\b"
        r"|\b(?:processus|recrutement|recherche)\b[^.;!?]{0,40}?\b(?:est|a\s+[ée]t[ée])\s+(?:\w+\s+)?"
        r"(?:cl[ôo]tur[ée]|clos|annul[ée]|interrompu)\b"
        r"|\bgel\s+des\s+(?:recrutements|embauches)\b|\b(?:annul\w+|supprim\w+)\s+(?:le|ce|notre)\s+"
        r"(?:recrutement|poste)\b",
        "conditional",
        "respond_all",
        "expectation",
    ),
    # Frozen or suspended: only a decision when it says so for good.
    cue(
        K.REJECTED,
        3.5,
        rf"\b{_POSITION}\b[^.;!?]{{0,60}}?\b(?:a\s+[ée]t[ée]|est)\s+(?:d[ée]sormais\s+)?(?:gel[ée]e?|"
        r"suspendue?|mise?\s+en\s+(?:pause|attente|suspens))\s+(?:ind[ée]finiment|jusqu'[àa]\s+nouvel\s+ordre|"
        r"pour\s+une\s+dur[ée]e\s+ind[ée]termin[ée]e)\b"
        r"|\b(?:suspendre|geler|suspendu|gel[ée])\s+(?:le|ce|notre|la)\s+(?:recrutement|poste|processus|recherche)\b"
        r"[^.;!?]{0,80}\b(?:ind[ée]finiment|jusqu'[àa]\s+nouvel\s+(?:ordre|avis)|pour\s+une\s+dur[ée]e\s+"
        r"ind[ée]termin[ée]e)\b",
        "conditional",
        "expectation",
    ),
    # A withdrawn offer: "nous devons retirer notre proposition d'embauche".
    cue(
        K.REJECTED,
        4,
        r"\b(?:retir\w+|annul\w+|r[ée]voqu\w+|revenir\s+sur)\s+(?:notre|la|votre|ta|cette|sa|l')\s*"
        r"(?:\w+\s+)?(?:proposition|offre|promesse)\b(?!\s+d'emploi)"
        r"|\b(?:proposition|promesse|offre)\s+d'(?:embauche|emploi|engagement)\b[^.;!?]{0,40}\b"
        r"(?:est|a\s+[ée]t[ée])\s+(?:retir[ée]e|annul[ée]e|r[ée]voqu[ée]e|caduque)\b",
        "fine_print",
        "offer_delay",
    ),
    cue(K.REJECTED, 2, r"\b(?:infructueuse|d[ée]favorable|n[ée]gative)\b", *_REJECT_GUARDS),
    cue(K.REJECTED, 1.5, r"\bmalheureusement\b|\bh[ée]las\b", *_REJECT_GUARDS),
    cue(
        K.REJECTED,
        1,
        r"\b(?:souhait\w+|bonne\s+chance|succ[èe]s|r[ée]ussite|bonne\s+continuation)\b[^.;!?]{0,60}\b"
        r"(?:recherches?|projets?\s+professionnels?|d[ée]marches|suite\s+de\s+(?:votre|ta)\s+carri[èe]re|"
        r"parcours\s+professionnel|futurs?\s+projets)\b",
    ),
    cue(
        K.REJECTED,
        1,
        r"\b(?:conserv\w+|gard\w+)\s+(?:votre|ton)\s+(?:cv|profil|candidature|dossier)\b[^.;!?]{0,60}\b"
        r"(?:vivier|base\s+de\s+donn[ée]es|fichier|talent)",
        "conditional",
    ),
    cue(
        K.REJECTED,
        1,
        r"\bd[ée]cision\s+(?:a\s+[ée]t[ée]\s+)?(?:difficile|d[ée]licate|pas\s+facile)\b|\bpas\s+une\s+d[ée]cision\s+"
        r"facile\b|\bbelle\s+continuation\b|\bne\s+remet\s+(?:nullement\s+|en\s+rien\s+)?"
        r"en\s+(?:cause|question)\b",
    ),
    # --- offer_signed: proof of signature or acceptance -------------------------------------------
    # Signature platforms (Yousign, DocuSign, Adobe Acrobat Sign in French).
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:tous\s+les\s+signataires|toutes\s+les\s+parties|les\s+deux\s+parties|chaque\s+partie|"
        r"l'ensemble\s+des\s+signataires)\s+(?:ont|a)\s+(?:bien\s+|d[ée]sormais\s+)?(?:sign[ée]|termin[ée]|"
        rf"compl[ée]t[ée]|finalis[ée])\b(?=[^\n]{{0,160}}{_CONTRACT})"
        rf"|{_CONTRACT}[^\n]{{0,120}}?\b(?:(?:a|ont)\s+[ée]t[ée]|est|sont)\s+(?:d[ée]sormais\s+|enti[èe]rement\s+|bien\s+|d[ée]finitivement\s+)?"
        r"(?:sign[ée]e?s?|compl[ée]t[ée]e?s?|contresign[ée]e?s?)\s+par\s+(?:tous|toutes|l'ensemble|les\s+deux|"
        r"vous|chaque|toutes\s+les\s+parties)\b"
        rf"|\b(?:proc[ée]dure|processus|demande)\s+de\s+signature\b[^\n]{{0,120}}?{_CONTRACT}[^\n]{{0,120}}?"
        r"\b(?:est|a\s+[ée]t[ée])\s+(?:bien\s+)?(?:termin[ée]e?|finalis[ée]e?|compl[ée]t[ée]e?|achev[ée]e?)\b",
        *_SIGNED_GUARDS,
    ),
    # The same notice with the document named on another line: signature notices forwarded to a job
    # tracker are about the contract.
    cue(
        K.OFFER_SIGNED,
        3,
        r"\b(?:proc[ée]dure|processus|demande)\s+de\s+signature\s+(?:\S{1,40}\s+){0,8}?(?:est|a\s+[ée]t[ée])\s+"
        r"(?:bien\s+)?(?:termin[ée]e|finalis[ée]e|compl[ée]t[ée]e|achev[ée]e)\b"
        r"|\b(?:tous\s+les\s+signataires|toutes\s+les\s+parties|les\s+deux\s+parties)\s+ont\s+(?:bien\s+)?sign[ée]\b"
        r"|\bdocument\s+(?:a\s+[ée]t[ée]\s+)?(?:enti[èe]rement\s+)?sign[ée]\s+par\s+(?:tous|toutes|l'ensemble)\b",
        *_SIGNED_GUARDS,
    ),
    # "Vous avez signé « Contrat de travail - Sam Rivera »", "Document signé : Promesse d'embauche"
    cue(
        K.OFFER_SIGNED,
        4,
        rf"\b(?:vous\s+avez|tu\s+as)\s+(?:bien\s+|d[ée]sormais\s+|correctement\s+)?sign[ée]\b[^\n]{{0,80}}?"
        rf"{_CONTRACT}"
        rf"|\b(?:termin[ée]|compl[ée]t[ée]|document\s+sign[ée])\s*:\s*[^\n]{{0,120}}?{_CONTRACT}"
        rf"|{_CONTRACT}[^\n]{{0,120}}?\b(?:sign[ée]e?\s+et\s+(?:class[ée]e?|archiv[ée]e?|d[ée]pos[ée]e?)|"
        r"enti[èe]rement\s+sign[ée]e?)\b",
        *_SIGNED_GUARDS,
    ),
    # Named signers: "Claire Morel et Sam Rivera ont signé « Contrat de travail »", never "notre directeur a
    # signé votre contrat" (the candidate still has to sign).
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?!(?:notre|votre|le|la|les|nous|je|il|elle|on|ton|ta|madame|monsieur)\b)(?-i:[A-Z])[\w.'-]{1,40}\s+"
        r"(?-i:[A-Z])[\w.'-]{1,40}\s+(?:et\s+(?:\S{1,40}\s+){1,3}?)?(?:a|ont)\s+(?:bien\s+|tous\s+(?:deux|les\s+deux)\s+)?"
        rf"sign[ée]\b[^\n]{{0,120}}?{_CONTRACT}"
        r"|\b(?:votre|ta)\s+signature\s+a\s+(?:bien\s+)?[ée]t[ée]\s+(?:enregistr[ée]e|prise\s+en\s+compte|"
        r"ajout[ée]e|appos[ée]e|valid[ée]e)\b",
        *_SIGNED_GUARDS,
    ),
    # "Merci d'avoir signé ton contrat", "nous avons bien reçu votre contrat signé"
    cue(
        K.OFFER_SIGNED,
        4,
        r"\bmerci\s+(?:beaucoup\s+)?(?:d'avoir|pour\s+avoir|de\s+nous\s+avoir)\s+(?:sign[ée]|retourn[ée]|renvoy[ée]|"
        rf"accept[ée]|contresign[ée])\s+(?:{_YOUR}|le|la|notre|les)\s+(?:\w+\s+){{0,2}}?(?:{_CONTRACT}|"
        r"proposition|documents?|offre)"
        rf"|\b(?:re[çc]u|r[ée]ceptionn[ée]|r[ée]ception\s+(?:de|du))\s+(?:(?:{_YOUR}|le|la)\s+|l')?(?:exemplaire\s+(?:du\s+|de\s+)?)?"
        rf"(?:{_CONTRACT}|proposition|promesse|exemplaire)[^.;!?]{{0,30}}?\b(?:sign[ée]e?|contresign[ée]e?|"
        r"dat[ée]e?\s+et\s+sign[ée]e?)\b"
        r"|\bmerci\s+pour\s+le\s+retour\s+(?:de\s+|du\s+)?(?:votre\s+|ton\s+)?(?:contrat|promesse|document)s?\s+"
        r"sign[ée]",
        *_SIGNED_GUARDS,
    ),
    # "nous avons bien reçu votre acceptation", "ravis que vous ayez accepté notre proposition"
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:re[çc]u|confirm\w*|enregistr[ée])\s+(?:votre|ton|ta)\s+acceptation\b"
        r"|\b(?:votre|ton|ta)\s+acceptation\b[^.;!?]{0,40}\b(?:a\s+(?:bien\s+)?[ée]t[ée]|est)\s+"
        r"(?:bien\s+)?(?:enregistr[ée]e|re[çc]ue|confirm[ée]e|prise\s+en\s+compte)\b"
        r"|\b(?:vous\s+(?:avez|ayez)|tu\s+(?:as|aies))\s+(?:officiellement\s+|bien\s+|finalement\s+)?"
        r"(?:accept[ée]|sign[ée]|retourn[ée])\s+(?:notre|la|votre|cette|ta|ton|le)\s+(?:\w+\s+){0,2}?"
        rf"(?:proposition|offre|promesse|{_CONTRACT})"
        r"|\bf[ée]licitations\s+pour\s+(?:votre|ton|ta)\s+(?:acceptation|signature|arriv[ée]e\s+officielle)\b",
        *_SIGNED_GUARDS,
    ),
    # "maintenant que tout est signé", "maintenant que tu as signé"
    cue(
        K.OFFER_SIGNED,
        4,
        r"\bmaintenant\s+que\s+(?:(?:tout|le\s+contrat|la\s+promesse)\s+(?:est\s+)?(?:bien\s+)?sign[ée]e?|"
        r"(?:vous\s+avez|tu\s+as|nous\s+avons)\s+(?:tous\s+)?(?:sign[ée]|accept[ée]))\b",
        *_SIGNED_GUARDS,
    ),
    cue(
        K.OFFER_SIGNED,
        3.5,
        r"\b(?:statut|[ée]tape)\b[^.;!?]{0,60}\b(?:embauch[ée]e?|recrut[ée]e?|contrat\s+sign[ée])\b"
        r"|\b(?:vous\s+faites|tu\s+fais)\s+d[ée]sormais\s+(?:officiellement\s+)?partie\b",
        "conditional",
        "expectation",
    ),
    # First-day logistics with no offer open: implicit evidence only.
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\bbienvenue\s+(?:dans\s+l'[ée]quipe|parmi\s+nous|[àa]\s+bord|dans\s+la\s+famille|au\s+sein\s+de)\b"
        r"|\bf[ée]licitations\s+pour\s+(?:votre|ton)\s+(?:nouveau\s+poste|arriv[ée]e)\b",
        *_SIGNED_GUARDS,
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        2.5,
        r"\b(?:ravis|heureux|heureuses|contents?)\s+de\s+(?:vous|te)\s+compter\s+(?:bient[ôo]t\s+)?parmi\b"
        r"|\b(?:votre|ton)\s+(?:premier\s+jour|arriv[ée]e|int[ée]gration|prise\s+de\s+(?:poste|fonctions?))\s+"
        r"(?:est\s+pr[ée]vue?|aura\s+lieu|sera|est\s+fix[ée]e?|le|chez|d[ée]butera|commencera)\b"
        r"|\b(?:lors\s+de|pour)\s+(?:votre|ton)\s+premier\s+jour\b|\bjourn[ée]e\s+d'(?:int[ée]gration|accueil)\b"
        r"|\b(?:votre|ton)\s+premier\s+jour\b",
        *_SIGNED_GUARDS,
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:parcours|programme|livret|s[ée]minaire|kit)\s+d'(?:int[ée]gration|accueil)\b|\bdossier\s+"
        r"(?:administratif|d'embauche|du\s+personnel)\b|\bvisite\s+m[ée]dicale\b|\bmutuelle\b|\bcarte\s+vitale\b|"
        r"\b(?:votre|ton)\s+(?:badge|ordinateur|mat[ée]riel|poste\s+de\s+travail|adresse\s+(?:e-?mail|mail)\s+"
        r"professionnelle)\b|\b(?:votre|ton)\s+rib\b|\bce\s+qu'il\s+faut\s+apporter\b|"
        r"\b(?:apporter|munir|munissez)\b[^.;!?]{0,40}\b(?:pi[èe]ce\s+d'identit[ée]|rib|carte\s+vitale)\b",
        *_SIGNED_GUARDS,
        tags=("implicit",),
    ),
    # --- offer: an actual offer ----------------------------------------------------------------------
    # "nous avons le plaisir de vous proposer le poste de", "nous te proposons un CDI"
    cue(
        K.OFFER,
        4.5,
        rf"\b{_YOU}\s*(?:propos\w+|offr\w+)\s+(?:le|ce|un|une|notre|la|l')\s*{_ROLE_GAP}(?:poste|contrat|cdi|cdd|"
        r"emploi|stage|alternance|mission|r[ôo]le|fonction|place)\b(?!\s+d'(?:entretien|[ée]change))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # "vous faire une proposition d'embauche", "te transmettre notre promesse d'embauche"
    cue(
        K.OFFER,
        4.5,
        r"\b(?:faire|formuler|adress\w+|transm\w+|envo\w+|enverr\w+|soumettre|pr[ée]par\w+|pr[ée]senter|"
        r"partager|confirmer|r[ée]dig\w+|finalis\w+)\s+(?:\w+\s+)?(?:une|notre|la|votre|ta|cette)\s+"
        r"(?:\w+\s+)?(?:proposition|offre|promesse)\s+(?:d'embauche|ferme|de\s+contrat|d'engagement|[ée]crite|"
        r"officielle|formelle|"
        r"salariale|financi[èe]re|de\s+collaboration|d'emploi\s+(?:ferme|officielle|[ée]crite))\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3.5,
        rf"\b{_YOU}\s*(?:faire|formuler|adresser)\s+(?:une|notre)\s+(?:\w+\s+)?proposition\b"
        r"(?!\s+(?:de\s+(?:date|cr[ée]neau|rendez-vous)|d'entretien))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # "vous avez été retenu pour le poste", never "retenu pour un entretien / la prochaine étape"
    cue(
        K.OFFER,
        4,
        r"\b(?:vous\s+avez|tu\s+as)\s+(?:finalement\s+)?[ée]t[ée]\s+(?:retenu|s[ée]lectionn[ée]|choisi)"
        r"(?:e|\(e\)|·e|\.e)?\s+"
        rf"pour\s+(?:le|ce)\s+{_POSITION}\b(?![^.;!?]{{0,50}}\b(?:entretien|[ée]tape|tour|phase|[ée]change|test))",
        "conditional",
        "expectation",
        tags=("extends_offer",),
    ),
    # "nous vous enverrons le contrat de travail", "je vous confirme notre proposition pour le poste"
    cue(
        K.OFFER,
        4,
        r"\b(?:envoy\w+|enverr\w+|transmett\w+|transmis|faire\s+parvenir|adress\w+|pr[ée]par\w+|"
        rf"r[ée]dig\w+)\s+(?:\w+\s+)?(?:le|votre|ton|ta|la|notre|un)\s+(?:projet\s+de\s+)?{_CONTRACT}"
        r"|\b(?:confirmer|transmettre|adresser|envoyer|pr[ée]senter|soumettre|formaliser)\s+(?:\w+\s+)?"
        r"(?:notre|la|ma|cette)\s+proposition\s+(?:pour|concernant|relative|au\s+poste)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # The offer's own nouns.
    cue(
        K.OFFER,
        3,
        r"\b(?:promesse\s+d'embauche|proposition\s+d'(?:embauche|engagement)|offre\s+d'embauche|"
        r"lettre\s+d'(?:offre|engagement|embauche)|offre\s+ferme|proposition\s+(?:de\s+contrat|salariale|"
        r"ferme|[ée]crite|officielle|contractuelle|de\s+r[ée]mun[ée]ration)|offre\s+(?:[ée]crite|officielle))\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # "vous trouverez ci-joint votre contrat de travail", "en pièce jointe, notre proposition"
    cue(
        K.OFFER,
        3.5,
        r"\b(?:ci-joint|ci-jointe|en\s+pi[èe]ce\s+jointe|en\s+annexe|trouverez|trouveras|joint\s+[àa]\s+ce)\b"
        rf"[^.;!?]{{0,60}}?(?:{_CONTRACT}|(?:notre|votre|ta|la)\s+(?:\w+\s+)?(?:proposition|offre)\b"
        r"(?!\s+d'emploi)(?!\s+de\s+(?:stage|poste)))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # A contract sent for signature: "X vous invite à signer « Contrat de travail »".
    cue(
        K.OFFER,
        3.5,
        rf"\b(?:signer|signature|parapher|accepter|contresigner|relire|valider)\b[^\n]{{0,80}}?{_CONTRACT}"
        rf"|{_CONTRACT}[^\n]{{0,80}}?\b(?:[àa]\s+signer|pour\s+signature|en\s+attente\s+de\s+(?:votre|ta)\s+"
        r"signature)\b",
        "offer_negated",
        "offer_withdrawn",
        "nda",
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:accepter|[ée]tudier|examiner|consid[ée]rer|r[ée]fl[ée]chir\s+[àa]|r[ée]pondre\s+[àa]|"
        r"retourner)\s+(?:cette|notre|la|votre|ta|le|ce)\s+(?:\w+\s+){0,2}?(?:proposition|offre|promesse)\b"
        r"(?!\s+d'emploi)(?!\s+de\s+(?:stage|poste|mission))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # "nous souhaitons vous recruter", "ravis de t'accueillir en tant que Product Designer"
    cue(
        K.OFFER,
        4,
        r"\b(?:souhait\w+|heureux|heureuses|ravie?s?|plaisir|d[ée]cid[ée]|voulons|aimerions|content\w*|envie)\s+"
        rf"(?:de\s+|d')?{_YOU}\s*(?:recruter|embaucher|engager|accueillir\s+(?:\w+\s+){{0,4}}?(?:en\s+tant\s+que|"
        r"comme\s+(?!pr[ée]vu|convenu|indiqu)|au\s+poste\s+de))\b"
        r"|\ble\s+poste\s+est\s+(?:[àa]\s+(?:vous|toi)|le\s+v[ôo]tre|le\s+tien)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4.5,
        rf"\b{_YOU}\s*propos\w+\s+(?:une\s+|un\s+)?(?:r[ée]mun[ée]ration|salaire|package)\s+(?:\w+\s+){{0,3}}?"
        r"(?:de\s+)?\d"
        # "on te propose 52 K€ fixes"
        rf"|\b{_YOU}\s*propos\w+\s+(?:chf\s?|€\s?)?\d{{1,3}}(?:[\s.,']?\d{{3}}){{0,2}}\s?(?:k\s?€|k\b|€|euros?|chf|keur)",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        1.5,
        r"\b(?:salaire|r[ée]mun[ée]ration)\s+(?:\w+\s+){0,3}?(?:de|:|sera\s+de|s'[ée]l[èe]ve\s+[àa])\s*\d",
        "conditional",
        "commerce",
    ),
    cue(K.OFFER, 1, r"\bproposition\b|\bpromesse\b", *_OFFER_GUARDS, "conditional"),
    # --- references_requested --------------------------------------------------------------------
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\bprises?\s+de\s+r[ée]f[ée]rences\b|\b(?:v[ée]rifi\w+|contr[ôo]l\w+)\s+(?:de\s+)?(?:vos|tes|les)\s+"
        r"r[ée]f[ée]rences\b|\b(?:contacter|joindre|appeler|solliciter|interroger|[ée]changer\s+avec)\s+"
        r"(?:vos|tes|un\s+de\s+vos|l'un\s+de\s+vos|deux\s+de\s+vos|d'anciens?|vos\s+anciens?)\s+"
        r"(?:\w+\s+)?(?:r[ée]f[ée]rences|r[ée]f[ée]rents|employeurs|managers|responsables|sup[ée]rieurs)\b",
        "conditional",
        "expectation",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:communiquer|transmettre|fournir|envoyer|indiquer|partager|donner|renseigner)\s+(?:\w+\s+){0,4}?"
        r"(?:coordonn[ée]es|noms?|contacts?)\s+(?:de\s+|d')(?:\w+\s+){0,3}?(?:r[ée]f[ée]rences|r[ée]f[ée]rents|"
        r"personnes?\s+de\s+r[ée]f[ée]rence|anciens?\s+(?:employeurs|managers|responsables)|managers|"
        r"responsables\s+hi[ée]rarchiques|(?:deux|trois|2|3)\s+(?:anciens?\s+)?(?:personnes|contacts|coll[èe]gues))\b"
        r"|\b(?:communiquer|transmettre|fournir|envoyer|indiquer|partager|donner)\s+(?:\w+\s+){0,3}?"
        r"(?:deux|trois|2|3|quelques)\s+(?:r[ée]f[ée]rences|r[ée]f[ée]rents|personnes\s+de\s+r[ée]f[ée]rence)\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    # "deux personnes qui pourraient nous parler de votre travail"
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:personnes?|quelqu'un|anciens?\s+(?:coll[èe]gues|managers|responsables))\s+(?:qui\s+)?(?:pourrai\w*|"
        r"peu\w*|accepterai\w*|saurai\w*)\s+(?:nous\s+|me\s+)?(?:parler|t[ée]moigner|renseigner|"
        r"donner\s+(?:un\s+)?(?:avis|retour))\s+(?:de|sur)\s+(?:votre|ton|vos|tes|vous|toi)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\b(?:v[ée]rification|contr[ôo]le)\s+(?:des\s+)?ant[ée]c[ée]dents\b|\bextrait\s+(?:de\s+|du\s+)?"
        r"(?:casier\s+judiciaire|registre\s+des\s+poursuites)\b|\bcertificats?\s+de\s+travail\b|"
        r"\blettres?\s+de\s+recommandation\b",
        "conditional",
        "contingency",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        1.5,
        r"\br[ée]f[ée]rences\s+(?:professionnelles|pro)\b|\br[ée]f[ée]rents?\b|\br[ée]f[ée]rences\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    # --- assessment --------------------------------------------------------------------------------
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:codingame|assessfirst|central\s+test|talentoday|pipplet|goshaba|easyrecrue|evalandgo|"
        r"performanse|profil\s+assessfirst)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:tests?|questionnaires?|exercices?|[ée]valuations?|[ée]preuves?)\s+(?:en\s+ligne\s+)?"
        r"(?:techniques?|de\s+personnalit[ée]|de\s+logique|d'aptitudes?|de\s+langues?|d'anglais|"
        r"psychotechniques?|de\s+raisonnement|de\s+comp[ée]tences|cognitifs?|[ée]crits?|pratiques?|"
        r"de\s+code|de\s+programmation|comportementa\w+|de\s+motivation|d'[ée]valuation|de\s+s[ée]lection)\b"
        r"|\b(?:tests?|questionnaires?|[ée]valuations?|exercices?)\s+(?:\w+\s+)?en\s+ligne\b"
        r"|\b[ée]tudes?\s+de\s+cas\b|\bcas\s+pratiques?\b|\bmises?\s+en\s+situation\b|\bexercices?\s+[àa]\s+"
        r"(?:la\s+maison|r[ée]aliser|rendre)\b|\bdevoir\s+[àa]\s+(?:la\s+maison|rendre)\b|"
        r"\b(?:centre|journ[ée]e)\s+d'[ée]valuation\b|\bassessment\s+cent(?:er|re)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:r[ée]aliser|compl[ée]ter|passer|effectuer|remplir|faire|r[ée]pondre\s+[àa]|rendre|pr[ée]parer|"
        r"commencer|d[ée]marrer|acc[ée]der\s+[àa])\s+"
        r"(?:un|une|le|la|l'|ce|cet|cette|notre|nos|les|des|quelques)\s*(?:\w+\s+){0,3}?(?:test|questionnaire|"
        r"exercice|[ée]valuation|[ée]tude\s+de\s+cas|cas\s+pratique|challenge|quiz|[ée]preuve)s?\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:entretien|interview)\s+(?:vid[ée]o\s+)?(?:diff[ée]r[ée]|asynchrone|pr[ée]-?enregistr[ée])\b"
        r"|\bvid[ée]o\s+diff[ée]r[ée]e\b",
        "conditional",
        "expectation",
    ),
    # An assessment framed as the next stage: "la prochaine étape est un test en ligne".
    cue(
        K.ASSESSMENT,
        3.5,
        r"\bprochaine\s+[ée]tape\b[^.;!?]{0,40}?(?:\b(?:est|sera|consiste\w*|passe\s+par)\s+(?:en\s+)?|:\s*)"
        r"(?:un|une)\s+"
        r"(?:[\w'-]{1,30}\s+){0,3}?(?:test|questionnaire|exercice|[ée]valuation|[ée]tude\s+de\s+cas|cas\s+pratique|"
        r"challenge|[ée]preuve|mise\s+en\s+situation)s?\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        1.5,
        r"\b(?:tests?|(?<!cours\sd')[ée]valuations?|exercices?|questionnaires?|[ée]preuves?)\b",
        "conditional",
        "expectation",
    ),
    # --- interview_scheduled ---------------------------------------------------------------------
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:invit\w+|convi(?:er|ons|e|ée?s?|é)|convoqu\w+|convocation)\s+(?:[àa]|pour|au|aux)\s+"
        r"(?:(?:un|une|le|la|notre|votre|ton|ta|nos|des)\s+|l')?(?:[\w'-]{1,30}\s+){0,4}?(?:entretiens?|[ée]changes?|"
        r"rendez-vous|rencontres?|appels?|visio\w*|entrevues?|call|r[ée]unions?|caf[ée])\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        rf"\b{_YOU}\s*propos\w+\s+(?:un|une|de|d'|quelques|plusieurs|les|des)\s*(?:[\w'-]{1, 30}\s+){{0,3}}?"
        r"(?:entretien|[ée]change|rendez-vous|rencontre|appel|cr[ée]neaux?|visio\w*|entrevue|call|"
        r"rencontrer|[ée]changer|dates?)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:organis\w*|planifi\w*|programm\w*|fix(?:er|ons|ez|[ée]e?)|cal(?:er|ons|ez|[ée]e?)|convenir\s+d'|"
        r"pr[ée]voir|reprogramm\w*|d[ée]cal\w*|report(?:er|ons|ez)|confirm\w*|r[ée]serv(?:er|ons|ez))\s+(?:un|une|le|la|l'|notre|votre|ton|ta|cet|ce)\s*(?:[\w'-]{1,30}\s+){0,3}?"
        r"(?:entretien|[ée]change|rendez-vous|rencontre|appel|visio\w*|entrevue|call|cr[ée]neau)\b(?!s)"
        r"|\bconvenir\s+d'(?:un|une)\s+(?:[\w'-]{1,30}\s+){0,3}?(?:entretien|[ée]change|rendez-vous|rencontre|appel|"
        r"visio\w*|entrevue|cr[ée]neau|date|horaire)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"\b(?:confirmation|rappel|convocation|invitation)\s*(?::\s*|(?:de|du|[àa])\s+|d')(?:(?:votre|ton|un|notre)\s+|l')?"
        r"(?:[\w'-]{1,30}\s+){0,2}?(?:entretien|rendez-vous|entrevue|rencontre)\b"
        r"|\b(?:votre|ton|l'|notre|cet|le\s+prochain)\s*(?:[\w'-]{1,30}\s+){0,2}?(?:entretien|rendez-vous|entrevue|"
        r"[ée]change)\b[^.;!?]{0,60}\b(?:aura\s+lieu|est\s+(?:bien\s+)?(?:pr[ée]vu|fix[ée]|confirm[ée]|"
        r"programm[ée]|planifi[ée]|d[ée]cal[ée]|report[ée]|d[ée]plac[ée])|se\s+tiendra|se\s+d[ée]roulera|"
        r"d[ée]butera|a\s+[ée]t[ée]\s+(?:d[ée]plac[ée]|d[ée]cal[ée]|report[ée]|avanc[ée]))\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:vos|tes)\s+disponibilit[ée]s\b|\b(?:seriez|[êe]tes|serais|es)[- ](?:vous|tu)\s+disponibles?\b"
        r"|\b(?:choisir|r[ée]server|s[ée]lectionner|prendre)\s+(?:un|le|votre|ton)\s+(?:cr[ée]neau|rendez-vous)\b"
        r"|\blien\s+de\s+(?:r[ée]servation|prise\s+de\s+rendez-vous|planification)\b|\bcalendly\b"
        r"|\b(?:quel|quels)\s+(?:cr[ée]neau|cr[ée]neaux|jour|moment)\s+(?:vous|te)\s+(?:convien|conviendrai|"
        r"arrange)\w*\b|\best-ce\s+que\s+[^.;!?]{0,40}\b(?:vous|te)\s+(?:convien|irait)\w*"
        r"|\bdispo(?:nibles?|s)?\s+pour\s+(?:un|une)\s+(?:[\w'-]{1,30}\s+){0,2}?(?:call|appel|[ée]change|caf[ée]|"
        r"point|entretien|visio\w*)\b"
        r"|\b(?:pouvez|pourriez|peux|pourrais)[- ](?:vous|tu)\s+(?:passer|venir|[êe]tre\s+disponibles?|"
        r"vous\s+lib[ée]rer|te\s+lib[ée]rer|nous\s+rejoindre)\b"
        r"|\b(?:cela|[çc]a)\s+(?:vous|te)\s+(?:convient|conviendrait|irait)\b|\b(?:cela|[çc]a)\s+vous\s+va\b"
        r"|\b(?:je|nous|on)\s+(?:vous|t')\s*(?:appelle|appellerai|appellerons|appelons|appellera|rappelle|"
        r"rappellerai)\b[^.;!?]{0,60}\b(?:demain|lundi|mardi|mercredi|jeudi|vendredi|\d{1,2}\s?h)|\b[àa]\s+(?:tr[èe]s\s+)?bient[ôo]t\s+"
        r"(?:lundi|mardi|mercredi|jeudi|vendredi)\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:aimerions|souhaiterions|souhaitons|voudrions|aimerais|souhaiterais|ravie?s?|heureux|heureuses)\s+"
        rf"(?:de\s+|d')?(?:{_YOU}\s*(?:rencontrer|recevoir|revoir|appeler|accueillir\s+dans\s+nos\s+locaux)|"
        r"[ée]changer\s+avec\s+(?:vous|toi)|faire\s+(?:votre|ta)\s+connaissance|poursuivre\s+(?:les\s+)?"
        r"[ée]changes?)\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\bprochaine\s+[ée]tape\s+(?:est|sera|serait|consiste|consistera)\s+(?:en\s+|[àa]\s+)?"
        r"(?:un|une)\s+(?:[\w'-]{1,30}\s+){0,3}?(?:entretien|[ée]change|rencontre|appel|visio\w*|rendez-vous)\b"
        r"|\bprochaine\s+[ée]tape\s*:\s*(?:un|une)\s+(?:[\w'-]{1,30}\s+){0,3}?(?:entretien|[ée]change|rencontre|appel|"
        r"visio\w*|rendez-vous)\b"
        r"|\bprochaine\s+[ée]tape\s+(?:est|sera|serait|consiste|consistera)\s+(?:[àa]\s+|de\s+)?(?:vous|te)\s+"
        r"rencontrer\b"
        # "votre candidature a été retenue pour un entretien"
        r"|\bretenue?\s+pour\s+(?:un|une|le|l')\s*(?:[\w'-]{1,30}\s+){0,2}?(?:entretien|rencontre|[ée]change)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1.5,
        r"\bentretiens?\s+(?:t[ée]l[ée]phonique|vid[ée]o|visio|en\s+visio|physique|en\s+pr[ée]sentiel|final|"
        r"technique|rh|individuel|op[ée]rationnel|manag[ée]rial|avec)\b|\b(?:premier|second|deuxi[èe]me|"
        r"troisi[èe]me|dernier)\s+entretien\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1,
        r"(?m)^[^\S\n]*+[-•*]?[^\S\n]*+(?:date|heure|horaire|quand|participants|invit[ée]s|lieu|adresse|format|dur[ée]e|lien\s+(?:de\s+)?"
        r"(?:la\s+)?(?:visio|r[ée]union|connexion)|interlocut\w+|avec)\s*[:\-–]",
        tags=("needs_context",),
    ),
    # A calendar invitation's own subject: "Invitation: Entretien RH @ mar. 17 mars 2026 14:00 - 14:45".
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"^\s*(?:invitation(?:\s+mise\s+[àa]\s+jour)?|nouvel\s+[ée]v[ée]nement)\s*:\s*[^@\n]{0,100}?"
        r"\b(?:entretien|entrevue|rendez-vous|[ée]change|rencontre)\b[^@\n]{0,100}?\s@\s+(?:lun|mar|mer|jeu|ven|sam|"
        r"dim|\d)",
    ),
    cue(K.INTERVIEW_SCHEDULED, 1, r"\bentretiens?\b|\bentrevue\b", "conditional", "expectation"),
    # --- status_update: still in process -----------------------------------------------------------
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\bmerci\s+(?:beaucoup\s+)?(?:d'avoir|pour\s+avoir)\s+(?:r[ée]alis[ée]|compl[ée]t[ée]|pass[ée]|"
        r"effectu[ée]|rendu|termin[ée])\s+(?:le|la|l'|les|ton|ta|votre|vos|ce|cette)\s*(?:\w+\s+){0,2}?"
        r"(?:test|exercice|[ée]valuation|questionnaire|[ée]tude|cas|challenge|[ée]preuve)s?\b",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:toujours|actuellement|encore)\s+(?:en\s+cours\s+(?:d'[ée]tude|d'examen|d'analyse|d'[ée]valuation)|"
        r"en\s+(?:lice|course|r[ée]flexion)|[àa]\s+l'[ée]tude)\b|\b(?:aucune|pas\s+(?:encore\s+)?de)\s+"
        r"d[ée]cision\s+(?:n'a\s+)?(?:encore\s+)?(?:[ée]t[ée]\s+)?prise\b|\bpas\s+encore\s+(?:pris|arr[êe]t[ée])\s+"
        r"(?:de|notre|la)\s+d[ée]cision\b|\b(?:processus|recrutement)\s+(?:est\s+)?(?:toujours\s+)?en\s+cours\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:excus\w+|d[ée]sol[ée]e?s?)\s+(?:pour|du|de)\s+(?:le\s+|ce\s+)?(?:d[ée]lai|retard|attente)\b"
        r"|\bmerci\s+(?:pour|de)\s+(?:votre|ta)\s+patience\b|\bplus\s+de\s+temps\s+que\s+pr[ée]vu\b"
        r"|\bplus\s+long\w*\s+que\s+pr[ée]vu\b|\bprend\s+du\s+retard\b"
        r"|\b(?:mis|mise|mettons|mettre|met)\s+(?:\w+\s+){0,2}?en\s+(?:pause|attente|stand-?by|suspens)\b"
        r"|\bsuspendu\w*\s+(?:temporairement|pour\s+le\s+moment|quelques)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:toujours|actuellement|encore)\s+en\s+train\s+(?:d'|de\s+)(?:\w+\s+)?(?:rencontrer|[ée]tudier|"
        r"examiner|finaliser|analyser|[ée]valuer)\b|\b(?:rencontrons|[ée]tudions|examinons|finalisons)\s+"
        r"(?:encore|actuellement|toujours)\b|\bd'autres\s+entretiens\s+(?:sont\s+)?(?:en\s+cours|pr[ée]vus)\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        2,
        rf"\b(?:reviendr\w+|revenons|revenir)\s+vers\s+{_YOU}\s*(?:d'ici|avant|sous|dans|au\s+plus\s+tard|"
        r"d[èe]s|la\s+semaine|en\s+fin|tr[èe]s\s+rapidement|rapidement)\b"
        r"|\b(?:d[ée]cision|retour)\s+(?:finale?\s+)?(?:d'ici|avant|sous|au\s+plus\s+tard|la\s+semaine)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\bpr[ée]s[ée]lectionn[ée]e?s?\b|\bfinalistes?\b|\bshort-?list\w*\b"
        r"|\b(?:retenue?|s[ée]lectionn[ée]e?|qualifi[ée]e?)\s+pour\s+(?:la\s+suite|la\s+prochaine\s+[ée]tape|"
        r"l'[ée]tape\s+suivante|la\s+phase\s+suivante|le\s+tour\s+suivant)\b"
        r"|\bpass(?:ez|es|er|[ée])\s+(?:[àa]\s+l'[ée]tape\s+suivante|au\s+tour\s+suivant)\b"
        r"|\bcandidature\s+a\s+(?:bien\s+)?[ée]t[ée]\s+retenue\b(?!\s+pour\s+(?:le|ce)\s+poste)",
        "conditional",
        "expectation",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:souhait\w+|aimerions|voulons|d[ée]cid[ée])\s+(?:de\s+)?(?:aller\s+plus\s+loin|avancer|poursuivre)\s+"
        r"(?:le\s+processus\s+)?avec\s+(?:vous|toi|votre\s+candidature|ta\s+candidature)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:[êe]tes|es)[- ](?:vous|tu)\s+toujours\s+(?:int[ée]ress[ée]e?|disponible|en\s+recherche)\b"
        r"|\btoujours\s+int[ée]ress[ée]e?\s+par\b|\bconfirmer\s+(?:votre|ton)\s+int[ée]r[êe]t\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:en\s+)?(?:discut\w+|d[ée]brief\w*|[ée]chang\w+|d[ée]lib[ée]r\w+|r[ée]fl[ée]ch\w+)\s+"
        r"(?:\w+\s+)?en\s+interne\b|\b(?:d[ée]briefing|d[ée]lib[ée]rations?)\s+(?:interne|en\s+cours)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\bh[âa]te\s+de\s+travailler\s+avec\s+(?:vous|toi)\b|\bpr[ée]tentions?\s+salariales?\b|"
        r"\b(?:date\s+de\s+(?:d[ée]marrage|d[ée]but|prise\s+de\s+poste)|pr[ée]avis)\b|"
        r"\b(?:avons|ai)\s+[ée]t[ée]\s+(?:tr[èe]s\s+)?impressionn[ée]e?s?\b|\b(?:ravie?s?|heureux|plaisir)\s+"
        r"(?:d'avoir|de\s+vous\s+avoir|de\s+t'avoir)\s+(?:[ée]chang[ée]|rencontr[ée]|parl[ée])\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        rf"\b(?:point|mise\s+[àa]\s+jour|nouvelles|suivi)\s+(?:sur|de|concernant)\s+{_YOUR}\s+candidature\b"
        r"|\bprochaines?\s+[ée]tapes?\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\ben\s+cours\s+d'(?:[ée]valuation|examen|analyse|[ée]tude)\b|\baucune\s+d[ée]cision\s+n'a\s+(?:encore\s+)?"
        r"[ée]t[ée]\s+prise\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        2,
        rf"\b{_YOUR}\s+candidature\s+(?:est|a\s+[ée]t[ée])\s+(?:actuellement\s+|bien\s+)?(?:en\s+cours\s+"
        r"(?:d'(?:[ée]tude|examen|analyse))|transmise|partag[ée]e|[àa]\s+l'[ée]tude|entre\s+les\s+mains)\b",
    ),
    # --- application_received --------------------------------------------------------------------
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        rf"\b(?:bien\s+)?re[çc]u\s+{_YOUR}\s+(?:\w+\s+){{0,2}}?(?:candidature|dossier)\b"
        r"|\bre[çc]u\s+(?:votre|ton)\s+(?:cv|curriculum)\b"
        rf"|\b{_YOUR}\s+candidature\b[^.;!?]{{0,80}}?\b(?:a\s+(?:bien\s+)?[ée]t[ée]|est\s+bien)\s+"
        r"(?:bien\s+)?(?:re[çc]ue|enregistr[ée]e|transmise|envoy[ée]e|prise\s+en\s+compte|d[ée]pos[ée]e)\b"
        rf"|\b(?:bonne\s+)?r[ée]ception\s+de\s+{_YOUR}\s+(?:\w+\s+)?(?:candidature|dossier)\b"
        r"|\baccus[ée]\s+de\s+r[ée]ception\b|\bconfirmation\s+de\s+(?:votre\s+|ta\s+)?candidature\b"
        r"|\bcandidature\s+(?:bien\s+)?(?:re[çc]ue|envoy[ée]e|enregistr[ée]e|transmise)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        2.5,
        rf"\b(?:merci|remerci\w+)\s+(?:beaucoup\s+)?(?:\w+\s+)?(?:pour|de)\s+(?:{_YOUR}|la)\s+candidature\b|\bmerci\s+(?:beaucoup\s+)?"
        r"(?:d'avoir|pour\s+avoir)\s+postul[ée]\b|\bmerci\s+(?:pour|de)\s+l'int[ée]r[êe]t\s+que\s+(?:vous|tu)\s+"
        r"(?:portez|porte[sz]?|avez\s+port[ée])\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1.5,
        r"\b(?:nous\s+allons|nous\s+(?:la\s+|l')?[ée]tudierons|l'[ée]quipe\s+(?:\w+\s+)?va|nous\s+prendrons\s+"
        r"le\s+temps\s+d')\s*(?:\w+\s+)?(?:[ée]tudier|examiner|analyser|lire|consulter|[ée]valuer)\b"
        rf"|\b(?:[ée]tudier|examiner|analyser)\s+{_YOUR}\s+(?:candidature|profil|dossier)\s+(?:avec\s+attention|"
        r"attentivement|dans\s+les\s+meilleurs\s+d[ée]lais)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1,
        r"\b(?:reviendrons|reviendra|recontacterons|contacterons)\s+vers\s+(?:vous|toi)\b|"
        rf"\b(?:nous\s+)?{_YOU}\s*(?:recontacterons|contacterons|reviendrons)\b",
    ),
    # --- not_job -------------------------------------------------------------------------------------
    # Employers do not charge candidates: fees, deposits, prepaid coupons mean a scam.
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:payer|r[ée]gler|verser|virer|envoyer|acheter|avancer)\b[^.;!?]{0,60}?\b(?:frais|caution|"
        r"d[ée]p[ôo]t|cartes?\s+cadeaux?|coupons?\s+(?:pcs|transcash|neosurf)|pcs|transcash|neosurf|bitcoins?|"
        r"crypto\w*|mandat\s+cash|western\s+union)\b"
        r"|\bfrais\s+(?:de\s+dossier|d'inscription|de\s+formation|de\s+mat[ée]riel|d'[ée]quipement|"
        r"d'ouverture|administratifs\s+de\s+recrutement)\b"
        r"|\b(?:entretien|recrut\w+|recruteur|rh|mission|contacte[rz]?|ajoute[rz]?|[ée]cri(?:re|vez))\b"
        r"[^.;!?\n]{0,60}\b(?:via|sur|par)\s+(?:whatsapp|telegram|signal)\b"
        r"|\b(?:whatsapp|telegram)\b[^.;!?\n]{0,60}\b(?:entretien|recruteur|mission|r[ée]mun[ée]r\w+)\b"
        r"|\b(?:ch[èe]que|virement)\b[^.;!?]{0,60}\b(?:acheter|achat)\b[^.;!?]{0,40}\b(?:mat[ée]riel|"
        r"[ée]quipement|ordinateur|logiciel)\b"
        r"|\bsans\s+entretien\b[^.;!?]{0,80}\b(?:\d+\s*(?:€|euros?)|imm[ée]diat)"
        # buy the kit from "our supplier" and get a cheque: the fake-cheque scheme
        r"|\b(?:achet\w+|achat)\b[^.;!?]{0,80}\b(?:logiciel|mat[ée]riel|[ée]quipement|kit|ordinateur)\b[^.;!?]{0,80}"
        r"\b(?:ch[èe]que|virement)\b|\b(?:achet\w+|achat)\b[^.;!?]{0,60}\b(?:aupr[èe]s\s+de|chez)\s+notre\s+"
        r"fournisseur\b",
        "employer_pays",
        tags=("scam",),
    ),
    # Identity papers asked for up front to "validate" a job nobody interviewed for.
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:copie|photo|scan)\s+(?:recto[- ]verso\s+)?(?:de\s+|d')?(?:votre|ta)\s+"
        r"(?:pi[èe]ce\s+d'identit[ée]|carte\s+d'identit[ée]|passeport|carte\s+bancaire)\b[^.;!?]{0,100}\b(?:valider|confirmer|r[ée]server|"
        r"d[ée]bloquer|activer)\s+(?:votre|ta)\s+(?:inscription|poste|place|recrutement|embauche|compte)\b",
        "employer_pays",
        tags=("scam",),
    ),
    cue(
        K.NOT_JOB,
        4,
        r"\balertes?\s+(?:e-?mail\s+|emploi\s+)?(?:emploi|offres?|job)\b|\b(?:nouvelles\s+)?offres\s+"
        r"(?:d'emploi\s+)?(?:qui\s+)?(?:correspond\w*\s+[àa]|pour)\s+(?:votre|ta|vos|tes)\s+(?:recherche|profil|"
        r"crit[èe]res|pr[ée]f[ée]rences)\b|\boffres\s+(?:qui\s+)?(?:pourraient|susceptibles\s+de)\s+(?:vous|t')\s*"
        r"int[ée]resser\b|\boffres\s+recommand[ée]es\b|\b\d+\s+nouvelles\s+offres\b|\boffres\s+similaires\b"
        r"|\boffres?\s+(?:d'emploi\s+)?(?:faites\s+)?pour\s+(?:vous|toi)\b|\bnouvelles\s+offres\s+d'emploi\b"
        r"|\bemplois?\s+recommand[ée]s\b|\bs[ée]lection\s+(?:d'offres|de\s+la\s+semaine)\b",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\b(?:vous\s+recevez|tu\s+re[çc]ois)\s+(?:cet|ce)\s+(?:e-?mail|message|courriel)\b|\bg[ée]rer\s+"
        r"(?:vos|tes)\s+(?:alertes|pr[ée]f[ée]rences|abonnements|notifications)\b|\bse\s+d[ée]sabonner\b|"
        r"\bd[ée]sinscri\w+|\bd[ée]sabonne\w*",
        tags=("boilerplate",),
    ),
    cue(
        K.NOT_JOB,
        1.5,
        r"\bvoir\s+l'offre\b|\bpostuler\s+(?:maintenant|en\s+un\s+clic)\b|\bcandidature\s+simplifi[ée]e\b|"
        r"\bvoir\s+toutes\s+les\s+offres\b|\bsauvegarder\s+(?:cette\s+)?offre\b",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bnewsletter\b|\blettre\s+d'information\b|\bau\s+sommaire\b|\bdans\s+ce\s+num[ée]ro\b|\bwebinaire\b|"
        r"\bsalon\s+(?:de\s+l'emploi|du\s+recrutement|des\s+m[ée]tiers)\b|\bforum\s+(?:emploi|de\s+l'emploi|"
        r"entreprises?|des\s+m[ée]tiers)\b|\bjob\s*dating\b|\bportes\s+ouvertes\b|\bplaces\s+limit[ée]es\b|"
        r"\binscrivez-vous\b|\bconseils?\s+pour\s+(?:r[ée]ussir|pr[ée]parer|d[ée]crocher)\b",
    ),
    # The user's own employer broadcasting internal openings.
    cue(
        K.NOT_JOB,
        3.5,
        r"\bcooptation\b|\bbourse\s+(?:de\s+l'emploi|des\s+postes)\s+interne\b|\bpostes?\s+ouverts?\s+en\s+"
        r"interne\b|\bmobilit[ée]\s+interne\s*:|\b(?:chers|ch[èe]res)\s+(?:et\s+chers\s+)?coll[èe]gues\b|"
        r"\b[àa]\s+tou(?:te)?s\s+les\s+collaborat\w+\b|\bparlez-en\s+autour\s+de\s+vous\b|\bintranet\b|"
        r"\bparlez-en\s+[àa]\s+votre\s+(?:manager|responsable)\b|\bposte\s+interne\s*:",
    ),
    cue(
        K.NOT_JOB,
        3.5,
        r"\b(?:cr[ée]er|activer|valider)\s+(?:votre|ton)\s+(?:compte|espace\s+candidat|profil\s+candidat)\b"
        r"|\br[ée]initialis\w+\s+(?:votre|ton)\s+mot\s+de\s+passe\b|\bconfirme[rz]?\s+(?:votre|ton)\s+adresse\s+"
        r"(?:e-?mail|mail|[ée]lectronique)\b",
        "conditional",
    ),
    # Sourcing outreach about a role the user never applied to.
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:vu|remarqu[ée]|d[ée]couvert|consult[ée]|rep[ée]r[ée])\s+(?:votre|ton)\s+profil\b|"
        r"\b(?:votre|ton)\s+profil\s+(?:a\s+)?(?:retenu|attir[ée])\s+(?:toute\s+)?(?:mon|notre)\s+attention\b|"
        r"\bje\s+me\s+permets\s+de\s+(?:vous|te)\s+(?:contacter|solliciter|[ée]crire)\b|"
        r"\b(?:l'un|un)\s+de\s+(?:nos|mes)\s+clients\b|\bpour\s+le\s+compte\s+(?:de\s+)?(?:notre|mon|d'un|"
        r"d'une)\s+client\w*\b|\bcabinet\s+de\s+(?:recrutement|conseil\s+en\s+recrutement|chasse)\b|"
        r"\bchasseu[rs]e?\s+de\s+t[êe]tes\b|\b(?:ouvert|ouverte)\s+[àa]\s+(?:de\s+nouvelles|une\s+nouvelle|"
        r"l'[ée]coute\s+d')\s*(?:opportunit[ée]s?|d[ée]fis?|challenges?)\b|\ben\s+veille\s+(?:active|passive)?\b"
        r"|\bseriez-vous\s+(?:ouverte?|int[ée]ress[ée]e?)\s+(?:[àa]|par)\s+(?:un\s+)?(?:[ée]change|"
        r"opportunit[ée]|discuter)\b",
        tags=("cold",),
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:questionnaire|enqu[êe]te)\s+de\s+satisfaction\b|\b(?:votre|ton)\s+avis\s+sur\s+(?:notre|le)\s+"
        r"(?:processus|parcours)\s+(?:de\s+)?(?:recrutement|candidat)\b|\b[ée]valuez\s+(?:votre|ton)\s+"
        r"exp[ée]rience\s+candidat\b",
    ),
    cue(
        K.NOT_JOB,
        2,
        r"\b(?:votre|ta)\s+(?:commande|livraison|facture)\b|\bcolis\b|\bnum[ée]ro\s+de\s+suivi\b|"
        r"\balerte\s+de\s+s[ée]curit[ée]\b",
    ),
)

# Words that put the mail inside a hiring process at all (otherwise unmatched mail is not_job).
APPLICATION_CONTEXT = (
    r"\b(?:(?:votre|ta|vos)\s+candidatures?|candidat\w*|postul\w+|entretiens?|entrevue|recrut\w+|"
    r"(?:le|ce|du|au)\s+poste|l'offre\s+de|offre\s+d'emploi|embauche|contrat\s+de\s+travail|salaire|"
    r"r[ée]mun[ée]ration|premier\s+jour|prise\s+de\s+poste|int[ée]gration|processus|r[ée]f[ée]rences|"
    r"vivier|lettre\s+de\s+motivation|alternance|stage|prochaine\s+[ée]tape|(?:votre|ton)\s+cv|visio\w*|"
    r"call)\b"
)
# The user's own application is referenced: cold outreach never says this.
OWN_APPLICATION = (
    r"\b(?:(?:votre|ta)\s+candidature|(?:vous\s+avez|tu\s+as)\s+postul[ée]|(?:d'|pour\s+)avoir\s+postul[ée]|"
    r"(?:votre|ton)\s+entretien|l'int[ée]r[êe]t\s+que\s+(?:vous|tu)\s+(?:portez|portes|avez\s+port[ée]))\b"
)


RULES = LanguageRules(
    language="fr",
    guards=GUARDS,
    cues=CUES,
    application_context=APPLICATION_CONTEXT,
    own_application=OWN_APPLICATION,
)


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
