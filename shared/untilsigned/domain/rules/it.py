"""Italian: rules for mail in Italian."""

from __future__ import annotations

from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# --- dates and extraction (read by understanding/dates.py and extract.py) ---------------------------
# Italian as written in Italy and Ticino.

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
