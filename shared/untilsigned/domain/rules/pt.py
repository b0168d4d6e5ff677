"""European Portuguese (Portugal, Madeira and the Azores): the classifier's cues and guards.

Read together with English's table (recruiters mix in "Onboarding", "Assessment", English ATS footers).
Portuguese habits that shape the table: an offer is a "proposta" ("carta-proposta", "proposta salarial"),
while "oferta (de emprego)" is first of all a job advert (Net-Empregos' "ofertas"); "vaga" is the opening;
mail says "o senhor / você" (lhe, o seu) as often as "tu" (te, o teu), and object pronouns hang on verbs with
a hyphen ("convidá-lo", "desejamos-lhe"). Spellings before and after the 1990 agreement are both accepted
("selecção"/"seleção", "actualização"/"atualização"), as are accents left out.
"""

from __future__ import annotations

from untilsigned.domain.model import Kind
from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.schema import Cue, LanguageRules, cue
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# "se" as "if", never the reflexive pronoun ("um perfil que se adequa", "adequa-se"): the conditional "se"
# is followed by an article, a pronoun, "não", or a verb in the future subjunctive or infinitive ("se tiver",
# "se o seu perfil", "se não receber").
_IF = (
    r"(?<!-)\bse\s+(?=(?:o|a|os|as|n[aã]o|j[aá]|ainda|tudo|nos|lhe|te|houver|estiver|tiver|tiveres|for|forem|fores|"
    r"quiser|puder|vier|\w+(?:ar|er|ir|arem|erem|irem|ares|eres|ires))\b)"
)

GUARDS: dict[str, str] = {
    # ATS boilerplate that only speaks of selection as a possibility: "caso o seu perfil se adeque, entraremos
    # em contacto", "se não receber notícias em 30 dias, considere que a sua candidatura não foi selecionada".
    "conditional": (
        rf"(?:{_IF}|\b(?:caso|no\s+caso\s+de|desde\s+que|quando|apenas\s+se|a\s+menos\s+que|salvo\s+se)\b)"
        r"[^.;!?]{0,250}?\b(?:selec?cion\w*|pr[eé]-selec?cion\w*|correspond\w+|adequ\w+|adeq\w+|enquadr\w+|"
        r"cumpr\w+|avan[cç]\w+|continu\w+|passar\s+[àa]|decid\w+|decis[aã]o|interess\w+|requisitos"
        r"|escolhid\w*|"
        r"convidad\w*|consider\w+|pr[oó]xima\s+(?:fase|etapa)|ajust\w+|not[ií]cias|resposta|finalista\w*|match\w*|"
        r"contact\w+|fizer\s+sentido)\b"
        r"|\bapenas\s+(?:os|as)\s+candidat[oa]s\b|\bs[oó]\s+(?:contactaremos|entraremos\s+em\s+contacto)\b"
        r"|\b(?:os|as)\s+candidat[oa]s\s+(?:que|selec?cionad[oa]s|pr[eé]-selec?cionad[oa]s|finalistas)\b"
        r"|\bcaso\s+contr[aá]rio\b|\bdecorrid[oa]s?\b|\bna\s+aus[eê]ncia\s+de\b"
    ),
    # Plans for the process, not events: "esperamos agendar entrevistas no final do mês".
    "expectation": (
        r"\b(?:esperamos|prevemos|planeamos|pretendemos|contamos"
        r"|tencionamos)\s+(?:poder\s+)?(?:come[cç]ar\s+a\s+|"
        r"iniciar\s+)?(?:agendar|marcar|realizar|contactar|convidar|tomar|enviar|fechar|iniciar|come[cç]ar)\b"
        r"|\b(?:normalmente|habitualmente|geralmente|por\s+norma|poder[aá]|poder[aã]o"
        r"|[eé]\s+poss[ií]vel\s+que)\b"
        r"[^.;!?]{0,40}\b(?:entrevista|prova|teste|proposta|fase)\w*"
    ),
    # A delay or a reschedule announced with regret, not a decision.
    "delay": (
        r"\b(?:atras\w+|adia\w*|adiad\w+|reagend\w+|remarc\w+|demor\w+|mais\s+tempo|esta\s+semana"
        r"|na\s+pr[oó]xima\s+"
        r"semana|para\s+a\s+semana|at[eé]\s+(?:que|ao|[àa]|dia|final|meados)|temporariamente|para\s+j[aá]|"
        r"de\s+momento|por\s+agora|por\s+enquanto|outro\s+dia|outra\s+(?:data|hora)|nova\s+(?:data|hora)|"
        r"imprevisto|doente|baixa\s+m[eé]dica)\b"
    ),
    "respond_all": (
        r"\b(?:responder|dar\s+resposta|dar\s+feedback)\s+(?:a\s+)?(?:de\s+forma\s+)?(?:individual\w*"
        r"|personalizad\w+|"
        r"todas|cada|todos)\b|\bindividualmente\b|\belevado\s+(?:n[uú]mero|volume)\s+de\s+candidaturas\b"
    ),
    # An offer named as a condition or a later step: "antes de lhe apresentarmos uma proposta, precisamos
    # ...".
    "offer_condition": (
        rf"(?:{_IF}|\b(?:uma\s+vez|antes\s+de|para\s+podermos|para\s+poder|at[eé]\s+que|a\s+menos|salvo|desde\s+que|"
        r"caso|pendente|com\s+vista\s+a|esperamos|pr[eé]vi[oa]|poderemos|poder[ií]amos|poss[ií]vel\w*|quando)\b)"
        r"[^.;!?]{0,80}?\b(?:proposta|oferta|oferecer\w*)"
    ),
    "offer_negated": (
        r"\bn[aã]o\b(?!\s+(?:hesite|hesites|se\s+esque[cç]a"
        r"|te\s+esque[cç]as))[^.;!?]{0,40}?\b(?:proposta|oferta|"
        r"oferecer\w*)\b"
    ),
    "offer_delay": (
        r"\b(?:adiar|adiamos|adi[aá]mos|atrasar|atrasamos|atras[aá]mos)\s+(?:a|o|nossa|nosso)\s+(?:\w+\s+)?(?:proposta|"
        r"oferta|contrato)\b|\b(?:proposta|oferta|contrato)\b[^.;!?]{0,40}\b(?:adiad|atrasad)\w*|\bat[eé]\s+que\b"
    ),
    "offer_withdrawn": r"\b(?:retir\w+|revog\w+|anul\w+|sem\s+efeito)\b",
    # Job adverts and marketing, where "oferta" and "oferecemos" mean something else.
    "commerce": (
        r"\bo\s+que\s+(?:te\s+|lhe\s+|vos\s+)?oferecemos|\boferecemos\s*:|\bdesconto|\bgr[aá]tis\b"
        r"|\bgratuit\w+|"
        r"\bcurso\b|\bwebinar|\bmasterclass|\bsubscri\w+|\binscreve-te\b|\binscreva-se\b|\bpromo[cç][aã]o"
        r"|\b(?:ver|consultar)\s+(?:a\s+)?oferta|\bofertas\b|\b(?:candidat\w+|inscrev\w+)\s+(?:[àa]"
        r"|na)\s+(?:esta\s+|"
        r"nossa\s+)?oferta|\boferta\s+(?:de\s+emprego\s+)?publicada|\blink\b[^.;!?]{0,30}\boferta"
    ),
    # Signature named as a later step: "uma vez assinado", "por favor, reveja e assine".
    "signed_condition": (
        r"\b(?:uma\s+vez|quando|ap[oó]s|depois\s+de|antes\s+de|at[eé]|(?<!-)se)\s+(?:que\s+)?(?:o\s+"
        r"|a\s+)?(?:tenha|tenhas|"
        r"tenhamos|recebermos|assinar|assinares|aceitar|aceitares|devolver|devolveres|assinad[oa]|receber)\b"
        r"|\b(?:para|por\s+favor,?)\s+(?:rever\s+e\s+|reveja\s+e\s+)?(?:assinar|assine|assina|aceitar"
        r"|aceite|aceita)\b"
        r"|\b(?:falta|pendente\s+d[ae]|a\s+aguardar)\s+(?:a\s+)?(?:sua|tua)\s+(?:assinatura|aceita[cç][aã]o)"
    ),
    "generic_offer": (
        r"\b(?:os|as)\s+candidat[oa]s\s+(?:selec?cionad|finalista|que)\w*|\bcomo\s+(?:negociar"
        r"|conseguir)\b|\bdicas\b"
    ),
    "nda": r"\bnda\b|\bacordo\s+de\s+confidencialidade\b",
    "employer_pays": (
        r"\b(?:pagamos|cobrimos|reembols\w+|suportamos|assumimos)\b|\ba\s+cargo\s+da\s+empresa\b"
        r"|\bsem\s+(?:qualquer\s+)?"
        r"custo\b|\bgratuit\w+|\bnunca\s+(?:lhe\s+|te\s+)?(?:pediremos|solicitaremos|cobraremos"
        r"|pedimos|cobramos)\b"
    ),
    "elsewhere": r"\boutra\s+(?:proposta|empresa|oferta)\b|\bnoutr[oa]\s+(?:lado|empresa)\b",
    "contingency": (
        r"\b(?:sujeit[oa]\s+a|condicionad[oa]\s+a|dependente\s+de|pendente\s+de|depend\w+\s+d[eao])\b"
    ),
    "fine_print": rf"{_IF}|\b(?:reservamo-nos|poder[aá]|poderia|ser[aá]|salvo|caso)\b",
    "asynchronous": r"\b(?:ass[ií]ncron\w+|diferid[oa]s?|pr[eé]-gravad\w+|gravad[oa]s?)\b",
    "past_stage": (
        r"\b(?:parab[eé]ns|obrigad[oa]|agradecemos)\s+(?:por|pela|pelo)\s+(?:ter\s+)?(?:superado|completado|"
        r"conclu[ií]do|realizado|enviado|feito|passar|concluir|completar|realizar|entregar|entregue"
        r"|conclus[aã]o|"
        r"realiza[cç][aã]o)\b"
    ),
    "hypothetical": r"\b(?:quer|seja)\s+(?:a\s+sua|a\s+tua|uma)\b[^.;!?]{0,40}\bentrevista",
    "practice": (
        r"\bsimula\w+\s+de\s+entrevistas?\b|\bentrevistas?\s+(?:de\s+treino|simulad[ao]s?)\b|\bcoach\w*"
    ),
    "prerequisite": (
        r"\bantes\s+de\s+(?:podermos\s+)?(?:agendar|marcar|organizar|fixar|convidar|avan[cç]ar\s+para"
        r"|passar\s+[àa])\b"
    ),
    "reference_noise": (
        r"\b(?:com|como|em|fazer|faz)\s+refer[eê]ncia\b|\b(?:c[oó]digo|n[uú]mero)\s+de\s+refer[eê]ncia\b"
        r"|\brefer[eê]ncia\s+(?:d[ao]\s+)?(?:oferta|vaga|processo|an[uú]ncio|:)"
    ),
    # A pause with an end in sight: "o processo está suspenso de momento; retomaremos em janeiro".
    "temporary": (
        r"\btempor[aá]ri\w+|\btemporariamente\b|\bde\s+momento\b|\bpor\s+agora\b|\bpara\s+j[aá]\b"
        r"|\balgumas\s+semanas\b|"
        r"\bretom\w+|\breabr\w+|\breativ\w+"
    ),
}

K = Kind
_REJECT = ("conditional", "delay", "respond_all", "expectation")
_OFFER = ("offer_condition", "offer_negated", "offer_withdrawn", "commerce", "generic_offer", "nda")
# What a signature notice must be about: the offer or the employment contract (English titles included).
_OFFER_WORD = (
    r"(?:contrato\b|carta[- ]proposta|carta\s+de\s+oferta|proposta\s+(?:de\s+)?(?:trabalho|emprego"
    r"|contrata[cç][aã]o|"
    r"admiss[aã]o)|proposta\s+contratual|offer\b|employment\b|contract\b)"
)
# "proposta" as the thing offered, not "uma proposta de datas" for an interview.
_OFFER_END = (
    r"(?:proposta|oferta|carta[- ]proposta|carta\s+de\s+oferta|contrato)\b(?!\s+de\s+(?:datas?"
    r"|hor[aá]rios?|dias))"
)
# Up to four words before the position that are not about an interview or a stage.
_GAP = (
    r"(?:(?!(?:entrevista\w*|chamada|reuni[aã]o|conversa|prova\w*|teste\w*|fase|etapa|passo|candidat\w*|"
    r"oportunidade\s+de|assessment|processo)\b)[\w-]+\s+){0,4}?"
)
_POSITION = r"(?:vaga|posi[cç][aã]o|fun[cç][aã]o|lugar|cargo|emprego)"
_PEOPLE = (
    r"(?:candidat(?:[oa]s?|uras?)|perfis|perfil|pessoas?|profissionais|profissional|op[cç][aã]o|op[cç][oõ]es)"
)

CUES: tuple[Cue, ...] = (
    # --- rejected --------------------------------------------------------------------------------
    cue(
        K.REJECTED,
        4,
        r"\b(?:avan[cç]ar|seguir|prosseguir|continuar|optar|optado|opt[aá]mos|escolhido|escolhemos|"
        r"selec?cion[aá]mos|selec?cionado|decidido\s+por|decidimos\s+por|contratado"
        r"|contrat[aá]mos)\s+(?:por\s+|com\s+)?"
        r"(?:em\s+frente\s+)?(?:no\s+processo\s+)?(?:com\s+|por\s+)?(?:(?:outr[oa]s?"
        r"|uma?\s+outr[oa])\s+(?:\w+\s+)?"
        rf"{_PEOPLE}|um\s+perfil\s+(?:mais|que|com|cujo)|uma?\s+candidat[oa]\s+(?:com|que|cuj))",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        4,
        r"\bn[aã]o\s+(?:\w+\s+){0,2}?(?:avan[cç]ar|seguir|prosseguir|continuar|dar\s+seguimento"
        r"|avan[cç]aremos|"
        r"prosseguiremos|daremos\s+seguimento|seguiremos|continuaremos|avan[cç]amos)\s+(?:em\s+frente\s+)?"
        r"(?:com|[àa]|a|ao|no|na)\s+(?:a\s+|o\s+)?(?:sua|tua|seu|teu)\s+(?:candidatura|perfil|processo"
        r"|inscri[cç][aã]o)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:decidimos|decidido|opt[aá]mos\s+por|optamos\s+por"
        r"|decis[aã]o\s+de)\s+n[aã]o\s+(?:avan[cç]ar|prosseguir|"
        r"continuar|seguir|dar\s+seguimento|selec?cionar|convidar|oferecer|contratar)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:candidatura|perfil|inscri[cç][aã]o)\b[^.;!?]{0,60}?\b(?:n[aã]o\s+(?:foi|ficou|resultou)\s+"
        r"(?:selec?cionad|escolhid|pr[eé]-selec?cionad)|(?:foi|ficou)\s+(?:exclu[ií]d|rejeitad|recusad"
        r"|descartad|"
        r"arquivad|encerrad|reprovad|indeferid))\w*"
        r"|\bn[aã]o\s+(?:foi|ficou)\s+(?:selec?cionad|escolhid)[oa]\b"
        r"|\bestado\b[^.;!?]{0,40}\b(?:n[aã]o\s+selec?cionad[oa]|rejeitad[oa]|exclu[ií]d[oa]|recusad[oa])\b"
        r"|\bn[aã]o\s+(?:continua|segue|continuas|segues)\s+no\s+processo\b"
        r"|\bj[aá]\s+n[aã]o\s+faz\s+parte\s+do\s+processo\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:lamentamos|lamento|temos\s+pena|[eé]\s+com\s+(?:muita\s+)?pena|com\s+pesar"
        r"|sentimos\s+muito)\s+"
        r"(?:muito\s+)?(?:de\s+|que\s+)?(?:ter\s+de\s+|ter\s+que\s+)?(?:lhe\s+|te\s+"
        r"|vos\s+)?(?:informar|comunicar|"
        r"dizer|transmitir|dar)\w*",
        *_REJECT,
    ),
    cue(K.REJECTED, 1.5, r"\b(?:infelizmente|lamentavelmente)\b", *_REJECT),
    cue(K.REJECTED, 1, r"\b(?:nesta\s+(?:fase|ocasi[aã]o)|desta\s+vez)\b", *_REJECT),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:perfil|experi[eê]ncia|candidatura"
        r"|percurso)\b[^.;!?]{0,40}?\bn[aã]o\s+(?:\w+\s+)?(?:corresponde|"
        r"se\s+enquadra|se\s+adequa|se\s+ajusta|vai\s+ao\s+encontro|preenche)\b"
        r"|\bn[aã]o\s+(?:cumpre|re[uú]ne|preenche|cumpres|re[uú]nes)\s+(?:todos\s+)?(?:os\s+)?requisitos\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        2.5,
        r"\b(?:se\s+adequa\w*|se\s+adequam|se\s+enquadra\w*|se\s+ajusta\w*|corresponde\w*"
        r"|v[aã]o?\s+mais\s+ao\s+encontro|"
        r"encaixa\w*)\s+(?:mais|melhor)\b|\b(?:mais|melhor)\s+(?:adequad|ajustad|alinhad|enquadrad)\w*",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        3.5,
        rf"\boutr[oa]s?\s+{_PEOPLE}\s+(?:cuj[oa]s?|que|com)\b[^.;!?]{{0,80}}?\b(?:mais|melhor)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        4,
        rf"\b(?:{_POSITION}|processo(?:\s+de\s+(?:recrutamento|selec?[cç][aã]o))?|oferta|recrutamento)\b"
        r"[^.;!?]{0,60}?\b(?:foi|ficou|est[aá]|encontra-se)\s+(?:j[aá]\s+)?(?:preenchid[oa]"
        r"|cancelad[oa]|encerrad[oa]|"
        r"fechad[oa]|anulad[oa]|conclu[ií]d[oa]|finalizad[oa]|ocupad[oa])\b",
        "conditional",
        "respond_all",
        "expectation",
    ),
    cue(
        K.REJECTED,
        3.5,
        rf"\b(?:{_POSITION}|processo(?:\s+de\s+(?:recrutamento|selec?[cç][aã]o))?|recrutamento"
        rf"|contrata[cç][aã]o)\b"
        r"[^.;!?]{0,60}?\b(?:foi|ficou|est[aá]|encontra-se)\s+(?:suspens[oa]|congelad[oa]|parad[oa]"
        r"|em\s+pausa|"
        r"em\s+suspenso|suspendid[oa])\b",
        "conditional",
        "respond_all",
        "expectation",
        "temporary",
    ),
    cue(
        K.REJECTED,
        4,
        rf"\b(?:j[aá]\s+)?(?:preenchemos|ocup[aá]mos|preench[eê]mos)\s+(?:a|esta|este"
        rf"|o)\s+(?:\w+\s+)?{_POSITION}\b"
        r"|\bpreenchid[oa]\s+internamente\b|\bcongelamento\s+(?:das\s+|de\s+)?(?:contrata[cç][oõ]es"
        r"|recrutamentos|"
        r"admiss[oõ]es)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:cancelar|encerrar|fechar|anular|cancelado|encerrado|fechado|suspender|suspendemos"
        r"|suspenso|congelar|"
        r"congelado|cancel[aá]mos|encerr[aá]mos|dar\s+por\s+(?:encerrado|conclu[ií]do))\s+(?:o|este|a"
        r"|esta|nosso|"
        rf"nossa)\s+(?:\w+\s+){{0,2}}?(?:processo|{_POSITION}|recrutamento)\b",
        "conditional",
        "respond_all",
        "expectation",
        "temporary",
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:retirar|retir[aá]mos|revogar|anular|retirada|revogada|anulada|sem\s+efeito)\s+(?:a"
        r"|nossa|sua|tua|esta)\s+"
        r"(?:\w+\s+)?(?:proposta|oferta)\b|\b(?:proposta|oferta)\b[^.;!?]{0,40}?\b(?:foi|fica"
        r"|[eé])\s+(?:retirada|"
        r"revogada|anulada|cancelada)\b",
        "fine_print",
        "offer_delay",
    ),
    cue(
        K.REJECTED,
        4,
        r"\bn[aã]o\s+(?:podemos|poderemos|vamos\s+poder"
        r"|estamos\s+em\s+condi[cç][oõ]es\s+de)\s+(?:oferecer\w*|fazer\w*|"
        rf"apresentar\w*|avan[cç]ar\s+com)\s+(?:\w+\s+){{0,3}}?(?:proposta|oferta|{_POSITION})\b"
        r"|\bresposta\s+(?:negativa|desfavor[aá]vel)\b|\bn[aã]o\s+(?:podemos|poderemos)\s+dar(?:-lhe"
        r"|-te)?\s+uma\s+"
        r"resposta\s+positiva\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        1,
        r"\bdesej\w+(?:-(?:lhe|te|vos))?\s+(?:\w+\s+){0,2}?(?:sucesso|sorte|felicidades|o\s+melhor)\b"
        r"|\bvotos\s+de\s+"
        r"(?:muito\s+)?sucesso\b|\bfutur[oa]s\s+(?:desafios|projetos|projectos|oportunidades)\b",
    ),
    cue(
        K.REJECTED,
        1,
        r"\bdecis[aã]o\s+(?:dif[ií]cil|complicada)\b|\bn[aã]o\s+foi\s+uma\s+decis[aã]o\s+f[aá]cil\b",
    ),
    cue(
        K.REJECTED,
        1,
        r"\b(?:manteremos|guardaremos|conservaremos|ficaremos\s+com)\s+(?:o\s+|a\s+)?(?:seu|teu|sua"
        r"|tua)\s+(?:cv|"
        r"curr[ií]culo|perfil|candidatura|dados)\b",
        "conditional",
    ),
    cue(K.REJECTED, 2, r"\b(?:exclu[ií]d|rejeitad|recusad|descartad|reprovad)[oa]s?\b", *_REJECT),
    # --- offer_signed ----------------------------------------------------------------------------
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:todas\s+as\s+partes|todos\s+os\s+signat[aá]rios|ambas\s+as\s+partes"
        r"|todos\s+os\s+destinat[aá]rios|"
        r"todos\s+os\s+intervenientes)\s+(?:j[aá]\s+)?(?:assinaram|conclu[ií]ram|completaram)\b"
        rf"|\b{_OFFER_WORD}[^\n]{{0,120}}?\b(?:foi|est[aá]|encontra-se)\s+(?:j[aá]\s+)?(?:assinad[oa]"
        rf"|conclu[ií]d[oa])"
        r"\s+por\s+(?:todas\s+as\s+partes|todos|ambas\s+as\s+partes|si|ti|voc[eê])\b"
        r"|\bo\s+documento\b[^\n]{0,120}?\bfoi\s+assinado\s+por\s+todos\b"
        r"|\bprocesso\s+de\s+assinatura\b[^.;!?]{0,40}\b(?:conclu[ií]do|terminado|finalizado)\b",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        rf"\b(?:conclu[ií]d[oa]|assinad[oa]|completad[oa]"
        rf"|documento\s+assinado)\s*:\s*[^\n]{{0,120}}?{_OFFER_WORD}"
        rf"|\b(?:assinou|assinaste"
        rf"|voc[eê]\s+assinou)\s+(?:com\s+sucesso\s+)?(?:o\s+documento\s+)?[«\"'“]?[^\n]{{0,80}}?"
        rf"{_OFFER_WORD}",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:recebemos|recebi|j[aá]\s+recebemos|j[aá]\s+recebi|j[aá]\s+temos|chegou-nos|recebid[oa]s?)\s+"
        r"(?:(?:o|a|os|as)\s+)?(?:(?:seu|sua|teu|tua)\s+)?(?:\w+\s+){0,2}?(?:contrato|carta|proposta|documenta[cç][aã]o|documentos)\s+(?:\w+\s+)?"
        r"(?:assinad[oa]s?|aceite|devolvid[oa]s?)\b"
        r"|\b(?:obrigad[oa]|agradecemos)\s+(?:por|pela|pelo)\s+(?:ter\s+|nos\s+ter\s+)?(?:assinar"
        r"|assinado|devolver|"
        r"devolvido|aceitar|aceite|aceitado|enviar|enviado|assinatura|aceita[cç][aã]o"
        r"|devolu[cç][aã]o)\s+(?:d[oa]\s+)?"
        r"(?:(?:o|a|seu|sua|nossa|nosso|teu|tua)\s+)?(?:\w+\s+){0,2}?(?:contrato|proposta|oferta|carta)\b"
        r"|\bagora\s+que\s+(?:j[aá]\s+)?(?:est[aá]|temos)\s+(?:tudo|o\s+contrato|o\s+seu\s+contrato"
        r"|o\s+teu\s+contrato)\s+"
        r"assinado\b|\bagora\s+que\s+(?:j[aá]\s+)?(?:assinou|assinaste|aceitou|aceitaste)\b",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:confirmamos|recebemos|registamos|regist[aá]mos)\s+(?:a\s+)?(?:sua|tua)\s+aceita[cç][aã]o\b"
        r"|\baceita[cç][aã]o\s+(?:da\s+(?:nossa\s+)?proposta\s+)?(?:foi|est[aá])\s+(?:confirmad"
        r"|recebid|registad)"
        r"|\b(?:satisfa[cç][aã]o|alegria|felizes|contentes)\s+(?:por|em"
        r"|que)\s+(?:saber\s+que\s+)?(?:tenha|tenhas|"
        r"ter|teres)\s+aceite\b"
        r"|\b(?:aceitou|aceitaste)\s+(?:a\s+)?(?:nossa|a)\s+(?:\w+\s+)?(?:proposta|oferta)\b"
        r"|\bparab[eé]ns\s+pela\s+(?:aceita[cç][aã]o|assinatura|sua\s+contrata[cç][aã]o"
        r"|tua\s+contrata[cç][aã]o)\b",
        "signed_condition",
        "elsewhere",
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\bbem-vind[oa]s?\s+(?:oficialmente\s+)?(?:[àa]\s+equipa|a\s+bordo|[àa]\s+fam[ií]lia"
        r"|[àa]\s+nossa\s+equipa)\b"
        r"|\bj[aá]\s+(?:faz|fazes|[eé]s|[eé])\s+(?:oficialmente\s+)?parte\s+da\s+(?:equipa|fam[ií]lia)\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        2,
        r"\b(?:seu|teu)\s+primeiro\s+dia\b|\bprimeiro\s+dia\s+de\s+trabalho\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:n[uú]mero\s+de\s+(?:identifica[cç][aã]o\s+de\s+)?seguran[cç]a\s+social|niss"
        r"|iban\s+para\s+(?:o\s+)?"
        r"(?:processamento\s+)?(?:do\s+)?(?:vencimento|sal[aá]rio|ordenado)|processamento\s+salarial|"
        r"medicina\s+do\s+trabalho|seguro\s+de\s+acidentes\s+de\s+trabalho)\b"
        r"|\b(?:inscri[cç][aã]o|inscrev\w+|registo|regist[aá]\w*)\s+(?:\w+\s+)?na\s+seguran[cç]a\s+social\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1,
        r"\b(?:plano|manual|programa|kit|sess[aã]o|dia)\s+de\s+(?:acolhimento|boas-vindas"
        r"|integra[cç][aã]o)\b|"
        r"\bonboarding\b|\b(?:port[aá]til|computador|credenciais|acessos|cart[aã]o\s+de\s+acesso"
        r"|e-?mail\s+corporativo)\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    # --- offer -----------------------------------------------------------------------------------
    cue(
        K.OFFER,
        4.5,
        r"\b(?:oferecer-(?:lhe|te|vos)|propor-(?:lhe|te)|(?:lhe|te)\s+(?:oferecer"
        r"|propor))\s+(?:formalmente\s+|"
        rf"oficialmente\s+)?(?:(?:a|o|um|uma|esta|este|nossa|nosso)\s+)?{_GAP}(?:{_POSITION}|contrato"
        rf"|trabalho|"
        r"proposta|oferta)\b"
        rf"|\b(?:lhe|te)\s+(?:oferecemos|ofere[cç]o|propomos|proponho)\s+(?:formalmente\s+)?(?:a|o|esta"
        rf"|este|nossa|"
        rf"nosso)\s+{_GAP}(?:{_POSITION}|proposta|oferta)\b",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4.5,
        r"\b(?:temos\s+o\s+(?:prazer|gosto)\s+de|[eé]\s+com\s+(?:grande\s+|enorme\s+"
        r"|muito\s+)?(?:prazer|satisfa[cç][aã]o|"
        r"gosto|alegria)\s+que|gostar[ií]amos\s+de|queremos|estamos\s+(?:muito\s+)?(?:contentes"
        r"|felizes)\s+por|"
        r"temos\s+todo\s+o\s+gosto\s+em)\s+(?:lhe\s+|te\s+|vos\s+)?(?:poder\s+)?(?:fazer|enviar|apresentar|"
        r"endere[cç]ar|partilhar|remeter|formalizar|dirigir|fazemos|enviamos|apresentamos|endere[cç]amos|"
        r"remetemos|formalizamos)(?:-lhe|-te|-vos)?\s+"
        # a sourcer's "gostaríamos de lhe fazer uma proposta" is a pitch; an offer names what it is
        r"(?!(?:\w+\s+){0,2}?uma\s+proposta\b(?!\s+(?:formal|salarial|financeira|definitiva|por\s+escrito|"
        r"de\s+contrata[cç][aã]o|de\s+admiss[aã]o)))(?:formalmente\s+)?(?:(?:a|nossa|sua|tua|uma|o"
        r"|nosso)\s+)?"
        rf"(?:\w+\s+){{0,2}}?{_OFFER_END}(?!s)",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:carta[- ]proposta|carta\s+de\s+oferta|proposta\s+(?:formal|salarial|financeira"
        r"|definitiva|final|de\s+"
        r"contrata[cç][aã]o|de\s+admiss[aã]o|contratual|por\s+escrito|remunerat[oó]ria)"
        r"|oferta\s+(?:formal|salarial|"
        r"de\s+contrata[cç][aã]o)|contrato\s+(?:de\s+trabalho\s+)?para\s+(?:assinatura|assinar))\b",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:anex\w*|em\s+anexo|segue\s+(?:em\s+anexo|anexa|anexo|junto)|envio-lhe|envio-te|enviamos-lhe|"
        r"enviamos-te|junto\s+envi\w+|encontrar[aá]|encontras|remetemos)\b[^.;!?]{0,40}?\b(?:a|o|sua"
        r"|tua|nossa|nosso)"
        rf"\s+(?:\w+\s+){{0,2}}?{_OFFER_END}(?!s)",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:rever|reveja|rev[eê]|assinar|assine|assina|aceitar|aceite|aceita|devolver|devolva|devolve)\s+"
        r"(?:e\s+(?:assinar|assine|assina|aceitar|aceite|aceita|devolver|devolva|devolve)\s+)?(?:a|o"
        r"|sua|tua|esta|"
        rf"este|nossa|nosso)\s+(?:\w+\s+){{0,2}}?{_OFFER_END}(?!s)",
        "offer_negated",
        "offer_withdrawn",
        "commerce",
        "generic_offer",
        "nda",
        "conditional",
        tags=("extends_offer",),
    ),
    # An e-signature request: "Dropbox Sign: A Recursos Humanos enviou-lhe «Contrato de trabalho» para
    # assinar".
    cue(
        K.OFFER,
        3.5,
        r"\b(?:para\s+(?:rever\s+e\s+)?assinar|para\s+(?:sua\s+|tua\s+)?assinatura"
        r"|solicita\s+a\s+sua\s+assinatura|"
        r"pedido\s+de\s+assinatura|aguarda\s+a\s+sua\s+assinatura|pendente\s+d[ae]\s+(?:sua"
        r"|tua)\s+assinatura|"
        rf"complete\s+com\s+o\s+docusign)\b[^\n]{{0,100}}?{_OFFER_WORD}"
        rf"|{_OFFER_WORD}[^\n]{{0,100}}?\b(?:para\s+(?:rever\s+e\s+)?assinar|para\s+(?:sua\s+"
        rf"|tua\s+)?assinatura|"
        r"aguarda\s+a\s+sua\s+assinatura|pendente\s+d[ae]\s+(?:sua|tua)\s+assinatura)\b",
        "offer_negated",
        "offer_withdrawn",
        "nda",
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4,
        r"\b(?:foi|ficou)\s+(?:a\s+pessoa\s+)?(?:selec?cionad[oa]|escolhid[oa])\s+para\s+(?:a|o|esta"
        r"|este|ocupar\s+"
        rf"(?:a|o))\s+{_GAP}{_POSITION}\b(?![^.;!?]{{0,40}}\b(?:fase|etapa|entrevista|prova|teste))"
        r"|\b(?:a\s+vaga|a\s+posi[cç][aã]o|o\s+lugar|a\s+fun[cç][aã]o)\s+[eé]\s+(?:sua|tua)\b"
        r"|\b[eé]\s+(?:a\s+pessoa|o\s+candidato|a\s+candidata)\s+(?:selec?cionad|escolhid)[oa]\b",
        "conditional",
        "expectation",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        1.5,
        r"\b(?:sal[aá]rio|vencimento|remunera[cç][aã]o|ordenado"
        r"|retribui[cç][aã]o)\s+(?:\w+\s+){0,3}?(?:de|ser[aá]|[eé]|:)"
        r"\s*(?:€\s?)?\d",
        "conditional",
        "commerce",
    ),
    cue(
        K.OFFER,
        4.5,
        r"\b(?:gostar[ií]amos\s+(?:muito\s+)?de|queremos|vamos|decidimos)\s+(?:\w+\s+)?(?:contrat[aá]-l[oa]|"
        r"contratar-te|contratar-vos)\b",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:preparo|preparamos|prepararemos|vou\s+preparar|vamos\s+preparar"
        r"|redigimos)\s+(?:j[aá]\s+)?(?:o|seu|teu)\s+"
        r"contrato\b",
        *_OFFER,
        tags=("extends_offer",),
    ),
    # Warmth about joining, an offer only with the terms beside it.
    cue(
        K.OFFER,
        2.5,
        r"\b(?:gostar[ií]amos\s+muito|adorar[ií]amos|queremos\s+muito)\s+que\s+(?:se\s+juntasse"
        r"|te\s+juntasses|"
        r"integrasse|integrasses|fizesse\s+parte|fizesses\s+parte|se\s+junte|te\s+juntes|integre|integres)\b"
        r"[^.;!?]{0,80}?\bcomo\b",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(K.OFFER, 1, r"\bproposta\b(?!\s+de\s+(?:datas?|hor[aá]rios?|dias|melhoria))", *_OFFER, "conditional"),
    # --- references_requested --------------------------------------------------------------------
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:indicar|indique|indica|indicar-nos|enviar|envie|envia|enviar-nos|fornecer|forne[cç]a|fornece|"
        r"facultar|faculte|partilhar|partilhe|partilha|disponibilizar|disponibilize|precisamos|necessitamos|"
        r"pedir-lhe|solicitar-lhe|pedir-te|solicitamos|pedimos)\b[^.;!?]{0,60}?\b(?:refer[eê]ncias"
        r"|contactos?\s+de\s+"
        r"refer[eê]ncia|contactos\s+de\s+(?:\w+\s+){0,3}?(?:chefias|respons[aá]veis|superiores"
        r"|ex-chefias|gestores|"
        r"refer[eê]ncias|pessoas))\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\b(?:verifica[cç][aã]o|pedido|recolha|valida[cç][aã]o|confirma[cç][aã]o)\s+de\s+refer[eê]ncias\b"
        r"|\b(?:contactar|falar\s+com)\s+(?:as\s+)?(?:suas|tuas)\s+refer[eê]ncias\b"
        r"|\b(?:falar|contactar)\s+com\s+(?:dois|duas|2|3|tr[eê]s|alguma\s+das\s+suas"
        r"|algumas\s+das\s+suas|as\s+suas|"
        r"os\s+seus|algu[eé]m\s+que)\s+(?:\w+\s+)?(?:antigas|antigos|anteriores|ex-\w+|chefias"
        r"|respons[aá]veis|"
        r"superiores|gestores|colegas|empregadores|tenha\s+trabalhado)\b"
        r"|\bcartas?\s+de\s+recomenda[cç][aã]o\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\bcertificado\s+de\s+registo\s+criminal\b|\bregisto\s+criminal\b"
        r"|\bverifica[cç][aã]o\s+de\s+antecedentes\b",
        "conditional",
        "contingency",
    ),
    cue(K.REFERENCES_REQUESTED, 1.5, r"\brefer[eê]ncias\b", "conditional", "contingency", "reference_noise"),
    # --- assessment ------------------------------------------------------------------------------
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:prova|teste|exerc[ií]cio|caso|desafio|question[aá]rio|exame"
        r"|avalia[cç][aã]o)s?\s+(?:t[eé]cnic[oa]s?|"
        r"pr[aá]tic[oa]s?|online|escrit[oa]s?|psicot[eé]cnic[oa]s?|de\s+(?:n[ií]vel|ingl[eê]s|l[ií]nguas|"
        r"personalidade|aptid[aã]o|conhecimentos|programa[cç][aã]o|c[oó]digo|racioc[ií]nio"
        r"|compet[eê]ncias|excel|"
        r"l[oó]gica|avalia[cç][aã]o))\b"
        r"|\bdin[aâ]mica\s+de\s+grupo\b|\bassessment\s+cent(?:er|re)\b|\bdia\s+de\s+avalia[cç][aã]o\b"
        r"|\b(?:exerc[ií]cio|desafio|prova)\s+para\s+(?:casa|fazer\s+em\s+casa)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:realizar|realize|realizes|completar|complete|completes|completa|fazer|fa[cç]a|fa[cç]as"
        r"|resolver|resolva|"
        r"entregar|entregue|enviar-nos|responder\s+a)\s+(?:um|uma|o|a|este|esta|nosso|nossa|os"
        r"|as)\s+(?:\w+\s+){0,3}?"
        r"(?:prova|teste|exerc[ií]cio|desafio|caso\s+pr[aá]tico|question[aá]rio|exame|avalia[cç][aã]o"
        r"|assessment)s?\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:entrevista|v[ií]deo[- ]?entrevista|videoentrevista)\b[^.;!?]{0,30}?\b(?:diferid[oa]"
        r"|gravad[oa]|"
        r"ass[ií]ncron[oa]|pr[eé]-gravad[oa])\b|\bgravar\s+(?:as\s+)?(?:suas|tuas)\s+respostas\b"
        r"|\b(?:perguntas|respostas)\s+gravadas\b"
        r"|\b(?:pr[oó]xim[oa]|seguinte)\s+(?:passo|fase|etapa)\s+(?:do\s+processo\s+)?(?:ser[aá]|[eé]"
        r"|consiste\s+"
        r"(?:em|numa?))\s+(?:um\s+|uma\s+|num\s+|numa\s+)?(?:[\w-]+\s+){0,2}?(?:prova|teste"
        r"|exerc[ií]cio|caso|"
        r"desafio|question[aá]rio|assessment)\b",
        "conditional",
        "expectation",
    ),
    cue(K.ASSESSMENT, 1.5, r"\b(?:prova|exerc[ií]cio|question[aá]rio|teste)\b", "conditional", "expectation"),
    # --- interview_scheduled ---------------------------------------------------------------------
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:convid[aá]-l[oa]|convidar-te|convidar-vos|convidamo-l[oa]s?|convidar|convidamos|convido|"
        r"convoc[aá]-l[oa]|convocar-te|convocamos)\s+(?:a|para)\s+(?!(?:realizar|completar|fazer|resolver)\b)"
        r"(?:(?:uma|a|um|o|sua|tua|nossa|nosso)\s+)?(?:[\w-]+\s+){0,4}?(?:entrevista|chamada|videochamada"
        r"|reuni[aã]o|"
        r"conversa|caf[eé]|visita)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:gostar[ií]amos|queremos|gostava|gost[aá]vamos)\s+(?:muito\s+)?de\s+(?:o\s+|a\s+|te\s+|lhe\s+)?"
        r"(?:conhecer|conhec[eê]-l[oa]|entrevistar|entrevist[aá]-l[oa]|falar\s+(?:consigo|contigo)"
        r"|conversar\s+"
        r"(?:consigo|contigo)|ter\s+uma\s+(?:\w+\s+)?(?:entrevista|chamada|conversa|reuni[aã]o)|voltar\s+a\s+"
        r"(?:falar|conversar))\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:agendar|marcar|organizar|coordenar|fixar|combinar|reservar|acertar|encontrar|agende"
        r"|marque|reserve)\s+"
        r"(?:(?:uma|a|sua|tua|o|um|nossa|nosso)\s+[^.;!?]{0,50}?)?\b(?:entrevista|chamada|videochamada"
        r"|reuni[aã]o|"
        r"conversa|hor[aá]rio|data\s+e\s+hora)\b(?!s)",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"\b(?:confirmamos|confirmo|confirmar|confirma[cç][aã]o\s+d[ae]|lembrete\s*(?:de|:)"
        r"|relembramos|relembrar|"
        r"lembramos|recordamos|recordar)\s+(?:\w+\s+){0,2}?(?:a|sua|tua|nossa"
        r"|o)\s+(?:[\w-]+\s+){0,3}?(?:entrevista|"
        r"chamada|videochamada|reuni[aã]o)\b"
        r"|\bentrevista\s+(?:est[aá]\s+|fica\s+|foi\s+)?(?:agendada|confirmada|marcada|fixada)\b"
        r"|\b(?:convocat[oó]ria|convite|confirma[cç][aã]o)\s+(?:para|de)\s+(?:a\s+|uma\s+)?entrevista\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:entrevista|chamada|videochamada|reuni[aã]o)\b(?!s)[^.;!?]{0,60}\b(?:ter[aá]\s+lugar"
        r"|ser[aá]\s+(?:no|na|"
        r"[àa]s|amanh[aã]|hoje|por|presencial|online|com|realizada)|realizar-se-[aá]|decorrer[aá]"
        r"|vai\s+decorrer|"
        r"est[aá]\s+(?:prevista|agendada|marcada)\s+para|(?:foi\s+)?(?:passada|alterada|mudada"
        r"|antecipada|remarcada)\s+"
        r"para)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\bqual\s+(?:[eé]\s+)?a\s+(?:sua|tua)\s+disponibilidade\b|\b(?:sua"
        r"|tua)\s+disponibilidade\b(?!\s+para\s+"
        r"(?:integrar|iniciar|come[cç]ar|entrar))|\b(?:tem|tens|teria|terias)\s+disponibilidade\b"
        r"|\b(?:d[aá]-lhe|d[aá]-te|dava-lhe|dava-te|conv[eé]m-lhe|conv[eé]m-te"
        r"|conviria)\s+(?:mais\s+)?jeito\b"
        r"|\b(?:escolha|escolhe|selecione|seleciona|reserve|reserva|escolher|selecionar"
        r"|reservar)\s+(?:o|um|uma|a|seu|"
        r"teu)\s+(?:\w+\s+)?(?:hor[aá]rio|data|hora|dia|slot)\b"
        r"|\b(?:pode|podes|poderia|poderias|podemos"
        r"|poder[ií]amos)\s+(?:\w+\s+){0,4}?(?:na\s+pr[oó]xima\s+|nesta\s+|"
        r"na\s+|no\s+|[àa]\s+|ao\s+)?(?:segunda|ter[cç]a|quarta|quinta|sexta|amanh[aã])\b"
        r"|\b(?:seria|[eé])\s+poss[ií]vel\b[^.;!?]{0,60}?\b(?:segunda|ter[cç]a|quarta|quinta|sexta|amanh[aã]|[àa]s\s+\d)"
        r"|\blink\s+para\s+(?:agendar|marcar|escolher)\b|\bvemo-nos\s+(?:amanh[aã]|na|no|l[aá]|ent[aã]o)\b"
        r"|\b(?:esperamos|aguardamos)\s+por\s+(?:si|ti)\s+(?:no|na|[àa]s|amanh[aã])\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:reagend|remarc|alter|mud|adi|antecip|pass|mov)\w*\s+(?:\w+\s+)?(?:a|sua"
        r"|tua|nossa|o)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:entrevista|chamada|videochamada|reuni[aã]o)\b"
        r"|\b(?:entrevista|chamada|reuni[aã]o)\b[^.;!?]{0,40}\b(?:reagendad|remarcad|adiad|alterad)\w*",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:ligo-lhe|ligo-te|telefono-lhe|telefono-te|ligamos-lhe|ligamos-te|vou\s+ligar-lhe"
        r"|vou\s+ligar-te|"
        r"vou-lhe\s+ligar|vou-te\s+ligar|ligar-lhe-ei|ligaremos|ligamos)\s+(?:amanh[aã]|hoje"
        r"|esta\s+tarde|na\s+"
        r"(?:segunda|ter[cç]a|quarta|quinta|sexta)|[àa]s)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:pr[oó]xim[oa]|seguinte)\s+(?:passo|fase|etapa)\s+(?:do\s+processo\s+)?(?:ser[aá]|[eé]"
        r"|consiste\s+"
        r"(?:em|numa?))\s+(?:um\s+|uma\s+|num\s+|numa\s+)?(?:[\w-]+\s+){0,3}?(?:entrevista|chamada"
        r"|videochamada|"
        r"reuni[aã]o|conversa)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1.5,
        r"\bentrevista\s+(?:telef[oó]nica|presencial|t[eé]cnica|final|online|por\s+(?:videochamada"
        r"|teams|zoom|telefone|"
        r"meet)|com\s+(?:o|a)\s+(?:respons[aá]vel|diretor\w*|director\w*|manager|chefia|equipa)"
        r"|de\s+(?:grupo|"
        r"selec?[cç][aã]o|compet[eê]ncias))|\b(?:primeira|segunda|terceira|[uú]ltima)\s+entrevista\b"
        r"|\bentrevistador(?:a|es|as)?\s*:",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1,
        r"(?m)^[^\S\n]*+[-•*]?[^\S\n]*+(?:data|hora|local|morada|localiza[cç][aã]o|link|dura[cç][aã]o"
        r"|formato|"
        r"modalidade|data\s+e\s+hora)\s*[:\-–]",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:sua|tua)\s+(?:[\w-]+\s+){0,2}?entrevista\s+(?:[eé]|ser[aá]|est[aá]\s+(?:marcada"
        r"|agendada|prevista)\s+"
        r"para|fica\s+marcada\s+para|ter[aá]\s+lugar)\s+(?:no|na|amanh[aã]|hoje|[àa]s|este|esta|dia)\b",
        "conditional",
        "expectation",
    ),
    # A calendar invitation's own subject: "Convite: Entrevista com a Acme @ qua 10 dez 2025 12:00 - 13:00".
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"^\s*(?:convite\s+atualizado|convite)\s*:\s*[^@\n]{0,100}?\bentrevista\w*\b[^@\n]{0,100}?\s@\s+"
        r"(?:seg|ter|qua|qui|sex|s[aá]b|dom|\d)",
    ),
    cue(K.INTERVIEW_SCHEDULED, 1, r"\bentrevista\b", "conditional", "expectation"),
    # --- status_update ---------------------------------------------------------------------------
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:continua|continuam|permanece|mant[eé]m-se|encontra-se"
        r"|est[aá])\s+(?:ainda\s+)?(?:em\s+(?:an[aá]lise|"
        r"avalia[cç][aã]o|aprecia[cç][aã]o|curso|processo|revis[aã]o)|ativ[oa]|activ[oa]"
        r"|a\s+ser\s+(?:analisad|"
        r"avaliad|considerad)\w*)\b|\b(?:continua|continuas|continuam)\s+(?:no|em)\s+processo\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:pedimos\s+desculpa|lamentamos|as\s+nossas\s+desculpas|desculpe|desculpa"
        r"|pe[cç]o\s+desculpa)\s+(?:pelo|"
        r"pela)\s+(?:atraso|demora|espera)\b|\bmais\s+(?:tempo\s+)?do\s+que\s+o\s+(?:previsto|esperado"
        r"|habitual)\b"
        r"|\b(?:obrigad[oa]|agradecemos)\s+(?:pela|a)\s+(?:sua|tua)\s+paci[eê]ncia\b|\b(?:sofreu"
        r"|teve)\s+(?:um\s+)?"
        r"atraso\b|\batraso\s+no\s+(?:processo|nosso)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:continuamos|estamos|ainda\s+estamos)\s+(?:ainda\s+)?a\s+(?:analisar|avaliar|entrevistar"
        r"|rever|concluir|"
        r"finalizar|fechar)\b|\bainda\s+n[aã]o\s+(?:tom[aá]mos|temos|foi\s+tomada)\s+(?:uma\s+|nenhuma\s+)?"
        r"(?:decis[aã]o|resposta)\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        2,
        r"\b(?:daremos|comunicaremos|informaremos|diremos|contactaremos|entraremos\s+em\s+contacto"
        r"|daremos\s+not[ií]cias)"
        r"(?:-lhe|-te)?\s+(?:\w+\s+){0,3}?(?:at[eé]|na\s+pr[oó]xima\s+semana|durante|nos\s+pr[oó]ximos"
        r"|no\s+prazo|"
        r"at[eé]\s+ao\s+final)\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:passou|passaste|avan[cç]ou|avan[cç]aste|passar[aá]|passar[aá]s|superou"
        r"|superaste)\s+(?:para\s+|[àa]\s+|a\s+)?"
        r"(?:a\s+)?(?:pr[oó]xima|seguinte|segunda|terceira|[uú]ltima|primeira)\s+(?:fase|etapa)\b"
        r"|\bfinalistas?\b"
        r"|\bpr[eé]-selec?cionad[oa]s?\b|\bshort-?list\w*",
        "conditional",
        "expectation",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:continua|continuas|mant[eé]m|mant[eé]ns)\s+(?:interessad[oa]|o\s+interesse)\b"
        r"|\bconfirm\w*\s+(?:o\s+)?"
        r"(?:seu|teu)\s+interesse\b|\bainda\s+(?:est[aá]|est[aá]s)\s+interessad[oa]\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\b(?:expectativas|pretens[oõ]es)\s+salaria(?:l|is)\b|\b(?:banda|intervalo)\s+salarial\b"
        r"|\bdata\s+de\s+"
        r"(?:in[ií]cio|entrada|admiss[aã]o)\b|\bpr[eé]-aviso\b|\baviso\s+pr[eé]vio\b|\b(?:vontade|ansiosos|"
        r"entusiasmados)\s+de\s+(?:trabalhar|contar)\s+(?:consigo|contigo)\b|\bboa\s+impress[aã]o\b"
        r"|\b(?:um\s+prazer|foi\s+[oó]timo|gost[aá]mos\s+muito)\s+(?:conhec[eê]-l[oa]|conhecer-te"
        r"|falar\s+consigo|"
        r"falar\s+contigo|de\s+o\s+conhecer|de\s+a\s+conhecer|de\s+te\s+conhecer|conhecer)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\ba\s+(?:analisar|avaliar|discutir|debater)\s+internamente\b"
        r"|\binternamente\s+(?:a\s+)?(?:analisar|avaliar|"
        r"discutir)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\b(?:atualiza[cç][aã]o|actualiza[cç][aã]o|novidades|ponto\s+de\s+situa[cç][aã]o"
        r"|estado)\s+(?:sobre|da|do|"
        r"relativ[oa]\s+[àa])\s+(?:sua|tua|a|o)\s+(?:candidatura|processo)\b|\bpr[oó]ximos\s+passos\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:viu|visualizou|leu|consultou|descarregou)\s+(?:o\s+)?(?:seu|teu)\s+(?:cv|curr[ií]culo"
        r"|perfil)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:suspens|suspend|congel|pausa|parad)\w*\b[^.;!?]{0,60}\b(?:temporariamente|de\s+momento"
        r"|por\s+agora|"
        r"para\s+j[aá]|algumas\s+semanas|at[eé]\s+(?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho"
        r"|agosto|"
        r"setembro|outubro|novembro|dezembro))\b",
    ),
    # --- application_received --------------------------------------------------------------------
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        r"\b(?:recebemos|recebi)\s+(?:com\s+sucesso\s+|corretamente\s+)?(?:a\s+|o\s+)?(?:sua|tua|seu|teu)\s+"
        r"(?:\w+\s+){0,2}?(?:candidatura|cv|curr[ií]culo|inscri[cç][aã]o)\b"
        r"|\b(?:rece[cç][aã]o|recep[cç][aã]o|recebimento)\s+d[ao]\s+(?:sua|tua|seu"
        r"|teu)\s+(?:\w+\s+)?(?:candidatura|"
        r"cv|curr[ií]culo|inscri[cç][aã]o)\b|\bconfirmamos\s+a\s+(?:rece[cç][aã]o|recep[cç][aã]o)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        r"\b(?:sua|tua)\s+(?:candidatura|inscri[cç][aã]o)\b[^.;!?]{0,80}?\b(?:foi"
        r"|ficou)\s+(?:corretamente\s+|"
        r"com\s+sucesso\s+)?(?:recebid|registad|submetid|enviad|conclu[ií]d|efetuad|efectuad|guardad)\w*"
        r"|\b(?:recebemos|recebi)\s+tudo\b|\bcandidatou-se\s+com\s+sucesso\b|\b(?:candidatura|inscri[cç][aã]o)\s+(?:submetida"
        r"|registada|recebida|"
        r"enviada|efetuada|efectuada)\s+com\s+sucesso\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        2,
        r"\b(?:obrigad[oa]|agradecemos)\s+(?:pela|pelo|por)\s+(?:a\s+)?(?:(?:sua|tua|seu|teu|ter)\s+)?(?:\w+\s+)?"
        r"(?:candidatura|inscri[cç][aã]o|cv|curr[ií]culo|candidatado|enviado|submetido)\b"
        r"|\bagradecemos\s+(?:a|o)\s+(?:sua|tua|seu|teu)\s+(?:candidatura|cv|curr[ií]culo)\b"
        r"|\bobrigad[oa]\s+por\s+(?:se\s+ter\s+candidatado|te\s+teres\s+candidatado|se\s+candidatar"
        r"|te\s+candidatares|"
        r"enviar\s+o\s+(?:seu|teu)\s+(?:cv|curr[ií]culo))\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1.5,
        r"\b(?:iremos|vamos)\s+(?:agora\s+)?(?:analisar|avaliar|rever|estudar)\s+(?:cuidadosamente\s+"
        r"|atentamente\s+|"
        r"com\s+aten[cç][aã]o\s+)?(?:a\s+|o\s+)?(?:sua|tua|seu|teu)\s+(?:candidatura|perfil|cv"
        r"|curr[ií]culo)\b"
        r"|\b(?:analisaremos|avaliaremos)\s+(?:a\s+|o\s+)?(?:sua|tua|seu|teu)\s+(?:candidatura|perfil|cv)\b"
        r"|\b(?:nossa|a)\s+equipa\s+(?:\w+\s+){0,2}?(?:ir[aá]|vai)\s+(?:analisar|avaliar|rever)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1,
        r"\b(?:entraremos|iremos\s+entrar)\s+em\s+contacto\b[^.;!?]{0,60}\b(?:caso|se)\b|\b(?:caso"
        r"|se)\b[^.;!?]{0,80}"
        r"\b(?:entraremos|iremos\s+entrar)\s+em\s+contacto\b|\bobrigad[oa]\s+pelo\s+(?:seu|teu)\s+interesse\b"
        r"|\bagradecemos\s+o\s+(?:seu|teu)\s+interesse\b",
    ),
    # --- not_job ---------------------------------------------------------------------------------
    # Employers do not charge candidates, nor interview them over a messaging app.
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:pagar|pague|paga|transferir|transfira|transfere|depositar|deposite"
        r"|efetuar\s+(?:um\s+)?pagamento|"
        r"efetue\s+(?:um\s+)?pagamento|fazer\s+(?:um\s+)?pagamento|(?:deve|dever[aá]|tem\s+de"
        r"|tem\s+que|ter[aá]\s+de|"
        r"tens\s+de|[eé]\s+necess[aá]rio)\s+(?:pagar|transferir|depositar"
        r"|liquidar))\b[^.;!?]{0,60}?(?:\d[\d.,]*\s?"
        r"(?:€|euros)|\b(?:taxa|cau[cç][aã]o|mb\s*way|cart[oõ]es?\s+(?:oferta|presente)|bitcoin|cripto\w*)\b)"
        r"|\b(?:taxa|custo|custos|pagamento)\s+(?:\w+\s+)?de\s+(?:forma[cç][aã]o|inscri[cç][aã]o"
        r"|processamento|"
        r"gest[aã]o|ades[aã]o|material|reserva|registo|ativa[cç][aã]o)\b"
        r"|\bentrevista\s+(?:\w+\s+)?(?:por|atrav[eé]s\s+d[oe]|via|no|pelo)\s+(?:telegram|whatsapp|signal)\b"
        r"|\b(?:telegram|whatsapp)\b[^.;!?]{0,80}?\b(?:cart[aã]o\s+de\s+cidad[aã]o|bilhete\s+de\s+identidade|"
        r"passaporte|cart[aã]o\s+de\s+cr[eé]dito|dados\s+banc[aá]rios)\b"
        r"|\b(?:cart[aã]o\s+de\s+cidad[aã]o|passaporte"
        r"|cart[aã]o\s+de\s+cr[eé]dito)\b[^.;!?]{0,80}?\b(?:telegram|"
        r"whatsapp|para\s+(?:reservar|garantir|assegurar)\s+(?:a\s+sua|a\s+tua|o\s+seu"
        r"|o\s+teu)\s+(?:vaga|lugar))\b",
        "employer_pays",
        tags=("scam",),
    ),
    cue(K.NOT_JOB, 4, r"\bsem\s+(?:necessidade\s+de\s+)?entrevistas?\b"),
    cue(
        K.NOT_JOB,
        4,
        r"\b(?:novas\s+)?ofertas\s+(?:de\s+emprego\s+)?(?:que\s+)?(?:correspondem|coincidem"
        r"|se\s+ajustam|recomendadas|"
        r"para\s+si|para\s+ti|de\s+acordo\s+com|do\s+seu\s+interesse|que\s+lhe\s+podem\s+interessar"
        r"|que\s+te\s+podem\s+"
        r"interessar|semelhantes)\b|\balertas?\s+de\s+emprego\b|\bempregos?\s+(?:para\s+si|para\s+ti"
        r"|recomendados|"
        r"que\s+(?:lhe|te))\b|\b(?:novas|novos)\s+(?:ofertas|empregos|vagas)\b"
        r"|\bvagas\s+(?:recomendadas|para\s+si|"
        r"para\s+ti|que\s+(?:lhe|te)\s+podem\s+interessar)\b"
        r"|\b(?:podem|poder[aã]o)\s+interessar-(?:lhe|te)\b|\bdo\s+(?:seu|teu)\s+interesse\b",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bcancelar\s+(?:a\s+)?(?:subscri[cç][aã]o|inscri[cç][aã]o)\b|\banular\s+(?:a\s+)?subscri[cç][aã]o\b"
        r"|\bdeixar\s+de\s+receber\b|\bgerir\s+(?:os\s+seus|as\s+suas|os\s+teus"
        r"|as\s+tuas)\s+(?:alertas|prefer[eê]ncias|"
        r"notifica[cç][oõ]es|subscri[cç][oõ]es)\b|\b(?:recebeu|recebeste|est[aá]\s+a\s+receber"
        r"|est[aá]s\s+a\s+receber)"
        r"\s+este\s+(?:e-?mail|correio|mensagem)\s+porque\b|\bdessubscrever\b",
        tags=("boilerplate",),
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bwebinar\b|\bnewsletter\b|\bboletim\b|\bnesta\s+edi[cç][aã]o\b|\bneste\s+n[uú]mero\b"
        r"|\bfeira\s+de\s+emprego\b"
        r"|\b(?:inscreve-te|inscreva-se)\s+(?:j[aá]|agora|gratuitamente|aqui|no|na)\b|\blugares\s+limitados\b"
        r"|\bdicas\s+para\b|\bcomo\s+(?:preparar|conseguir|negociar)\b",
    ),
    cue(
        K.NOT_JOB,
        3.5,
        r"\b(?:vaga|oportunidade|posi[cç][aã]o|oferta|recrutamento)\s+interna\b|\bmobilidade\s+interna\b"
        r"|\bprograma\s+de\s+(?:referencia[cç][aã]o|recomenda[cç][aã]o|refer[eê]ncias\s+internas"
        r"|indica[cç][oõ]es)\b"
        r"|\b(?:a\s+)?todos\s+os\s+colaboradores\b|\bcomunica[cç][aã]o\s+interna\b"
        r"|\b(?:se\s+)?(?:conhece|conheces)\s+"
        r"algu[eé]m\b",
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:vi|encontrei|analisei|li)\s+o\s+(?:seu|teu)\s+perfil\b|\b(?:seu|teu)\s+perfil\s+(?:no"
        r"|do)\s+linkedin\b"
        r"|\b(?:chamou|despertou)(?:-me)?\s+(?:a\s+)?(?:minha\s+|nossa\s+)?aten[cç][aã]o\b"
        r"|\bum\s+dos\s+nossos\s+"
        r"clientes\b|\buma\s+das\s+nossas\s+clientes\b|\bpara\s+um\s+(?:importante\s+|conhecido\s+)?cliente\b"
        r"|\b(?:estaria|estarias|est[aá]|est[aá]s)\s+(?:aberto|aberta|dispon[ií]vel"
        r"|interessad[oa])\s+(?:a|em|para)\s+"
        r"(?:ouvir|explorar|conhecer|avaliar|novas|novos|uma\s+mudan[cç]a|outras)\b|\b(?:teria"
        r"|terias)\s+interesse\s+"
        r"em\s+(?:conhecer|explorar|ouvir|falar)\b|\bheadhunter\b"
        r"|\b(?:estou\s+a\s+contact\w+|entro\s+em\s+contacto|escrevo-lhe|escrevo-te)\s+(?:consigo\s+"
        r"|contigo\s+)?"
        r"(?:porque|para\s+(?:lhe|te)\s+(?:apresentar|propor|falar))\b",
        tags=("cold",),
    ),
    cue(
        K.NOT_JOB,
        3.5,
        r"\b(?:crie|criar|cria|ative|ativar|ativa|active|verifique|verificar|confirme"
        r"|confirmar)\s+(?:a\s+|o\s+)?"
        r"(?:sua|tua|seu|teu)\s+(?:conta|perfil|endere[cç]o\s+de\s+e-?mail|e-?mail)\b|\b(?:redefinir|alterar|"
        r"recuperar|repor)\s+(?:a\s+)?(?:sua\s+|tua\s+)?palavra-passe\b",
        "conditional",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\b(?:complete|atualize|actualize|melhore|completa|atualiza)\s+o\s+(?:seu|teu)\s+(?:perfil|cv"
        r"|curr[ií]culo)\b"
        r"|\bvisualizaram\s+o\s+(?:seu|teu)\s+perfil\b",
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:inqu[eé]rito|question[aá]rio)\s+de\s+satisfa[cç][aã]o\b|\bavalie\s+a\s+(?:sua"
        r"|tua)\s+experi[eê]ncia\b"
        r"|\b(?:d[eê]-nos|diga-nos)\s+a\s+sua\s+opini[aã]o\b",
    ),
)

APPLICATION_CONTEXT = (
    r"\b(?:(?:sua|tua)\s+(?:candidatura|inscri[cç][aã]o|entrevista|cv|curr[ií]culo)|candidat[oa]s?"
    r"|processo\s+de\s+"
    r"(?:recrutamento|selec?[cç][aã]o)|recrutamento|selec?[cç][aã]o|entrevist\w+|vagas?|posi[cç][aã]o"
    r"|fun[cç][aã]o|"
    r"candidaturas?|oferta\s+de\s+emprego|recursos\s+humanos|contrato|admiss[aã]o|primeiro\s+dia|sal[aá]rio"
    r"|vencimento|proposta|"
    r"refer[eê]ncias|pr[oó]xima\s+(?:fase|etapa)|talento|integra[cç][aã]o)\b"
)
OWN_APPLICATION = (
    r"\b(?:(?:sua|tua)\s+candidatura|(?:se|te)\s+candidatou|candidatou-se|candidataste-te"
    r"|obrigad[oa]\s+pel[oa]\s+"
    r"(?:sua|tua|seu|teu)\s+(?:candidatura|interesse\s+n[ao])|(?:sua|tua)\s+entrevista"
    r"|recebemos\s+a\s+(?:sua|tua)|"
    r"interesse\s+n[ao]\s+(?:vaga|posi[cç][aã]o|fun[cç][aã]o|oferta))\b"
)

RULES = LanguageRules(
    language="pt",
    guards=GUARDS,
    cues=CUES,
    application_context=APPLICATION_CONTEXT,
    own_application=OWN_APPLICATION,
)


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
