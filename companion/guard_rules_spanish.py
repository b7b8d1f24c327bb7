"""Guard rules for Spanish answers (H1 directives, E3 treatment, E1
practitioner talk), checked only on sentences that read as Spanish."""
from __future__ import annotations

from .guard_rule import Rule, _rx
from .guard_vocabulary import _SPANISH_IMPERATIVE

SPANISH_RULES: list[Rule] = [
    # Spanish answers (CounselChat has some): the same instructions in the
    # tú/ustedes imperative and the usual directive frames. Only sentences
    # that read as Spanish are checked, so English words are never hit.
    Rule("H1", "spanish-directive", _rx(
        rf"""^(?=(?:.*?\b(?:que|los|las|tu|tus|una|para|por|con|es|el|del|muy|más|te|se|lo|y|en)\b){{2}}|.*?[áéíóúñ¿¡])
        (?:.*?(?:^|[,;:]\ |\b(?:y|pero|también|primero|luego|además|entonces|solo)\ )
            (?:{_SPANISH_IMPERATIVE})\b
        |.*?\b(?:(?<!no\ )(?:es|será|sería)\ (?:muy\ |también\ |tan\ )?|lo\ (?:más\ )?)(?:importante|clave|esencial|necesario|útil|recomendable|fundamental)\ (?:es\ )?(?:que\ \w+|\w+(?:ar|er|ir|arte|erte|irte|arse))\b
        |.*?\b(?:(?:te|les|le|yo)\ )?(?:sugiero|recomiendo|aconsejo|invito|animo)\b
        |.*?\b(?:una\ buena\ manera|la\ mejor\ manera|el\ secreto|la\ clave|el\ primer\ paso|lo\ mejor)\ (?:es|está\ en|sería|seria)\ \w+(?:ar|er|ir|arte|erte|irte|arse)\b
        |.*?\b(?:debes|deberías|deben|deberían|tienes\ que|necesitas)\ (?:de\ )?\w+(?:ar|er|ir|arte|erte|irte)\b)"""),
        unless_anywhere=_rx(r"\?$|^¿")),
    Rule("E3", "spanish-treatment", _rx(
        r"""^.*?\b(?:busca|buscar|busquen|encontrar|encuentra|consulta|consultar|contacta|contactar|habla\ con|hablar\ con|asistir\ a|hacer|considera|acudir\ a|ver\ a)\ (?:\w+\ ){0,3}?
        (?:terapia|terapeuta|terapista|consejer[oa]|consejería|psicólog[oa]|psicologo|psiquiatra|profesional\ de\ la\ salud|médico|medico)\b"""),
        unless_anywhere=_rx(r"\?$|^¿")),
    Rule("E1", "spanish-practitioner", _rx(
        r"""\b(?:mis\ (?:clientes|pacientes)|en\ mi\ (?:consultorio|práctica|oficina)|(?:consejeros|terapeutas|psicólogos)\ (?:profesionales\ )?estamos|como\ (?:consejer[oa]|terapeuta|psicólog[oa])\ (?:he|yo)|he\ observado\ que)\b""")),
]
