"""French."""
from recoupe.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="fr",
    name="French",
    spacy_models={"md": "fr_core_news_md", "sm": "fr_core_news_sm"},
    quote_pairs=(("«", "»"), ("“", "”"), ("‹", "›"), ('"', '"')),
)
