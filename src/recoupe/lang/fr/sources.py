"""French word lists for cited sources (stage `sources`)."""

# nouns that introduce a publication by name: « le journal autrichien Die Presse »
MEDIA_NOUNS = {
    "journal": "newspaper", "quotidien": "newspaper", "hebdomadaire": "newspaper", "mensuel": "newspaper",
    "magazine": "newspaper", "tabloïd": "newspaper", "site": "outlet", "média": "outlet", "chaîne": "broadcaster",
    "radio": "broadcaster", "télévision": "broadcaster", "agence": "agency", "blog": "outlet", "podcast": "outlet",
    "émission": "broadcaster", "revue": "newspaper", "webzine": "outlet",
}
# document nouns, with their English name for the canonical form (« un rapport de l'Olaf » -> Olaf report)
DOCUMENT_NOUNS = {
    "rapport": "report", "étude": "study", "études": "study", "communiqué": "statement", "document": "document",
    "dossier": "file", "note": "note", "enquête": "investigation", "données": "data", "estimations": "estimates",
    "estimation": "estimates", "chiffres": "figures", "images": "images", "sondage": "poll", "bilan": "report",
    "analyse": "analysis", "audit": "audit", "mémo": "memo", "mémorandum": "memo", "lettre": "letter",
    "relevé": "report", "statistiques": "statistics",
}
LEAK_WORDS = ("fuite", "fuité", "divulgué", "divulguée", "confidentiel", "confidentielle", "secret")
# people whose outlet is an affiliation, not a source (« la responsable de RT »)
ROLE_NOUNS = {
    "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse",
    "éditorialiste", "reporter", "directeur", "directrice", "responsable", "présentateur", "présentatrice",
    "animateur", "animatrice", "patron", "patronne", "fondateur", "fondatrice", "pdg", "chef", "envoyé",
    "envoyée", "collaborateur", "collaboratrice", "rédaction", "photographe", "propriétaire", "actionnaire",
    "employé", "employée", "salarié", "salariée", "porte-parole", "dirigeant", "dirigeante", "ancien", "ancienne",
}
# lines that link to other articles of the same site, not sources
RELATED_LINK = r"^\s*(?:[AÀ] lire(?: aussi)?|Lire aussi|Lire également|[AÀ] voir aussi|[AÀ] VOIR AUSSI|[AÀ] LIRE(?: AUSSI)?|VIDÉO|Voir aussi|Sur le même sujet)\b"
# « Source : RT », « Crédit : … »
CREDIT = r"(?:^|\n)\s*(?:Source|Sources|Crédit|Crédits|Photo)\s*:\s*"
CONTEXT_WORDS = {"selon", "d'après", "au", "à", "dans", "sur", "par", "cité", "citée", "rapporte", "révèle",
                 "écrit", "journal", "quotidien", "hebdomadaire", "magazine", "média", "chaîne"}
# words of a time complement between a media noun and its name (« l'émission de mardi soir, … »)
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin", "midi",
              "jour", "veille", "semaine", "dernier", "dernière", "hier", "ce"}
