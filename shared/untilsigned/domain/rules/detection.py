"""Function words that tell the languages apart, for `understanding.language`.

Only words frequent in recruiter mail and rare in the other six languages: "de", "la" or "que" are shared by
several and would only blur the count. Kept apart from the rule tables so that telling a mail's language
never loads any language's cues.
"""

from __future__ import annotations

from collections.abc import Mapping


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS: Mapping[str, frozenset[str]] = {
    "en": _words(
        "the and you your we our for with this that have will thank thanks please would be are is of to "
        "from about regards dear hi hello"
    ),
    "de": _words(
        "der die das und sie ihre ihr ihnen wir uns unser unsere für mit nicht ist eine einen einem bei "
        "wird haben vielen dank bewerbung freundlichen grüßen grüssen leider gerne ich auf den dem des "
        "auch noch sehr geehrte geehrter hallo möchten würden über zur zum von bitte können werden sich alle"
    ),
    "fr": _words(
        "le les et vous votre vos nous pour avec est une des du dans sur pas merci cordialement bonjour "
        "qui nos avons sommes êtes sera au aux madame monsieur candidature poste suite entretien quand "
        "heure lundi mardi mercredi jeudi vendredi janvier février avril juin juillet août septembre octobre "
        "décembre très ça ton tes ta ici comme tous ont par"
    ),
    "es": _words(
        "el los las y usted su sus nosotros es por gracias saludos hola hemos estamos muy nuestro nuestra "
        "proceso puesto estimado estimada atentamente tu tus más también ya hasta mucho muchas muchos "
        "gustaría podrías sería saludo nuestros nuestras equipo cuando han sido día buenas buenos "
        "buen cualquier duda dudas abrazo pero fue tiene tienes tenemos hay ahora después otros otras"
    ),
    "nl": _words(
        "het een je jij u uw wij we ons onze voor met niet van dat sollicitatie bedankt groet groeten "
        "hartelijk graag helaas zijn naar bij hebben wordt vriendelijke beste functie door alle heeft deze "
        "jouw ook nog wel"
    ),
    "pt": _words(
        "o os você seu nós com é uma do da das não obrigado obrigada cumprimentos olá em na estamos "
        "nosso nossa vaga caro cara atenciosamente ao aos à às sua suas seus nossos nossas também já até "
        "muito muita pelo pela pelos pelas equipa lhe são gostaríamos qualquer dúvida dúvidas abraço num "
        "numa nesta neste desta deste tem tens foi isso isto boa bom através outros outras"
    ),
    "it": _words(
        "gli lei suo noi per è della non grazie cordiali saluti ciao che di siamo abbiamo nostro nostra "
        "gentile posizione colloquio alla nel sono questa questo buongiorno anche molto tuo ciò entro ci "
        "delle degli preghiamo tutti hanno tramite "
        "lunedì martedì mercoledì giovedì venerdì gennaio febbraio marzo aprile maggio giugno luglio agosto "
        "settembre ottobre dicembre"
    ),
}
