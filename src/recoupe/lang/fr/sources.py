"""French word lists for cited sources (stage `sources`)."""

# nouns that introduce a publication by name: « le journal autrichien Die Presse »
MEDIA_NOUNS = {
    "journal": "newspaper", "quotidien": "newspaper", "hebdomadaire": "newspaper", "mensuel": "newspaper",
    "magazine": "newspaper", "tabloïd": "newspaper", "site": "outlet", "média": "outlet", "chaîne": "broadcaster",
    "radio": "broadcaster", "télévision": "broadcaster", "agence": "agency", "blog": "outlet", "podcast": "outlet",
    "émission": "broadcaster", "revue": "newspaper", "webzine": "outlet", "bihebdomadaire": "newspaper",
    "bimensuel": "newspaper", "trimestriel": "newspaper", "hebdo": "newspaper", "publication": "outlet",
}
# document nouns, with their English name for the canonical form (« un rapport de l'Olaf » -> Olaf report)
DOCUMENT_NOUNS = {
    "rapport": "report", "étude": "study", "études": "study", "communiqué": "statement", "document": "document",
    "dossier": "file", "note": "note", "enquête": "investigation", "données": "data", "estimations": "estimates",
    "estimation": "estimates", "chiffres": "figures", "images": "images", "sondage": "poll", "bilan": "report",
    "analyse": "analysis", "audit": "audit", "mémo": "memo", "mémorandum": "memo", "lettre": "letter",
    "relevé": "report", "statistiques": "statistics", "déclaration": "statement", "allocution": "address",
    "tribune": "op-ed", "message": "message", "vidéo": "video", "courrier": "letter",
    # figures an article relies on (« selon les calculs de l'institut Molinari »)
    "calculs": "calculations", "projections": "projections", "prévisions": "forecasts",
    "recensement": "census", "baromètre": "barometer", "décompte": "count", "comptage": "count",
    "compte-rendu": "readout",
}
# plurals that name something else than documents (« les notes du Bac », « les dossiers Alstom »: affairs)
PLURALS_NOT_DOCUMENTS = {"notes", "dossiers", "lettres", "messages"}
# document nouns of two words, by their first two (« selon le compte rendu de la Maison Blanche »)
DOCUMENT_PHRASES = {("compte", "rendu"): "readout"}
# a document noun right after a bare « de » that follows a noun names a kind, not a document
# (« des méthodes d'analyse du Big Data », « une commission d'enquête »), unless that noun counts
# documents (« une série d'études de l'OMS »)
KIND_OF = {"de", "d'", "d’"}
COUNT_NOUNS = {"série", "séries", "dizaine", "dizaines", "centaine", "centaines", "millier", "milliers", "nombre",
               "ensemble", "copie", "copies", "extrait", "extraits", "pile", "liasse", "fuite", "publication",
               "batterie", "salve", "multitude", "foule", "tas", "paquet", "lot"}
# a document noun after this preposition names a place (« s'exprimer à la tribune de l'ONU »)
PLACES_NOT_DOCUMENTS = {("à", "tribune")}
# a document noun inside an idiom, after the word that forms it
IDIOMS = {("par", "rapport")}       # « par rapport au projet de X »: compared with, no report
# what a person publishes in their own name: writings (« la lettre de Jean Dupont »), and the media of
# their speech, which are documents only as the medium of a verb (« a-t-il dit dans sa déclaration
# vidéo quotidienne »; « la déclaration de Poutine selon laquelle… » is a reference to his words).
# A person's « chiffres » or « analyse » are their words, not a document.
PERSON_WRITINGS = {"communiqué", "tribune", "lettre", "courrier", "rapport", "note", "mémo", "mémorandum"}
PERSON_MEDIA = {"déclaration", "allocution", "message", "vidéo"}
# spoken media, a record only when the text says what kind (« sa déclaration vidéo », « son allocution
# télévisée »; « sa déclaration devant la presse » is words said)
SPOKEN_MEDIA = {"déclaration", "allocution"}
# qualifiers that go into a document's English name (« déclaration vidéo quotidienne » -> daily video statement)
DOCUMENT_QUALIFIERS = {
    "quotidien": "daily", "quotidienne": "daily", "hebdomadaire": "weekly", "mensuel": "monthly",
    "mensuelle": "monthly", "annuel": "annual", "annuelle": "annual", "vidéo": "video", "télévisé": "televised",
    "télévisée": "televised", "écrit": "written", "écrite": "written", "commun": "joint", "commune": "joint",
    "conjoint": "joint", "conjointe": "joint", "ouvert": "open", "ouverte": "open", "officiel": "official",
    "officielle": "official", "confidentiel": "confidential", "confidentielle": "confidential",
}
# a document is the medium of the sentence's subject when it hangs on one of these
# (« a indiqué dans un communiqué », « a publié un rapport »)
MEDIUM_PREPOSITIONS = {"dans"}
PUBLISH_VERBS = {"publier", "diffuser", "signer", "adresser", "envoyer", "rendre", "mettre", "poster", "dévoiler",
                 "remettre", "présenter"}
# common nouns that head the name of a body (« un communiqué du parquet de Lyon »)
INSTITUTION_NOUNS = {
    "parquet", "ministère", "gouvernement", "préfecture", "mairie", "régulateur", "tribunal", "cour", "conseil",
    "commission", "parlement", "sénat", "assemblée", "police", "gendarmerie", "armée", "état-major", "autorité",
    "autorités", "agence", "office", "observatoire", "institut", "banque", "comité", "direction", "inspection",
    "ong", "organisation", "association", "syndicat", "fédération", "administration", "présidence", "haut-commissariat",
    "département", "secrétariat", "cabinet", "service", "services", "défense", "douane", "douanes", "procureur",
}
# an outlet that says it obtained a document relays it (« que s'est procuré Le Monde »)
OBTAINED_WORDS = {"obtenu", "obtenue", "obtenus", "procuré", "procurée", "procurés", "consulté", "consultée", "consultés", "consultées", "révélé", "révélée", "dévoilé", "dévoilée"}
LEAK_WORDS = ("fuite", "fuité", "divulgué", "divulguée", "confidentiel", "confidentielle", "secret")
# people whose outlet is an affiliation, not a source (« la responsable de RT »)
ROLE_NOUNS = {
    "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse",
    "éditorialiste", "reporter", "directeur", "directrice", "responsable", "présentateur", "présentatrice",
    "animateur", "animatrice", "patron", "patronne", "fondateur", "fondatrice", "pdg", "chef", "envoyé",
    "envoyée", "collaborateur", "collaboratrice", "rédaction", "photographe", "propriétaire", "actionnaire",
    "employé", "employée", "salarié", "salariée", "porte-parole", "dirigeant", "dirigeante", "ancien", "ancienne",
}
# words that say a platform carried someone's words (« sur son compte Twitter », « dans un message posté »)
PLATFORM_WORDS = {"compte", "page", "message", "messages", "tweet", "tweets", "publication", "publié", "publiée",
                  "posté", "postée", "vidéo", "live", "story", "chaîne", "tweeté", "déclaration", "apparu",
                  "apparue", "paru", "parue", "diffusé", "diffusée"}
# lines that link to other articles of the same site, not sources
RELATED_LINK = r"^\s*(?:[AÀ] lire(?: aussi)?|Lire aussi|Lire également|[AÀ] voir aussi|[AÀ] VOIR AUSSI|[AÀ] LIRE(?: AUSSI)?|VIDÉO|Voir aussi|Sur le même sujet)\b"
# « Source : RT », « Crédit : … »
CREDIT = r"(?:^|\n)\s*(?:Source|Sources|Crédit|Crédits|Photo)\s*:\s*"
CONTEXT_WORDS = {"selon", "d'après", "au", "à", "dans", "sur", "par", "cité", "citée", "rapporte", "révèle",
                 "écrit", "journal", "quotidien", "hebdomadaire", "magazine", "média", "chaîne", "dépêche",
                 "article", "éditorial", "reportage", "colonnes"}
# words that take something from an outlet, beside the context words: « auprès de l'AFP », « confirmant les
# informations de BFMTV », « comme le titre Le Figaro », « comme l'a noté Bloomberg »
CITING_WORDS = {"auprès", "informations", "information", "révélations", "titre", "titrer", "noter", "note", "noté",
                "rapporter", "rapporté", "rapportait", "relayer", "relayé", "relaie", "interview", "entretien",
                "interrogé", "interrogée", "invité", "invitée", "micro", "antenne", "plateau", "colonnes", "site",
                "reprise", "repris", "cite", "citant", "citer", "source", "sources", "crédit", "via"}
# a study or a quote that appeared in a publication (« une étude parue dans Nature », « citée par X dans
# Médiacités »): the name after « dans » is that publication's
APPEARED_WORDS = {"paru", "parue", "parus", "parues", "publié", "publiée", "publiés", "publiées", "cité", "citée",
                  "cités", "citées", "relayé", "relayée", "repris", "reprise",
                  # pieces, which appear in a publication (« un article de Michael Hudson sur The Unz Review »)
                  "article", "tribune", "chronique", "éditorial", "billet"}
APPEARED_IN = {"dans"}
# what one learns in a publication (« Dans JAMA, on découvre que … »), besides reading it
FOUND_IN_VERBS = {"découvrir", "apprendre"}
# the newsroom of an outlet (« à la rédaction de Garcon Magazine »)
NEWSROOM_WORDS = {"rédaction", "rédacteur", "rédactrice", "journaliste", "éditorialiste", "chroniqueur", "chroniqueuse"}
# « sur » names where a piece appeared only when the name looks like a publication's (« un article sur
# Tesla » is about Tesla)
APPEARED_ON = {"sur"}
# words of a time complement between a media noun and its name (« l'émission de mardi soir, … »)
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin", "midi",
              "jour", "veille", "semaine", "dernier", "dernière", "hier", "ce"}
# what a sentence does to an outlet it talks about, not one it takes facts from (« critiquer les médias
# RT et Sputnik », « l'interdiction de RT »)
TOPIC_WORDS = {"critiquer", "dénoncer", "interdire", "interdiction", "bannir", "censurer", "censure", "suspendre",
               "suspension", "sanctionner", "sanction", "fermer", "fermeture", "bloquer", "blocage", "attaquer",
               "montrer", "pointer", "cibler", "viser", "boycotter", "boycott", "accuser", "fustiger", "racheter",
               "rachat", "financer", "financement", "payer"}
# words that bring in examples of a kind of outlet (« les médias ukrainiens, comme Unian »)
SUCH_AS = {"comme", "notamment", "dont"}
# laws by which something holds, named after « selon » as no source of news (« selon la Constitution »)
LEGAL_TEXTS = {"constitution", "code", "charte", "traité", "convention", "loi", "règlement", "directive"}
# kinds of body whose name may follow after « selon » (« selon la banque UBS »)
NAMED_BODY_NOUNS = {"banque", "groupe", "société", "institut", "cabinet", "agence", "firme", "entreprise", "compagnie",
                    "fonds", "association", "fondation", "ong", "organisation"}
