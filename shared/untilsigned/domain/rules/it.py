"""Italian: the classifier's cues and guards (Italy and Ticino).

Read together with English's table (Italian recruiters write "Onboarding", "Assessment" or "Recruiter"
into their mail). Two traps shape this table: "offerta di lavoro" or "l'offerta" on a job board is the
advert the candidate applied to, not an offer (an offer is a "proposta di assunzione", a "lettera di
assunzione", a contract to sign, or "offrirle la posizione"); and "proporle" proposes interview slots as
often as jobs. Recruiters write the formal "Lei" (la, le, sua) and the informal "tu" (ti, tuo, tua), and
both are accepted.
"""

from __future__ import annotations

from untilsigned.domain.model import Kind
from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.schema import Cue, LanguageRules, cue
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# The document an offer or its signature is about.
_CONTRACT = (
    r"(?:contratto\b|proposta\s+(?:di\s+assunzione|contrattuale|economica|di\s+contratto)|"
    r"lettera\s+(?:di\s+(?:assunzione|offerta|impegno)|d'(?:offerta|assunzione|impegno))|"
    r"offerta\s+(?:di\s+assunzione|contrattuale|economica|formale)|offer\s+letter)"
)
_YOU = r"(?:le|la|ti|vi|l')"
_YOUR = r"(?:sua|suo|tua|tuo|vostra|vostro)"
_POSITION = r"(?:posizione|ruolo|posto|incarico|stage|tirocinio|contratto|impiego|lavoro|opportunit[àa])"
_CANDIDATES = r"(?:candidat[oiae]|candidature|profil[oi]|persone|persona)"
# Up to five words between "offrirle la" and "posizione" that do not make it an interview or a slot.
_ROLE_GAP = (
    r"(?:(?!(?:colloquio|colloqui|incontro|chiamata|call|videochiamata|slot|test|fase|step|appuntamento|"
    r"data|orari\w*|possibilit[àa]\s+di\s+(?:un|sostenere)|occasione)\b)[\w'-]{1,30}\s+){0,5}?"
)

# --- guards: sentence-level facts that cancel cues ---------------------------------------------

GUARDS: dict[str, str] = {
    # Selection only as a possibility: "qualora il suo profilo risultasse in linea, sarà ricontattata".
    "conditional": (
        r"\b(?:se|qualora|nel\s+caso\s+(?:in\s+cui|che)|laddove|ove|salvo|a\s+meno\s+che|una\s+volta\s+che|"
        r"non\s+appena)\b[^.;!?]{0,200}?\b(?:selezionat\w*|in\s+linea|idone\w*|corrispond\w*|interess\w*|"
        r"prosegu\w*|adatt\w*|coerent\w*|requisiti|esigenze|profilo|scelt\w*|positiv\w*|decid\w*|"
        r"ritenut\w*|superat\w*|risultass\w*|fosse|dovesse)\b"
        r"|\bsolo\s+(?:i|le)\s+(?:candidat\w*|candidature|profili)\b"
        r"|\b(?:i|le)\s+(?:candidat\w*|candidature|profili)\s+(?:non\s+)?(?:selezionat\w*|ritenut\w*|"
        r"preselezionat\w*|che|i\s+cui|idone\w*)\b"
        r"|\b(?:in\s+assenza\s+di|senza)\s+(?:riscontro|risposta|comunicazion\w+|nostre\s+notizie)\b"
        r"|\b(?:trascors\w+|decors\w+)\s+(?:\w+\s+){0,3}?(?:giorni|settimane)\b[^.;!?]{0,60}\b"
        r"(?:non\s+)?(?:selezionat\w*|ritenut\w*|considerat\w*)\b"
    ),
    # Expectations about the process, not events: "prevediamo di organizzare i colloqui a marzo".
    "expectation": (
        r"\b(?:prevediamo|contiamo|pensiamo|speriamo|intendiamo|ci\s+aspettiamo)\s+(?:di\s+)?(?:organizzare|"
        r"pianificare|fissare|iniziare|avviare|ricontattar\w*|contattar\w*|fare|condurre|tenere|svolgere)\b"
        r"|\b(?:generalmente|di\s+solito|solitamente|normalmente|in\s+genere|pu[òo]|possono|potr[àa]|"
        r"potranno|potrebbe|potrebbero)\b[^.;!?]{0,40}\b(?:colloqui\w*|test|valutazion\w+|propost\w+|offert\w+|"
        r"contratt\w+)"
    ),
    # Apologies that announce a delay or a new time, not a decision.
    "delay": (
        r"\b(?:ritard\w*|rinvi\w+|rimand\w+|posticip\w+|spost\w+|riprogramm\w+|pi[ùu]\s+tempo|pi[ùu]\s+a\s+lungo|"
        r"prolung\w+|la\s+prossima\s+settimana|fino\s+a|temporaneamente|momentaneamente|per\s+il\s+momento|"
        r"al\s+momento|indispost\w+|imprevist\w+|nuova\s+data|altra\s+data|altro\s+(?:orario|giorno))\b"
    ),
    # "Non ci è possibile rispondere singolarmente a tutte le candidature."
    "respond_all": (
        r"\b(?:rispondere|risposta|riscontro|dare\s+riscontro)\s+(?:\w+\s+)?(?:singolarmente|individualmente|"
        r"personalmente|a\s+tutt[ie]|a\s+ogni|a\s+ciascun\w*)\b|\bsingolarmente\b|\ba\s+(?:ogni|ciascun)\s+"
        r"candidat\w*\b"
    ),
    # An offer named as a condition or a later step: "prima di poterle fare una proposta".
    "offer_condition": (
        r"\b(?:se|qualora|una\s+volta|prima\s+di|al\s+fine\s+di|per\s+poter\w*|fino\s+a|salvo|subordinat\w+|"
        r"in\s+attesa|non\s+appena|potr\w+|speriamo|prevediamo|contiamo|eventual\w*|potenzial\w*|"
        r"prossim[oa]\s+(?:step|fase|passo))\b[^.;!?]{0,80}?\b(?:offert\w*|propost\w*|proporl\w*|contratt\w*)"
    ),
    "offer_negated": (
        r"\bnon\b(?!\s+es(?:i|a)ti)[^.;!?]{0,60}?\b(?:offr\w*|offert\w*|propor\w*|propost\w*|proponiamo|contratt\w*)\b"
        r"|\b(?:nessuna|impossibile)\b[^.;!?]{0,30}?\b(?:offerta|proposta|proporle|offrirle)\b"
    ),
    # The offer only postponed: "la proposta è rinviata fino all'approvazione del budget".
    "offer_delay": r"\b(?:ritard\w*|rinvi\w+|rimand\w+|posticip\w+|sospes\w*|fino\s+a)\b",
    # The offer taken back: "dobbiamo ritirare la nostra proposta di assunzione".
    "offer_withdrawn": r"\b(?:ritir\w+|annull\w+|revoc\w+|tornare\s+sui\s+nostri\s+passi)\b",
    # Marketing and job-ad wording where "offerta" means something else.
    "commerce": (
        r"-\s?\d{1,2}\s?%|\bscont\w+\b|\bpromo\w*|\bgratuit\w*|\bgratis\b|\bcosa\s+offriamo\b|\b(?:offriamo|si\s+offre)\s*:|"
        r"\bi\s+nostri\s+benefit\b|\bwebinar\b|\biscri\w+|\babbonament\w+|"
        r"\bnegozia\w*\s+(?:la\s+)?(?:tua|sua|una)\s+(?:\w+\s+)?(?:offerta|retribuzione|proposta)\b"
    ),
    # Signature as a future step: "una volta firmato il contratto", "la preghiamo di firmare".
    "signed_condition": (
        r"\b(?:una\s+volta|dopo|prima\s+(?:di|che)|quando|se|non\s+appena|fino\s+a\s+quando|appena)\s+"
        r"(?:che\s+)?(?:\w+\s+){0,3}?(?:firmat\w+|accettat\w+|restituit\w+|ricevut\w+|firm\w+)\b"
        r"|\b(?:la\s+preghiamo\s+di|ti\s+preghiamo\s+di|le\s+chiediamo\s+di|ti\s+chiediamo\s+di|per|da|"
        r"ti\s+invitiamo\s+a|la\s+invitiamo\s+a)\s+(?:\w+\s+)?(?:firmar\w*|accettar\w*|restituir\w*|"
        r"controfirmar\w*|sottoscriver\w*)\b"
        r"|\bin\s+attesa\s+della\s+(?:sua|tua)\s+firma\b|\bresta\s+(?:solo\s+)?da\s+firmare\b"
    ),
    # An offer described generically: a job advert, advice, other candidates.
    "generic_offer": (
        r"\b(?:i\s+candidat\w*|candidat\w*\s+selezionat\w*|offert[ae]\s+di\s+lavoro|annunc\w+|"
        r"l'offerta\s+(?:pubblicata|a\s+cui|per\s+cui|online)|tutte\s+le\s+offerte|nuove\s+offerte|"
        r"come\s+(?:ottenere|negoziare|ricevere)|consigli|trucchi)\b"
    ),
    # A headhunter pitching a client's role: "un nostro cliente vorrebbe proporti una posizione".
    "sourcing": (
        r"\b(?:mio|nostro|un|una|nostri|miei)\s+client[ei]\b|\bpotrebbe(?:ro)?\s+interessar\w+\b|"
        r"\bsociet[àa]\s+di\s+(?:ricerca|selezione)\b"
    ),
    # A non-disclosure agreement signed before an interview is not an employment contract.
    "nda": r"\bnda\b|\baccordo\s+di\s+(?:riservatezza|non\s+divulgazione)\b|\bimpegno\s+di\s+riservatezza\b",
    # The employer paying or refunding is not the candidate paying a fee.
    "employer_pays": (
        r"\b(?:rimbors\w+|a\s+(?:nostro\s+)?carico\s+(?:nostro|dell'azienda)|a\s+nostre\s+spese|"
        r"senza\s+(?:alcun\s+)?costi?|nessun\s+costo|non\s+(?:vi\s+|le\s+|ti\s+)?chied\w+\s+mai|gratuit\w*)\b"
    ),
    # The candidate accepted elsewhere: not a signature with this employer.
    "elsewhere": (
        r"\baltrove\b|\baltr[ao]\s+(?:offerta|proposta|azienda|societ[àa]|posizione|opportunit[àa])\b"
    ),
    # The terms an offer depends on, not a request for references.
    "contingency": (
        r"\bsubordinat\w+\s+a\b|\bcondizionat\w+\s+a\b|\bsalvo\b|\bin\s+attesa\s+d\w+\b|\bdipend\w+\s+da\b"
    ),
    # A past withdrawal is a decision; "ci riserviamo il diritto" is fine print.
    "fine_print": r"\b(?:riserv\w+\s+il\s+diritto|pu[òo]\s+essere|potr\w+|sar[àa]|se|salvo|in\s+caso\s+di)\b",
    # Nobody on the other side: "un video colloquio differito".
    "asynchronous": r"\b(?:asincron\w+|differit\w+|pre-?registrat\w+|registrat[oa]\s+in\s+autonomia)\b",
    # A stage already behind the candidate: "grazie per aver completato il test".
    "past_stage": (
        r"\b(?:complimenti|congratulazioni|grazie)\s+(?:per|di)\s+(?:aver(?:e)?|il|la|avere)\s+"
        r"(?:superat\w+|completat\w+|svolt\w+|terminat\w+|inviat\w+|compilat\w+|consegnat\w+|superamento|"
        r"completamento)\b"
    ),
    # Advice for any reader's interview: "che il tuo colloquio sia domani o tra un mese".
    "hypothetical": r"\bche\s+il\s+(?:tuo|suo)\s+(?:prossimo\s+)?colloquio\s+sia\b",
    # Interview practice sold as a product.
    "practice": (
        r"\b(?:simulazion\w+\s+di\s+colloquio|colloqui\w*\s+(?:simulat\w+|di\s+prova)|coach\s+(?:ai|virtuale))\b"
    ),
    # A step not arranged yet, named as what follows a request: "prima di fissare il colloquio finale, ...".
    "prerequisite": (
        r"\bprima\s+di\s+(?:organizzare|fissare|pianificare|programmare|(?:invitarl\w+|invitarti|proporl\w+|"
        r"proporti|incontrarl\w+|incontrarti)|passare\s+a)\b"
    ),
    # "Riferimento annuncio: JR-123", "con riferimento a": not references about the candidate.
    "reference_noise": (
        r"\b(?:riferimento|rif\.?)\s*(?:annuncio|offerta|posizione|candidatura|[:#n°])|\bcon\s+riferimento\s+a\b|"
        r"\bin\s+riferimento\s+a\b|\bnumero\s+di\s+riferimento\b|\bcodice\s+di\s+riferimento\b"
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
    # "non possiamo dare seguito alla sua candidatura", "non procederemo con la tua candidatura"
    cue(
        K.REJECTED,
        4,
        r"\bnon\b[^.;!?]{0,60}?\b(?:dare|dar|daremo)\s+(?:un\s+)?(?:seguito|riscontro\s+positivo|esito\s+positivo)\b"
        r"|\bnon\b[^.;!?]{0,40}?\b(?:procedere|procederemo|proseguire|proseguiremo|andare\s+avanti|"
        r"andremo\s+avanti|portare\s+avanti|continuare|continueremo)\s+(?:\w+\s+){0,2}?(?:con\s+(?:la\s+)?"
        rf"{_YOUR}\s+candidatura|con\s+(?:lei|te|voi)|con\s+il\s+(?:suo|tuo)\s+profilo)\b"
        r"|\bdeciso\s+di\s+non\s+(?:procedere|proseguire|dare\s+seguito|andare\s+avanti|portare\s+avanti|"
        r"selezionar\w+|invitarl\w+|invitarti|continuare)\b",
        *_REJECT_GUARDS,
    ),
    # "la sua candidatura non è stata selezionata", "non sei stato selezionato", "non ritenuta idonea"
    cue(
        K.REJECTED,
        4,
        r"\bnon\s+(?:(?!ancora\b)\w+\s+){0,3}?(?:stat[oaie](?:/[ae]|\([ae]\))?\s+)?(?:selezionat[oaie]|scelt[oaie]|"
        r"ritenut[oaie]\s+(?:idone[oaie]|in\s+linea|adatt[oaie])|idone[oaie]|accolt[oaie])\b"
        r"|\bnon\s+(?:ha|hai|abbia|abbiamo)\s+(?:\w+\s+)?superato\s+(?:la|il|le)\s+(?:\w+\s+)?(?:selezione|"
        r"fase|colloquio|valutazione|prova)\b"
        r"|\bnon\s+(?:ha\s+|hanno\s+)?(?:avuto\s+)?(?:un\s+)?esito\s+positivo\b",
        *_REJECT_GUARDS,
    ),
    # "abbiamo deciso di proseguire con altri candidati", "con un profilo più in linea"
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:proseguire|procedere|continuare|andare\s+avanti|concentrarci|orientarci|puntare|"
        r"prosegui\w+|procediamo|proceder\w+)\s+(?:il\s+processo\s+|l'iter\s+)?(?:con|su|verso)\s+"
        rf"(?:altr[ie]|un\s+altr[oa]|un'altra|(?:un|una|un')\s*{_CANDIDATES}\s+(?:pi[ùu]|maggiormente))\s*"
        rf"(?:{_CANDIDATES})?\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:la\s+)?(?:nostra\s+)?scelta\s+(?:[èe]\s+)?(?:ricaduta|caduta|andata)\s+su\b"
        r"|\b(?:individuato|selezionato|scelto|preferito|assunto|optato\s+per)\s+(?:un|una|un')\s*altr[oa]\s*"
        rf"{_CANDIDATES}\b"
        rf"|\b(?:individuato|selezionato|scelto|preferito|privilegiato|optato\s+per)\s+altr[ie]\s+{_CANDIDATES}\b"
        rf"|\b(?:individuato|selezionato|scelto|preferito|optato\s+per)\s+(?:un|una|un'|dei|delle)\s*{_CANDIDATES}\s+"
        r"(?:con|che|il\s+cui|pi[ùu]|maggiormente)\b[^.;!?]{0,80}?\b(?:pi[ùu]|maggiormente|meglio)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        rf"\baltr[ie]\s+{_CANDIDATES}\b[^.;!?]{{0,80}}?\b(?:pi[ùu]\s+(?:in\s+linea|vicin\w+|adatt\w+|coerent\w+|"
        r"aderent\w+|esperienz\w+)|maggiormente|meglio)\b",
        *_REJECT_GUARDS,
    ),
    # "il suo profilo non è in linea con le nostre esigenze"
    cue(
        K.REJECTED,
        3.5,
        r"\bnon\s+(?:\w+\s+){0,2}?(?:[èe]|risulta|sono|risultano)\s+(?:\w+\s+)?(?:in\s+linea|coerent\w+|"
        r"allineat\w+|compatibil\w+|aderent\w+)\s+(?:con|a|alle|ai)\b"
        r"|\bnon\s+(?:\w+\s+)?rientr\w+\s+(?:nei|nel|nelle|nella|tra)\s+(?:\w+\s+)?(?:requisiti|criteri|"
        r"esigenze|profil\w+|parametri)\b"
        r"|\bnon\s+(?:\w+\s+)?(?:rispond\w+|corrispond\w+|soddisf\w+)\s+(?:\w+\s+){0,2}?(?:a|alle|ai|al)\s+"
        r"(?:\w+\s+){0,2}?(?:esigenze|requisiti|criteri|aspettative|profilo)\b",
        *_REJECT_GUARDS,
    ),
    # "siamo spiacenti di comunicarle", "ci dispiace informarti"
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:siamo\s+spiacent\w+|ci\s+dispiace|sono\s+spiacent\w+|mi\s+dispiace|con\s+rammarico)\s+"
        r"(?:di\s+)?(?:doverl\w+\s+|doverti\s+)?(?:comunicar\w+|informar\w+|dirt\w+|dirl\w+|annunciar\w+)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\besito\s+(?:della\s+\w+\s+)?(?:negativo|non\s+positivo|sfavorevole)\b|\brisposta\s+negativa\b|"
        r"\bnon\s+(?:\w+\s+)?la\s+(?:notizia|risposta)\s+che\s+(?:speravi|sperava|ti\s+aspettavi|si\s+aspettava)\b",
        *_REJECT_GUARDS,
    ),
    # "abbiamo chiuso la tua candidatura", "candidatura respinta / archiviata / non accolta"
    cue(
        K.REJECTED,
        4,
        rf"\b(?:chius\w+|archiviat\w+|respint\w+|rifiutat\w+|declinat\w+|scartat\w+)\s+(?:la\s+)?{_YOUR}\s+candidatura\b"
        rf"|\bcandidatura\b[^.;!?]{{0,60}}?\b(?:[èe]\s+stata|viene|verr[àa])\s+(?:purtroppo\s+|quindi\s+)?"
        r"(?:respinta|rifiutata|archiviata|chiusa|scartata|declinata|non\s+accolta)\b"
        r"|\bstato\b[^.;!?]{0,40}\b(?:non\s+selezionat\w+|scartat\w+|respint\w+|non\s+idone\w+)\b",
        *_REJECT_GUARDS,
    ),
    # "non possiamo offrirle la posizione", "non siamo in grado di proporti un colloquio"
    cue(
        K.REJECTED,
        4,
        r"\bnon\s+(?:\w+\s+){0,4}?(?:offrirl\w+|offrirti|proporl\w+|proporti|darl\w+|darti)\s+(?:la|il|un|una|l')\s*"
        r"(?:\w+\s+)?(?:posizione|ruolo|posto|colloquio|contratto|proposta|incarico|opportunit[àa])\b",
        "conditional",
        "respond_all",
        "expectation",
    ),
    # The role itself is gone: filled, cancelled, removed.
    cue(
        K.REJECTED,
        4,
        rf"\b{_POSITION}\b[^.;!?]{{0,60}}?\b(?:[èe]|[èe]\s+stat[oa]|sono\s+stat[ei]|risulta|viene)\s+(?:ormai\s+|gi[àa]\s+|"
        r"purtroppo\s+|nel\s+frattempo\s+|stata\s+)?(?:coperta|coperto|chiusa|chiuso|annullata|annullato|"
        r"cancellata|cancellato|soppressa|soppresso|ricoperta|ricoperto|assegnata|assegnato)\b"
        r"|\b(?:processo|selezione|ricerca|iter)\b[^.;!?]{0,40}?\b(?:[èe]|[èe]\s+stat[oa])\s+(?:\w+\s+)?"
        r"(?:chius[oa]|annullat[oa]|interrott[oa])\b"
        rf"|\b{_POSITION}\b[^.;!?]{{0,60}}?\bnon\s+[èe]\s+pi[ùu]\s+(?:disponibile|attuale|aperta|aperto|vacante)\b"
        r"|\bcopert[ao]\s+internamente\b|\bblocc\w+\s+(?:delle\s+|tutte\s+le\s+|le\s+)?assunzioni\b|\b(?:annullat\w+|chius\w+)\s+"
        r"(?:la|questa|il)\s+(?:ricerca|selezione|posizione)\b",
        "conditional",
        "respond_all",
        "expectation",
    ),
    # Frozen or suspended for good.
    cue(
        K.REJECTED,
        3.5,
        rf"\b(?:{_POSITION}|ricerca|selezione)\b[^.;!?]{{0,60}}?\b(?:[èe]|[èe]\s+stat[oa])\s+(?:sospes[oa]|congelat[oa]|"
        r"messa\s+in\s+pausa)\s+(?:a\s+tempo\s+indeterminato|fino\s+a\s+nuov[oa]\s+(?:avviso|comunicazione)|"
        r"definitivamente)\b"
        r"|\b(?:sospendere|sospes[oa]|congelare|congelat[oa])\s+(?:la|il|questa|questo)\s+(?:ricerca|selezione|"
        r"posizione|processo)\b[^.;!?]{0,80}\b(?:a\s+tempo\s+indeterminato|fino\s+a\s+nuov[oa]\s+(?:avviso|"
        r"comunicazione)|definitivamente)\b",
        "conditional",
        "expectation",
    ),
    # A withdrawn offer: "dobbiamo ritirare la nostra proposta di assunzione".
    cue(
        K.REJECTED,
        4,
        r"\b(?:ritirar\w*|ritir\w+|annullar\w*|revocar\w*|revoc\w+)\s+(?:l'|(?:la\s+)?(?:nostra|la|sua|tua|questa)\s+)"
        r"(?:\w+\s+)?(?:proposta|offerta)\b(?!\s+di\s+lavoro)"
        r"|\b(?:proposta|offerta)\s+(?:di\s+assunzione|contrattuale|di\s+lavoro)\b[^.;!?]{0,40}\b(?:[èe]\s+stata|"
        r"viene)\s+(?:ritirata|annullata|revocata)\b",
        "fine_print",
        "offer_delay",
    ),
    cue(K.REJECTED, 2, r"\b(?:esito\s+negativo|non\s+positiv[oa])\b", *_REJECT_GUARDS),
    cue(K.REJECTED, 1.5, r"\bpurtroppo\b|\bsfortunatamente\b", *_REJECT_GUARDS),
    cue(
        K.REJECTED,
        1,
        r"\b(?:augur\w+|in\s+bocca\s+al\s+lupo|buona\s+fortuna|successo|buon\s+proseguimento)\b[^.;!?]{0,60}\b"
        r"(?:ricerca|percorso\s+professionale|futuro\s+professionale|carriera|progetti|futur[oi])\b",
    ),
    cue(
        K.REJECTED,
        1,
        r"\b(?:conserver\w+|mantenere|manterremo|terremo|teniamo)\s+(?:il\s+)?(?:suo|tuo)\s+(?:cv|curriculum|"
        r"profilo)\b[^.;!?]{0,60}\b(?:database|banca\s+dati|archivio|futur\w+)",
        "conditional",
    ),
    cue(
        K.REJECTED,
        1,
        r"\bdecisione\s+(?:\w+\s+)?(?:difficile|non\s+facile|sofferta)\b|\bnon\s+(?:\w+\s+)?(?:[èe]\s+stata\s+)?"
        r"una\s+(?:decisione|scelta)\s+facile\b",
    ),
    # --- offer_signed: proof of signature or acceptance -------------------------------------------
    # Signature platforms (GoSign, DocuSign, Skribble, Yousign in Italian).
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:tutti\s+i\s+firmatari|tutte\s+le\s+parti|entrambe\s+le\s+parti|ogni\s+firmatario)\s+"
        rf"(?:hanno|ha)\s+(?:\w+\s+)?(?:firmato|completato|sottoscritto)\b(?=[^\n]{{0,160}}{_CONTRACT})"
        rf"|{_CONTRACT}[^\n]{{0,120}}?\b(?:[èe]\s+stat[oa]|sono\s+stat[ie])\s+(?:correttamente\s+|"
        r"interamente\s+|definitivamente\s+)?(?:firmat[oaie]|sottoscritt[oaie]|controfirmat[oaie])\s+da\s+"
        r"(?:tutt[ie]|entrambe|te|lei|ogni|tutte\s+le\s+parti)\b"
        rf"|\b(?:processo|procedura|richiesta)\s+di\s+firma\b[^\n]{{0,120}}?{_CONTRACT}[^\n]{{0,120}}?"
        r"\b(?:[èe]\s+stat[oa]|risulta)\s+(?:correttamente\s+)?(?:completat[oa]|conclus[oa]|terminat[oa])\b",
        *_SIGNED_GUARDS,
    ),
    # The same notice with the document named elsewhere.
    cue(
        K.OFFER_SIGNED,
        3,
        r"\b(?:processo|procedura|richiesta)\s+di\s+firma\s+(?:\S{1,40}\s+){0,8}?(?:[èe]\s+stat[oa]|risulta)\s+"
        r"(?:correttamente\s+)?(?:completat[oa]|conclus[oa]|terminat[oa])\b"
        r"|\b(?:tutti\s+i\s+firmatari|tutte\s+le\s+parti|entrambe\s+le\s+parti)\s+hanno\s+(?:\w+\s+)?firmato\b"
        r"|\bdocumento\s+(?:[èe]\s+stato\s+)?(?:interamente\s+)?firmato\s+da\s+(?:tutt[ie]|entrambe)\b",
        *_SIGNED_GUARDS,
    ),
    # "Hai firmato «Contratto di lavoro»", "Completato: Contratto ...", named signers.
    cue(
        K.OFFER_SIGNED,
        4,
        rf"\b(?:hai|ha)\s+(?:correttamente\s+|appena\s+)?firmato\b[^\n]{{0,80}}?{_CONTRACT}"
        rf"|\b(?:completato|completata|firmato|documento\s+firmato)\s*:\s*[^\n]{{0,120}}?{_CONTRACT}"
        r"|\b(?!(?:il|la|lo|le|i|gli|nostro|nostra|vostro|vostra|suo|sua|tuo|tua|noi|io)\b)(?-i:[A-Z])[\w.'-]{1,40}\s+"
        r"(?-i:[A-Z])[\w.'-]{1,40}\s+(?:e\s+(?:\S{1,40}\s+){1,3}?)?(?:ha|hanno)\s+(?:entrambi\s+)?firmato\b"
        rf"[^\n]{{0,120}}?{_CONTRACT}"
        r"|\b(?:la\s+sua|la\s+tua)\s+firma\s+[èe]\s+stata\s+(?:correttamente\s+)?(?:registrata|apposta|"
        r"acquisita|ricevuta)\b",
        *_SIGNED_GUARDS,
    ),
    # "abbiamo ricevuto il contratto firmato", "grazie per aver firmato il contratto"
    cue(
        K.OFFER_SIGNED,
        4,
        r"\bgrazie\s+(?:mille\s+)?(?:per\s+aver(?:e)?|di\s+aver(?:e)?|per\s+averci)\s+(?:firmato|restituito|"
        r"rinviato|inviato|accettato|controfirmato|sottoscritto)\s+(?:(?:la|il|lo|la\s+nostra|il\s+nostro|"
        rf"(?:la|il)\s+{_YOUR})\s+|l')?(?:\w+\s+){{0,2}}?(?:{_CONTRACT}|proposta|offerta|documenti)"
        r"|\b(?:ricevut[oa]|pervenut[oa])\s+(?:(?:il|la|lo)\s+|l')?(?:\w+\s+)?(?:contratto|proposta|lettera|copia)"
        r"[^.;!?]{0,40}?\b(?:firmat[oa]|sottoscritt[oa]|controfirmat[oa])\b"
        r"|\b(?:contratto|proposta|lettera)\s+(?:\w+\s+){0,3}?(?:firmat[oa]|sottoscritt[oa])\s+(?:[èe]\s+)?"
        r"(?:arrivat[oa]|pervenut[oa]|ricevut[oa])\b",
        *_SIGNED_GUARDS,
    ),
    # "abbiamo ricevuto la tua accettazione", "felici che tu abbia accettato la nostra proposta"
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:ricevut\w+|confermat\w+|registrat\w+|preso\s+atto\s+del\w*)\s+(?:la\s+)?(?:sua|tua)\s+"
        r"accettazione\b"
        r"|\b(?:la\s+sua|la\s+tua)\s+accettazione\b[^.;!?]{0,40}\b[èe]\s+stata\s+(?:registrata|ricevuta|"
        r"confermata)\b"
        r"|\b(?:ha|hai|abbia|abbiate|abbiamo\s+saputo\s+che\s+hai)\s+(?:ufficialmente\s+|formalmente\s+)?"
        r"(?:accettato|firmato|sottoscritto)\s+(?:la|il|l'|lo|la\s+nostra|il\s+nostro)\s*(?:\w+\s+){0,2}?"
        rf"(?:proposta|offerta|{_CONTRACT})"
        r"|\b(?:congratulazioni|complimenti)\s+per\s+(?:aver\s+accettato|la\s+(?:sua|tua)\s+(?:accettazione|"
        r"firma))\b",
        *_SIGNED_GUARDS,
    ),
    # "ora che è tutto firmato, ecco il tuo primo giorno"
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:ora|adesso)\s+che\s+(?:(?:[èe]\s+)?(?:tutto\s+)?(?:[èe]\s+)?(?:stato\s+)?(?:firmat[oa]|sottoscritt[oa])|"
        r"(?:hai|ha|abbiamo)\s+(?:tutti\s+)?(?:firmato|sottoscritto|accettato))\b",
        *_SIGNED_GUARDS,
    ),
    cue(
        K.OFFER_SIGNED,
        3.5,
        r"\b(?:(?:stato|fase)(?:\s+della\s+(?:sua\s+|tua\s+)?candidatura)?\s*:|stato\s+(?:aggiornato|cambiato|"
        r"modificato)\s+(?:in|a)(?:\s*:)?)\s*(?:assunt[oa]|contratto\s+firmato|hired)\b"
        r"|\b(?:fai|fa)\s+ufficialmente\s+parte\b",
        "conditional",
        "expectation",
    ),
    # First-day logistics with no offer open: implicit evidence only.
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\bbenvenut[oaie]\s+(?:nel\s+team|nella\s+squadra|a\s+bordo|tra\s+noi|nella\s+famiglia|in\s+azienda)\b"
        r"|\b(?:congratulazioni|complimenti)\s+per\s+(?:il\s+)?(?:tuo|suo)\s+nuovo\s+(?:ruolo|lavoro|incarico)\b",
        *_SIGNED_GUARDS,
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        2.5,
        r"\b(?:felici|lieti|contenti|entusiasti)\s+di\s+(?:averl\w+|averti|accoglierl\w+|accoglierti)\s+"
        r"(?:a\s+bordo|nel\s+team|tra\s+noi|in\s+squadra)\b"
        r"|\b(?:il\s+)?(?:tuo|suo)\s+primo\s+giorno\s+(?:di\s+lavoro\s+)?(?:[èe]\s+(?:previsto|fissato)|sar[àa]|"
        r"inizier[àa]|[èe]|con\s+noi|in\s+ufficio)\b|\b(?:durante|per)\s+il\s+(?:tuo|suo)\s+primo\s+giorno\b"
        r"|\bgiornata\s+di\s+(?:onboarding|inserimento|benvenuto|accoglienza)\b"
        r"|\b(?:tuo|suo)\s+ingresso\s+(?:in\s+azienda|il|previsto|del)\b|\b(?:tuo|suo)\s+primo\s+giorno\b",
        *_SIGNED_GUARDS,
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:percorso|programma|kit|piano)\s+di\s+(?:onboarding|inserimento|accoglienza)\b|\bpratiche\s+"
        r"(?:di\s+)?assunzione\b|\bdocumenti\s+(?:per\s+l'assunzione|di\s+assunzione|amministrativi)\b|"
        r"\bvisita\s+medica\s+(?:preventiva|di\s+idoneit[àa])\b|\bcodice\s+fiscale\b|\btessera\s+sanitaria\b|"
        r"\b(?:tuo|suo)\s+(?:badge|laptop|computer|pc|account\s+aziendale|indirizzo\s+e-?mail\s+aziendale)\b|"
        r"\b(?:tuo|suo)\s+iban\b|\bcosa\s+portare\b|\bmodulistica\s+(?:per\s+l'|di\s+)assunzione\b|"
        r"\bconsegn\w+\s+(?:\w+\s+)?(?:il\s+)?(?:portatile|laptop|pc|"
        r"badge|computer)\b|\b(?:tuo|tua|suo|sua)\s+buddy\b|\b(?:porta|portare|porti|munirsi|munisciti)\b[^.;!?]{0,40}\b"
        r"(?:documento\s+d'identit[àa]|carta\s+d'identit[àa]|codice\s+fiscale|iban)\b",
        *_SIGNED_GUARDS,
        tags=("implicit",),
    ),
    # --- offer: an actual offer ----------------------------------------------------------------------
    # "siamo lieti di offrirle la posizione di", "ti proponiamo un contratto a tempo indeterminato"
    cue(
        K.OFFER,
        4.5,
        r"\b(?:offrirl\w*|offrirti|offrirvi|proporl\w*|proporti|le\s+offriamo|ti\s+offriamo|le\s+proponiamo|"
        r"ti\s+proponiamo|le\s+propongo|ti\s+propongo)\s+(?:la|il|un|una|l'|lo|questa|questo)\s*"
        rf"{_ROLE_GAP}(?:posizione|ruolo|posto|contratto|incarico|assunzione|impiego|stage|tirocinio|lavoro)\b"
        r"(?!\s+(?:di\s+)?(?:colloquio|incontro))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # "inviarle la nostra proposta di assunzione", "ti mando l'offerta scritta"
    cue(
        K.OFFER,
        4.5,
        r"\b(?:fare|farle|farti|formular\w+|inviar\w+|invi\w+|mand\w+|trasmett\w+|sottopor\w+|presentar\w+|"
        r"preparar\w+|prepar\w+|condivider\w+|confermar\w+|formalizzar\w+)\s+(?:\w+\s+)?(?:una|la|l'|nostra|"
        r"la\s+nostra|un')\s*(?:\w+\s+)?(?:proposta|offerta)\s+(?:di\s+assunzione|formale|scritta|ufficiale|"
        r"economica|contrattuale|di\s+contratto|definitiva|vincolante)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3.5,
        r"\b(?:farle|farti|farvi|formularle|formularti)\s+(?:una|la\s+nostra)\s+(?:\w+\s+)?(?:proposta|offerta)\b"
        r"(?!\s+(?:di\s+)?(?:data|orario|colloquio|incontro))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # "sono felice di confermarti la nostra proposta per il ruolo di Marketing Manager"
    cue(
        K.OFFER,
        4,
        r"\b(?:confermar\w+|sottopor\w+|inviar\w+|formalizzar\w+|presentar\w+)\s+(?:\w+\s+)?(?:la\s+)?(?:nostra|la)\s+"
        r"(?:proposta|offerta)\s+(?:per|relativa\s+a[l]?)\s+(?:il|la|l'|questo|questa)\s*(?:ruolo|posizione|posto|"
        r"incarico)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # "sei stato selezionato per la posizione", never "per il colloquio / la fase successiva"
    cue(
        K.OFFER,
        4,
        r"(?<!non\s)\b(?:[èe]|sei)\s+stat[oa](?:/[ae]|\([ae]\))?\s+(?:selezionat[oa]|scelt[oa])(?:/[ae]|\([ae]\))?\s+per\s+(?:la|il|questo|questa|l')\s*"
        rf"{_POSITION}\b(?![^.;!?]{{0,50}}\b(?:colloqui\w*|fase|step|incontro|test|prova|selezione))",
        "conditional",
        "expectation",
        tags=("extends_offer",),
    ),
    # "ti invieremo il contratto", "le trasmettiamo la lettera di assunzione"
    cue(
        K.OFFER,
        4,
        r"\b(?:invi\w+|invier\w+|mand\w+|trasmett\w+|trasmess\w+|prepar\w+|redig\w+|far\s+avere)\s+(?:\w+\s+)?"
        rf"(?:il|la|l'|lo|un|una|nostra|nostro|il\s+nostro|la\s+nostra)\s*(?:bozza\s+(?:di|del)\s+)?{_CONTRACT}",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # The offer's own nouns.
    cue(
        K.OFFER,
        3,
        r"\b(?:proposta\s+(?:di\s+assunzione|contrattuale|economica|formale|scritta|di\s+contratto)|"
        r"lettera\s+(?:di\s+(?:assunzione|offerta|impegno)|d'(?:offerta|assunzione|impegno))|"
        r"offerta\s+(?:di\s+assunzione|contrattuale|economica|formale|scritta|vincolante))\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # "in allegato trova il contratto", "ti allego la nostra proposta"
    cue(
        K.OFFER,
        3.5,
        r"\b(?:in\s+allegato|allegat[oa]|allego|alleghiamo|trova\s+(?:qui\s+)?(?:in\s+)?allegat[oa]|trovi\s+"
        r"(?:in\s+)?allegat[oa])\b"
        rf"[^.;!?]{{0,60}}?(?:{_CONTRACT}|(?:la\s+)?(?:nostra|sua|tua)\s+(?:\w+\s+)?(?:proposta|offerta)\b"
        r"(?!\s+di\s+lavoro))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # A contract sent for signature: "X ti ha inviato «Contratto di lavoro» da firmare".
    cue(
        K.OFFER,
        3.5,
        rf"\b(?:firmar\w*|firma|sottoscriver\w*|controfirmar\w*|accettar\w*)\b[^\n]{{0,80}}?{_CONTRACT}"
        rf"|{_CONTRACT}[^\n]{{0,80}}?\b(?:da\s+firmare|per\s+la\s+firma|in\s+attesa\s+della\s+(?:sua|tua)\s+firma|"
        r"richiede\s+la\s+(?:sua|tua)\s+firma|(?:preghiamo|chiediamo|invitiamo)\s+di\s+firmar\w*)\b",
        "offer_negated",
        "offer_withdrawn",
        "nda",
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:accettare|valutare|considerare|rispondere\s+alla|restituire|riflettere\s+sulla)\s+(?:la|questa|"
        r"nostra|la\s+nostra|il|questo)\s+(?:\w+\s+){0,2}?(?:proposta|offerta)\b(?!\s+di\s+lavoro)",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # "vorremmo averti nel team come Product Designer", "la posizione è tua"
    cue(
        K.OFFER,
        4,
        r"\b(?:vorremmo|desideriamo|siamo\s+(?:lieti|felici|contenti)\s+di|abbiamo\s+deciso\s+di|ci\s+piacerebbe)\s+"
        r"(?:assumerl\w+|assumerti|averl\w+\s+(?:con\s+noi|nel\s+team|in\s+squadra)\s+(?:come|in\s+qualit[àa]\s+di)|"
        r"averti\s+(?:con\s+noi|nel\s+team|in\s+squadra)\s+(?:come|in\s+qualit[àa]\s+di)|accoglierl\w+\s+"
        r"(?:\w+\s+){0,3}?(?:come|in\s+qualit[àa]\s+di)|accoglierti\s+(?:\w+\s+){0,3}?(?:come|in\s+qualit[àa]\s+di))\b"
        r"|\b(?:la\s+posizione|il\s+posto|il\s+ruolo)\s+[èe]\s+(?:tua|tuo|sua|suo)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4.5,
        r"\b(?:le|ti)\s+(?:proponiamo|offriamo|propongo|offro)\s+(?:una\s+|un\s+)?(?:ral|retribuzione|stipendio|"
        r"compenso|pacchetto)\s+(?:\w+\s+){0,3}?(?:di\s+)?(?:€\s?|chf\s?|eur\s?)?\d"
        r"|\b(?:le|ti)\s+(?:proponiamo|offriamo|propongo|offro)\s+(?:chf\s?|€\s?)?\d{1,3}(?:[\s.,']?\d{3}){0,2}\s?"
        r"(?:k\s?€|k\b|€|euro|chf|keur)",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        1.5,
        r"\b(?:ral|retribuzione|stipendio|compenso)\s+(?:\w+\s+){0,3}?(?:di|:|pari\s+a|sar[àa]\s+di)\s*(?:€\s?|chf\s?)?\d",
        "conditional",
        "commerce",
    ),
    cue(K.OFFER, 1, r"\bproposta\b", *_OFFER_GUARDS, "conditional"),
    # --- references_requested --------------------------------------------------------------------
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:verific\w+|raccolt\w+|controll\w+)\s+(?:delle\s+|le\s+)?referenze\b|\b(?:contattare|sentire|"
        r"chiamare|parlare\s+con)\s+(?:i\s+|le\s+)?(?:suoi|tuoi|sue|tue|un\s+paio\s+di|due\s+dei\s+(?:suoi|tuoi)|"
        r"alcuni\s+dei\s+(?:suoi|tuoi))\s+(?:\w+\s+)?(?:referenze|referenti|responsabili|ex\s+\w+|manager|"
        r"precedenti\s+datori)\b",
        "conditional",
        "expectation",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:fornir\w*|inviar\w*|invi\w+|mandar\w*|mand\w+|indicar\w*|indic\w+|comunicar\w*|segnalar\w*|"
        r"condivider\w*)\s+(?:\w+\s+){0,4}?(?:nominativ\w+|contatt\w+|recapit\w+|nomi)\s+(?:di|dei|delle|del)\s+"
        r"(?:\w+\s+){0,3}?(?:referenze|referenti|ex\s+responsabili|responsabili|manager|datori\s+di\s+lavoro|"
        r"persone|colleghi)\b"
        r"|\b(?:fornir\w*|inviar\w*|invi\w+|mandar\w*|indicar\w*|comunicar\w*)\s+(?:\w+\s+){0,3}?"
        r"(?:due|tre|2|3|alcune)\s+referenze\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:persone?|qualcuno|ex\s+(?:colleghi|responsabili|manager))\s+(?:che\s+)?(?:possa|possano|"
        r"potrebbe\w*|sappia\w*)\s+(?:\w+\s+)?(?:parlarci|parlare|raccontarci|darci\s+un\s+(?:parere|riscontro))\s+"
        r"(?:di|del|della|su)\s+(?:te|lei|suo|tuo|sua|tua|lavoro)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\b(?:verific\w+|controll\w+)\s+(?:dei\s+)?precedenti\b|\bcasellario\s+giudiziale\b|"
        r"\bcertificato\s+(?:penale|dei\s+carichi\s+pendenti)\b|\blettere?\s+di\s+(?:referenza|raccomandazione|"
        r"presentazione)\b|\bbackground\s+check\b",
        "conditional",
        "contingency",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        1.5,
        r"\breferenze\b|\breferenti?\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    # --- assessment --------------------------------------------------------------------------------
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:test|prova|prove|questionario|questionari|esercizio|esercitazione|valutazione)\s+(?:online\s+|"
        r"on-line\s+)?(?:tecnic\w+|attitudinal\w+|di\s+logica|logic\w+|psicoattitudinal\w+|di\s+personalit[àa]|"
        r"di\s+lingua|d'inglese|di\s+inglese|linguistic\w+|pratic\w+|scritt\w+|cognitiv\w+|di\s+ragionamento|"
        r"di\s+competenze|di\s+coding|di\s+programmazione|comportamental\w+|numeric\w+|verbal\w+)\b"
        r"|\b(?:test|prova|questionario|valutazione)\s+(?:\w+\s+)?online\b|\bcase\s+study\b|\bbusiness\s+case\b|"
        r"\bcaso\s+(?:di\s+studio|pratico|aziendale)\b|\bassessment\s+(?:center|centre|day)\b|"
        r"\bgiornata\s+di\s+(?:valutazione|assessment)\b|\bhome\s+assignment\b|\bcompito\s+da\s+svolgere\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:completare|svolgere|sostenere|effettuare|compilare|eseguire|fare|rispondere\s+al|iniziare|"
        r"preparare|consegnare)\s+(?:un|una|il|la|l'|lo|questo|questa|i|le|alcuni|alcune|nostro|nostra)\s*"
        r"(?:\w+\s+){0,3}?(?:test|questionari[oa]?|esercizi[oa]?|prova|prove|valutazione|case\s+study|"
        r"caso\s+(?:di\s+studio|pratico)|challenge|quiz|assessment)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\bprossim[oa]\s+(?:step|fase|passo|tappa)\b[^.;!?]{0,40}?(?:\b(?:[èe]|sar[àa]|consiste\w*|prevede)\s+"
        r"(?:in\s+)?|:\s*)(?:un|una|un')\s*(?:\w+\s+){0,3}?(?:test|questionario|esercizio|prova|valutazione|"
        r"case\s+study|caso\s+(?:di\s+studio|pratico)|challenge|assessment)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:video(?:\s*-)?\s*)?colloquio\s+(?:video\s+)?(?:differito|registrato|asincrono|pre-?registrato)\b"
        r"|\bvideo\s+(?:colloquio|intervista)\s+(?:differit\w+|registrat\w+|asincron\w+)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        1.5,
        r"\b(?:test|(?<!fase\sdi\s)(?<!\bin\s)valutazion[ei]|esercizi[oa]?|questionari[oa]?|prov[ae]\s+(?:tecnic\w+|"
        r"pratic\w+|scritt\w+))\b",
        "conditional",
        "expectation",
    ),
    # --- interview_scheduled ---------------------------------------------------------------------
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:invit\w+|convoc\w+|convocazione)\s+(?:(?:a|ad|al|allo|alla|per)\s+|all')(?:(?:un|una|il|lo|la|"
        r"nostro|nostra)\s+|un'|l')?(?:[\w'-]{1,30}\s+){0,4}?(?:colloqui\w*|incontr\w+|chiamat\w+|videochiamat\w+|call|"
        r"intervist\w+|appuntament\w+|chiacchierat\w+|caff[èe])\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:proporl\w*|proporti|le\s+propon\w+|ti\s+propon\w+|le\s+propongo|ti\s+propongo)\s+(?:(?:un|una|di|"
        r"alcun[ie]|qualche|delle|dei|le|gli|i)\s+|un')?(?:[\w'-]{1,30}\s+){0,3}?(?:colloqui\w*|incontr\w+|chiamat\w+|"
        r"videochiamat\w+|call|slot|orari|date|data|appuntament\w+|vederci|sentirci|conoscerci)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:organizz\w*|fiss\w*|pianific\w*|programm\w*|concord\w*|calendarizz\w*|prenot\w*|conferm\w*|"
        r"spost\w*|riprogramm\w*|anticip\w*|posticip\w*|rinvi\w*)\s+(?:un|una|un'|il|lo|la|l'|il\s+nostro|"
        r"il\s+suo|il\s+tuo|questo|quest')\s*(?:[\w'-]{1,30}\s+){0,3}?(?:colloquio|incontro|chiamata|"
        r"videochiamata|call|appuntamento|slot|intervista)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"\b(?:conferma|promemoria|reminder|convocazione|invito)\s*(?::\s*|(?:di|del|al|per|a)\s+|dell')(?:(?:un|il|"
        r"suo|tuo)\s+|l')?(?:[\w'-]{1,30}\s+){0,2}?(?:colloquio|incontro|appuntamento|intervista)\b"
        r"|\b(?:il\s+)?(?:suo|tuo|nostro|prossimo|l')\s*(?:[\w'-]{1,30}\s+){0,2}?(?:colloquio|incontro|"
        r"appuntamento|intervista)\b[^.;!?]{0,60}\b(?:si\s+terr[àa]|si\s+svolger[àa]|[èe]\s+(?:confermato|"
        r"fissato|previsto|programmato|stato\s+(?:spostato|anticipato|posticipato|riprogrammato))|avr[àa]\s+"
        r"luogo|inizier[àa]|sar[àa]\s+(?:il|alle|luned|marted|mercoled|gioved|venerd|domani|oggi))\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:sua|tua|vostra)\s+disponibilit[àa]\b|\b(?:[èe]|sei|sarebbe|saresti|sar[àa]|sarai)\s+"
        r"disponibil[ei]\b|\b(?:scegli\w*|prenot\w+|selezion\w+)\s+(?:uno|lo|un|il|l')\s*(?:slot|orario|"
        r"appuntamento|fascia\s+oraria)\b|\blink\s+(?:per\s+(?:la\s+)?prenota\w+|di\s+prenotazione)\b|"
        r"\bcalendly\b|\b(?:quale|quali)\s+(?:giorno|orario|orari|slot|data|date)\s+(?:le|ti)\s+"
        r"(?:va|vanno|andrebbe|andrebbero|conviene|convengono|[èe]\s+pi[ùu]\s+comod\w+)\b|"
        r"\b(?:le|ti)\s+(?:va\s+bene|andrebbe(?:\s+bene)?|starebbe\s+bene|torna\s+comodo)\s+(?:domani|luned|marted|"
        r"mercoled|gioved|venerd|alle|il|un|una)"
        r"|\bdisponibil[ei]\s+per\s+(?:un|una|un')\s*(?:[\w'-]{1,30}\s+){0,2}?(?:call|chiamata|videochiamata|"
        r"colloquio|caff[èe]|confronto|chiacchierata)\b"
        r"|\b(?:riesci|riuscirebbe|riusciresti|riuscirai|puoi|potrebbe|potresti)\s+(?:a\s+)?(?:passare|venire|"
        r"essere\s+disponibile|collegarti|collegarsi|raggiungerci)\b"
        r"|\b(?:ti|la|le|vi)\s+(?:chiamo|chiamer[òo]|chiameremo|chiamiamo|telefono|telefoner[òo])\b[^.;!?]{0,60}"
        r"\b(?:domani|luned|marted|mercoled|gioved|venerd|alle\s+\d)",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:vorremmo|desideriamo|ci\s+piacerebbe|mi\s+piacerebbe|vorrei|saremmo\s+(?:lieti|felici))\s+"
        r"(?:di\s+)?(?:incontrarl\w+|incontrarti|conoscerl\w+|conoscerti|sentirl\w+|sentirti|vederl\w+|vederti|"
        r"approfondire\s+(?:la\s+)?(?:sua|tua)\s+candidatura|fare\s+(?:una\s+)?(?:chiacchierata|call)|"
        r"parlare\s+con\s+(?:lei|te))\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\bprossim[oa]\s+(?:step|fase|passo|tappa)\s*(?:(?:[èe]|sar[àa]|sarebbe|consiste\w*|prevede)\s+(?:in\s+)?|:\s*)"
        r"(?:un|una|un')\s*(?:[\w'-]{1,30}\s+){0,3}?(?:colloquio|incontro|chiamata|videochiamata|call|intervista)\b"
        r"|\b(?:selezionat[oa]|ammess[oa])\s+(?:per|a|al)\s+(?:un|il)\s+(?:[\w'-]{1,30}\s+){0,2}?colloquio\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1.5,
        r"\b(?:video\s*)?colloqui[oa]?\s+(?:telefonic\w+|conoscitiv\w+|tecnic\w+|finale|individuale|di\s+gruppo|"
        r"in\s+presenza|online|da\s+remoto|con\s+(?:il|la|l')|hr|motivazionale)\b|\b(?:primo|secondo|terzo|"
        r"ultimo)\s+colloquio\b|\bvideocolloquio\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1,
        r"(?m)^[^\S\n]*+[-•*]?[^\S\n]*+(?:data|ora|orario|quando|dove|luogo|indirizzo|sede|modalit[àa]|durata|"
        r"partecipanti|invitati|link\s+(?:alla\s+)?(?:riunione|videochiamata|call)|con)\s*[:\-–]",
        tags=("needs_context",),
    ),
    # A calendar invitation's own subject: "Invito: Colloquio HR @ mar 17 mar 2026 14:00 - 14:45".
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"^\s*(?:invito(?:\s+aggiornato)?|nuovo\s+evento)\s*:\s*[^@\n]{0,100}?\b(?:colloquio|incontro|"
        r"intervista|call)\b[^@\n]{0,100}?\s@\s+(?:lun|mar|mer|gio|ven|sab|dom|\d)",
    ),
    cue(K.INTERVIEW_SCHEDULED, 1, r"\bcolloqui[oa]?\b", "conditional", "expectation"),
    # --- status_update: still in process -----------------------------------------------------------
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\bgrazie\s+(?:mille\s+)?(?:per\s+aver(?:e)?|di\s+aver(?:e)?)\s+(?:completato|svolto|sostenuto|"
        r"compilato|inviato|consegnato|terminato)\s+(?:il|la|l'|lo|i|le|questo|questa)\s*(?:\w+\s+){0,2}?"
        r"(?:test|prova|prove|esercizi[oa]?|questionari[oa]?|valutazione|case\s+study|caso|challenge)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:ancora|attualmente|tuttora)\s+(?:in\s+(?:fase\s+di\s+)?(?:valutazione|corso|esame|analisi|"
        r"revisione)|sotto\s+(?:esame|valutazione))\b|\b(?:nessuna|non\s+(?:abbiamo\s+)?(?:ancora\s+)?"
        r"(?:preso|presa)\s+(?:una|alcuna))\s+decisione\b|\bselezione\s+(?:[èe]\s+)?(?:ancora\s+)?in\s+corso\b"
        r"|\bprocesso\s+(?:di\s+selezione\s+)?(?:[èe]\s+)?(?:ancora\s+)?in\s+corso\b"
        r"|\bnon\s+(?:[èe]\s+)?(?:ancora\s+)?stat[oa]\s+pres[oa]\s+(?:alcuna|una|nessuna)\s+decisione\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:scus\w+|ci\s+scusiamo|mi\s+scuso)\s+(?:per|del|della)\s+(?:il\s+|l'|lo\s+)?(?:ritardo|attesa|"
        r"tempi)\b|\bgrazie\s+(?:per\s+la|della)\s+(?:(?:sua|tua)\s+)?pazienza\b|\bpi[ùu]\s+tempo\s+del\s+previsto\b"
        r"|\bpi[ùu]\s+lung\w+\s+del\s+previsto\b|\bin\s+ritardo\b|\b(?:mess[oa]|mettiamo|mettere)\s+(?:\w+\s+){0,2}?"
        r"in\s+(?:pausa|stand-?by|attesa)\b|\b(?:temporaneamente|momentaneamente)\s+(?:sospes[oa]|in\s+pausa|ferm[oa])\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:stiamo\s+(?:ancora\s+)?(?:valutando|incontrando|completando|finalizzando|concludendo|"
        r"esaminando)|stiamo\s+(?:ancora\s+)?svolgendo\s+(?:gli\s+)?(?:ultimi\s+)?colloqui)\b"
        r"|\baltri\s+colloqui\s+(?:sono\s+)?(?:in\s+corso|previsti|in\s+programma)\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        2,
        r"\b(?:ti|la|le|vi)\s+(?:aggiorner\w+|ricontatter\w+|faremo\s+sapere|far[òo]\s+sapere|daremo\s+"
        r"(?:un\s+)?riscontro|daremo\s+notizie)\b[^.;!?]{0,40}\b(?:entro|prima\s+di|la\s+prossima|nei\s+"
        r"prossimi|a\s+breve|domani|al\s+pi[ùu]\s+presto)\b|\b(?:decisione|riscontro|esito)\s+(?:finale\s+)?"
        r"(?:entro|prima\s+di|nei\s+prossimi)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\bpreselezionat[oaie]\b|\bshort-?list\w*\b|\bfinalist[ie]\b"
        r"|\b(?:selezionat[oa]|ammess[oa]|passat[oa])\s+(?:per\s+la|alla|al)\s+(?:fase|step|turno)\s+"
        r"(?:successiv[oa]|seguente)\b|\b(?:passa|passi|passare)\s+(?:alla|al)\s+(?:fase|step)\s+successiv[oa]\b"
        r"|\bcandidatura\s+[èe]\s+stata\s+(?:selezionata|ritenuta\s+(?:idonea|interessante|in\s+linea))\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:[èe]|sei)\s+ancora\s+interessat[oa](?:/[ae]|\([ae]\))?|\bancora\s+interessat[oa]\s+(?:a|alla|al)\b|"
        r"\bconfermar\w*\s+(?:il\s+)?(?:suo|tuo)\s+interesse\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:discut\w+|valut\w+|confront\w+|parl\w+|ragion\w+)\s+(?:\w+\s+)?internamente\b|\bconfronto\s+"
        r"interno\b|\bdebrief\w*\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\b(?:non\s+vediamo\s+l'ora|felici)\s+di\s+lavorare\s+con\s+(?:lei|te|voi)\b|\baspettative\s+"
        r"(?:economiche|retributive|salariali)\b|\b(?:data\s+di\s+(?:inizio|disponibilit[àa])|preavviso)\b|"
        r"\b(?:siamo|sono)\s+(?:rimast[ie]\s+)?(?:molto\s+)?colpit[ie]\b|\b(?:piacere|lieti|felici)\s+di\s+"
        r"(?:averl\w+|averti)\s+(?:conosciut\w+|incontrat\w+|sentit\w+)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\b(?:aggiornamento|novit[àa]|notizie)\s+(?:sulla|sul|riguardo\s+(?:la|alla))\s+(?:sua|tua)\s+candidatura\b"
        r"|\bprossim[ie]\s+(?:step|passi|fasi)\b",
    ),
    cue(K.STATUS_UPDATE, 2.5, r"\bin\s+(?:fase\s+di\s+)?(?:valutazione|revisione|esame)\b", "conditional"),
    cue(
        K.STATUS_UPDATE,
        2,
        rf"\b{_YOUR}\s+candidatura\s+(?:[èe]|[èe]\s+stata)\s+(?:ancora\s+|attualmente\s+)?(?:in\s+(?:fase\s+di\s+)?"
        r"(?:valutazione|revisione|esame)|inoltrata|condivisa|trasmessa)\b",
    ),
    # --- application_received --------------------------------------------------------------------
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        rf"\b(?:ricevut[oa]|ricevuto\s+correttamente)\s+(?:la\s+|il\s+)?{_YOUR}\s+(?:\w+\s+){{0,2}}?"
        r"(?:candidatura|curriculum|cv)\b"
        rf"|\b{_YOUR}\s+candidatura\b[^.;!?]{{0,80}}?\b(?:[èe]\s+stata|risulta)\s+(?:correttamente\s+|"
        r"regolarmente\s+)?(?:ricevuta|inviata|registrata|inoltrata|trasmessa|acquisita|presa\s+in\s+carico)\b"
        r"|\b(?:l'abbiamo|l'ho|che\s+abbiamo)\s+(?:correttamente\s+|gi[àa]\s+)?ricevut[oa]\b"
        r"|\bconferma\s+(?:di\s+)?(?:ricezione|ricevimento|candidatura|invio)\b|\bcandidatura\s+(?:ricevuta|"
        r"inviata|registrata)\b|\b(?:ricezione|ricevimento)\s+(?:della|del)\s+(?:sua|tua)\s+(?:candidatura|cv)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        2.5,
        r"\b(?:grazie|ringrazi\w+)\s+(?:mille\s+)?(?:\w+\s+)?(?:per|della)\s+(?:la\s+)?(?:(?:sua|tua)\s+)?candidatura\b|\bgrazie\s+(?:mille\s+)?"
        r"(?:per\s+esserti|per\s+essersi|di\s+esserti|di\s+essersi)\s+candidat[oa]\b|\bgrazie\s+(?:per|dell')\s*"
        r"(?:l')?interesse\s+(?:dimostrato|mostrato|manifestato|per)\b|\bgrazie\s+per\s+aver(?:e)?\s+"
        r"(?:inviato|candidato|presentato)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1.5,
        r"\b(?:valuteremo|esamineremo|analizzeremo|leggeremo|prenderemo\s+in\s+esame|(?:la|lo|li)\s+"
        r"(?:esaminer[àa]|valuter[àa]|legger[àa])|il\s+nostro\s+team\s+"
        r"valuter[àa])\b|\b(?:valutare|esaminare|analizzare)\s+(?:con\s+attenzione\s+)?(?:la\s+|il\s+)?"
        r"(?:sua|tua|suo|tuo)\s+(?:candidatura|profilo|cv)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1,
        r"\b(?:sar[àa]|sarai|verr[àa]|verrai)\s+(?:ricontattat[oa]|contattat[oa])\b|\b(?:la|ti)\s+"
        r"(?:ricontatteremo|contatteremo)\b",
    ),
    # --- not_job -------------------------------------------------------------------------------------
    # Employers do not charge candidates: fees, deposits, prepaid top-ups mean a scam.
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:pagare|versare|bonificare|inviare|acquistare|anticipare|ricaricare)\b[^.;!?]{0,60}?\b(?:quota|"
        r"spese|deposito|cauzione|tassa|buoni\s+regalo|gift\s*card|ricarica|postepay|bitcoin|cripto\w*|"
        r"western\s+union|moneygram)\b"
        r"|\b(?:quota|tassa|spese|contributo)\s+(?:di\s+)?(?:iscrizione|registrazione|attivazione|formazione|"
        r"pratica|segreteria|selezione)\b"
        r"|\b(?:colloquio|selezione|recruiter|selezionatore|hr|contattar\w*|scriver\w*|aggiungi\w*)\b"
        r"[^.;!?\n]{0,60}\b(?:su|via|tramite)\s+(?:whatsapp|telegram|signal)\b"
        r"|\b(?:whatsapp|telegram)\b[^.;!?\n]{0,60}\b(?:colloquio|recruiter|selezionatore|compenso|guadagn\w+)\b"
        r"|\b(?:assegno|bonifico)\b[^.;!?]{0,60}\b(?:acquistare|acquisto|comprare)\b[^.;!?]{0,40}\b(?:attrezzatura|"
        r"materiale|computer|software)\b"
        r"|\bsenza\s+colloquio\b[^.;!?]{0,80}\b(?:\d+\s*(?:€|euro)|immediat\w+)"
        # buy the kit from "our supplier" and get a cheque: the fake-cheque scheme
        r"|\b(?:acquist\w+|compr\w+)\b[^.;!?]{0,80}\b(?:software|attrezzatura|materiale|kit|computer)\b[^.;!?]{0,80}"
        r"\b(?:assegno|bonifico)\b|\b(?:acquist\w+|compr\w+)\b[^.;!?]{0,60}\b(?:dal|presso\s+il)\s+nostro\s+"
        r"fornitore\b",
        "employer_pays",
        tags=("scam",),
    ),
    # Identity papers asked for up front to "activate" a job nobody interviewed for.
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:copia|foto|scansione)\s+(?:fronte[- ]retro\s+)?(?:del|della|di)\s+(?:(?:suo|tuo|sua|tua)\s+)?"
        r"(?:documento\s+d'identit[àa]|carta\s+d'identit[àa]|passaporto|carta\s+di\s+credito)\b[^.;!?]{0,100}\b"
        r"(?:attivare|confermare|riservare|sbloccare|convalidare)\s+(?:la|il)\s+(?:(?:sua|tua|suo|tuo)\s+)?"
        r"(?:iscrizione|posizione|posto|assunzione|account)\b",
        "employer_pays",
        tags=("scam",),
    ),
    cue(
        K.NOT_JOB,
        4,
        r"\b(?:job\s+)?alert\s+(?:di\s+)?lavoro\b|\bnuove\s+offerte\s+(?:di\s+lavoro\s+)?(?:per\s+te|per\s+lei|"
        r"in\s+linea|che\s+corrispondono|compatibili)\b|\bofferte\s+(?:di\s+lavoro\s+)?(?:che\s+)?"
        r"(?:corrispond\w+|in\s+linea)\s+(?:a|al|alla|ai|con)\s+(?:(?:tuo|suo|tua|sua|tuoi|suoi|tue|sue)\s+)?"
        r"(?:ricerc\w+|profilo|criteri|preferenze)\b|\bofferte\s+(?:che\s+)?potrebbero\s+interessar\w+\b|"
        r"\bofferte\s+(?:consigliate|suggerite|simili)\b|\b\d+\s+nuove\s+offerte\b|\bannunci\s+(?:per\s+te|"
        r"consigliati|simili)\b|\blavori\s+consigliati\b",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\b(?:ricevi|riceve)\s+(?:questa|questo)\s+(?:e-?mail|messaggio|comunicazione)\b|\bgestisci\s+(?:le\s+)?"
        r"(?:tue\s+)?(?:notifiche|preferenze|alert|iscrizioni)\b|\bdisiscriv\w+|\bcancella\s+(?:l')?iscrizione\b|"
        r"\bannulla\s+(?:l')?iscrizione\b",
        tags=("boilerplate",),
    ),
    cue(
        K.NOT_JOB,
        1.5,
        r"\bvedi\s+(?:l')?offerta\b|\bcandidati\s+(?:ora|subito)\b|\bcandidatura\s+(?:semplificata|rapida)\b|"
        r"\bvedi\s+tutte\s+le\s+offerte\b|\bsalva\s+(?:l')?offerta\b",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bnewsletter\b|\bin\s+questo\s+numero\b|\bwebinar\b|\bcareer\s+day\b|\bjob\s+(?:day|fair)\b|"
        r"\bfiera\s+del\s+lavoro\b|\bposti\s+limitati\b|\biscriviti\b|\bconsigli\s+per\s+(?:superare|preparare|"
        r"affrontare)\b|\bopen\s+day\b",
    ),
    # The user's own employer broadcasting internal openings.
    cue(
        K.NOT_JOB,
        3.5,
        r"\bjob\s+posting\s+interno\b|\bposizioni\s+aperte\s+internamente\b|\bmobilit[àa]\s+interna\s*:|"
        r"\bcar[ie]\s+(?:colleghi|colleghe)\b|\ba\s+tutt[ie]\s+(?:i\s+)?(?:colleghi|dipendenti|collaboratori)\b|"
        r"\bintranet\b|\bparlane\s+con\s+il\s+tuo\s+responsabile\b|\b(?:nuova\s+)?posizione\s+interna\s*:|"
        r"\bprogramma\s+(?:di\s+)?(?:referral|segnalazione)\b|\bbonus\s+(?:di\s+)?(?:referral|segnalazione)\b",
    ),
    cue(
        K.NOT_JOB,
        3.5,
        r"\b(?:creare|attivare|verificare|convalidare)\s+(?:il\s+)?(?:tuo|suo)\s+(?:account|profilo\s+candidato)\b"
        r"|\breimposta\w*\s+(?:la\s+)?(?:(?:tua|sua)\s+)?password\b|\bconferma\w*\s+(?:il\s+)?(?:tuo|suo)\s+"
        r"indirizzo\s+e-?mail\b",
        "conditional",
    ),
    # Sourcing outreach about a role the user never applied to.
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:visto|notato|trovato|letto|visionato)\s+(?:il\s+)?(?:tuo|suo)\s+profilo\b|"
        r"\b(?:tuo|suo)\s+profilo\s+(?:ha\s+)?(?:attirato|colpito)\s+(?:la\s+)?(?:mia|nostra)\s+attenzione\b|"
        r"\bmi\s+permetto\s+di\s+(?:contattarl\w+|contattarti|scriverl\w+|scriverti)\b|"
        r"\b(?:un|uno)\s+(?:dei\s+)?(?:nostri|miei)\s+clienti\b|\bper\s+conto\s+(?:di\s+)?(?:un|una|nostro|"
        r"nostra|mio|mia)\s+(?:\w+\s+)?client\w*\b|\bsociet[àa]\s+di\s+(?:ricerca\s+e\s+selezione|head\s*hunting)\b|"
        r"\bhead\s*hunter\b|\b(?:apert[oa]|interessat[oa])\s+a\s+(?:nuove|valutare\s+nuove)\s+opportunit[àa]\b|"
        r"\b(?:saresti|sarebbe)\s+(?:apert[oa]|interessat[oa]|disponibile)\s+(?:a|ad)\s+(?:una\s+)?(?:chiacchierata|"
        r"confronto|valutare|nuove)\b",
        tags=("cold",),
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\bquestionario\s+di\s+(?:soddisfazione|gradimento)\b|\b(?:tua|sua)\s+opinione\s+sul\s+(?:nostro\s+)?"
        r"processo\s+di\s+selezione\b|\bvaluta\s+la\s+(?:tua|sua)\s+esperienza\s+(?:di\s+)?candidat\w+\b",
    ),
    cue(
        K.NOT_JOB,
        2,
        r"\b(?:tuo|suo)\s+ordine\b|\bspedizione\b|\bpacco\b|\bcodice\s+di\s+tracciamento\b|\bfattura\b|"
        r"\bavviso\s+di\s+sicurezza\b",
    ),
)

# Words that put the mail inside a hiring process at all (otherwise unmatched mail is not_job).
APPLICATION_CONTEXT = (
    r"\b(?:(?:sua|tua)\s+candidatura|candidat\w*|colloqui\w*|selezion\w+|recruit\w*|"
    r"(?:la|questa|della|alla)\s+posizione|il\s+ruolo|assunzion\w+|contratto|retribuzione|ral|stipendio|"
    r"primo\s+giorno|inserimento|onboarding|referenze|curriculum|cv|prossim[oa]\s+(?:step|fase)|"
    r"lettera\s+di\s+presentazione|stage|tirocinio|videochiamata|call)\b"
)
# The user's own application is referenced: cold outreach never says this.
OWN_APPLICATION = (
    r"\b(?:(?:sua|tua)\s+candidatura|(?:ti\s+sei|si\s+[èe])\s+candidat[oa]|(?:esserti|essersi)\s+candidat[oa]|"
    r"(?:suo|tuo)\s+colloquio|interesse\s+(?:dimostrato|mostrato|manifestato)\s+per)\b"
)


RULES = LanguageRules(
    language="it",
    guards=GUARDS,
    cues=CUES,
    application_context=APPLICATION_CONTEXT,
    own_application=OWN_APPLICATION,
)


DATES = DateWords(
    weekdays={
        "lunedì": 0,
        "lunedi": 0,
        "lun": 0,
        "martedì": 1,
        "martedi": 1,
        "mar": 1,
        "mercoledì": 2,
        "mercoledi": 2,
        "mer": 2,
        "giovedì": 3,
        "giovedi": 3,
        "gio": 3,
        "venerdì": 4,
        "venerdi": 4,
        "ven": 4,
        "sabato": 5,
        "sab": 5,
        "domenica": 6,
        "dom": 6,
    },
    months={
        "gennaio": 1,
        "gen": 1,
        "febbraio": 2,
        "feb": 2,
        "marzo": 3,
        "mar": 3,
        "aprile": 4,
        "apr": 4,
        "maggio": 5,
        "mag": 5,
        "giugno": 6,
        "giu": 6,
        "luglio": 7,
        "lug": 7,
        "agosto": 8,
        "ago": 8,
        "settembre": 9,
        "set": 9,
        "sett": 9,
        "ottobre": 10,
        "ott": 10,
        "novembre": 11,
        "nov": 11,
        "dicembre": 12,
        "dic": 12,
    },
    numbers={
        "un": 1,
        "una": 1,
        "uno": 1,
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "undici": 11,
        "dodici": 12,
        "quattordici": 14,
        "venti": 20,
        "trenta": 30,
        "qualche": 3,
        "pochi": 3,
        "alcuni": 3,
        "alcune": 3,
    },
    aliases={
        "prossima": "next",
        "prossimo": "next",
        "successiva": "next",
        "successivo": "next",
        "questa": "this",
        "questo": "this",
        "la": "the",
        "il": "the",
        "della": "the",
        "del": "the",
        "settimana": "week",
        "settimane": "week",
        "mese": "month",
        "mesi": "month",
        "inizio": "early",
        "metà": "mid",
        "meta": "mid",
        "fine": "end",
        "oggi": "today",
        "domani": "tomorrow",
        "dopodomani": "day after tomorrow",
        "giorno": "day",
        "giorni": "day",
        "ora": "hour",
        "ore": "hour",
        "lavorativi": "business",
        "lavorativo": "business",
        "quindici giorni": "fortnight",
        "quindicina": "fortnight",
        "mezzogiorno": "noon",
        "mezzanotte": "midnight",
    },
    numeric_day_first=True,
    patterns={
        "wd": (
            r"(?P<wd>lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi"
            r"|sabato|"
            r"domenica|(?:lun|mar|mer|gio|ven|sab|dom)(?=\.))"
        ),
        # "martedì 14 gennaio", "il 14 gennaio 2026", "mar. 14 gen."
        "day_first": (
            r"\b(?:{WD}\.?,?\s+)?(?:il\s+"
            r"|l['’])?(?P<day>\d{1,2})\s+(?P<month>{MONTH})\b\.?(?:\s+(?P<year>20\d\d)\b)?"
        ),
        "numeric": (
            r"\b(?:{WD}\.?,?\s+)?(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>20\d\d|\d\d)\b"
        ),
        "end_of_named_month": r"\b(?P<which>inizio|metà|meta|fine)\s+(?P<month>{MONTH})\b",
        "relative_day": r"\b(?P<word>dopodomani|oggi|domani)\b",
        # "entro venerdì", "venerdì prossimo", "questo venerdì"
        "weekday": (
            r"\b(?:(?P<mod>questo|questa)\s+)?"
            r"(?P<wd>lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi"
            r"|sabato|"
            r"domenica)(?!\w)(?:\s+prossim[oa])?(?!\s*-)"
        ),
        # "la prossima settimana", "entro la prossima settimana", "fine della prossima settimana"
        "week_month": (
            r"\b(?:(?P<part>inizio|metà|meta|fine)\s+(?:della\s+|del\s+|di\s+)?)?"
            r"(?:(?P<which>la|il|questa|questo|prossima|prossimo|della|del)\s+)"
            r"(?:(?P<which3>prossima|prossimo)\s+)?(?P<unit>settimana|mese)\b"
            r"(?:\s+(?P<which2>prossima|prossimo|successiva|successivo))?"
        ),
        # "entro due settimane", "entro 5 giorni lavorativi", "nei prossimi giorni", "tra quindici giorni"
        "span": (
            r"\b(?:entro|tra|fra|in)\s+(?:una\s+)?(?P<unit5>quindici\s+giorni|quindicina)\b"
            r"|\b(?:entro|tra|fra|nei\s+prossimi|nelle\s+prossime|entro\s+i\s+prossimi"
            r"|entro\s+le\s+prossime)\s+"
            r"(?P<n1>{NUM})(?:\s*(?:-|–|o)\s*(?P<n2>{NUM}))?\s+(?P<unit>giorni|giorno|settimane|settimana"
            r"|mesi|mese|ore|ora)"
            r"(?:\s+(?P<kind>lavorativi|lavorativo))?\b"
            r"|\b(?:hai|ha|avrai|avrà)\s+(?P<n5>{NUM})\s+(?P<unit4>giorni|settimane|ore)"
            r"(?:\s+(?P<kind4>lavorativi))?\s+(?:di\s+tempo\s+)?per\b"
        ),
        "ordinal_day": (
            r"\b(?:lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato"
            r"|domenica)\s+(?P<day>[1-9]|[12]\d|3[01])\b(?![:./,]?\d)(?!\s*(?:{MONTH})\b)"
        ),
        "within_the_week": r"\b(?:entro|in)\s+(?:questa|la)\s+settimana\b|\bentro\s+fine\s+settimana\b",
        "weekday_range": (
            r"\b(?:da\s+)?(?:lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì"
            r"|venerdi|"
            r"sabato|domenica)\s*(?:-|–|a)\s*(?:lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|"
            r"giovedi|venerdì|venerdi|sabato|domenica)(?!\w)"
        ),
        "moving": r"\b(?:spost\w*|rinvi\w*|posticip\w*|modific\w*|cambi\w*|anticip\w*)\b",
        "noon": r"\b(?P<word>mezzogiorno|mezzanotte)\b",
        "time_word": r"(?<![\d:/.])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<unit>h\b)",
        "time_gap": r"alle|all['’]|ore|dalle|orario\s*:?|ora\s*:?|alle\s+ore",
        "time_gap_before": r"di|il",
        "time_label": r"orario|ora",
    },
)

_IT_NAME = r"(?P<name>[^\n]{1,90})"
# A role title: a first word, then up to seven more (French, Spanish, Portuguese and Italian titles go on in
# lower case: "Chef de projet digital"), ending before the words that start the rest of the sentence.
_IT_ROLE = (
    r"[\w][\w&'’/+#.()*:-]*(?:[ \t]+(?!(?:e|noi|presso|in|per|che|con|è|ha|abbiamo|a|al|alla|la|tua|sua"
    r"|nostra|nostro|da|come)\b)[\w&'’/+#.()*:-]+){0,7}"
)

EXTRACTION = ExtractionWords(
    team_words=frozenset({"risorse", "umane", "hr", "selezione", "recruiting", "carriere", "lavora"}),
    connectors=frozenset({"e", "&", "di", "del", "della", "dei", "delle"}),
    stop_tokens=frozenset(
        {
            "la",
            "tua",
            "sua",
            "candidatura",
            "colloquio",
            "invito",
            "offerta",
            "proposta",
            "posizione",
            "presso",
        }
        | {"per", "in", "con", "noi", "è", "cerca", "grazie", "ringrazia", "risposta"}
    ),
    generic=frozenset(
        {"referenze", "invito", "firmato", "completato", "documento", "contratto"}
        | {"candidatura", "posizione", "team", "azienda", "società", "societa", "ciao", "gentile", "salve"}
        | {"cordiali saluti", "saluti", "grazie", "colloquio", "offerta", "proposta", "lunedì", "martedì"}
        | {"mercoledì", "giovedì", "venerdì", "sabato", "domenica", "gennaio", "febbraio", "marzo", "aprile"}
        | {"maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}
        | {"risorse umane", "hr", "selezione", "il team", "candidato", "candidata", "purtroppo"}
        | {"congratulazioni", "complimenti", "buongiorno"}
    ),
    title_words=frozenset(
        {
            "ingegnere",
            "sviluppatore",
            "sviluppatrice",
            "programmatore",
            "programmatrice",
            "tecnico",
            "tecnica",
        }
        | {"responsabile", "direttore", "direttrice", "impiegato", "impiegata", "addetto", "addetta"}
        | {"contabile", "consulente", "assistente", "stagista", "tirocinante", "commerciale", "venditore"}
        | {"venditrice", "infermiere", "infermiera", "analista", "coordinatore", "coordinatrice", "capo"}
        | {"progettista", "magazziniere", "insegnante", "m/f", "(m/f)"}
    ),
    org_words=frozenset(
        {"s.r.l.", "srl", "s.p.a.", "spa", "s.a.s.", "s.n.c.", "gruppo", "banca", "assicurazioni", "ospedale"}
        | {"clinica", "fondazione", "università", "associazione", "industrie", "cooperativa", "consorzio"}
    ),
    unit_words=frozenset({"dipartimento", "direzione", "ufficio", "area", "servizio"}),
    function_words=frozenset({"hr", "finanza", "vendite", "marketing", "legale", "amministrazione", "it"}),
    recruiting_words=frozenset({"selezione", "recruiting", "hr", "talent"}),
    honorifics=frozenset({"sig", "sig.ra", "sigra", "dott", "dott.ssa", "dottssa", "ing", "avv"}),
    non_starters=frozenset(
        {"la", "il", "tua", "sua", "grazie", "ciao", "gentile", "purtroppo", "congratulazioni", "complimenti"}
        | {"cordiali", "buongiorno", "salve", "noi"}
    ),
    title_like=frozenset({"selezione", "hr", "recruiter", "risorse"}),
    signature_titles=frozenset({"selezione", "hr", "responsabile"}),
    initials_skip=frozenset({"e", "di", "del", "della"}),
    generic_domain_labels=frozenset({"lavoro", "carriere", "selezione", "lavoraconnoi"}),
    body_names=(
        # "Brenner Logistik GmbH" on a signature or legal-footer line of its own
        NameCue(2, legal_name_source(), title_case_stops=False),
        # "Brenner Logistik hat Ihnen ein Dokument gesendet": signature services name the employer so
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:ti[ \t]+ha|le[ \t]+ha|vi[ \t]+ha|ti[ \t]+invita|la[ \t]+invita)[ \t]+(?:inviato|invitato"
            r"|condiviso|richiesto|a[ \t]+firmare)",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(
            2.5, r"(?i:\b(?:l['’]azienda|la\s+società|il\s+datore\s+di\s+lavoro|azienda\s*:)\s+)" + _IT_NAME
        ),
        NameCue(
            3,
            r"(?i:\b(?:candidatura|interesse)\s+(?:presso|per|in|verso|a)\s+(?:la\s+società\s+"
            r"|l['’]azienda\s+)?)" + _IT_NAME,
        ),
        NameCue(2.5, r"(?i:\bbenvenut[oai]\s+(?:in|a|nel\s+team\s+di)\s+)" + _IT_NAME),
        NameCue(2, r"(?i:\bper\s+conto\s+di\s+)" + _IT_NAME),
        NameCue(
            2.5,
            r"(?i:\b(?:entrare\s+(?:a\s+far\s+parte\s+)?(?:in|di|del\s+team\s+di)|unirti\s+a)\s+)" + _IT_NAME,
        ),
        NameCue(
            2.5,
            r"(?i:\b(?:posizione|lavoro|colloquio|tirocinio|stage|opportunità|carriera)\s+(?:presso|in"
            r"|con)\s+)" + _IT_NAME,
        ),
        NameCue(2, r"(?i:\bil\s+team\s+(?:hr\s+|selezione\s+|recruiting\s+)?(?:di\s+)?)" + _IT_NAME),
    ),
    subject_names=(
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:ti[ \t]+ha|le[ \t]+ha|vi[ \t]+ha|ti[ \t]+invita|la[ \t]+invita)[ \t]+(?:inviato|invitato"
            r"|condiviso|richiesto|a[ \t]+firmare)",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(3, r"(?i:\bcandidatura\s+(?:presso|per|in)\s+)" + _IT_NAME),
        NameCue(2.5, r"(?i:\b(?:presso|con)\s+)" + _IT_NAME),
    ),
    roles=(
        rf"(?i:\b(?:posizione|ruolo|posto|tirocinio|stage)\s+(?:di|da|come)\s+)(?P<role>{_IT_ROLE})",
        rf"(?i:\bcandidatura\s+(?:per\s+la\s+posizione\s+di|per\s+il\s+ruolo\s+di"
        rf"|come)\s+)(?P<role>{_IT_ROLE})",
        rf"(?i:\bcome\s+)(?P<role>{_IT_ROLE})(?i:\s+(?:presso|in|nel)\s)",
    ),
    subject_roles=(rf"(?i:\b(?:posizione|candidatura|ruolo)\s+(?:di|:|per)\s*)(?P<role>{_IT_ROLE})",),
    patterns={
        "display_prefix": (
            r"^(?:HR|Risorse\s+Umane|Selezione|Recruiting|Carriere|Ufficio\s+HR)(?:\s*[-|:–—]\s*|\s+(?:di"
            r"|presso)\s+|\s+)(?=[A-Z0-9À-Þ])"
        ),
        "display_suffix": (
            r"(?i)^(?P<name>.+?)(?<![\s,|-])[\s,|-]++(?:hr|risorse\s+umane|selezione|recruiting|carriere|"
            r"lavora\s+con\s+noi)\s*$"
        ),
        "display_person_at": r"(?i)^(?P<person>.+?)(?<!\s)\s++(?:presso|di)\s+(?P<name>.+)$",
        "sign_off": (
            r"(?i)^(?:cordiali\s+saluti|distinti\s+saluti|un\s+cordiale\s+saluto|saluti|grazie|a\s+presto|"
            r"buona\s+giornata|un\s+caro\s+saluto|cordialmente)[,.!]?\s*$"
        ),
        "boilerplate": (
            r"(?i)\b(?:disiscriviti|annulla\s+l['’]iscrizione|privacy|messaggio\s+automatico"
            r"|non\s+rispondere)"
        ),
        "document_title": (
            r"(?i)\b(?:contratto\s+di\s+lavoro|lettera\s+di\s+(?:offerta|assunzione)"
            r"|proposta\s+di\s+assunzione)\b"
        ),
        "role_tail": r"(?i)\s+(?:presso|di|del|in|e|&|-|–)\s*$|\s+posizione\s*$|[\s,.]+$",
        "role_company_split": r"(?<!\s)\s+(?:presso|@)\s+(?=[A-ZÀÈÉ])",
        "role_bounded": r"(?i)(?:posizione|ruolo)$",
        "requisition": (
            r"(?i:\b(?:rif(?:erimento)?|codice(?:\s+annuncio|\s+posizione)?|ref"
            r"|id\s+annuncio)\.?\s*+[:#n°]*\s*+)"
            r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z]{0,6}[-_]?[A-Z0-9][A-Z0-9-_]{2,24})\b"
        ),
        "requisition_not": r"(?i)candidat|telefono|tel\.|cellulare",
        "employer_promise": (
            r"(?i)\b(?:ti|le|vi)\s+(?:faremo|faremo\s+sapere|contatteremo|ricontatteremo|risponderemo|"
            r"comunicheremo|invieremo|manderemo|daremo|aggiorneremo|scriveremo)\b"
            r"|\b(?:faremo\s+sapere|contatteremo|ricontatteremo|risponderemo|comunicheremo|invieremo|"
            r"manderemo|daremo\s+(?:un\s+)?(?:riscontro|risposta|feedback)|prenderemo\s+(?:una\s+)?decisione|"
            r"decideremo|saremo\s+in\s+grado|ci\s+faremo\s+sentire|ci\s+sentiamo|ti\s+mando|le\s+mando"
            r"|ti\s+invio)\b"
            r"|\b(?:riceverai|riceverà|ricevera|avrai|avrà)\s+(?:\w+\s+){0,4}?"
            r"(?:risposta|notizie|riscontro|contratto|proposta|offerta|decisione|feedback)\b"
            r"|\b(?:il\s+)?(?:contratto|proposta\s+(?:scritta|formale)"
            r"|lettera\s+di\s+offerta)\s+(?:\w+\s+){0,3}?"
            r"(?:arriverà|seguirà|ti\s+sarà\s+inviat[oa]|le\s+sarà\s+inviat[oa])"
        ),
        "candidate_deadline": (
            r"(?i)\b(?:ti\s+(?:chiediamo|preghiamo)|la\s+(?:preghiamo|invitiamo)|ti\s+invitiamo|per\s+favore|"
            r"potresti|potrebbe|puoi|può)\b[^.;!?]{0,140}?\b(?:entro|prima\s+di|non\s+oltre)\b"
            r"|\b(?:scadenza|termine\s+ultimo|non\s+oltre|valid[oa]\s+fino|scade\w*)\b"
            r"|\b(?:hai|ha|avrai|avrà|devi|deve)\b[^.;!?]{0,80}?\b(?:entro|fino\s+a|per)\b"
            r"|\b(?:conferm|rispond|invi|firm|compil|complet)\w*\b[^.;!?]{0,80}?\b(?:entro|prima\s+di)\b"
        ),
        "asks_candidate": (
            r"(?i)\b(?:ti\s+(?:chiediamo|preghiamo|invitiamo)|la\s+(?:preghiamo|invitiamo)|per\s+favore)\b"
            r"|\b(?:devi|deve|dovrai|dovrà)\b|\bscadenza\b|^\W*(?:conferma|rispondi|invia|firma|compila"
            r"|completa)\b"
        ),
        "employer_first": (
            r"(?i)^\W*(?:noi|il\s+(?:nostro\s+)?team|ti\s+faremo|le\s+faremo|ti\s+contatteremo|faremo)\b"
        ),
        "employer_will": (
            r"(?i)\b(?:faremo|contatteremo|ricontatteremo|risponderemo|comunicheremo|invieremo|daremo|"
            r"prevediamo|contiamo|speriamo)\b"
            r"|\b(?:riceverai|riceverà|avrai|avrà)\s+(?:\w+\s+){0,3}?(?:risposta|notizie|riscontro)"
        ),
        "not_heard": (
            r"(?i)\b(?:se|qualora)\s+non\s+(?:dovessi|dovesse|ricevi|riceve|avessi"
            r"|avesse)\s+(?:\w+\s+){0,3}?(?:notizie|risposta|riscontro)"
        ),
        "after_that": (
            r"(?i)\b(?:dopodiché|dopo\s+di\s+che|successivamente|in\s+seguito|non\s+appena"
            r"|una\s+volta\s+che)\b"
        ),
        "allow_for_answer": (
            r"(?i)\b(?:processo|valutazione|selezione|risposta)\s+(?:\w+\s+){0,3}?(?:può\s+richiedere"
            r"|potrebbe\s+richiedere|richiede)\b"
        ),
        "past_context": (
            r"(?i)\b(?:inizialmente|invece\s+di|anziché|annullat[oa]|non\s+(?:è|e)\s+più|"
            r"grazie\s+per\s+(?:il\s+colloquio|la\s+chiacchierata|il\s+tuo\s+tempo|il\s+suo\s+tempo)|"
            r"ci\s+siamo\s+(?:visti|sentiti)|la\s+settimana\s+scorsa)\b"
        ),
        "approximate": r"(?i)\b(?:settimana|settimane|mese|mesi|entro|giorni|ore|quindicina)\b",
        "date_hint": (
            r"(?i)\d|\b(?:lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi"
            r"|sabato|"
            r"domenica|oggi|domani|dopodomani|settimana|settimane|mese|mesi|giorni|giorno|ore|quindicina"
            r"|gennaio|"
            r"febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)(?!\w)"
        ),
        "clause_split": r"(?i),?(?<![^\S\n])\s{1,80}+(?:e|ma)\s+(?=(?:noi|ti|le|vi|per\s+favore)\b)",
        "schedule_time_lead": r"(?i)\b(?:alle|dalle|alle\s+ore)\s*$",
        "moved_from": r"(?i)\b(?:da|dal|dalla)\s+$",
        "moved_to": r"(?i)(?<!\s)\s*(?:a|al|alla|→)\s+\w",
    },
)
