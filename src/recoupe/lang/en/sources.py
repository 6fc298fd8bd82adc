"""English word lists for cited sources (stage `sources`)."""

MEDIA_NOUNS = {
    "newspaper": "newspaper", "daily": "newspaper", "weekly": "newspaper", "magazine": "newspaper",
    "tabloid": "newspaper", "website": "outlet", "site": "outlet", "outlet": "outlet", "broadcaster": "broadcaster",
    "network": "broadcaster", "channel": "broadcaster", "station": "broadcaster", "agency": "agency",
    "blog": "outlet", "podcast": "outlet", "paper": "newspaper",
}
DOCUMENT_NOUNS = {
    "report": "report", "study": "study", "statement": "statement", "document": "document", "documents": "document",
    "memo": "memo", "survey": "survey", "poll": "poll", "data": "data", "estimates": "estimates",
    "figures": "figures", "analysis": "analysis", "audit": "audit", "letter": "letter", "filing": "filing",
    "dossier": "file", "investigation": "investigation", "address": "address", "op-ed": "op-ed",
    "message": "message", "video": "video",
    "calculations": "calculations", "projections": "projections", "forecast": "forecast",
    "forecasts": "forecasts", "census": "census", "count": "count", "tally": "count",
}
PLACES_NOT_DOCUMENTS: set[tuple[str, str]] = set()
# plurals that name something else than documents ("the notes of a song", "text messages")
PLURALS_NOT_DOCUMENTS = {"notes", "messages"}
# a document noun inside an idiom, after the word that forms it
IDIOMS: set[tuple[str, str]] = set()
PLATFORM_WORDS = {"account", "page", "post", "posts", "posted", "tweet", "tweets", "tweeted", "message",
                  "video", "livestream", "thread", "channel", "feed"}
# what a person publishes in their own name: writings ("Smith's letter", "a statement from Smith": an
# English statement is written), and the media of their speech, documents only as the medium of a verb
# ("said in his nightly video address")
PERSON_WRITINGS = {"op-ed", "letter", "report", "memo", "statement"}
PERSON_MEDIA = {"address", "message", "video"}
# spoken media, a record only when the text says what kind ("his nightly video address"; "his address
# to the United Nations" is words said)
SPOKEN_MEDIA = {"address"}
# qualifiers that go into a document's name ("daily video address")
DOCUMENT_QUALIFIERS = {w: w for w in ("daily", "nightly", "weekly", "monthly", "annual", "video", "televised",
                                       "written", "joint", "open", "official", "confidential")}
# a document is the medium of the sentence's subject when it hangs on one of these
MEDIUM_PREPOSITIONS = {"in"}
PUBLISH_VERBS = {"publish", "release", "issue", "sign", "send", "post", "unveil", "present"}
# common nouns that head the name of a body ("a statement from the prosecutor's office")
INSTITUTION_NOUNS = {
    "ministry", "department", "government", "police", "prosecutor", "prosecutors", "court", "council", "commission",
    "agency", "office", "army", "military", "committee", "regulator", "authority", "authorities", "administration",
    "parliament", "senate", "congress", "presidency", "watchdog", "inspector", "service",
}
# an outlet that says it obtained a document relays it (« que s'est procuré Le Monde »)
OBTAINED_WORDS = {"obtained", "seen", "reviewed", "viewed", "revealed", "acquired"}
LEAK_WORDS = ("leaked", "leak", "confidential", "classified", "secret")
ROLE_NOUNS = {
    "journalist", "correspondent", "reporter", "editor", "columnist", "anchor", "host", "writer", "chief",
    "founder", "owner", "publisher", "contributor", "producer", "photographer", "staff", "former",
    "spokesman", "spokeswoman", "executive", "ceo", "president", "employee",
}
RELATED_LINK = r"^\s*(?:Read more|Read also|Related|See also|RELATED|READ MORE|Watch|WATCH)\s*:"
CREDIT = r"(?:^|\n)\s*(?:Source|Sources|Credit|Photo)\s*:\s*"
CONTEXT_WORDS = {"according", "told", "to", "in", "on", "by", "from", "reported", "reports", "wrote", "newspaper",
                 "magazine", "outlet", "network", "channel", "cited", "article", "story", "editorial"}
# words that take something from an outlet, beside the context words ("as Bloomberg noted", "an interview with")
CITING_WORDS = {"note", "noted", "interview", "interviewed", "appearance", "headline", "citing", "cited", "cite",
                "via", "writing", "remind", "reminds", "project", "projected", "projects", "call", "called",
                "reporting", "according", "source", "sources", "credit"}
APPEARED_WORDS = {"published", "appeared", "appearing", "cited", "quoted", "article", "op-ed", "column", "editorial"}
APPEARED_IN = {"in"}
FOUND_IN_VERBS = {"learn", "discover", "find"}
NEWSROOM_WORDS = {"newsroom", "editor", "editors", "reporter", "columnist", "staff"}
APPEARED_ON = {"on"}
# what a sentence does to an outlet it talks about ("criticised RT and Sputnik", "the ban on RT")
TOPIC_WORDS = {"criticize", "criticise", "denounce", "ban", "censor", "censorship", "suspend", "suspension",
               "sanction", "shut", "block", "attack", "target", "boycott", "accuse", "slam", "blast", "buy",
               "acquisition", "acquire", "fund", "pay"}
# words that bring in examples of a kind of outlet ("outlets such as Breitbart")
SUCH_AS = {"including", "like"}
# laws by which something holds, named after "according to" as no source of news ("according to the Constitution")
LEGAL_TEXTS = {"constitution", "code", "charter", "treaty", "convention", "law", "act", "amendment"}
# kinds of body whose name may follow after "according to" ("according to the consultancy Kpler")
NAMED_BODY_NOUNS = {"bank", "firm", "company", "group", "institute", "agency", "consultancy", "foundation",
                    "organization", "organisation", "think tank", "charity"}
