"""French word lists for quotations and attribution (stage `quotes`)."""

# Lemmas of verbs that report speech or writing.  A quote next to one of them is speech.
CUE_VERBS = {
    "exprimer", "dire", "déclarer", "affirmer", "ajouter", "expliquer", "estimer", "préciser", "souligner",
    "indiquer", "assurer", "prévenir", "confirmer", "rappeler", "analyser", "insister", "continuer",
    "poursuivre", "répondre", "demander", "écrire", "accuser", "dénoncer", "juger", "commenter",
    "annoncer", "évoquer", "résumer", "qualifier", "regretter", "répéter", "avancer", "alerter",
    "alarmer", "noter", "pointer", "réagir", "critiquer", "révéler", "marteler", "lancer", "confier",
    "raconter", "reconnaître", "admettre", "promettre", "menacer", "avertir", "ironiser", "tweeter",
    "plaider", "exhorter", "appeler", "détailler", "rapporter", "citer", "signaler", "observer",
    "conclure", "martèle", "s'exclamer", "exclamer", "interroger", "questionner", "rétorquer",
    "répliquer", "protester", "fustiger", "saluer", "féliciter", "déplorer", "s'inquiéter",
    "inquiéter", "constater", "reconnaitre", "concéder", "nier", "démentir", "contester",
    "soutenir", "prétendre", "jurer", "proclamer", "clamer", "s'indigner", "indigner", "lâcher",
    "glisser", "souffler", "tonner", "tacler", "raille", "railler", "s'emporter", "emporter",
    "argumenter", "arguer", "relever", "garantir", "certifier", "dévoiler",
    "publier", "mentionner", "énoncer", "décrire", "résumer", "témoigner", "développer", "enchaîner",
    "renchérir", "abonder", "nuancer", "tempérer", "trancher", "décréter", "ordonner", "supplier",
    "implorer", "proposer", "suggérer", "recommander", "conseiller", "exiger", "réclamer", "revendiquer",
    "vanter", "défendre", "justifier", "expliciter", "annoncer", "prédire", "pronostiquer", "craindre",
    "espérer", "souhaiter", "juger", "dénoncer",
    "accuse", "affime", "interpeller", "lancer", "écrire", "répéter", "informer", "notifier",
    "claironner", "titrer",     # « titre Le Figaro : « … » »: a headline is the outlet's words
    "prêcher", "avouer", "confesser", "murmurer", "chuchoter", "écrier", "s'écrier", "plaisanter", "sermonner",
    "asséner", "haranguer", "crier", "hurler", "scander",
    "redire", "réaffirmer", "réitérer",     # « a redit son « attachement au cessez-le-feu » »
}
# inflected forms that the lemmatiser gets wrong, and typos seen in news text
CUE_FORMS = {"affime", "affirme", "s'alarme", "alarme", "prévient", "martèle", "assène", "lâche",
             "glisse", "tance", "tacle", "cingle", "persifle", "raille", "ironise", "tranche",
             "renchérit", "abonde", "poursuit", "conclut", "résume", "souffle", "insiste", "avance",
             # participles and forms of irregular verbs (« a-t-il prévenu », « a-t-elle écrit »)
             "prévenu", "prévenue", "dit", "dite", "écrit", "écrite", "répondu", "soutenu", "admis", "promis",
             "reconnu", "conclu", "poursuivi", "averti", "dit-il", "répond", "écrit", "admet", "promet",
             "reconnaît", "soutient", "prévient", "maintient", "convient", "dénoncé", "interrogé", "ajouté"}

# prepositions and locutions that attribute what follows (« selon X, … »)
ACCORDING_TO = ("selon", "d'après", "d’après", "de l'avis de", "de l’avis de", "aux yeux de", "pour")
# « selon » that names no one: « selon son bon plaisir », « selon les cas », « selon l'âge »
NOT_ACCORDING = ("bon plaisir", "les cas", "le cas", "les besoins", "la saison", "l'âge", "l’âge", "les périodes",
                 "les pays", "les régions", "les modèles", "les années", "la taille", "l'humeur", "l’humeur",
                 # manner and likelihood, not a source: « selon toute vraisemblance », « selon un scénario
                 # déjà élaboré », « selon un plan bien rodé »
                 "toute vraisemblance", "toute probabilité", "toute apparence", "un scénario", "un plan",
                 "un schéma")

# Personal pronouns that can stand for a speaker, with (gender, number)
PRONOUNS = {
    "il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur"),
    "lui": ("Masc", "Sing"), "eux": ("Masc", "Plur"),   # stressed forms: « selon lui », « d’après eux »
}
# subject pronouns that carry a person from sentence to sentence (« Il a qualifié … Il en a profité … »)
SUBJECT_PRONOUNS = {"il", "elle"}
# verbs whose « il » is impersonal (« il faut », « il semble que »)
IMPERSONAL_VERBS = {"falloir", "agir", "sembler", "paraître", "exister", "rester", "manquer", "pleuvoir",
                    "suffire", "arriver", "advenir", "convenir", "valoir"}
# first and second persons: the author or the one addressed, never someone the article names
# « il », « elle » stand for companies and bodies as well as people (« Amazon … Il va embaucher »)
PRONOUNS_STAND_FOR_BODIES = True
FIRST_PERSON = {"je", "j'", "tu"}     # « nous », « vous » are as often object clitics
FIRST_PERSON_SINGULAR = {"je", "j'", "moi"}     # who says « je » in a quote inside a quote is the one quoted around it
# indefinite « on » in an incise (« insiste-t-on à l'Élysée ») names a collective whose name follows
INDEFINITE_PRONOUNS = {"on"}

# honorifics that give a person's gender
MASC_TITLES = {"m.", "monsieur", "m", "mr"}
FEM_TITLES = {"mme", "madame", "mlle", "mademoiselle", "mme."}
# a feminine determiner before a role noun names a woman (« la ministre X »); the masculine one
# does not name a man (« le Premier ministre Kaja Kallas »)
FEM_DETERMINERS = {"la", "une", "cette"}

# nouns that name a publication or a document: « le journal », « le rapport », « le quotidien »
# the kinds of outlet a media noun can stand for (« le quotidien » is not the AFP cited since)
_PRINT, _AIR = {"newspaper", "outlet"}, {"broadcaster", "outlet"}
MEDIA_NOUN_KINDS = {"journal": _PRINT, "quotidien": _PRINT, "hebdomadaire": _PRINT, "magazine": _PRINT,
                    "mensuel": _PRINT, "tabloïd": _PRINT, "gazette": _PRINT, "agence": {"agency"}, "chaîne": _AIR,
                    "radio": _AIR, "télévision": _AIR}
MEDIA_NOUNS = {"journal", "quotidien", "hebdomadaire", "magazine", "média", "site", "chaîne", "radio",
               "agence", "télévision", "presse", "times", "revue", "mensuel", "tabloïd", "tabloid", "daily",
               "gazette"}
# the press at large: never one outlet (« Moscou a informé la presse »)
# a party's member, which a speaker's description may end on ("the Ohio Republican"): no one's name
PARTY_MEMBERS = {"républicain", "républicaine", "républicains", "démocrate", "démocrates", "socialiste", "socialistes"}
GENERIC_MEDIA = {"presse", "médias"}
DOCUMENT_NOUNS = {"rapport", "document", "communiqué", "dossier", "note", "étude", "enquête", "dépêche",
                  "texte", "déclaration", "lettre", "mémo", "courrier", "sondage", "compte", "compte-rendu",
                  "bilan", "avis", "publication", "tribune", "estimation", "donnée", "chiffre", "statistique",
                  "archive", "archives", "câble", "câbles"}

# words right before a quote that make it a name or a title, not speech (« intitulé « … » »)
# reading in an outlet names its words after a colon (« comme on peut le lire dans Le Monde : « … » »)
READING_VERBS = {"lire"}
TITLE_WORDS = {"intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "thème",
               "colloque", "conférence", "journée", "journées", "livre", "ouvrage", "film", "émission",
               "série", "opération", "blog", "site", "titre", "titré", "titrée", "session", "table",
               "ronde", "rubrique", "chronique", "documentaire", "album", "chanson", "roman", "pièce",
               "spectacle", "programme", "plan", "projet", "loi", "enquête", "mouvement", "campagne",
               "manifeste", "association", "collectif", "groupe", "parti", "label", "dispositif",
               "nommé", "nommée", "surnommé", "surnommée", "appelé", "appelée", "dit", "dite",
               "procédure", "marche", "salon", "festival", "concept", "slogan", "sujet", "sujets", "thèmes",
               "intitulés", "ateliers", "atelier", "panel", "tables", "nom",
               # works named right before their title (« la fameuse étude « Le déni des cultures » »)
               "étude", "essai", "thèse", "rapport", "tribune", "article", "pétition"}
# the title words that name what follows even after a colon (« une loi nommée : « … » », « sous le
# titre : « … » »); the others are topics, after which a sentence is someone's words (« sur le sujet :
# « Elle a … » »)
NAMING_WORDS = {"intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "titre", "titré",
                "titrée", "nommé", "nommée", "surnommé", "surnommée", "appelé", "appelée", "dit", "dite", "nom",
                "slogan", "thème", "thèmes"}

# a work and its author right before the marks: « l'excellente analyse de Philippe Silberzahn « … » »
# names the work, it quotes no one
WORK_BY_AUTHOR = (r"\b(?:analyse|article|tribune|éditorial|essai|étude|note|billet|livre|ouvrage|roman|film|"
                  r"texte|chronique|rapport|livre|thèse|enquête|documentaire)\s+(?:de|d['’]|du|des)\s*"
                  r"(?:[A-ZÉÈ][\w'’.-]*\s+){1,4}$")

# words that can introduce a reported clause (« a déclaré que … »)
COMPLEMENTISERS = {"que", "qu'", "qu’", "qu"}

# nouns of speech that make a quote speech when they head the phrase before it
# (« sa déclaration : « … » », « ses propos : « … » »)
SPEECH_NOUNS = {"déclaration", "propos", "message", "tweet", "communiqué", "discours", "lettre",
                "interview", "entretien", "réponse", "question", "slogan", "appel", "avertissement",
                "mise en garde", "témoignage", "mots", "termes", "formule", "expression", "parole", "paroles"}

# nouns that name a person by role: a description headed by one stays a person (never the body it serves)
PERSON_ROLES = {"porte-parole", "directeur", "directrice", "ministre", "président", "présidente", "chef", "cheffe",
                "responsable", "conseiller", "conseillère", "diplomate", "ambassadeur", "ambassadrice", "secrétaire",
                "député", "députée", "sénateur", "sénatrice", "maire", "général", "commissaire", "chancelier",
                "chancelière", "premier", "première", "dirigeant", "dirigeante", "patron", "patronne", "haut",
                "représentant", "représentante", "négociateur", "négociatrice", "expert", "experte", "chercheur",
                "chercheuse", "professeur", "professeure", "analyste", "avocat", "avocate", "juge", "procureur",
                "procureure", "officier", "colonel", "lieutenant", "commandant", "capitaine", "amiral",
                "candidat", "candidate", "militant", "militante", "élu", "élue", "membre", "fondateur", "fondatrice",
                "attaché", "attachée", "adjoint", "adjointe", "délégué", "déléguée", "envoyé", "envoyée"}

# verbs that report speech only in an incise after the quote (« », lance-t-il »); before a quote they
# mostly mean something else (« a lancé des exercices « à tir réel » »)
# other nouns of people, which no suffix tells (« son fils », « le candidat »)
PERSON_NOUNS = {"candidat", "candidate", "membre", "fils", "fille", "épouse", "femme", "mari", "époux", "père", "mère",
                "frère", "sœur", "homme", "hôte", "ami", "amie", "allié", "alliée", "rival", "rivale", "élu", "élue",
                "député", "députée", "maire", "juge", "témoin", "victime", "suspect", "citoyen", "citoyenne",
                "soldat", "militant", "militante", "patron", "patronne", "chef", "cheffe", "veuve", "roi", "reine",
                "pape", "prince", "princesse", "envoyé", "envoyée", "délégué", "déléguée", "élève", "auteur",
                "autrice", "porte-parole", "ministre", "sénateur", "sénatrice", "président", "présidente",
                "star", "vedette", "icône", "idole", "légende", "célébrité", "personnalité", "héros", "héroïne",
                "leader", "boss", "coach", "manager", "général", "colonel", "maréchal", "amiral", "capitaine",
                "sergent", "prêtre", "évêque", "cardinal", "imam", "rabbin", "avocat", "avocate", "médecin", "expert",
                "experte", "analyste", "philosophe", "écrivain", "écrivaine", "poète", "pdg", "adjoint", "adjointe",
                "diplomate", "gendarme", "otage", "réfugié", "réfugiée", "garçon", "responsable", "partisan",
                "partisane", "proche", "scientifique", "retraité", "retraitée", "salarié", "salariée", "riverain",
                "riveraine", "officiel", "officielle", "chef", "cheffe", "homologue", "interlocuteur", "biologiste"}
# articles that bring someone new into the text (« un responsable », « une porte-parole »)
INDEFINITE_ARTICLES = {"un", "une"}

INCISE_ONLY = {"lancer", "glisser", "souffler", "poursuivre", "continuer", "conclure", "enchaîner",
               "trancher", "tonner", "lâcher", "exprimer"}     # « », s'est exprimé X »; « exprimer son soutien »

# verbs of talking about something: speech only where the clause they head holds the quote (« a parlé d'un
# déplacement comme d'une « ligne rouge » »; « ils ont parlé pendant une heure » reports nothing)
TALK_VERBS = {"parler"}

# an incise after a quote inverts its subject (« », calcule l'économiste »): any verb there reports
INVERTED_INCISES = True

# locutions that report speech: a light verb and its words (« a fait savoir que », « comme l'a fait
# valoir X », « a mis en garde contre »); either word is the cue
CUE_LOCUTIONS = {"faire": ("savoir", "valoir", "remarquer", "observer", "part", "état"), "mettre": ("en garde",),
                 "laisser": ("entendre",)}   # (« laisse entendre que … »: implies)

# verbs that report speech before a quote only through « que » or a colon (« a soutenu que « … » »);
# with a noun object they mean something else (« défendre leur « ordre » », « ce qui relève de « … » »)
SPEECH_WITH_CLAUSE_ONLY = {"soutenir", "défendre", "justifier", "relever", "développer", "publier", "garantir",
                           "continuer", "poursuivre", "tenir", "crier", "hurler", "scander"}

# nouns of people and texts that can speak without a role (« les gens », « une source », « l'article 173
# dispose »): an unnamed description headed by another common noun, no person's noun by its ending
# either, is a thing the parse took for the subject (« des questions », « la réponse »), no speaker (a
# language without this list keeps every subject: English news reports "the data showed" freely)
SPEAKING_NOUNS = {
    "gens", "personne", "personnes", "source", "sources", "public", "peuple", "population", "habitant", "citoyen",
    "jeune", "jeunes", "femme", "homme", "enfant", "fille", "fils", "garçon", "mère", "père", "parent", "famille",
    "victime", "témoin", "voisin", "ami", "amie", "collègue", "médecin", "scientifique", "démocrate", "républicain",
    "adjoint", "adjointe", "végan", "vegan", "clandestin", "élève", "patient", "soldat", "militaire", "pays", "état",
    "nation", "collège", "communauté", "numéro", "think", "auteur", "autrice", "camp", "majorité", "opposition",
    "article", "page", "billet", "éditorial", "loi", "règlement", "directive", "projet", "texte", "constitution",
    "traité", "accord", "résolution", "motion", "manifeste", "pétition", "décret", "ordonnance", "jugement", "arrêt",
    "avis", "site", "compte", "internaute", "utilisateur", "fidèle", "électeur", "électrice", "sondé", "interrogé",
    "mouvement", "information", "révélation", "conclusion", "biographie", "plan", "recherche", "témoignage",
    "mème", "tweet", "post", "vidéo", "affiche", "pancarte", "banderole", "tract", "livre", "ouvrage",
}
# demonstratives that stand for a situation, never for who speaks (« c'est avouer que … »)
DEMONSTRATIVE_SUBJECTS = {"c'", "c’", "ce", "cela", "ça", "ceci"}
# heads that count what speaks (« plusieurs milliers de personnes », « nombre de Russes »)
QUANTITY_NOUNS = {"millier", "centaine", "dizaine", "nombre", "majorité", "partie", "moitié", "plupart", "tiers",
                  "quart", "groupe", "foule", "poignée", "série", "million"}

# roles of the one asking, not answering: « le journaliste lui demande » is never the person interviewed,
# however salient (a short definite description otherwise points back to the last person named)
INTERLOCUTOR_ROLES = {"journaliste", "animateur", "animatrice", "présentateur", "présentatrice", "intervieweur",
                      "intervieweuse", "reporter", "interlocuteur", "interlocutrice", "modérateur", "modératrice"}

# the people around someone (« l'entourage du ministre »): they speak for an office, not as the person
ENTOURAGE_NOUNS = {"entourage", "proches", "cabinet", "services", "équipe", "équipes", "conseillers", "camp", "bureau"}

# definite determiners: a short definite description points back to someone already named
DEFINITE = {"le", "la", "l'", "l’"}
# « le ministère », « le gouvernement » never stand for a newspaper named before them (« le Guardian a
# donné des détails … a confirmé le ministère de la défense »)
BODY_IS_NOT_MEDIA = True
# subjects that name no one (« personne ne dit que … »): never resolved to a person
NEGATIVE_SUBJECTS = {"aucun", "aucune", "nul", "nulle", "personne"}
# body nouns that may stand for any organisation named before (« l'entreprise » after « TotalEnergies »); the
# others stand for a body whose name holds them or a word of their kind
BODY_NOUNS_FOR_ANY = {"entreprise", "société", "firme", "banque", "groupe"}
_ETAT = {"gouvernement", "administration", "élysée", "elysee", "matignon", "kremlin", "ministère", "ministere",
         "maison", "cabinet", "exécutif", "executif"}
BODY_NOUN_KINDS = {
    "gouvernement": _ETAT, "administration": _ETAT, "exécutif": _ETAT,
    "agence": {"agency", "office", "autorité", "institut", "commission", "administration"},
    "parti": {"rassemblement", "renaissance", "reconquête", "france", "républicains", "socialiste", "écologistes",
              "insoumise", "horizons", "modem", "party"},
    "armée": {"army", "forces", "armed", "military", "pentagone", "pentagon", "défense", "defense", "tsahal"},
    "organisation": {"organization", "organisation", "ong", "association", "fondation", "institut", "oms", "onu"},
    "tribunal": {"cour", "court", "justice"}, "cour": {"tribunal", "court", "justice"},
    "think": {"institut", "institute", "fondation", "foundation", "center", "centre", "observatoire", "terra", "ifrap"},
    "syndicat": {"cgt", "cfdt", "fo", "unsa", "sud", "cfe", "cgc", "cftc", "fsu", "fnsea", "union", "confédération",
                 "fédération"},
    "police": {"gendarmerie", "préfecture", "prefecture"},
    "ong": {"amnesty", "human", "oxfam", "greenpeace", "médecins", "reporters", "transparency", "association",
            "fondation", "organisation"},
}

# bodies a definite description can point back to (« the company said », « le gouvernement a annoncé »)
BODY_NOUNS = {"entreprise", "société", "groupe", "gouvernement", "administration", "ministère", "agence", "autorité", "organisation", "parti", "armée", "police", "tribunal", "cour", "comité", "commission", "conseil", "syndicat", "banque", "ambassade", "exécutif", "firme",
              "ong", "association", "fondation", "institut", "fédération", "collectif", "laboratoire",
              "think"}     # (« le think tank », its head)

# an incise inside one pair of quote marks: « Le barrage a tenu, a-t-elle précisé, mais pas le déversoir »
# (group "verb" is checked against the cue verbs)
INCISE_INSIDE = (r",\s*(?:(?:a|avait|aura|aurait)-t-(?:il|elle|on)\s+(?P<participle>[\wéèêàâîôûç]+)"
                 r"|(?P<verb>[\wéèêàâîôûç]+)(?:-t)?-(?:il|elle|ils|elles|on))\s*,\s*")

# a determiner (and an adjective of distance) right before a quote mark: the marks sit inside a noun
# phrase (« son propre « ordre fondé sur des règles » », « la « révision des lois » »); with no speech
# cue around, that is a term or a title, not someone's words.  Not after a bare preposition: words woven
# into a sentence there are mostly the subject's own (« a permis de « faciliter l'immigration » »)
DETERMINER_BEFORE_MARK = (r"(?:^|[\s(])(?:le|la|les|l['’]|un|une|des|du|de la|son|sa|ses|leur|leurs|ce|cet|cette|ces"
                          r"|notre|nos|votre|vos|mon|ma|mes)"
                          r"(?:\s+(?:propres?|prétendue?s?|soi-disant|fameuse?s?|fameux|nouvelle?s?|nouveaux?"
                          r"|véritables?|vraie?s?|sempiternel(?:le)?s?))?\s*$")

# nouns a person's name follows to name a thing after them (« la loi Veil », « le plan Marshall »)
NAMED_AFTER_NOUNS = {"loi", "lois", "plan", "rapport", "amendement", "réforme", "affaire", "doctrine", "accords",
                     "accord", "traité", "prix", "fondation", "institut", "lycée", "collège", "rue", "avenue",
                     "boulevard", "place", "stade", "hôpital", "gare", "aéroport", "pont"}
# words a body's own name opens on (« l'Institut Montaigne », « la Fondation Abbé-Pierre »): such a name is a
# body's, whatever place the tagger took it for
BODY_NAMES_OPEN_ON = {"institut", "fondation", "association", "agence", "office", "banque", "ministère", "syndicat",
                      "parti", "fédération", "confédération", "observatoire", "conseil", "comité", "commission",
                      "tribunal", "collectif"}

# a body's noun right before a name makes it the body's name (« l'association d'agriculteurs Coldiretti »)
BODY_BEFORE_NAME = {"association", "associations", "entreprise", "société", "groupe", "organisation", "ong",
                    "syndicat", "parti", "fondation", "institut", "cabinet", "agence", "consortium", "fédération",
                    "collectif", "club", "compagnie", "firme", "banque", "think", "tank", "laboratoire", "start-up"}

# an unnamed spokesperson is the voice of the body named with them (« un porte-parole du Kremlin »,
# "a State Department spokesman"): that body speaks
SPOKESPERSON_NOUNS = {"porte-parole", "porte-paroles"}
# French marks terms and distancing phrases with « » as freely as speech: a noun phrase woven into a
# sentence that nothing reports and no one is found to have said is a term (English keeps it as speech:
# partial quotes of a statement given elsewhere are the norm there)
WOVEN_PHRASES_ARE_TERMS = True
# verbs of quoting: their object said the words (« X cite le ministre : « … » »)
QUOTING_VERBS = {"citer"}
