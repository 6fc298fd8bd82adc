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
    "dossier": "file", "investigation": "investigation",
}
LEAK_WORDS = ("leaked", "leak", "confidential", "classified", "secret")
ROLE_NOUNS = {
    "journalist", "correspondent", "reporter", "editor", "columnist", "anchor", "host", "writer", "chief",
    "founder", "owner", "publisher", "contributor", "producer", "photographer", "staff", "former",
    "spokesman", "spokeswoman", "executive", "ceo", "president", "employee",
}
RELATED_LINK = r"^\s*(?:Read more|Read also|Related|See also|RELATED|READ MORE|Watch|WATCH)\s*:"
CREDIT = r"(?:^|\n)\s*(?:Source|Sources|Credit|Photo)\s*:\s*"
CONTEXT_WORDS = {"according", "told", "to", "in", "on", "by", "reported", "reports", "wrote", "newspaper",
                 "magazine", "outlet", "network", "channel", "cited"}
