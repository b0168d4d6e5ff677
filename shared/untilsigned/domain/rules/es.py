"""Spanish (Spain and the Canary Islands): the classifier's cues and guards.

Read together with English's table (recruiters mix in "Onboarding", "Assessment", English ATS footers).
Two Spanish habits shape the table: "oferta" is first of all a job advert ("la oferta de empleo a la que te
inscribiste", InfoJobs' "ofertas"), so an offer needs an offer verb or an unambiguous noun ("carta de
oferta", "propuesta económica"); and mail says "tú" as often as "usted", so both forms are written.
Accents are optional everywhere ("informacion" and "información"): mail is often typed without them.
"""

from __future__ import annotations

from untilsigned.domain.model import Kind
from untilsigned.domain.rules.legal_forms import legal_name_source
from untilsigned.domain.rules.schema import Cue, LanguageRules, cue
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

GUARDS: dict[str, str] = {
    # ATS boilerplate that only speaks of selection as a possibility: "si tu perfil encaja, te llamaremos",
    # "si en 15 días no recibes noticias, entiende que tu candidatura no ha sido seleccionada".
    "conditional": (
        r"\b(?:si|en\s+(?:el\s+)?caso\s+de(?:\s+que)?|siempre\s+que|una\s+vez\s+que|cuando|s[oó]lo\s+si|"
        r"a\s+menos\s+que|salvo\s+que)\b[^.;!?]{0,250}?\b(?:seleccion\w*|preseleccion\w*|encaj\w+|ajust\w+|"
        r"adecu\w+|cumpl\w+|result\w+|avanz\w+|contin[uú]\w+|pas\w+\s+a\s+la|decid\w+|decisi[oó]n|interes\w+|"
        r"requisitos|elegid\w*|escogid\w*|invitad\w*|convocad\w*|consider\w+|siguiente\s+(?:fase|paso|etapa)|"
        r"correspond\w+|coincid\w+|apt[oa]s?|finalista\w*|noticias|respuesta|match\w*|contact\w+)\b"
        r"|\bs[oó]lo\s+(?:nos\s+pondremos\s+en\s+contacto|contactaremos|llamaremos)\s+con\s+(?:los|las|aquell[oa]s)\b"
        r"|\b(?:los|las)\s+(?:candidat[oa]s|personas|perfiles)\s+(?:que\s+(?:no\s+)?(?:sean|resulten|hayan|pasen|"
        r"superen|encajen)|seleccionad[oa]s|preseleccionad[oa]s|finalistas)\b"
        r"|\bde\s+no\s+(?:recibir|tener)\b|\ben\s+caso\s+contrario\b|\btranscurrid[oa]s?\b"
    ),
    # Plans for the process, not events: "esperamos programar entrevistas a finales de mes".
    "expectation": (
        r"\b(?:esperamos|prevemos|tenemos\s+previsto|planeamos|pretendemos|intentaremos|procuraremos)\s+"
        r"(?:poder\s+)?(?:empezar\s+a\s+|comenzar\s+a\s+)?(?:programar|realizar|concertar|organizar|hacer|"
        r"empezar|comenzar|contactar|invitar|convocar|tomar|enviar|cerrar)\b"
        r"|\b(?:normalmente|habitualmente|generalmente|por\s+lo\s+general|suele\w*|puede\s+que|es\s+posible\s+"
        r"que)\b[^.;!?]{0,40}\b(?:entrevista|prueba|oferta|propuesta|programa|fase)\w*"
    ),
    # A delay or a reschedule announced with regret, not a decision.
    "delay": (
        r"\b(?:retras\w+|aplaz\w+|reprogram\w+|pospon\w+|pospuest\w+|demor\w+|m[aá]s\s+tiempo|esta\s+semana|"
        r"la\s+semana\s+que\s+viene|la\s+pr[oó]xima\s+semana|hasta\s+(?:que|el|la|finales|mediados|dentro)|"
        r"temporalmente|por\s+ahora|de\s+momento|por\s+el\s+momento|otro\s+d[ií]a|otra\s+(?:fecha|hora)|"
        r"nueva\s+(?:fecha|hora)|imprevisto|enferm\w+|baja\s+m[eé]dica)\b"
    ),
    "respond_all": (
        r"\b(?:responder|contestar|dar\s+respuesta|dar\s+feedback)\s+(?:a\s+)?(?:de\s+(?:forma|manera)\s+)?"
        r"(?:individual\w*|personalizad\w+|personal\w*|todas|cada|todos)\b|\bindividualmente\b|"
        r"\bgran\s+(?:volumen|n[uú]mero)\s+de\s+(?:candidaturas|solicitudes)\b"
    ),
    # An offer named as a condition or a later step: "antes de hacerte una propuesta necesitamos ...".
    "offer_condition": (
        r"\b(?:si|una\s+vez|antes\s+de|para\s+poder|hasta\s+que|a\s+menos|salvo|siempre\s+que|en\s+caso|"
        r"pendiente|de\s+cara\s+a|esperamos|previ[oa]|podr[ií]amos|podremos|posible\w*|cuando|con\s+vistas\s+a)\b"
        r"[^.;!?]{0,80}?\b(?:oferta|propuesta|ofrecer\w*)"
    ),
    "offer_negated": (
        r"\bno\b(?!\s+(?:dudes|dude|olvides|te\s+olvides|se\s+olvide))[^.;!?]{0,40}?\b(?:oferta|propuesta|"
        r"ofrecer\w*)\b"
    ),
    "offer_delay": (
        r"\b(?:retrasar|retrasamos|aplazar|aplazamos|posponer|posponemos)\s+(?:la|el|nuestra|nuestro)\s+(?:\w+\s+)?"
        r"(?:oferta|propuesta|contrato)\b|\b(?:oferta|propuesta|contrato)\b[^.;!?]{0,40}\b(?:retrasad|aplazad|"
        r"pospuest)\w*|\bhasta\s+que\b"
    ),
    "offer_withdrawn": r"\b(?:retir\w+|revoc\w+|anul\w+|sin\s+efecto)\b",
    # Job adverts and marketing, where "oferta" and "ofrecemos" mean something else.
    "commerce": (
        r"\bqu[eé]\s+(?:te\s+|le\s+|os\s+)?ofrecemos|\bofrecemos\s*:|\bdescuento|\bgratis\b|\bgratuit\w+|"
        r"\bcurso\b|\bwebinar|\bmasterclass|\bsuscri\w+|\binscr[ií]bete\b|\bpromoci[oó]n|%\s*(?:de\s+)?dto"
        r"|\b(?:enlace|link|url)\b[^.;!?]{0,30}\boferta|\boferta\s+(?:de\s+(?:empleo|trabajo)\s+)?(?:publicada|"
        r"a\s+la\s+que|en\s+la\s+que|en\s+infojobs|en\s+linkedin)|\b(?:inscri\w+|postula\w+|aplica\w*)\s+"
        r"(?:a|en)\s+(?:la|esta|nuestra)\s+oferta|\bver\s+(?:la\s+)?oferta|\bofertas\b"
    ),
    # Signature named as a later step: "una vez firmado", "por favor, revisa y firma".
    "signed_condition": (
        r"\b(?:una\s+vez|cuando|si|tras|despu[eé]s\s+de|antes\s+de|hasta\s+que)\s+(?:que\s+)?(?:lo\s+|la\s+)?"
        r"(?:hayas|haya|hayamos|tengamos|recibamos|firmes|firme|aceptes|acepte|devuelvas|devuelva|firmad[oa]|"
        r"firmar|aceptar|aceptad[oa]|recibir)\b"
        r"|\b(?:para|por\s+favor,?)\s+(?:revis\w+\s+y\s+)?(?:firmar|firma|f[ií]rmalo|f[ií]rmala|aceptar|acepta)\b"
        r"|\b(?:falta|pendiente\s+de|a\s+la\s+espera\s+de|s[oó]lo\s+queda)\s+(?:tu|su)\s+(?:firma|aceptaci[oó]n)"
    ),
    "generic_offer": (
        r"\b(?:los|las)\s+(?:candidat[oa]s|personas)\s+(?:seleccionad|finalista|que)\w*|\bc[oó]mo\s+(?:negociar|"
        r"conseguir)\b|\bconsejos\b"
    ),
    "nda": r"\bnda\b|\bacuerdo\s+de\s+confidencialidad\b",
    "employer_pays": (
        r"\b(?:nosotros\s+)?(?:pagamos|cubrimos|reembols\w+|abonamos|asumimos)\b|\bcorre\w*\s+a\s+cargo\s+de\s+"
        r"(?:la\s+empresa|nosotros)|\bsin\s+(?:ning[uú]n\s+)?coste\b|\bgratuit\w+|\bnunca\s+(?:te\s+|le\s+)?"
        r"(?:pediremos|solicitaremos|cobraremos|pedimos|cobramos)\b"
    ),
    "elsewhere": r"\botra\s+(?:oferta|empresa|propuesta|compa[ñn][ií]a)\b|\ben\s+otro\s+lugar\b",
    "contingency": (
        r"\b(?:sujet[oa]\s+a|condicionad[oa]\s+a|supeditad[oa]\s+a|pendiente\s+de|depend\w+\s+de)\b"
    ),
    "fine_print": r"\b(?:nos\s+reservamos|podr[aá]|podr[ií]a|ser[aá]|si|salvo|en\s+caso)\b",
    "asynchronous": r"\b(?:as[ií]ncron\w+|en\s+diferido|diferid[oa]s?|pregrabad\w+|grabad[oa]s?)\b",
    "past_stage": (
        r"\b(?:enhorabuena|felicidades|gracias)\s+por\s+(?:haber\s+)?(?:superar|superado|completar|completado|"
        r"realizar|realizado|enviar|enviado|terminar|terminado|hacer|hecho|entregar|entregado|pasar)\b"
    ),
    "hypothetical": r"\b(?:tanto\s+si|ya\s+sea)\b[^.;!?]{0,40}\bentrevista",
    "practice": (
        r"\b(?:simulacro|simulaci[oó]n)\s+de\s+entrevistas?\b|\bentrevistas?\s+(?:de\s+pr[aá]ctica|simulad[ao]s?)"
        r"|\bcoach\w*"
    ),
    "prerequisite": (
        r"\bantes\s+de\s+(?:poder\s+)?(?:programar|agendar|concertar|organizar|fijar|cerrar|convocar\w*|"
        r"invitar\w*|pasar\s+a)\b"
    ),
    "reference_noise": (
        r"\b(?:con|como|en|hacer|hace|hago|hacemos)\s+referencia\b|\b(?:c[oó]digo|n[uú]mero)\s+de\s+referencia\b"
        r"|\breferencia\s+(?:de\s+(?:la\s+)?(?:oferta|vacante|proceso|puesto)|:)"
    ),
    # A pause with an end in sight: "hemos paralizado el proceso de momento; lo retomaremos en enero".
    "temporary": (
        r"\btemporal\w*|\bde\s+momento\b|\bpor\s+(?:el\s+)?momento\b|\bunas\s+(?:pocas\s+)?semanas\b|\bretom\w+|"
        r"\breanud\w+|\breactiv\w+"
    ),
}

K = Kind
_REJECT = ("conditional", "delay", "respond_all", "expectation")
_OFFER = ("offer_condition", "offer_negated", "offer_withdrawn", "commerce", "generic_offer", "nda")
# What a signature notice must be about: the offer or the employment contract (English titles included).
_OFFER_WORD = (
    r"(?:contrato\b|carta\s+(?:de\s+)?oferta|oferta\s+(?:de\s+)?(?:trabajo|empleo|incorporaci[oó]n|laboral)|"
    r"propuesta\s+(?:de\s+)?(?:contrataci[oó]n|incorporaci[oó]n|laboral)|offer\b|employment\b|contract\b)"
)
# "propuesta" as the thing offered, not "una propuesta de fechas" for an interview.
_OFFER_END = (
    r"(?:oferta|propuesta|carta\s+(?:de\s+)?oferta|contrato)\b(?!\s+de\s+(?:fechas?|horarios?|d[ií]as))"
)
# Up to four words before the position that are not about an interview or a stage.
_GAP = (
    r"(?:(?!(?:entrevista\w*|llamada|reuni[oó]n|conversaci[oó]n|prueba\w*|fase|etapa|paso|candidat\w*|ronda|"
    r"oportunidad|assessment|proceso)\b)[\w-]+\s+){0,4}?"
)
_POSITION = r"(?:puesto|posici[oó]n|plaza|vacante|rol|empleo)"
_PEOPLE = (
    r"(?:candidat(?:[oa]s?|uras?)|perfil(?:es)?|personas?|aspirantes?|profesionales?|opci[oó]n|opciones)"
)

CUES: tuple[Cue, ...] = (
    # --- rejected --------------------------------------------------------------------------------
    cue(
        K.REJECTED,
        4,
        r"\b(?:continuar|seguir|avanzar|proceder|contar|apostar|optado\s+por|optar\s+por|decantado\s+por|"
        r"quedado\s+con|elegido\s+a|seleccionado\s+a|escogido\s+a|incorporado\s+a|contratado\s+a|decidido\s+por)\s+"
        r"(?:adelante\s+)?(?:en\s+el\s+proceso\s+)?(?:con\s+)?(?:(?:otr[oa]s?|un[oa]?\s+otr[oa])\s+(?:\w+\s+)?"
        rf"{_PEOPLE}|un\s+perfil\s+(?:m[aá]s|que|con|cuy)|una?\s+candidat[oa]\s+(?:con|que|cuy))",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        4,
        r"\bno\s+(?:\w+\s+){0,2}?(?:continuar|seguir|avanzar|contar|proseguir|continuaremos|seguiremos|"
        r"avanzaremos|avanzamos|continuamos|seguimos|podemos\s+avanzar|podemos\s+continuar)\s+(?:adelante\s+|"
        r"avanzando\s+)?(?:en\s+el\s+proceso\s+)?con\s+(?:tu|su)\s+(?:candidatura|perfil|solicitud|inscripci[oó]n|"
        r"proceso)\b|\bno\s+(?:\w+\s+){0,2}?contar\s+(?:contigo|con\s+usted)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:decidido|optado\s+por|decisi[oó]n\s+de|resuelto)\s+no\s+(?:continuar|seguir|avanzar|proseguir|"
        r"contar|ofrecer|seleccionar|invitar|incorporar|avanzar)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:candidatura|solicitud|perfil|inscripci[oó]n|postulaci[oó]n)\b[^.;!?]{0,60}?\b(?:no\s+(?:ha\s+sido|"
        r"fue|ha\s+resultado|resulta|ha\s+quedado)\s+(?:seleccionad|elegid|finalista|escogid)|(?:ha\s+sido|fue|"
        r"queda|ha\s+quedado)\s+(?:descartad|rechazad|desestimad|cerrad|archivad))\w*"
        r"|\bno\s+(?:has|ha)\s+(?:sido|resultado)\s+(?:seleccionad|elegid|escogid)\w*"
        r"|\bestado\b[^.;!?]{0,40}\b(?:descartad[oa]|no\s+seleccionad[oa]|rechazad[oa]|desestimad[oa])\b"
        r"|\bno\s+(?:contin[uú]as|sigues|contin[uú]a|sigue)\s+(?:adelante\s+)?en\s+(?:el|este|nuestro)\s+proceso\b"
        r"|\bya\s+no\s+(?:formas|forma)\s+parte\s+del\s+proceso\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:lamentamos|lamento|sentimos|siento|nos\s+apena|me\s+apena|es\s+una\s+pena)\s+(?:much[oí]simo\s+|"
        r"mucho\s+|profundamente\s+)?(?:tener\s+que\s+)?(?:comunicar|informar|decir|trasladar|hacer\s+saber|"
        r"darte|darle|dar)\w*",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        1.5,
        r"\b(?:lamentablemente|desafortunadamente|por\s+desgracia|sinti[eé]ndolo\s+mucho)\b",
        *_REJECT,
    ),
    cue(K.REJECTED, 1.5, r"\ben\s+esta\s+ocasi[oó]n\b", *_REJECT),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:perfil|experiencia|candidatura|trayectoria)\b[^.;!?]{0,40}?\bno\s+(?:\w+\s+)?(?:encaja|se\s+ajusta|"
        r"se\s+adecua|se\s+adec[uú]a|corresponde|cuadra|responde)\b"
        r"|\bno\s+(?:es|era)\s+(?:exactamente\s+)?lo\s+que\s+(?:estamos|est[aá]bamos)\s+buscando\b"
        r"|\bno\s+(?:cumples|cumple|re[uú]nes|re[uú]ne)\s+(?:con\s+)?(?:todos\s+)?(?:los|nuestros)\s+requisitos\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        2.5,
        r"\b(?:se\s+ajusta|se\s+ajustan|encaja|encajan|se\s+adecua|se\s+adecuan|se\s+adapta|se\s+adaptan|cuadra|"
        r"cuadran|responde|responden)\w*\s+(?:m[aá]s|mejor)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        3.5,
        rf"\botr[oa]s?\s+{_PEOPLE}\s+(?:cuy[oa]s?|que|con)\b[^.;!?]{{0,80}}?\b(?:m[aá]s|mejor)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        4,
        rf"\b(?:{_POSITION}|proceso(?:\s+de\s+selecci[oó]n)?|oferta|b[uú]squeda)\b[^.;!?]{{0,60}}?\b(?:ha\s+sido|"
        r"ha\s+quedado|fue|queda|est[aá]|se\s+ha)\s+(?:ya\s+)?(?:cubiert[oa]|cancelad[oa]|cerrad[oa]|anulad[oa]|"
        r"desiert[oa]|finalizad[oa]|conclu[ií]d[oa]|cubierto\s+internamente)\b",
        "conditional",
        "respond_all",
        "expectation",
    ),
    cue(
        K.REJECTED,
        3.5,
        rf"\b(?:{_POSITION}|proceso(?:\s+de\s+selecci[oó]n)?|contrataci[oó]n)\b[^.;!?]{{0,60}}?\b(?:ha\s+sido|"
        r"ha\s+quedado|queda|est[aá]|se\s+ha)\s+(?:congelad[oa]|suspendid[oa]|paralizad[oa]|en\s+pausa|"
        r"en\s+suspenso)\b",
        "conditional",
        "respond_all",
        "expectation",
        "temporary",
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:hemos|han|se\s+ha|ha)\s+(?:ya\s+)?cubierto\s+(?:la|el|esta|este|dicha|dicho)\s+(?:\w+\s+)?"
        rf"{_POSITION}\b|\bcubiert[oa]\s+internamente\b|\bcongelaci[oó]n\s+de\s+(?:las\s+)?(?:contrataciones|"
        r"plantilla|incorporaciones)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:cancelar|cerrar|anular|cancelado|cerrado|anulado|suspender|suspendido|congelar|congelado|"
        r"paralizar|paralizado|finalizado|dar\s+por\s+(?:cerrado|finalizado))\s+(?:el|este|la|esta|nuestro|"
        rf"nuestra)\s+(?:\w+\s+){{0,2}}?(?:proceso|{_POSITION}|contrataci[oó]n|b[uú]squeda)\b",
        "conditional",
        "respond_all",
        "expectation",
        "temporary",
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:retirar|retiramos|revocar|anular|retirado|revocado|anulado|dejar\s+sin\s+efecto)\s+(?:la|nuestra|"
        r"tu|su|esta)\s+(?:\w+\s+)?(?:oferta|propuesta)\b|\b(?:oferta|propuesta)\b[^.;!?]{0,40}?\b(?:ha\s+sido|"
        r"queda|fue)\s+(?:retirada|revocada|anulada|cancelada)\b",
        "fine_print",
        "offer_delay",
    ),
    cue(
        K.REJECTED,
        4,
        r"\bno\s+(?:podemos|podremos|vamos\s+a\s+poder|estamos\s+en\s+(?:disposici[oó]n|condiciones)\s+de)\s+"
        rf"(?:ofrecer\w*|hacer\w*|presentar\w*|extender\w*)\s+(?:\w+\s+){{0,3}}?(?:oferta|propuesta|{_POSITION})\b"
        r"|\bno\s+(?:podemos|podremos)\s+(?:darte|darle|dar)\s+una\s+respuesta\s+positiva\b"
        r"|\brespuesta\s+(?:negativa|no\s+favorable)\b",
        *_REJECT,
    ),
    cue(
        K.REJECTED,
        1,
        r"\bdese\w+\s+(?:(?:te|le)\s+)?(?:(?:mucha|mucho|el\s+mayor|todo\s+el|los\s+mayores|lo\s+mejor|"
        r"muchos)\s+)?(?:suerte|[eé]xitos?|lo\s+mejor)\b|\bfuturos?\s+(?:proyectos|retos|procesos|pasos)\b",
    ),
    cue(
        K.REJECTED,
        1,
        r"\b(?:no\s+ha\s+sido|ha\s+sido)\s+una\s+decisi[oó]n\s+(?:f[aá]cil|dif[ií]cil|complicada)\b|"
        r"\bdecisi[oó]n\s+(?:dif[ií]cil|complicada)\b|\bno\s+refleja\b",
    ),
    cue(
        K.REJECTED,
        1,
        r"\b(?:guardaremos|conservaremos|mantendremos|incorporaremos)\s+(?:tu|su)\s+(?:cv|curr[ií]culum|perfil|"
        r"candidatura|datos)\b",
        "conditional",
    ),
    cue(K.REJECTED, 2, r"\b(?:descartad[oa]|rechazad[oa]|desestimad[oa])\b", *_REJECT),
    # --- offer_signed ----------------------------------------------------------------------------
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:todas\s+las\s+partes|todos\s+los\s+firmantes|ambas\s+partes|todos\s+los\s+destinatarios|"
        r"todos\s+los\s+participantes)\s+han\s+(?:ya\s+)?(?:firmado|completado)\b"
        rf"|\b{_OFFER_WORD}[^\n]{{0,120}}?\b(?:ha\s+sido|est[aá]|queda)\s+(?:ya\s+)?(?:firmad[oa]|completad[oa])"
        r"\s+por\s+(?:todas\s+las\s+partes|todos\s+los\s+firmantes|ambas\s+partes|todos|ti|usted|las\s+dos\s+partes)\b"
        r"|\bel\s+documento\b[^\n]{0,120}?\bha\s+sido\s+firmado\s+por\s+todos\b"
        r"|\bproceso\s+de\s+firma\b[^.;!?]{0,40}\b(?:completado|finalizado)\b"
        rf"|\b(?:documento|sobre)\s+[«\"'“]?[^\n]{{0,60}}?{_OFFER_WORD}[^\n]{{0,80}}?\b(?:se\s+ha\s+completado|ha\s+sido"
        r"\s+completado|est[aá]\s+completo)\b",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        rf"\b(?:completado|firmado|finalizado|documento\s+firmado)\s*:\s*[^\n]{{0,120}}?{_OFFER_WORD}"
        rf"|\b(?:has|ha)\s+firmado\s+(?:correctamente\s+)?(?:el\s+documento\s+)?[«\"'“]?[^\n]{{0,80}}?{_OFFER_WORD}",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:hemos\s+recibido|recibimos|ya\s+tenemos|nos\s+ha\s+llegado)\s+(?:tu|su|el|la)\s+(?:copia\s+del\s+)?"
        r"(?:contrato|carta\s+(?:de\s+)?oferta|oferta|propuesta|documentaci[oó]n)\s+(?:\w+\s+){0,2}?"
        r"(?:firmad[oa]|aceptad[oa]|devuelt[oa])\b"
        r"|\brecibid[oa]s?\s+(?:el|la|tu|su)\s+(?:\w+\s+)?(?:contrato|carta|oferta|propuesta|documentaci[oó]n)\s+firmad[oa]\b"
        r"|\b(?:ahora\s+que|ya\s+que|como\s+ya)\s+(?:ya\s+)?(?:est[aá]|tenemos)\s+(?:todo|el\s+contrato|tu\s+contrato)\s+"
        r"firmado\b|\b(?:ahora\s+que|ya\s+que|como\s+ya)\s+(?:ya\s+)?(?:has|ha)\s+(?:firmado|aceptado)\b"
        r"|\bgracias\s+por\s+(?:firmar|devolver(?:nos)?|enviarnos|aceptar|haber\s+firmado|haber\s+aceptado)\s+"
        r"(?:firmad[oa]\s+)?(?:el|la|tu|su|nuestra|nuestro)\s+(?:\w+\s+){0,2}?(?:contrato|oferta|propuesta|carta)\b",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:confirmamos|nos\s+alegra\s+confirmar|queda\s+confirmada|hemos\s+recibido|recibida)\s+(?:tu|su|la)\s+"
        r"aceptaci[oó]n\b"
        r"|\b(?:alegra|encanta|ilusiona|satisface|alegramos|encantados|felices)\w*\s+(?:mucho\s+)?(?:de\s+)?(?:saber\s+)?"
        r"que\s+(?:hayas|haya|has|ha)\s+aceptado\b"
        r"|\b(?:has|ha)\s+aceptado\s+(?:nuestra|la|tu|su)\s+(?:\w+\s+)?(?:oferta|propuesta)\b"
        r"|\benhorabuena\s+por\s+(?:aceptar|firmar|tu\s+incorporaci[oó]n|tu\s+nuevo\s+puesto)\b",
        "signed_condition",
        "elsewhere",
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\bbienvenid[oa]s?\s+(?:oficialmente\s+)?(?:al\s+equipo|a\s+bordo|a\s+la\s+familia|a\s+la\s+plantilla)\b"
        r"|\bya\s+(?:formas|forma|eres)\s+(?:oficialmente\s+)?parte\s+(?:del\s+equipo|de\s+(?:la\s+familia|\w+))",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        2,
        r"\b(?:tu|su)\s+primer\s+d[ií]a\b|\bprimer\s+d[ií]a\s+(?:de\s+trabajo|en\s+la\s+oficina)\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:n[uú]mero\s+de\s+(?:la\s+)?seguridad\s+social|n[uú]mero\s+de\s+afiliaci[oó]n|alta\s+en\s+(?:la\s+)?"
        r"seguridad\s+social|modelo\s+145|(?:iban|cuenta\s+bancaria|datos\s+bancarios)\s+para\s+(?:la\s+)?"
        r"n[oó]mina)\b|\b(?:tramitado|tramitar|gestionado|gestionar|tramitamos|tramitaremos)\s+(?:ya\s+)?(?:tu|su)\s+"
        r"alta\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1,
        r"\b(?:plan|manual|jornada|programa|kit)\s+de\s+(?:acogida|bienvenida)\b|\bonboarding\b|"
        r"\b(?:port[aá]til|ordenador|credenciales|cuenta\s+de\s+correo\s+corporativ\w+|tarjeta\s+de\s+acceso)\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    # --- offer -----------------------------------------------------------------------------------
    cue(
        K.OFFER,
        4.5,
        r"\b(?:ofrecerte|ofrecerle|ofreceros|ofrecer\s+(?:te|le)|proponerte|proponerle)\s+(?:formalmente\s+|"
        r"oficialmente\s+)?(?:(?:el|la|un|una|este|esta|nuestr[oa])\s+)?"
        rf"{_GAP}(?:{_POSITION}|contrato|trabajo|incorporarte|incorporarse|oferta|propuesta)\b"
        rf"|\b(?:te|le)\s+(?:ofrecemos|ofrezco|proponemos|propongo)\s+(?:formalmente\s+|oficialmente\s+)?(?:el|la|"
        rf"este|esta|nuestr[oa])\s+{_GAP}(?:{_POSITION}|oferta|propuesta)\b",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4.5,
        r"\b(?:nos\s+complace|nos\s+alegra|nos\s+satisface|tenemos\s+el\s+(?:placer|gusto)\s+de|es\s+un\s+(?:placer|"
        r"gusto)|estamos\s+encantad[oa]s\s+de|queremos|quisi[eé]ramos|nos\s+gustar[ií]a|me\s+complace|me\s+alegra)\s+"
        r"(?:mucho\s+)?(?:poder\s+)?(?:hacer(?:te|le)?|enviar(?:te|le)?|presentar(?:te|le)?|trasladar(?:te|le)?|"
        r"compartir\s+contigo|extender(?:te|le)?|remitir(?:te|le)?|mandar(?:te|le)?|hacer(?:te|le)\s+llegar)\s+"
        # a sourcer's "nos gustaría hacerte una propuesta" is a pitch; an offer names what it is
        r"(?!(?:\w+\s+){0,2}?una\s+propuesta\b(?!\s+(?:formal|econ[oó]mica|salarial|definitiva|por\s+escrito|"
        r"de\s+contrataci[oó]n|de\s+incorporaci[oó]n)))"
        rf"(?:formalmente\s+)?(?:(?:la|nuestra|tu|su|una|el|nuestro)\s+)?(?:\w+\s+){{0,2}}?{_OFFER_END}(?!s)",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:carta\s+(?:de\s+)?oferta|oferta\s+(?:formal|econ[oó]mica|definitiva|por\s+escrito|vinculante|"
        r"salarial|de\s+contrataci[oó]n|de\s+incorporaci[oó]n)|propuesta\s+(?:formal|econ[oó]mica|salarial|"
        r"definitiva|de\s+contrataci[oó]n|de\s+incorporaci[oó]n|por\s+escrito|de\s+contrato)|"
        r"contrato\s+(?:de\s+trabajo|laboral)\s+para\s+(?:tu|su)\s+firma)\b",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:adjunt\w*|te\s+env[ií]o|te\s+enviamos|le\s+enviamos|le\s+env[ií]o|encontrar[aá]s|encontrar[aá]|"
        r"remitimos|te\s+remito|te\s+hago\s+llegar|te\s+hacemos\s+llegar|le\s+hacemos\s+llegar)\b[^.;!?]{0,40}?"
        rf"\b(?:tu|su|la|nuestra|el)\s+(?:\w+\s+){{0,2}}?{_OFFER_END}(?!s)",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:revisa|revisar|revises|revise|firma|firmar|firmes|firme|aceptar|acepta|aceptes|acepte|devolver(?:nos)?|"
        r"devu[eé]lve\w*)\s+(?:y\s+(?:firma|firmar|firmes|firme|acepta|aceptar|acepte|devolver|devu[eé]lve\w*)\s+)?(?:el|la|tu|su|esta|este|"
        rf"nuestra)\s+(?:\w+\s+){{0,2}}?{_OFFER_END}(?!s)",
        "offer_negated",
        "offer_withdrawn",
        "commerce",
        "generic_offer",
        "nda",
        "conditional",
        tags=("extends_offer",),
    ),
    # An e-signature request: "Signaturit: Ana García te ha enviado «Contrato laboral» para firmar".
    cue(
        K.OFFER,
        3.5,
        r"\b(?:para\s+(?:revisar\s+y\s+)?firmar|para\s+(?:tu|su)\s+firma|solicita\s+(?:tu|su)\s+firma|pendiente\s+de\s+"
        rf"(?:tu|su)\s+firma|a\s+la\s+espera\s+de\s+(?:tu|su)\s+firma)\b[^\n]{{0,100}}?{_OFFER_WORD}"
        rf"|\bcomplete\s+con\s+docusign\b[^\n]{{0,100}}?{_OFFER_WORD}"
        rf"|{_OFFER_WORD}[^\n]{{0,100}}?\b(?:para\s+(?:revisar\s+y\s+)?firmar|para\s+(?:tu|su)\s+firma|pendiente\s+de\s+"
        r"(?:tu|su)\s+firma|a\s+la\s+espera\s+de\s+(?:tu|su)\s+firma)\b",
        "offer_negated",
        "offer_withdrawn",
        "nda",
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4,
        r"\bhas\s+sido\s+(?:la\s+persona\s+)?(?:seleccionad[oa]|elegid[oa]|escogid[oa])\s+para\s+(?:el|la|este|esta|"
        rf"ocupar\s+(?:el|la))\s+{_GAP}{_POSITION}\b(?![^.;!?]{{0,40}}\b(?:fase|etapa|entrevista|ronda|prueba))"
        rf"|\b(?:el\s+puesto|la\s+plaza|la\s+posici[oó]n|el\s+trabajo)\s+es\s+tuy[oa]\b"
        r"|\beres\s+(?:la\s+persona|el\s+candidato|la\s+candidata)\s+(?:seleccionad|elegid|escogid)[oa]\b",
        "conditional",
        "expectation",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        1.5,
        r"\b(?:salario|retribuci[oó]n|remuneraci[oó]n|sueldo)\s+(?:\w+\s+){0,3}?(?:de|ser[aá]|es|:)\s*(?:€\s?)?\d",
        "conditional",
        "commerce",
    ),
    # Warmth about joining, an offer only with the terms beside it ("nos encantaría que te unieras como ...").
    cue(
        K.OFFER,
        2.5,
        r"\b(?:nos\s+encantar[ií]a|queremos|nos\s+gustar[ií]a)\s+que\s+(?:te\s+unas|te\s+unieras|formes\s+parte|"
        r"formaras\s+parte|te\s+incorpores|te\s+incorporaras|se\s+incorpore|forme\s+parte)\b[^.;!?]{0,80}?\bcomo\b",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4.5,
        r"\b(?:nos\s+gustar[ií]a|queremos|quisi[eé]ramos|nos\s+encantar[ií]a|vamos\s+a|hemos\s+decidido)\s+(?:\w+\s+)?"
        r"(?:contratarte|contratarle|contratarla|contratarlo)\b",
        *_OFFER,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:preparo|preparamos|prepararemos|te\s+preparo|redacto|redactamos|redactaremos)\s+(?:ya\s+)?(?:el|tu|su)\s+"
        r"contrato\b",
        *_OFFER,
        tags=("extends_offer",),
    ),
    cue(K.OFFER, 1, r"\bpropuesta\b(?!\s+de\s+(?:fechas?|horarios?|d[ií]as|mejora))", *_OFFER, "conditional"),
    # --- references_requested --------------------------------------------------------------------
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:facilitar(?:nos)?|facil[ií]tanos|facil[ií]tenos|enviar(?:nos)?|env[ií]anos|env[ií]enos|"
        r"proporcionar(?:nos)?|proporci[oó]nanos|indicar(?:nos)?|ind[ií]canos|ind[ií]quenos|compartir|comparte|"
        r"mandar(?:nos)?|m[aá]ndanos|dar(?:nos)?|danos|aportar|aporta|necesitamos|necesitar[ií]amos|pedirte|"
        r"solicitarte|pedirle|solicitarle)\b[^.;!?]{0,60}?\b(?:referencias|contactos?\s+de\s+referencia|datos\s+de\s+"
        r"contacto\s+de\s+(?:\w+\s+){0,3}?(?:responsables|jefes|jefas|managers|supervisor\w*|referencias|"
        r"personas))\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\b(?:comprobaci[oó]n|verificaci[oó]n|chequeo|consulta|petici[oó]n|solicitud|toma)\s+de\s+referencias\b"
        r"|\b(?:contactar|hablar|ponernos\s+en\s+contacto)\s+con\s+(?:tus|sus)\s+referencias\b"
        r"|\bcartas?\s+de\s+recomendaci[oó]n\b"
        r"|\b(?:hablar|contactar|charlar)\s+con\s+(?:dos|tres|2|3|alguno\s+de\s+tus|algunos\s+de\s+tus|tus|sus|"
        r"alguien\s+que)\s+(?:\w+\s+)?(?:antiguos|anteriores|ex|responsables|jefes|managers|supervisor\w*|"
        r"compa[ñn]eros|empleadores|haya\s+trabajado)\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\b(?:verificaci[oó]n|comprobaci[oó]n)\s+de\s+antecedentes\b|\bantecedentes\s+penales\b",
        "conditional",
        "contingency",
    ),
    cue(K.REFERENCES_REQUESTED, 1.5, r"\breferencias\b", "conditional", "contingency", "reference_noise"),
    # --- assessment ------------------------------------------------------------------------------
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:prueba|test|ejercicio|caso|reto|cuestionario|examen|evaluaci[oó]n|desaf[ií]o)s?\s+(?:t[eé]cnic[oa]s?|"
        r"pr[aá]ctic[oa]s?|online|en\s+l[ií]nea|de\s+(?:nivel|ingl[eé]s|idiomas?|personalidad|aptitudes|"
        r"conocimientos|programaci[oó]n|c[oó]digo|razonamiento|habilidades|competencias|excel|sql|l[oó]gica|"
        r"evaluaci[oó]n)|psicot[eé]cnic[oa]s?|escrit[oa]s?|t[eé]cnic[oa]s?)\b"
        r"|\b(?:ejercicio|prueba|reto)\s+para\s+(?:casa|hacer\s+en\s+casa)\b|\bdin[aá]mica\s+de\s+grupo\b|\bjornada\s+de\s+evaluaci[oó]n\b|\bassessment\s+cent(?:er|re)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:realizar|realices|realice|completar|completes|complete|completa|hacer|hagas|resolver|resuelvas|"
        r"entregar|entregues|enviarnos|contestar|responder)\s+(?:una|la|el|un|esta|este|nuestra|nuestro|las|los|"
        r"unas|unos)\s+(?:\w+\s+){0,3}?(?:prueba|test|ejercicio|reto|caso\s+pr[aá]ctico|cuestionario|examen|"
        r"evaluaci[oó]n|assessment|desaf[ií]o)s?\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:entrevista|v[ií]deo\s*entrevista|videoentrevista)\b[^.;!?]{0,30}?\b(?:en\s+diferido|diferid[ao]|"
        r"grabad[ao]|as[ií]ncron[ao]|pregrabad[ao])\b|\bgrabar\s+(?:tus|sus)\s+respuestas\b"
        r"|\b(?:preguntas|respuestas)\s+grabadas\b"
        r"|\b(?:siguiente|pr[oó]xim[oa])\s+(?:paso|fase|etapa)\s+(?:del\s+proceso\s+)?(?:ser[aá]|es|consiste\s+en|"
        r"consistir[aá]\s+en)\s+(?:una|un)\s+(?:[\w-]+\s+){0,2}?(?:prueba|test|ejercicio|caso|reto|cuestionario|"
        r"assessment)\b",
        "conditional",
        "expectation",
    ),
    cue(K.ASSESSMENT, 1.5, r"\b(?:prueba|ejercicio|cuestionario|test)\b", "conditional", "expectation"),
    # --- interview_scheduled ---------------------------------------------------------------------
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:invitar(?:te|le|os)?|invitamos|invito|convocar(?:te|le)?|convocamos|citar(?:te|le)|citamos)\s+"
        r"(?:a\s+|para\s+)(?!(?:realizar|completar|hacer|resolver|una\s+prueba|un\s+test)\b)(?:(?:una|la|un|el|tu|su|"
        r"nuestra|nuestro)\s+)?(?:[\w-]+\s+){0,4}?(?:entrevista|llamada|videollamada|reuni[oó]n|conversaci[oó]n|"
        r"charla|caf[eé]|visita)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:nos\s+gustar[ií]a|queremos|querr[ií]amos|nos\s+encantar[ií]a|me\s+gustar[ií]a)\s+(?:mucho\s+)?"
        r"(?:conocer(?:te|le)|entrevistar(?:te|le)|hablar\s+(?:contigo|con\s+usted)|charlar\s+contigo|"
        r"tener\s+una\s+(?:\w+\s+)?(?:entrevista|llamada|conversaci[oó]n|charla|reuni[oó]n)|verte|volver\s+a\s+"
        r"(?:verte|hablar))\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:concertar|agendar|programar|organizar|coordinar|fijar|cerrar|reservar|acordar|buscar|"
        r"agend(?:a|e)|reserv(?:a|e))\s+(?:(?:una|la|tu|su|el|un|nuestra|nuestro)\s+[^.;!?]{0,50}?)?\b(?:entrevista|"
        r"llamada|videollamada|reuni[oó]n|conversaci[oó]n|charla|hueco|fecha\s+y\s+hora|cita)\b(?!s)",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"\b(?:confirmamos|te\s+confirmo|le\s+confirmo|confirmar(?:te|le)?|confirmaci[oó]n\s+de|recordatorio\s+"
        r"(?:de|:)|te\s+recordamos|le\s+recordamos|recordarte|recordarle|te\s+recuerdo)\s+(?:\w+\s+){0,2}?(?:tu|su|"
        r"la|nuestra|el)\s+(?:[\w-]+\s+){0,3}?(?:entrevista|llamada|videollamada|reuni[oó]n|cita)\b"
        r"|\bentrevista\s+(?:est[aá]\s+|queda\s+|ha\s+sido\s+)?(?:programada|confirmada|agendada|fijada|"
        r"concertada|reservada)\b"
        r"|\b(?:convocatoria|invitaci[oó]n|confirmaci[oó]n|citaci[oó]n)\s+(?:a|de|para)\s+(?:la\s+|una\s+)?entrevista\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:entrevista|llamada|videollamada|reuni[oó]n)\b(?!s)[^.;!?]{0,60}\b(?:tendr[aá]\s+lugar|ser[aá]\s+"
        r"(?:el|ma[ñn]ana|hoy|a\s+las|por|en|presencial|online|telef[oó]nica|con)|se\s+(?:realizar[aá]|celebrar[aá]|"
        r"har[aá])|est[aá]\s+(?:prevista|programada|fijada)\s+para|(?:se\s+)?(?:ha\s+)?(?:movido|trasladado|"
        r"cambiado|adelantado|pasado)\s+(?:al|a\s+las|a\s+la|para))\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:qu[eé]|cu[aá]l\s+es\s+tu|cu[aá]l\s+es\s+su)\s+disponibilidad\b|\b(?:tu|su)\s+disponibilidad\b"
        r"(?!\s+(?:para\s+incorporarte|para\s+incorporarse|de\s+incorporaci[oó]n|y\s+(?:tus|sus)\s+expectativas))"
        r"|\b(?:te|le)\s+(?:viene|va|encaja|cuadra|vendr[ií]a|ir[ií]a)\s+(?:bien|mejor)\b"
        r"|\b(?:tienes|tiene|tendr[ií]as|tendr[ií]a)\s+disponibilidad\b|\b(?:quedamos|te\s+esperamos|le\s+esperamos)\s+"
        r"(?:el|este|ma[ñn]ana|en\s+(?:nuestra|nuestras|la|las))\b|\binvitaci[oó]n\s+(?:de|del|en\s+el|al)\s+calendario\b"
        r"|\b(?:elige|elija|escoge|selecciona|seleccione|reserva|reserve|elegir|escoger|seleccionar|reservar)\s+"
        r"(?:el|un|una|la|tu|su)\s+(?:\w+\s+)?(?:hueco|horario|franja|fecha|hora|d[ií]a)\b"
        r"|\b(?:podr[ií]as|puedes|podr[ií]a|puede|podr[ií]amos|podemos)\s+(?:\w+\s+){0,4}?(?:el\s+pr[oó]ximo\s+|este\s+|"
        r"el\s+|al\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|ma[ñn]ana)\b"
        r"|\b(?:ser[ií]a|es)\s+posible\b[^.;!?]{0,60}?\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes|ma[ñn]ana|"
        r"a\s+las\s+\d)|\benlace\s+(?:para|de)\s+(?:agendar|reservar|programar|elegir)|\bnos\s+vemos\s+(?:el|ma[ñn]ana|en\s+la\s+"
        r"oficina|all[ií]|entonces)\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:reprogram|cambi|mov|aplaz|pospon|retras|adelant|traslad|pas)\w*\s+(?:\w+\s+)?(?:la|tu|su|"
        r"nuestra|el)\s+(?:[\w-]+\s+){0,2}?(?:entrevista|llamada|videollamada|reuni[oó]n|cita)\b"
        r"|\b(?:entrevista|llamada|reuni[oó]n)\b[^.;!?]{0,40}\b(?:reprogramad|aplazad|pospuest|cambiad)\w*",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:te|le)\s+(?:llamo|llamar[eé]|llamamos|llamaremos|llamar[aá])\s+(?:ma[ñn]ana|hoy|esta\s+tarde|"
        r"el\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|d[ií]a)|a\s+las|este\s+(?:lunes|martes|mi[eé]rcoles|jueves|"
        r"viernes))\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:siguiente|pr[oó]xim[oa])\s+(?:paso|fase|etapa|ronda)\s+(?:del\s+proceso\s+)?(?:ser[aá]|es|consiste\s+"
        r"en|consistir[aá]\s+en)\s+(?:una|un)\s+(?:[\w-]+\s+){0,3}?(?:entrevista|llamada|videollamada|reuni[oó]n|"
        r"conversaci[oó]n|charla)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1.5,
        r"\bentrevista\s+(?:telef[oó]nica|presencial|t[eé]cnica|final|personal|online|virtual|por\s+(?:videollamada|"
        r"teams|zoom|tel[eé]fono|meet)|con\s+(?:el|la)\s+(?:responsable|director\w*|manager|hiring|equipo)|de\s+"
        r"(?:selecci[oó]n|personalidad|competencias|rrhh)|grupal)|\b(?:primera|segunda|tercera|[uú]ltima)\s+"
        r"entrevista\b|\bentrevistador(?:a|es|as)?\s*:",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1,
        r"(?m)^[^\S\n]*+[-•*]?[^\S\n]*+(?:fecha|hora|dia|día|lugar|ubicaci[oó]n|direcci[oó]n|enlace|duraci[oó]n|"
        r"formato|modalidad|fecha\s+y\s+hora)\s*[:\-–]",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:tu|su)\s+(?:[\w-]+\s+){0,2}?entrevista\s+(?:es|ser[aá]|est[aá]\s+(?:programada|prevista|fijada)\s+"
        r"para|queda\s+fijada\s+para|tendr[aá]\s+lugar)\s+(?:el|ma[ñn]ana|hoy|a\s+las|este|esta|pasado)\b",
        "conditional",
        "expectation",
    ),
    # A calendar invitation's own subject: "Invitación: Entrevista con Acme @ mar 10 mar 2026 12:00 - 13:00".
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"^\s*(?:invitaci[oó]n\s+actualizada|invitaci[oó]n)\s*:\s*[^@\n]{0,100}?\bentrevista\w*\b[^@\n]{0,100}?\s@\s+"
        r"(?:lun|mar|mi[eé]|jue|vie|s[aá]b|dom|\d)",
    ),
    cue(K.INTERVIEW_SCHEDULED, 1, r"\bentrevista\b", "conditional", "expectation"),
    # --- status_update ---------------------------------------------------------------------------
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:sigue|siguen|contin[uú]a|contin[uú]an|permanece|se\s+encuentra|est[aá])\s+(?:todav[ií]a\s+|a[uú]n\s+)?"
        r"(?:en\s+(?:proceso|estudio|an[aá]lisis|valoraci[oó]n|curso|el\s+proceso|revisi[oó]n)|activ[oa]|"
        r"abiert[oa]|siendo\s+(?:valorad|revisad|estudiad|considerad)\w*)\b"
        r"|\b(?:sigues|contin[uú]as|sigue\s+usted)\s+(?:adelante\s+)?en\s+(?:el|nuestro)\s+proceso\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:disculpa|disculpe|disculpad|perdona|perd[oó]n|sentimos|lamentamos)\s+(?:por\s+)?(?:el|la)\s+"
        r"(?:retraso|demora|tardanza|espera)\b|\bm[aá]s\s+(?:tiempo\s+)?de\s+lo\s+(?:previsto|esperado|habitual)\b"
        r"|\bgracias\s+por\s+(?:tu|su)\s+paciencia\b|\b(?:se\s+ha|ha|se\s+han|han)\s+(?:retrasado|alargado|"
        r"demorado)\b|\bretraso\s+en\s+(?:el|la|nuestro|nuestra)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:seguimos|estamos|continuamos)\s+(?:todav[ií]a\s+|a[uú]n\s+)?(?:revisando|valorando|entrevistando|"
        r"estudiando|analizando|evaluando|cerrando|finalizando|terminando)\b|\b(?:todav[ií]a|a[uú]n)\s+no\s+"
        r"(?:hemos\s+tomado|tenemos|se\s+ha\s+tomado)\s+(?:una\s+|ninguna\s+)?(?:decisi[oó]n|respuesta)\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        2,
        r"\b(?:te|le)\s+(?:daremos|dar[eé]|comunicaremos|comunicar[eé]|informaremos|informar[eé]|diremos|"
        r"contaremos|escribiremos|escribir[eé])\s+(?:\w+\s+){0,3}?(?:antes\s+de|el\s+pr[oó]ximo|la\s+semana|"
        r"en\s+(?:los\s+pr[oó]ximos|un\s+plazo)|a\s+(?:m[aá]s\s+tardar|finales|lo\s+largo)|durante)\b"
        r"|\btomar(?:emos)?\s+una\s+decisi[oó]n\s+(?:final\s+)?(?:antes|a\s+finales|la\s+semana|durante|en\s+los)\b"
        r"|\b(?:nos\s+pondremos\s+en\s+contacto\s+contigo|te\s+contactaremos|te\s+llamaremos|te\s+escribiremos)\s+"
        r"(?:\w+\s+){0,2}?(?:antes\s+de|el\s+pr[oó]ximo|la\s+(?:pr[oó]xima\s+)?semana|a\s+lo\s+largo|a\s+finales)\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:pasado|pasas|avanzado|avanzas|pasar[aá]s|superado|superas)\s+(?:a\s+)?(?:la\s+)?(?:siguiente|"
        r"pr[oó]xima|segunda|tercera|[uú]ltima|primera)\s+(?:fase|etapa|ronda)\b|\bfinalistas?\b|"
        r"\bpreseleccionad[oa]s?\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:sigues|sigue|contin[uú]as|contin[uú]a)\s+(?:estando\s+)?interesad[oa]\b|\bconfirm\w*\s+(?:tu|su)\s+"
        r"inter[eé]s\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\b(?:expectativas|pretensiones|banda|rango|horquilla)\s+salarial(?:es)?\b|\bfecha\s+de\s+incorporaci[oó]n\b"
        r"|\bpreaviso\b|\b(?:ganas|deseando|ilusi[oó]n)\s+de\s+(?:trabajar|contar)\s+contigo\b"
        r"|\bbuena\s+impresi[oó]n\b|\b(?:un\s+placer|encantad[oa]s?\s+de)\s+(?:conocerte|haberte\s+conocido|"
        r"hablar\s+contigo|charlar\s+contigo)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:valorando|revisando|comentando|debatiendo|analizando)\s+(?:\w+\s+)?internamente\b|\bpuesta\s+en\s+"
        r"com[uú]n\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\b(?:actualizaci[oó]n|novedades|estado)\s+(?:sobre|de|del|acerca\s+de)\s+(?:tu|su|el|la)\s+(?:candidatura|"
        r"proceso|solicitud)\b|\bpr[oó]ximos\s+pasos\b|\bsiguientes\s+pasos\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\bha\s+(?:visto|leido|leído|revisado|consultado|descargado)\s+tu\s+(?:cv|curr[ií]culum|candidatura|perfil)\b"
        r"|\b(?:cv|curr[ií]culum|candidatura)\s+ha\s+sido\s+(?:le[ií]d|vist|revisad)[oa]\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:paus\w+|paraliz\w+|congel\w+|suspend\w+|en\s+pausa)\b[^.;!?]{0,60}\b(?:temporalmente|de\s+momento|"
        r"por\s+el\s+momento|unas\s+semanas|hasta\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
        r"septiembre|octubre|noviembre|diciembre))\b",
    ),
    # --- application_received --------------------------------------------------------------------
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        r"\b(?:hemos|he)\s+recibido\s+(?:correctamente\s+|con\s+[eé]xito\s+)?(?:tu|su)\s+(?:\w+\s+){0,2}?"
        r"(?:candidatura|solicitud|cv|curr[ií]culum|inscripci[oó]n|postulaci[oó]n)\b"
        r"|\b(?:recepci[oó]n|recibo)\s+de\s+(?:tu|su)\s+(?:\w+\s+)?(?:candidatura|solicitud|cv|curr[ií]culum|"
        r"inscripci[oó]n)\b|\bacuse\s+de\s+recibo\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        r"\b(?:tu|su)\s+(?:candidatura|solicitud|inscripci[oó]n|postulaci[oó]n|cv)\b[^.;!?]{0,80}?\b(?:ha\s+sido|"
        r"se\s+ha|fue|ha\s+quedado|queda)\s+(?:correctamente\s+|con\s+[eé]xito\s+)?(?:recibid|registrad|enviad|"
        r"presentad|completad|tramitad|guardad)\w*"
        r"|\bte\s+has\s+(?:inscrito|postulado|registrado)\s+(?:correctamente\s+|con\s+[eé]xito\s+)?(?:en|a)\b"
        r"|\b(?:inscripci[oó]n|candidatura|solicitud)\s+(?:realizada|completada|enviada|registrada|recibida)\s+"
        r"(?:correctamente|con\s+[eé]xito)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        2,
        r"\bgracias\s+(?:de\s+nuevo\s+|otra\s+vez\s+|por\s+adelantado\s+)?por\s+(?:tu|su|la|haber)\s+(?:\w+\s+)?"
        r"(?:candidatura|solicitud|inscripci[oó]n|postulaci[oó]n|cv|curr[ií]culum|aplicado|postulado|inscrito)\b"
        r"|\bgracias\s+por\s+(?:postular(?:te)?|inscribirte|aplicar|presentar(?:te)?|enviar(?:nos)?\s+(?:tu|su)\s+"
        r"(?:cv|curr[ií]culum|candidatura))\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1.5,
        r"\b(?:revisaremos|analizaremos|valoraremos|estudiaremos|evaluaremos)\s+(?:con\s+detalle\s+|detenidamente\s+|"
        r"cuidadosamente\s+)?(?:tu|su)\s+(?:candidatura|perfil|solicitud|cv|curr[ií]culum)\b"
        r"|\b(?:nuestro|el)\s+equipo\s+(?:\w+\s+){0,2}?(?:revisar[aá]|analizar[aá]|valorar[aá]|estudiar[aá])\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1,
        r"\bgracias\s+por\s+(?:tu|su)\s+inter[eé]s\b|\bnos\s+pondremos\s+en\s+contacto\b[^.;!?]{0,60}\b(?:si|en\s+caso)\b"
        r"|\b(?:si|en\s+caso\s+de\s+que)\b[^.;!?]{0,80}\bnos\s+pondremos\s+en\s+contacto\b",
    ),
    # --- not_job ---------------------------------------------------------------------------------
    # Employers do not charge candidates, nor interview them over a messaging app.
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:pagar|abonar|ingresar|transferir|adelantar|hacer\s+un\s+(?:pago|ingreso))\b[^.;!?]{0,60}?\b(?:tasa|"
        r"cuota|matr[ií]cula|fianza|dep[oó]sito|bizum|tarjetas?\s+regalo|bitcoin|cripto\w*)\b"
        r"|\b(?:abone|abona|paga|pague|ingrese|ingresa|transfiere|transfiera|realice\s+un\s+pago|realiza\s+un\s+pago|"
        r"haga\s+un\s+ingreso|haz\s+un\s+(?:ingreso|bizum)|(?:debes|deber[aá]|debe|tienes\s+que|tendr[aá]s?\s+que|"
        r"es\s+necesario)\s+(?:abonar|pagar|ingresar|transferir))\b[^.;!?]{0,60}?(?:\d[\d.,]*\s?(?:€|euros)|"
        r"\b(?:tasa|cuota|matr[ií]cula|fianza|dep[oó]sito|bizum)\b)"
        r"|\b(?:tasa|cuota|coste|gastos|pago)\s+(?:\w+\s+)?de\s+(?:formaci[oó]n|inscripci[oó]n|tramitaci[oó]n|"
        r"gesti[oó]n|alta|material|reserva|matr[ií]cula)\b|\bpago\b[^.;!?]{0,40}\ben\s+concepto\s+de\b"
        r"|\bentrevista\s+(?:\w+\s+)?(?:por|a\s+trav[eé]s\s+de|v[ií]a|en)\s+(?:telegram|whatsapp|signal)\b"
        r"|\b(?:telegram|whatsapp)\b[^.;!?]{0,80}?\b(?:dni|nie|pasaporte|tarjeta\s+(?:de\s+cr[eé]dito|bancaria))\b"
        r"|\b(?:dni|nie|pasaporte|tarjeta\s+(?:de\s+cr[eé]dito|bancaria))\b[^.;!?]{0,80}?\b(?:telegram|whatsapp|"
        r"para\s+(?:reservar|asegurar|bloquear)\s+(?:tu|su)\s+(?:plaza|puesto))\b",
        "employer_pays",
        tags=("scam",),
    ),
    cue(K.NOT_JOB, 4, r"\bsin\s+(?:necesidad\s+de\s+)?(?:entrevistas?|experiencia\s+ni\s+entrevista)\b"),
    cue(
        K.NOT_JOB,
        4,
        r"\b(?:nuevas\s+)?ofertas\s+(?:de\s+(?:empleo|trabajo)\s+)?(?:que\s+)?(?:coinciden|encajan|se\s+ajustan|"
        r"recomendadas|para\s+ti|seg[uú]n\s+tu|de\s+tu\s+inter[eé]s|que\s+te\s+pueden\s+interesar|que\s+podr[ií]an\s+"
        r"interesarte|similares|nuevas\s+para)\b|\balertas?\s+de\s+(?:empleo|trabajo|ofertas)\b|\bempleos\s+"
        r"(?:para\s+ti|recomendados|que\s+te)\b|\b(?:te\s+)?(?:pueden|podr[ií]an)\s+interesar(?:te)?\s+(?:estas|"
        r"estos)\s+(?:ofertas|empleos|vacantes|puestos)\b|\bnuevas\s+ofertas\b|\bnuevos\s+empleos\b",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bdar(?:te|se)\s+de\s+baja\b|\bcancelar\s+(?:la|tu|su)\s+suscripci[oó]n|\bdejar\s+de\s+recibir\b"
        r"|\bgestionar\s+(?:tus|sus)\s+(?:alertas|preferencias|notificaciones|suscripciones)\b"
        r"|\b(?:has|ha)\s+recibido\s+este\s+(?:correo|email|e-mail|mensaje)\s+porque\b|\brecibes\s+este\s+(?:correo|"
        r"email|e-mail|mensaje)\s+porque\b",
        tags=("boilerplate",),
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bwebinar\b|\bbolet[ií]n\b|\ben\s+este\s+n[uú]mero\b|\b(?:feria|foro)\s+de\s+empleo\b"
        r"|\bjornada\s+de\s+puertas\s+abiertas\b|\binscr[ií]bete\s+(?:ya|ahora|gratis|aqu[ií]|al|en\s+(?:el|nuestro))\b"
        r"|\bplazas\s+limitadas\b|\bconsejos\s+para\b|\bc[oó]mo\s+(?:preparar|superar|conseguir|negociar)\b",
    ),
    cue(
        K.NOT_JOB,
        3.5,
        r"\b(?:vacante|oportunidad|posici[oó]n|oferta|convocatoria)\s+interna\b|\bmovilidad\s+interna\b"
        r"|\bprograma\s+de\s+(?:referidos|recomendaci[oó]n|referencias\s+internas)\b|\b(?:a\s+)?toda\s+la\s+plantilla\b"
        r"|\bcomunicaci[oó]n\s+interna\b|\b(?:si\s+conoces|conoces)\s+a\s+alguien\b",
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:he|hemos)\s+(?:visto|encontrado|revisado|le[ií]do)\s+tu\s+perfil\b|\btu\s+perfil\s+(?:en|de)\s+linkedin\b"
        r"|\b(?:me|nos)\s+(?:ha|han)\s+(?:llamado|parecido)\s+(?:la\s+atenci[oó]n\s+)?(?:tu|su)\s+(?:perfil|"
        r"experiencia|trayectoria)\b|\b(?:uno|una)\s+de\s+nuestr[oa]s\s+clientes\b|\bpara\s+(?:un|una)\s+"
        r"(?:importante\s+|conocida\s+|reconocida\s+)?(?:cliente|empresa\s+cliente)\b"
        r"|\b(?:estar[ií]as|estar[ií]a|est[aá]s|est[aá])\s+(?:abiert[oa]|interesad[oa])\s+(?:a|en)\s+(?:escuchar|"
        r"explorar|conocer|valorar|nuevas|nuevos|un\s+cambio|otras)\b|\bte\s+(?:interesar[ií]a|encajar[ií]a)\s+"
        r"(?:conocer|explorar|escuchar|hablar|una\s+nueva)\b|\bheadhunter\b"
        r"|\b(?:me\s+pongo\s+en\s+contacto|te\s+escribo|te\s+contacto)\s+(?:contigo\s+)?(?:porque|para\s+(?:contarte|"
        r"presentarte|comentarte|proponerte))\b",
        tags=("cold",),
    ),
    cue(
        K.NOT_JOB,
        3.5,
        r"\b(?:crea|crear|activa|activar|verifica|verificar)\s+(?:tu|su)\s+(?:cuenta|perfil|correo|email|direcci[oó]n"
        r"\s+de\s+correo)\b|\b(?:restablecer|cambiar|recuperar)\s+(?:tu|su|la)\s+contrase[ñn]a\b",
        "conditional",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\b(?:completa|actualiza|mejora)\s+tu\s+(?:perfil|cv|curr[ií]culum)\b|\bhan\s+visto\s+tu\s+perfil\b"
        r"|\bvisitas\s+a\s+tu\s+perfil\b",
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\bencuesta\s+(?:de\s+satisfacci[oó]n|breve|r[aá]pida)\b|\bvalora\s+tu\s+experiencia\b|\b(?:cu[eé]ntanos|"
        r"danos)\s+tu\s+opini[oó]n\b",
    ),
)

APPLICATION_CONTEXT = (
    r"\b(?:(?:tu|su)\s+(?:candidatura|solicitud|inscripci[oó]n|postulaci[oó]n|entrevista|cv|curr[ií]culum)|"
    r"candidat[oa]s?|candidaturas?|proceso\s+de\s+selecci[oó]n|selecci[oó]n|entrevist\w+|vacantes?|puesto|posici[oó]n|plaza|"
    r"oferta\s+de\s+(?:empleo|trabajo)|reclutamiento|rrhh|recursos\s+humanos|contrato|incorporaci[oó]n|"
    r"primer\s+d[ií]a|salario|propuesta|referencias|siguiente\s+(?:fase|paso|etapa)|talento|"
    r"equipo\s+de\s+(?:selecci[oó]n|personas))\b"
)
OWN_APPLICATION = (
    r"\b(?:(?:tu|su)\s+(?:candidatura|solicitud|inscripci[oó]n|postulaci[oó]n)|te\s+(?:has\s+)?(?:inscrito|"
    r"inscribiste|postulaste|postulado)|gracias\s+por\s+(?:postularte|inscribirte|aplicar|tu\s+inter[eé]s\s+en)|"
    r"(?:tu|su)\s+entrevista|hemos\s+recibido\s+tu|inter[eé]s\s+en\s+(?:el|la)\s+(?:puesto|posici[oó]n|vacante|"
    r"oferta))\b"
)

RULES = LanguageRules(
    language="es",
    guards=GUARDS,
    cues=CUES,
    application_context=APPLICATION_CONTEXT,
    own_application=OWN_APPLICATION,
)


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
