"""The words of forwarded and quoted mail, in many languages: header labels ("From:", "Von:", "差出人:"),
forward and "original message" separator phrases, and the verbs of "On <date>, <name> wrote:" lines.

Data only, read by forward.py; every entry is casefolded, and compared after `text.fold_case`.
"""

from __future__ import annotations

FROM, TO, CC, BCC, DATE, SUBJECT, REPLY_TO = "from", "to", "cc", "bcc", "date", "subject", "reply_to"

_LABEL_WORDS: dict[str, str] = {
    FROM: (
        "from|von|de|de la|da|van|från|fra|lähettäjä|od|feladó|от|от кого|від|від кого|kimden|saatja|šalje|"
        "expeditorul|expeditor|отправитель|mittente|nadawca|afzender|gönderen|送信元|差出人|发件人|"
        "寄件者|寄件人|absender|remitente|remetente|avsändare|afsender|avsender|odesílatel|"
        "pošiljatelj|pošiljatelj|sender|frá|saatja"
    ),
    TO: (
        "to|an|à|a|para|aan|till|til|vastaanottaja|do|címzett|către|кому|kime|komu|prima|"
        "destinatarul|destinatar|adresat|pre|pour|送信先|宛先|收件人|收件者|empfänger|destinatario|"
        "destinatário|ontvanger|mottagare|modtager|mottaker|příjemce|saaja|recipient|til:"
    ),
    CC: (
        "cc|kopie|kopi|kopia|kopio|copie à|copie|másolat|másolatot kap|dw|копия|копія|bilgi|kópia|"
        "cópia|copia|kopie (cc)|抄送|副本|cc (ccn)|kopija"
    ),
    BCC: "bcc|blindkopie|cci|cco|ccn|bkopie|skrytá kopie|ukryta kopia|скрытая копия",
    DATE: (
        "date|sent|datum|fecha|data|päivämäärä|päiväys|dato|dátum|дата|tarih|kuupäev|dată|data|"
        "gesendet|envoyé|enviado|inviato|verzonden|skickat|sendt|lähetetty|wysłane|wysłano|"
        "odesláno|odoslané|elküldve|trimis|отправлено|відправлено|gönderilen|gönderildi|日付|日期|"
        "发送时间|送信日時|datum odeslání|sent at|date sent|saadetud|poslano|envoyé le|datum i vrijeme"
    ),
    SUBJECT: (
        "subject|betreff|objet|asunto|oggetto|assunto|onderwerp|ämne|emne|aihe|temat|předmět|"
        "predmet|tárgy|subiect|subiectul|тема|konu|teema|naslov|sujet|件名|主题|主旨|efni"
    ),
    REPLY_TO: (
        "reply-to|reply to|antwort an|répondre à|responder a|rispondi a|responder para|antwoord aan|"
        "svara till|svar til|vastausosoite|odpowiedź do|odpovědět|ответить|відповісти|yanıt adresi"
    ),
}
LABELS: dict[str, str] = {}
for _field_name, _words in _LABEL_WORDS.items():
    for _word in _words.split("|"):
        LABELS.setdefault(_word.strip().rstrip(":").casefold(), _field_name)

# Phrases of forward separators and of "original message" separators (casefolded substrings).
FORWARD_WORDS = (
    "forward", "fwd", "weitergeleitet", "transféré", "transfere", "réexpédié", "reexpedie",
    "reenviado", "inoltrat", "encaminhad", "doorgestuurd", "vidarebefordra", "videresend",
    "välitetty", "edelleenlähetetty", "przekazan", "przekazyw", "przesłana dalej", "przeslana dalej",
    "přeposlan", "přeposílan", "preposlan", "továbbított", "redirecționat", "redirectionat",
    "redirecţionat", "переадресован", "пересылаем", "перенаправлен", "переслан", "пересила",
    "iletilen", "iletilmiş", "ileti başlangıcı", "proslijeđen", "edasi saadetud", "message transmis",
    "転送", "转发", "轉寄", "轉發", "továbbítva",
)  # fmt: skip
ORIGINAL_WORDS = (
    "original message", "originalnachricht", "ursprüngliche nachricht", "message d'origine",
    "message original", "mensaje original", "messaggio originale", "mensagem original",
    "oorspronkelijk bericht", "ursprungligt meddelande", "oprindelig meddelelse",
    "opprinnelig melding", "alkuperäinen viesti", "wiadomość oryginalna", "oryginalna wiadomość",
    "původní zpráva", "pôvodná správa", "eredeti üzenet", "mesaj original", "mesajul original",
    "исходное сообщение", "оригинальное сообщение", "оригінальне повідомлення",
    "вихідне повідомлення", "orijinal ileti", "özgün ileti", "izvorna poruka", "originaalsõnum",
    "原始邮件", "原始郵件", "元のメッセージ",
)  # fmt: skip
REPLY_VERBS = (
    "wrote", "writes", "schrieb", "a écrit", "escribió", "escribio", "ha scritto", "scrisse",
    "schreef", "geschreven", "skrev", "napisał", "napisała", "napisal", "napsal", "napísal",
    "написал", "написала", "написав", "escreveu", "kirjoitti", "írta", "yazdı", "kirjutas",
    "je napisao", "je napisala", "a scris", "skrifaði", "έγραψε", "写道", "寫道", "のメッセージ",
)  # fmt: skip
# Words that sit between the date and the name of a reply line ("On <date>, user <name> wrote").
REPLY_NAME_STOPS = frozenset(
    {
        "on", "am", "le", "el", "il", "giorno", "op", "den", "em", "dne", "d.", "dnia", "am,", "pm,",
        "pm", "at", "um", "à", "a", "las", "alle", "ore", "om", "kl.", "heeft", "user", "пользователь",
        "użytkownik", "používateľ", "uživatel", "időpontban", "tarihinde", "skrev", "schrieb",
    }
)  # fmt: skip
