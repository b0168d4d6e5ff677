"""Portuguese: rules for mail in Portuguese."""

from __future__ import annotations

from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# --- dates and extraction (read by understanding/dates.py and extract.py) ---------------------------
# Portuguese as written in Portugal, Madeira and the Azores.

DATES = DateWords(
    weekdays={
        "segunda-feira": 0,
        "segunda": 0,
        "seg": 0,
        "terça-feira": 1,
        "terca-feira": 1,
        "terça": 1,
        "terca": 1,
        "ter": 1,
        "quarta-feira": 2,
        "quarta": 2,
        "qua": 2,
        "quinta-feira": 3,
        "quinta": 3,
        "qui": 3,
        "sexta-feira": 4,
        "sexta": 4,
        "sex": 4,
        "sábado": 5,
        "sabado": 5,
        "sáb": 5,
        "sab": 5,
        "domingo": 6,
        "dom": 6,
    },
    months={
        "janeiro": 1,
        "jan": 1,
        "fevereiro": 2,
        "fev": 2,
        "março": 3,
        "marco": 3,
        "mar": 3,
        "abril": 4,
        "abr": 4,
        "maio": 5,
        "mai": 5,
        "junho": 6,
        "jun": 6,
        "julho": 7,
        "jul": 7,
        "agosto": 8,
        "ago": 8,
        "setembro": 9,
        "set": 9,
        "outubro": 10,
        "out": 10,
        "novembro": 11,
        "nov": 11,
        "dezembro": 12,
        "dez": 12,
    },
    numbers={
        "um": 1,
        "uma": 1,
        "dois": 2,
        "duas": 2,
        "três": 3,
        "tres": 3,
        "quatro": 4,
        "cinco": 5,
        "seis": 6,
        "sete": 7,
        "oito": 8,
        "nove": 9,
        "dez": 10,
        "onze": 11,
        "doze": 12,
        "catorze": 14,
        "quinze": 15,
        "vinte": 20,
        "trinta": 30,
        "alguns": 3,
        "algumas": 3,
        "poucos": 3,
        "vários": 5,
        "varios": 5,
        "várias": 5,
    },
    aliases={
        "próxima": "next",
        "proxima": "next",
        "próximo": "next",
        "proximo": "next",
        "seguinte": "next",
        "que vem": "next",
        "esta": "this",
        "este": "this",
        "nesta": "this",
        "neste": "this",
        "a": "the",
        "o": "the",
        "da": "the",
        "do": "the",
        "semana": "week",
        "mês": "month",
        "mes": "month",
        "início": "early",
        "inicio": "early",
        "princípio": "early",
        "meados": "mid",
        "final": "end",
        "fim": "end",
        "finais": "end",
        "hoje": "today",
        "amanhã": "tomorrow",
        "amanha": "tomorrow",
        "depois de amanhã": "day after tomorrow",
        "depois de amanha": "day after tomorrow",
        "dia": "day",
        "dias": "day",
        "semanas": "week",
        "meses": "month",
        "hora": "hour",
        "horas": "hour",
        "úteis": "business",
        "uteis": "business",
        "útil": "business",
        "quinzena": "fortnight",
        "quinze dias": "fortnight",
        "meio-dia": "noon",
        "meia-noite": "midnight",
    },
    numeric_day_first=True,
    patterns={
        "wd": (
            r"(?P<wd>segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|segunda"
            r"|terça|"
            r"terca|quarta|quinta|sexta|sábado|sabado|domingo|(?:seg|ter|qua|qui|sex|sáb|sab|dom)(?=\.))"
        ),
        # "terça-feira, 14 de janeiro", "a 14 de janeiro de 2026", "14 jan."
        "day_first": (
            r"\b(?:{WD}\.?,?\s+)?(?:dia\s+)?(?P<day>\d{1,2})\s+(?:de\s+)?(?P<month>{MONTH})\b\.?"
            r"(?:\s+(?:de\s+)?(?P<year>20\d\d)\b)?"
        ),
        "numeric": (
            r"\b(?:{WD}\.?,?\s+)?(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>20\d\d|\d\d)\b"
        ),
        "end_of_named_month": (
            r"\b(?:no\s+|em\s+)?(?P<which>início|inicio|princípio|meados|final|fim"
            r"|finais)\s+de\s+(?P<month>{MONTH})\b"
        ),
        "relative_day": (
            r"\b(?<!da\s)(?<!esta\s)(?P<word>depois\s+de\s+amanhã|depois\s+de\s+amanha|hoje|amanhã|amanha)\b"
        ),
        # "até sexta-feira", "na sexta", "na próxima sexta-feira" (the coming one), "esta sexta"
        "weekday": (
            r"\b(?:(?:próxima|proxima|próximo|proximo)\s+|(?P<mod>esta|este|nesta|neste)\s+)?"
            r"(?P<wd>segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|segunda"
            r"|terça|"
            r"terca|quarta|quinta|sexta|sábado|sabado|domingo)(?![\w-])(?!\s*-)"
        ),
        # "na próxima semana", "a semana que vem", "no final da próxima semana", "no próximo mês"
        "week_month": (
            r"\b(?:(?:no\s+|em\s+|ao\s+)?(?P<part>início|inicio|princípio|meados|final|fim"
            r"|finais)\s+(?:de\s+|d[ao]\s+)?)?"
            r"(?:(?P<which>próxima|proxima|próximo|proximo|esta|este|nesta|neste|a|o|da|do)\s+)"
            r"(?P<unit>semana|mês|mes)\b(?:\s+(?P<which2>que\s+vem|seguinte))?"
        ),
        # "nas próximas duas semanas", "no prazo de 5 dias úteis", "dentro de duas semanas", "em 15 dias"
        "span": (
            r"\b(?:em|dentro\s+de|no\s+prazo\s+(?:máximo\s+)?de)\s+(?:uma\s+)?(?P<unit5>quinzena"
            r"|quinze\s+dias)\b"
            r"|\b(?:em|dentro\s+de|no\s+prazo\s+(?:máximo\s+)?de|nos|nas|durante\s+(?:os|as))\s+"
            r"(?:próximos\s+|proximos\s+|próximas\s+|proximas\s+)?"
            r"(?P<n1>{NUM})(?:\s*(?:-|–|a|ou)\s*(?P<n2>{NUM}))?\s+(?P<unit>dia|semana|mês|mes|meses|hora)s?"
            r"(?:\s+(?P<kind>úteis|uteis))?\b"
            r"|\b(?:tem|tens|terá|terás|dispõe\s+de|dispões\s+de)\s+(?P<n5>{NUM})\s+(?P<unit4>dia|semana"
            r"|hora)s?"
            r"(?:\s+(?P<kind4>úteis|uteis))?\s+para\b"
        ),
        "ordinal_day": (
            r"\b(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?,?\s+(?:dia\s+)?(?P<day>[1-9]|[12]\d"
            r"|3[01])\b(?![:./,]?\d)(?!\s*(?:de\s+)?(?:{MONTH})\b)"
        ),
        "within_the_week": r"\b(?:ao\s+longo\s+d(?:a|esta)|durante\s+(?:a|esta))\s+semana\b",
        "weekday_range": (
            r"\b(?:de\s+)?(?:segunda|terça|terca|quarta|quinta|sexta|sábado|sabado"
            r"|domingo)(?:-feira)?\s*(?:-|–|a|à)\s*"
            r"(?:segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo)(?:-feira)?\b"
        ),
        "moving": r"\b(?:alter\w*|mud\w*|reagend\w*|adi\w*|remarc\w*|pass\w*)\b",
        "noon": r"(?P<word>\bmeio-dia\b|\bmeia-noite\b)",
        # "às 10h00", "às 14h", "10h30"
        "time_word": r"(?<![\d:/.])(?P<hour>[01]?\d|2[0-3])\s?(?P<unit>h)\s?(?P<minute>[0-5]\d)?\b",
        "time_gap": r"às|as|a\s+partir\s+das|pelas|hora\s*:?|horário\s*:?",
        "time_gap_before": r"de|na|no",
        "time_label": r"hora|horário|horario",
    },
)

_PT_NAME = r"(?P<name>[^\n]{1,90})"
# A role title: a first word, then up to seven more (French, Spanish, Portuguese and Italian titles go on in
# lower case: "Chef de projet digital"), ending before the words that start the rest of the sentence.
_PT_ROLE = (
    r"[\w][\w&'’/+#.()*:-]*(?:[ \t]+(?!(?:e|nós|na|no|em|para|que|com|é|foi|a|ao|à|pela|pelo|tua|sua|nossa"
    r"|nosso|por|como)\b)[\w&'’/+#.()*:-]+){0,7}"
)

EXTRACTION = ExtractionWords(
    team_words=frozenset({"rh", "recursos", "humanos", "recrutamento", "carreiras", "talento", "pessoas"}),
    connectors=frozenset({"e", "&", "de", "da", "do", "das", "dos"}),
    stop_tokens=frozenset(
        {"a", "tua", "sua", "candidatura", "entrevista", "convite", "oferta", "proposta", "vaga", "na", "no"}
        | {"para", "em", "com", "nós", "é", "procura", "obrigado", "obrigada", "agradece", "resposta"}
    ),
    generic=frozenset(
        {"referências", "referencias", "convite", "assinado", "concluído", "documento", "contrato", "equipa"}
        | {"candidatura", "vaga", "equipa", "equipe", "empresa", "olá", "ola", "caro", "cara", "cumprimentos"}
        | {"obrigado", "obrigada", "entrevista", "oferta", "proposta", "segunda", "terça", "quarta", "quinta"}
        | {"sexta", "sábado", "domingo", "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho"}
        | {"agosto", "setembro", "outubro", "novembro", "dezembro", "recursos humanos", "rh", "recrutamento"}
        | {"a equipa", "candidato", "candidata", "infelizmente", "parabéns", "parabens", "exmo", "exma"}
    ),
    title_words=frozenset(
        {"engenheiro", "engenheira", "desenvolvedor", "desenvolvedora", "programador", "programadora"}
        | {"técnico", "técnica", "tecnico", "tecnica", "gestor", "gestora", "diretor", "diretora", "chefe"}
        | {"responsável", "responsavel", "assistente", "estagiário", "estagiária", "estagiario", "analista"}
        | {"consultor", "consultora", "coordenador", "coordenadora", "contabilista", "comercial", "vendedor"}
        | {"vendedora", "enfermeiro", "enfermeira", "professor", "professora", "rececionista", "m/f", "(m/f)"}
    ),
    org_words=frozenset(
        {"lda", "lda.", "s.a.", "sa", "grupo", "banco", "seguros", "hospital", "clínica", "fundação"}
        | {"universidade", "associação", "consultores", "sgps", "unipessoal", "hotel"}
    ),
    unit_words=frozenset({"departamento", "direção", "direcção", "área", "serviço"}),
    function_words=frozenset({"rh", "finanças", "vendas", "marketing", "jurídico", "informática"}),
    recruiting_words=frozenset({"recrutamento", "rh", "talento"}),
    honorifics=frozenset({"sr", "sra", "dr", "dra", "eng", "exmo", "exma"}),
    non_starters=frozenset(
        {"a", "o", "tua", "sua", "obrigado", "obrigada", "olá", "ola", "caro", "cara", "infelizmente"}
        | {"parabéns", "cumprimentos", "exmo", "exma"}
    ),
    title_like=frozenset(
        {"recrutamento", "rh", "talento", "técnica", "técnico", "recrutadora", "recrutador"}
    ),
    signature_titles=frozenset({"técnica", "técnico", "recrutadora", "recrutador", "responsável"}),
    initials_skip=frozenset({"e", "de", "da", "do", "das", "dos"}),
    generic_domain_labels=frozenset({"emprego", "recrutamento", "carreiras", "rh"}),
    body_names=(
        # "Brenner Logistik GmbH" on a signature or legal-footer line of its own
        NameCue(2, legal_name_source(), title_case_stops=False),
        # "Brenner Logistik hat Ihnen ein Dokument gesendet": signature services name the employer so
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:enviou-lhe|enviou-te|convidou-o|convidou-a|convidou-te|convida-o|convida-te|partilhou"
            r"|solicitou)\b",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(2.5, r"(?i:\b(?:a\s+empresa|o\s+empregador|a\s+entidade|empresa\s*:)\s+)" + _PT_NAME),
        NameCue(
            3,
            r"(?i:\b(?:candidatura|interesse)\s+(?:na|no|à|ao|em|para\s+a|para\s+o|junto\s+d[ao])\s+"
            r"(?:empresa\s+)?)" + _PT_NAME,
        ),
        NameCue(2.5, r"(?i:\bbem-vind[oa]s?\s+(?:à|ao|a|na|no)\s+)" + _PT_NAME),
        NameCue(2, r"(?i:\bem\s+nome\s+d[aoe]\s+)" + _PT_NAME),
        NameCue(
            2.5,
            r"(?i:\b(?:integrar|juntar-se\s+(?:à|ao)|fazer\s+parte\s+d[ao])\s+(?:equipa\s+d[ao]\s+)?)"
            + _PT_NAME,
        ),
        NameCue(
            2.5,
            r"(?i:\b(?:vaga|função|funcao|entrevista|estágio|estagio|posição|posicao|oportunidade)\s+(?:na"
            r"|no|em|com)\s+)" + _PT_NAME,
        ),
        NameCue(
            2, r"(?i:\ba\s+equipa\s+(?:de\s+)?(?:recrutamento\s+|rh\s+|talento\s+)?(?:d[ao]\s+)?)" + _PT_NAME
        ),
    ),
    subject_names=(
        NameCue(
            2.5,
            r"(?P<name>(?:(?:[A-Z0-9À-Þ][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
            r"(?i:enviou-lhe|enviou-te|convidou-o|convidou-a|convidou-te|convida-o|convida-te|partilhou"
            r"|solicitou)\b",
            title_case_stops=False,
            person_weight=1.0,
        ),
        NameCue(3, r"(?i:\bcandidatura\s+(?:na|no|à|ao|em)\s+)" + _PT_NAME),
        NameCue(2.5, r"(?i:\b(?:na|no|em)\s+)" + _PT_NAME),
    ),
    roles=(
        rf"(?i:\b(?:vaga|função|funcao|posição|posicao|estágio|estagio)\s+(?:de|como"
        rf"|para)\s+)(?P<role>{_PT_ROLE})",
        rf"(?i:\bcandidatura\s+(?:à\s+vaga\s+de|para\s+a\s+vaga\s+de"
        rf"|ao\s+cargo\s+de)\s+)(?P<role>{_PT_ROLE})",
        rf"(?i:\bcomo\s+)(?P<role>{_PT_ROLE})(?i:\s+(?:na|no|em)\s)",
    ),
    subject_roles=(rf"(?i:\b(?:vaga|candidatura)\s+(?:de|:|para)\s*)(?P<role>{_PT_ROLE})",),
    patterns={
        "display_prefix": (
            r"^(?:RH|Recursos\s+Humanos|Recrutamento|Talento|Equipa|Carreiras)(?:\s*[-|:–—]\s*|\s+(?:da|do"
            r"|de|na|no)\s+|\s+)(?=[A-Z0-9À-Þ])"
        ),
        "display_suffix": (
            r"(?i)^(?P<name>.+?)(?<![\s,|-])[\s,|-]++(?:rh|recursos\s+humanos|recrutamento|carreiras|talento|"
            r"pessoas)\s*$"
        ),
        "sign_off": (
            r"(?i)^(?:com\s+os\s+)?(?:melhores\s+|atenciosos\s+)?(?:cumprimentos|atenciosamente|obrigad[oa]|"
            r"saudações|um\s+abraço|abraço|com\s+os\s+melhores\s+cumprimentos)[,.!]?\s*$"
        ),
        "boilerplate": (
            r"(?i)\b(?:cancelar\s+(?:a\s+)?subscrição|privacidade|mensagem\s+automática|não\s+responda)"
        ),
        "document_title": (
            r"(?i)\b(?:contrato\s+de\s+trabalho|carta\s+(?:de\s+)?oferta|proposta\s+de\s+emprego)\b"
        ),
        "role_tail": r"(?i)\s+(?:na|no|em|de|da|do|e|&|-|–)\s*$|\s+vaga\s*$|[\s,.]+$",
        "role_company_split": r"(?<!\s)\s+(?:na|no|@)\s+(?=[A-ZÁÉÍÓÚ])",
        "role_bounded": r"(?i)(?:vaga|função)$",
        "requisition": (
            r"(?i:\b(?:referência|referencia|ref|código|codigo)\.?\s*+(?:da\s+vaga"
            r"|da\s+oferta)?\s*+[:#nº°]*\s*+)"
            r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z]{0,6}[-_]?[A-Z0-9][A-Z0-9-_]{2,24})\b"
        ),
        "requisition_not": r"(?i)candidat|telefone|telemóvel|tel\.",
        "employer_promise": (
            r"(?i)\b(?:entraremos\s+em\s+contacto|entraremos\s+em\s+contato|daremos\s+(?:uma\s+)?(?:resposta"
            r"|feedback|"
            r"notícias)|responderemos|informaremos|enviaremos|comunicaremos|contactaremos|diremos|"
            r"voltaremos\s+a\s+contactar|tomaremos\s+(?:uma\s+)?decisão|teremos\s+(?:uma\s+)?(?:resposta"
            r"|decisão)|"
            r"(?:vou|vamos)\s+(?:enviar|mandar|dar|informar|responder|contactar))\b"
            r"|\b(?:receberá|receberás|recebera|terá|terás)\s+(?:\w+\s+){0,4}?"
            r"(?:resposta|notícias|noticias|contrato|proposta|decisão|feedback)\b"
            r"|\b(?:o\s+)?(?:contrato|proposta\s+(?:formal|escrita))\s+(?:\w+\s+){0,3}?(?:chegará|seguirá"
            r"|será\s+enviad[oa])\b"
        ),
        "candidate_deadline": (
            r"(?i)\b(?:por\s+favor|pedimos(?:-lhe|-te)?\s+que|solicitamos\s+que|agradecemos\s+que"
            r"|agradecemos\s+(?:uma|a\s+sua|a\s+tua)|peço\s+que|"
            r"poderia|podes|pode)\b[^.;!?]{0,140}?\b(?:até|antes\s+d[aoe])\b"
            r"|\b(?:prazo\s+(?:limite|para)|data\s+limite|o\s+mais\s+tardar|válid[oa]\s+até|expira\w*)\b"
            r"|\b(?:tem|tens|deve|deves|terá|terás)\b[^.;!?]{0,80}?\b(?:até|antes\s+d[aoe]|para)\b"
            r"|\b(?:confirm|respond|envi|assin|preench|complet)\w*\b[^.;!?]{0,80}?\b(?:até|antes\s+d[aoe])\b"
        ),
        "asks_candidate": (
            r"(?i)\bpor\s+favor\b|\b(?:pedimos|solicitamos|agradecemos)\b|\b(?:deve|deves|tem\s+de|tens\s+de|"
            r"tem\s+que)\b|\bprazo\s+limite\b|^\W*(?:confirme|responda|envie|assine|preencha|complete)\b"
        ),
        "employer_first": (
            r"(?i)^\W*(?:nós|a\s+(?:nossa\s+)?equipa|entraremos|daremos|responderemos|vou|vamos)\b"
        ),
        "employer_will": (
            r"(?i)\b(?:entraremos|daremos|responderemos|informaremos|enviaremos|comunicaremos|contactaremos|"
            r"esperamos|prevemos|contamos|vamos|vou)\b"
            r"|\b(?:receberá|receberás|terá|terás)\s+(?:\w+\s+){0,3}?(?:resposta|notícias|noticias)"
        ),
        "not_heard": (
            r"(?i)\bse\s+não\s+(?:receber|tiver\s+recebido|recebeu)\s+(?:\w+\s+){0,3}?(?:resposta|notícias"
            r"|contacto)"
        ),
        "after_that": (
            r"(?i)\b(?:depois\s+disso|após\s+isso|em\s+seguida|assim\s+que|logo\s+que|uma\s+vez\s+que)\b"
        ),
        "allow_for_answer": (
            r"(?i)\b(?:processo|análise|analise|resposta)\s+(?:\w+\s+){0,3}?(?:pode\s+demorar"
            r"|poderá\s+demorar|demora)\b"
        ),
        "past_context": (
            r"(?i)\b(?:inicialmente|em\s+vez\s+de|ao\s+invés\s+de|cancelad[oa]|desmarcad[oa]|já\s+não|"
            r"obrigad[oa]\s+pela\s+(?:entrevista|conversa|disponibilidade)|na\s+semana\s+passada)\b"
        ),
        "approximate": r"(?i)\b(?:semanas?|mês|mes|meses|prazo|dias|horas|quinzena)\b",
        "date_hint": (
            r"(?i)\d|\b(?:segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo|hoje|amanhã|amanha|"
            r"semanas?|mês|mes|meses|dias?|horas?|quinzena|janeiro|fevereiro|março|marco|abril|maio|junho"
            r"|julho|"
            r"agosto|setembro|outubro|novembro|dezembro)\b"
        ),
        "clause_split": (
            r"(?i),?(?<![^\S\n])\s{1,80}+(?:e|mas)\s+(?=(?:nós|por\s+favor|entraremos|daremos|vamos)\b)"
        ),
        "schedule_time_lead": r"(?i)\b(?:às|as|a\s+partir\s+das)\s*$",
        "moved_from": r"(?i)\b(?:de|da|do)\s+$",
        "moved_to": r"(?i)(?<!\s)\s*(?:para|→)\s+(?:a\s+|o\s+)?\w",
    },
)
