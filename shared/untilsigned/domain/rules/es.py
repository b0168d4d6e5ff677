"""Spanish: rules for mail in Spanish."""

from __future__ import annotations

from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# --- dates and extraction (read by understanding/dates.py and extract.py) ---------------------------
# Spanish as written in Spain and the Canary Islands.

DATES = DateWords(
    weekdays={
        "lunes": 0,
        "lun": 0,
        "martes": 1,
        "mar": 1,
        "miércoles": 2,
        "miercoles": 2,
        "mié": 2,
        "mie": 2,
        "jueves": 3,
        "jue": 3,
        "viernes": 4,
        "vie": 4,
        "sábado": 5,
        "sabado": 5,
        "sáb": 5,
        "sab": 5,
        "domingo": 6,
        "dom": 6,
    },
    months={
        "enero": 1,
        "ene": 1,
        "febrero": 2,
        "feb": 2,
        "marzo": 3,
        "mar": 3,
        "abril": 4,
        "abr": 4,
        "mayo": 5,
        "may": 5,
        "junio": 6,
        "jun": 6,
        "julio": 7,
        "jul": 7,
        "agosto": 8,
        "ago": 8,
        "septiembre": 9,
        "setiembre": 9,
        "sept": 9,
        "sep": 9,
        "octubre": 10,
        "oct": 10,
        "noviembre": 11,
        "nov": 11,
        "diciembre": 12,
        "dic": 12,
    },
    numbers={
        "un": 1,
        "una": 1,
        "uno": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
        "catorce": 14,
        "quince": 15,
        "veinte": 20,
        "treinta": 30,
        "un par de": 2,
        "par de": 2,
        "unos": 3,
        "unas": 3,
        "pocos": 3,
        "varios": 5,
        "varias": 5,
    },
    aliases={
        "próximo": "next",
        "proximo": "next",
        "próxima": "next",
        "proxima": "next",
        "que viene": "next",
        "siguiente": "next",
        "este": "this",
        "esta": "this",
        "la": "the",
        "el": "the",
        "del": "the",
        "semana": "week",
        "mes": "month",
        "principios": "early",
        "comienzos": "early",
        "inicio": "early",
        "mediados": "mid",
        "finales": "end",
        "fin": "end",
        "final": "end",
        "hoy": "today",
        "mañana": "tomorrow",
        "manana": "tomorrow",
        "pasado mañana": "day after tomorrow",
        "pasado manana": "day after tomorrow",
        "día": "day",
        "dia": "day",
        "días": "day",
        "dias": "day",
        "semanas": "week",
        "meses": "month",
        "hora": "hour",
        "horas": "hour",
        "hábiles": "business",
        "habiles": "business",
        "laborables": "business",
        "laborable": "business",
        "naturales": "calendar",
        "quincena": "fortnight",
        "quince días": "fortnight",
        "quince dias": "fortnight",
        "mediodía": "noon",
        "mediodia": "noon",
        "medianoche": "midnight",
    },
    numeric_day_first=True,
    patterns={
        "wd": (
            r"(?P<wd>lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"
            r"(?:lun|mar|mié|mie|jue|vie|sáb|sab|dom)(?=\.))"
        ),
        # "martes 14 de enero", "el 14 de enero de 2026", "mar. 14 ene."
        "day_first": (
            r"\b(?:{WD}\.?,?\s+)?(?:el\s+)?(?:día\s+"
            r"|dia\s+)?(?P<day>\d{1,2})\s+(?:de\s+)?(?P<month>{MONTH})\b\.?"
            r"(?:\s+(?:de\s+|del\s+)?(?P<year>20\d\d)\b)?"
        ),
        "numeric": (
            r"\b(?:{WD}\.?,?\s+)?(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>20\d\d|\d\d)\b"
        ),
        "end_of_named_month": (
            r"\b(?:a\s+)?(?P<which>principios|comienzos|mediados|finales|final"
            r"|fin)\s+de\s+(?P<month>{MONTH})\b"
        ),
        # "mañana" is also the morning: "a las 10 de la mañana"
        "relative_day": (
            r"\b(?<!la\s)(?<!esta\s)(?P<word>pasado\s+mañana|pasado\s+manana|hoy|mañana|manana)\b"
        ),
        # "antes del viernes", "el viernes", "el próximo viernes" (the coming one), "este viernes"
        "weekday": (
            r"\b(?:(?:próximo|proximo)\s+|(?P<mod>este)\s+)?"
            r"(?P<wd>lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b"
            r"(?:\s+(?P<mod2>que\s+viene))?(?!\s*-)"
        ),
        # "la semana que viene", "la próxima semana", "a finales de la semana que viene", "el mes que viene"
        "week_month": (
            r"\b(?:(?:a\s+)?(?P<part>principios|comienzos|mediados|finales|final|fin)\s+de\s+)?"
            r"(?P<which>la|el|esta|este|próxima|proxima|próximo|proximo)\s+"
            r"(?:(?P<which3>próxima|proxima|próximo|proximo)\s+)?(?P<unit>semana|mes)\b"
            r"(?:\s+(?P<which2>que\s+viene|siguiente|próxima|proxima))?"
        ),
        # "en un plazo de dos semanas", "en los próximos 5 días hábiles", "dentro de 48 horas", "en 15 días"
        "span": (
            r"\b(?:en|dentro\s+de|antes\s+de)\s+(?:un\s+plazo\s+(?:máximo\s+)?de\s+"
            r"|el\s+plazo\s+de\s+)?(?:una\s+)?"
            r"(?P<unit5>quincena|quince\s+días|quince\s+dias)\b"
            r"|\b(?:en|dentro\s+de|antes\s+de)\s+(?:un\s+plazo\s+(?:máximo\s+)?de\s+|el\s+plazo\s+de\s+"
            r"|los\s+|las\s+)?"
            r"(?:próximos\s+|proximos\s+|próximas\s+|proximas\s+|siguientes\s+)?(?:máximo\s+)?"
            r"(?P<n1>{NUM})(?:\s*(?:-|–|a|o)\s*(?P<n2>{NUM}))?\s+(?P<unit>día|dia|semana|mes|hora)(?:s|es)?"
            r"(?:\s+(?P<kind>hábiles|habiles|laborables|naturales))?\b"
            r"|\b(?:tienes|tiene|tendrás|tendrá|dispones\s+de|dispone\s+de)\s+(?P<n5>{NUM})\s+"
            r"(?P<unit4>día|dia|semana|hora)s?(?:\s+(?P<kind4>hábiles|habiles|laborables))?\s+para\b"
        ),
        "ordinal_day": (
            r"\b(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado"
            r"|domingo)\s+(?:día\s+)?(?P<day>[1-9]|[12]\d"
            r"|3[01])\b(?![:./,]?\d)(?!\s*(?:de\s+)?(?:{MONTH})\b)"
        ),
        "within_the_week": (
            r"\b(?:a\s+lo\s+largo\s+de|durante|antes\s+de\s+que\s+acabe)\s+(?:la|esta)\s+semana\b"
        ),
        "weekday_range": (
            r"\b(?:de\s+)?(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\s*(?:-|–"
            r"|a)\s*"
            r"(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b"
        ),
        "moving": r"\b(?:cambi\w*|mov\w*|reprogram\w*|aplaz\w*|pospon\w*|traslad\w*)\b",
        "noon": r"\b(?P<word>mediodía|mediodia|medianoche)\b",
        # "a las 10:00", "a las 10h", "10:00 h"
        "time_word": (
            r"(?<![\d:/.])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<unit>h\b|hrs\b)"
        ),
        "time_gap": r"a\s+las|a\s+la|desde\s+las|hora\s*:?|horario\s*:?",
        "time_gap_before": r"el",
        "time_label": r"hora|horario",
    },
)

_ES_NAME = r"(?P<name>[^\n]{1,90})"
# A role title: a first word, then up to seven more (French, Spanish, Portuguese and Italian titles go on in
# lower case: "Chef de projet digital"), ending before the words that start the rest of the sentence.
_ES_ROLE = (
    r"[\w][\w&'’/+#.()*:-]*(?:[ \t]+(?!(?:y|nosotros|te|le|en|para|que|con|es|ha|hemos|tu|su|nuestro|nuestra"
    r"|a|al|por|como)\b)[\w&'’/+#.()*:-]+){0,7}"
)

EXTRACTION = ExtractionWords(
    team_words=frozenset({"rrhh", "rr.hh.", "recursos", "humanos", "selección", "seleccion", "empleo"}),
    connectors=frozenset({"y", "&", "de", "del", "la", "las", "los", "el"}),
    stop_tokens=frozenset(
        {"tu", "su", "candidatura", "entrevista", "invitación", "oferta", "puesto", "en", "para", "con"}
        | {"nos", "te", "le", "es", "busca", "gracias", "agradece", "agradecemos", "respuesta", "propuesta"}
    ),
    generic=frozenset(
        {"referencias", "invitación", "convocatoria", "firmado", "completado", "documento", "contrato"}
        | {"candidatura", "puesto", "equipo", "empresa", "hola", "estimado", "estimada", "saludos", "gracias"}
        | {"entrevista", "oferta", "propuesta", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"}
        | {"domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre"}
        | {"octubre", "noviembre", "diciembre", "recursos humanos", "rrhh", "selección", "el equipo"}
        | {"candidato", "candidata", "lamentablemente", "enhorabuena", "felicidades", "un saludo"}
    ),
    title_words=frozenset(
        {"ingeniero", "ingeniera", "desarrollador", "desarrolladora", "programador", "programadora", "jefe"}
        | {"jefa", "responsable", "director", "directora", "técnico", "técnica", "tecnico", "tecnica"}
        | {"administrativo", "administrativa", "contable", "asesor", "asesora", "asistente", "becario"}
        | {"becaria", "comercial", "dependiente", "dependienta", "enfermero", "enfermera", "analista"}
        | {
            "consultor",
            "consultora",
            "coordinador",
            "coordinadora",
            "gestor",
            "gestora",
            "abogado",
            "abogada",
        }
        | {"profesor", "profesora", "camarero", "camarera", "cocinero", "cocinera", "recepcionista", "h/m"}
        | {"(h/m)", "m/h", "(m/h)"}
    ),
    org_words=frozenset(
        {"s.l.", "s.a.", "sl", "sa", "slu", "grupo", "banco", "seguros", "hospital", "clínica", "fundación"}
        | {"universidad", "consultores", "asociados", "hermanos", "hotel", "hoteles", "cooperativa"}
    ),
    unit_words=frozenset({"departamento", "dirección", "área", "servicio"}),
    function_words=frozenset({"rrhh", "finanzas", "ventas", "marketing", "legal", "tecnología", "sistemas"}),
    recruiting_words=frozenset({"selección", "seleccion", "rrhh", "talento"}),
    honorifics=frozenset({"sr", "sra", "srta", "don", "doña", "d", "dña"}),
    non_starters=frozenset(
        {"tu", "su", "gracias", "hola", "estimado", "estimada", "querido", "querida", "lamentablemente"}
        | {"enhorabuena", "un", "saludos", "el", "la", "los", "las"}
    ),
    title_like=frozenset({"selección", "seleccion", "rrhh", "talento", "técnica", "técnico"}),
    signature_titles=frozenset({"técnica", "técnico", "tecnica", "tecnico", "responsable"}),
    initials_skip=frozenset({"y", "de", "del", "la", "el"}),
    generic_domain_labels=frozenset({"empleo", "trabajo", "seleccion", "rrhh"}),
    body_names=(
        # "Brenner Logistik GmbH" on a signature or legal-footer line of its own
        NameCue(2, legal_name_source(), title_case_stops=False),
        # "Brenner Logistik hat Ihnen ein Dokument gesendet": signature services name the employer so
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:te[ \t]+ha|le[ \t]+ha|os[ \t]+ha|te[ \t]+invita|le[ \t]+invita)[ \t]+(?:enviado|invitado"
            r"|solicitado|compartido|a[ \t]+firmar)",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(2.5, r"(?i:\b(?:la\s+empresa|el\s+empleador|empresa\s*:)\s+)" + _ES_NAME),
        NameCue(
            3,
            r"(?i:\b(?:candidatura|interés|interes|inscripción|inscripcion)\s+(?:en|a|para"
            r"|con)\s+(?:la\s+empresa\s+)?)" + _ES_NAME,
        ),
        NameCue(2.5, r"(?i:\bbienvenid[oa]s?\s+a\s+)" + _ES_NAME),
        NameCue(2, r"(?i:\ben\s+nombre\s+de\s+)" + _ES_NAME),
        NameCue(
            2.5,
            r"(?i:\b(?:unirte|unirse|incorporarte|incorporarse|formar\s+parte\s+de)\s+(?:a\s+"
            r"|al\s+equipo\s+de\s+)?)" + _ES_NAME,
        ),
        NameCue(
            2.5,
            r"(?i:\b(?:puesto|empleo|entrevista|prácticas|practicas|vacante|posición|posicion)\s+(?:en"
            r"|con)\s+)" + _ES_NAME,
        ),
        NameCue(
            2,
            r"(?i:\bel\s+equipo\s+(?:de\s+)?(?:selección\s+|seleccion\s+|rrhh\s+|talento\s+)?(?:de\s+)?)"
            + _ES_NAME,
        ),
    ),
    subject_names=(
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:te[ \t]+ha|le[ \t]+ha|os[ \t]+ha|te[ \t]+invita|le[ \t]+invita)[ \t]+(?:enviado|invitado"
            r"|solicitado|compartido|a[ \t]+firmar)",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(3, r"(?i:\bcandidatura\s+(?:en|a|para)\s+)" + _ES_NAME),
        NameCue(2.5, r"(?i:\b(?:en|con)\s+)" + _ES_NAME),
    ),
    roles=(
        rf"(?i:\b(?:puesto|vacante|posición|posicion|prácticas)\s+(?:de|como)\s+)(?P<role>{_ES_ROLE})",
        rf"(?i:\bcandidatura\s+(?:al\s+puesto\s+de|para\s+el\s+puesto\s+de"
        rf"|a\s+la\s+vacante\s+de)\s+)(?P<role>{_ES_ROLE})",
        rf"(?i:\bcomo\s+)(?P<role>{_ES_ROLE})(?i:\s+(?:en|con)\s)",
    ),
    subject_roles=(rf"(?i:\b(?:puesto|vacante|candidatura)\s+(?:de|:)\s*)(?P<role>{_ES_ROLE})",),
    patterns={
        "display_prefix": (
            r"^(?:RRHH|RR\.HH\.|Recursos\s+Humanos|Selección|Seleccion|Talento|Empleo)(?:\s*[-|:–—]\s*"
            r"|\s+(?:en|de)\s+|\s+)(?=[A-Z0-9À-Þ])"
        ),
        "display_suffix": (
            r"(?i)^(?P<name>.+?)(?<![\s,|-])[\s,|-]++(?:rrhh|rr\.hh\.|recursos\s+humanos|selección|seleccion|"
            r"talento|empleo)\s*$"
        ),
        "sign_off": (
            r"(?i)^(?:un\s+|muchos\s+)?(?:saludos?|cordialmente|atentamente|un\s+abrazo|gracias|"
            r"saludos\s+cordiales|reciba\s+un\s+cordial\s+saludo|recibe\s+un\s+cordial\s+saludo)[,.!]?\s*$"
        ),
        "boilerplate": (
            r"(?i)\b(?:darte\s+de\s+baja|privacidad|mensaje\s+automático|no\s+respondas|no\s+responda)"
        ),
        "document_title": (
            r"(?i)\b(?:contrato\s+(?:de\s+trabajo|laboral)|carta\s+(?:de\s+)?oferta|oferta\s+de\s+empleo)\b"
        ),
        "role_tail": r"(?i)\s+(?:en|de|del|y|&|-|–)\s*$|\s+puesto\s*$|[\s,.]+$",
        "role_company_split": r"(?<!\s)\s+(?:en|@)\s+(?=[A-ZÁÉÍÓÚ])",
        "role_bounded": r"(?i)puesto$",
        "requisition": (
            r"(?i:\b(?:referencia|ref|código|codigo"
            r"|id\s+de\s+(?:la\s+)?oferta)\.?\s*+(?:de\s+la\s+oferta)?\s*+[:#nº°]*\s*+)"
            r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z]{0,6}[-_]?[A-Z0-9][A-Z0-9-_]{2,24})\b"
        ),
        "requisition_not": r"(?i)candidat|teléfono|telefono|tel\.",
        "employer_promise": (
            r"(?i)\b(?:nosotros|nuestro\s+(?:[\w-]+\s+){0,2}(?:equipo|departamento)|el\s+equipo|te|le|os"
            r"|les)\b"
            r"[^.;!?]{0,100}?\b(?:responderemos|contestaremos|contactaremos|daremos\s+(?:una\s+)?respuesta|"
            r"informaremos|diremos|enviaremos|mandaremos|comunicaremos|escribiremos|llamaremos|"
            r"pondremos\s+en\s+contacto|volveremos\s+a\s+contactar|haremos\s+llegar|avisaremos|"
            r"tendremos\s+(?:una\s+)?(?:respuesta|decisión))\b"
            r"|\b(?:responderemos|contestaremos|contactaremos|informaremos|enviaremos|comunicaremos|"
            r"tomaremos\s+(?:una\s+)?decisión|resolveremos|te\s+diremos|le\s+diremos|nos\s+pondremos)\b"
            r"|\b(?:recibirás|recibiras|recibirá|recibira|tendrás|tendras|tendrá)\s+(?:\w+\s+){0,4}?"
            r"(?:respuesta|noticias|contrato|oferta|decisión|decision|propuesta)\b"
            r"|\b(?:el\s+)?(?:contrato|oferta\s+por\s+escrito|propuesta)\s+(?:\w+\s+){0,3}?(?:llegará"
            r"|llegara|"
            r"te\s+llegará|se\s+enviará|se\s+enviara)\b"
        ),
        "candidate_deadline": (
            r"(?i)\b(?:por\s+favor|te\s+(?:rogamos|pedimos|agradeceríamos)|le\s+(?:rogamos|pedimos"
            r"|agradeceríamos)|"
            r"rogamos|necesitamos\s+que|podrías|podria|podría|agradeceríamos|agradeceriamos"
            r"|agradecemos)\b[^.;!?]{0,140}?\b(?:antes\s+de|antes\s+del|"
            r"hasta|como\s+muy\s+tarde|en\s+un\s+plazo|dentro\s+de)\b"
            r"|\b(?:fecha\s+límite|fecha\s+limite|plazo\s+(?:máximo|para)|como\s+muy\s+tarde"
            r"|válid[oa]\s+hasta|"
            r"caduca\w*|vence\w*)\b"
            r"|\b(?:tienes|tiene|dispones|dispone|debes|debe)\b[^.;!?]{0,80}?\b(?:hasta|antes\s+de"
            r"|antes\s+del|para)\b"
            r"|\b(?:confirma\w*|responde\w*|contesta\w*|envía\w*|envia\w*|firma\w*|completa\w*|rellena\w*)\b"
            r"[^.;!?]{0,80}?\b(?:antes\s+del?|hasta\s+el)\b"
        ),
        "asks_candidate": (
            r"(?i)\bpor\s+favor\b|\b(?:te|le)\s+(?:rogamos|pedimos)\b|\brogamos\b|\b(?:debes|debe"
            r"|tienes\s+que|"
            r"tiene\s+que)\b|\bfecha\s+l[ií]mite\b|\b(?:confirma|responde|contesta|envía|firma|completa)\b"
        ),
        "employer_first": (
            r"(?i)^\W*(?:nosotros|nuestro|nuestra|el\s+equipo|te\s+(?:responderemos|contactaremos|diremos"
            r"|informaremos))\b"
        ),
        "employer_will": (
            r"(?i)\b(?:responderemos|contestaremos|contactaremos|informaremos|enviaremos|comunicaremos|"
            r"diremos|daremos|tendremos|volveremos|pondremos|esperamos|prevemos)\b"
            r"|\b(?:recibirás|recibiras|recibirá|tendrás|tendrá)\s+(?:\w+\s+){0,3}?(?:respuesta|noticias)"
        ),
        "not_heard": (
            r"(?i)\bsi\s+(?:no\s+(?:has|ha)\s+recibido|no\s+recibes"
            r"|no\s+recibe)\s+(?:\w+\s+){0,3}?(?:respuesta|noticias)"
        ),
        "after_that": (
            r"(?i)\b(?:después\s+de\s+(?:eso|esto)|tras\s+(?:eso|esto)|a\s+continuación|una\s+vez\s+que"
            r"|en\s+cuanto)\b"
        ),
        "allow_for_answer": (
            r"(?i)\b(?:proceso|revisión|revision|respuesta)\s+(?:\w+\s+){0,3}?(?:puede\s+tardar"
            r"|podría\s+tardar|tarda)\b"
        ),
        "past_context": (
            r"(?i)\b(?:inicialmente|en\s+lugar\s+de|en\s+vez\s+de|cancelad[oa]|anulad[oa]|ya\s+no|"
            r"gracias\s+por\s+(?:la\s+entrevista|tu\s+tiempo|su\s+tiempo|la\s+conversación)|"
            r"nos\s+(?:vimos|reunimos)|la\s+semana\s+pasada)\b"
        ),
        "approximate": r"(?i)\b(?:semanas?|mes|meses|plazo|días|dias|horas|quincena)\b",
        "date_hint": (
            r"(?i)\d|\b(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|hoy|mañana"
            r"|manana|"
            r"semanas?|mes|meses|días?|dias?|horas?|quincena|enero|febrero|marzo|abril|mayo|junio|julio"
            r"|agosto|"
            r"septiembre|octubre|noviembre|diciembre)\b"
        ),
        "clause_split": r"(?i),?(?<![^\S\n])\s{1,80}+(?:y|pero)\s+(?=(?:te|le|os|nosotros|por\s+favor)\b)",
        "schedule_time_lead": r"(?i)\b(?:a\s+las|desde\s+las)\s*$",
        "moved_from": r"(?i)\b(?:del|de\s+el)\s+$",
        "moved_to": r"(?i)(?<!\s)\s*(?:al|a\s+el|→)\s+\w",
    },
)
