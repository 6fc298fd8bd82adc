"""A small, hand-written brief with every field of the contract filled, for the renderer
and web tests (the analysers fill these fields over time; the views must already show them).

Offsets are found in the text, so the fixture satisfies `text[start:end] == item.text`.
"""
from __future__ import annotations

import copy

COURIER = ("Castelbrune dam: engineers warned of cracks\n"
           "Engineers warned of cracks in the Castelbrune dam weeks before Wednesday's flood, "
           "according to an internal report seen by the Daily Courier.\n"
           "About 1,200 residents were evacuated overnight.\n"
           "“We will not leave a single family without shelter,” Interior Minister Elena Varga said.")
VEILLEUR = ("Les ingénieurs avaient signalé des fissures dans le barrage de Castelbrune, selon le Daily Courier.\n"
            "Environ 12 000 personnes ont été évacuées mercredi.\n"
            "« Nous ne laisserons aucune famille sans abri », a déclaré la ministre Elena Varga.\n"
            "Des pompes arrivent de Lyon.")
TRIBUNE = ("Je l'écris avec colère : c'est un scandale d'État.\n"
           "Combien de fissures faudra-t-il encore ? « Aucune famille ne sera laissée sans abri », jure Elena Varga.")


def span(text: str, part: str, **extra) -> dict:
    start = text.index(part)
    return {"text": part, "start": start, "end": start + len(part), **extra}


def article(aid: str, text: str, title: str, outlet: str, lang: str, published: str, **fields) -> dict:
    base = {"id": aid, "source": {"path": f"demo/{aid}.txt", "url": f"https://{aid}.example/story", "outlet": outlet,
                                  "feed": None},
            "title": title, "language": lang, "published": published, "text": text,
            "entities": [], "quotes": [], "cited_sources": [], "numbers": [], "dates": [],
            "framing": {"genre": {"label": "reporting", "confidence": 0.9}, "techniques": [], "markers": [],
                        "profile": {}},
            "derived_from": []}
    base.update(fields)
    # one sentence per line is enough for the views and for sentence search
    base["sentences"], pos = [], 0
    for i, line in enumerate(text.split("\n")):
        if line:
            base["sentences"].append({"text": line, "start": pos, "end": pos + len(line), "paragraph": i})
        pos += len(line) + 1
    return base


def full_brief() -> dict:
    courier = article(
        "courier", COURIER, "Castelbrune dam: engineers warned of cracks", "The Daily Courier", "en",
        "2026-03-12T09:30:00",
        entities=[span(COURIER, "Castelbrune", label="LOC", canonical="Castelbrune"),
                  span(COURIER, "Elena Varga", label="PER", canonical="Elena Varga"),
                  span(COURIER, "Daily Courier", label="ORG", canonical="The Daily Courier")],
        quotes=[span(COURIER, "We will not leave a single family without shelter,", speaker="Elena Varga",
                     speaker_canonical="Elena Varga", cue="said", kind="direct", sources=[])],
        cited_sources=[{"name": "The Daily Courier", "kind": "newspaper",
                        "mentions": [span(COURIER, "the Daily Courier")]}],
        numbers=[span(COURIER, "1,200", value=1200, unit="residents")],
        dates=[span(COURIER, "Wednesday", resolved="2026-03-11", relative=True)],
    )
    veilleur = article(
        "veilleur", VEILLEUR, "Inondation à Castelbrune", "Le Veilleur", "fr", "2026-03-12T14:10:00",
        entities=[span(VEILLEUR, "Castelbrune", label="LOC", canonical="Castelbrune"),
                  span(VEILLEUR, "Lyon", label="LOC", canonical="Lyon", lat=45.748, lon=4.847, country="FR"),
                  span(VEILLEUR, "Elena Varga", label="PER", canonical="Elena Varga")],
        quotes=[span(VEILLEUR, "Nous ne laisserons aucune famille sans abri", speaker="la ministre Elena Varga",
                     speaker_canonical="Elena Varga", cue="a déclaré", kind="direct", sources=["The Daily Courier"])],
        cited_sources=[{"name": "The Daily Courier", "kind": "newspaper",
                        "mentions": [span(VEILLEUR, "le Daily Courier")]}],
        numbers=[span(VEILLEUR, "12 000", value=12000, unit="personnes")],
        dates=[span(VEILLEUR, "mercredi", resolved="2026-03-11", relative=True)],
    )
    tribune = article(
        "tribune", TRIBUNE, "Castelbrune, la honte", "La Tribune", "fr", "2026-03-14T07:00:00",
        quotes=[span(TRIBUNE, "Aucune famille ne sera laissée sans abri", speaker="Elena Varga",
                     speaker_canonical="Elena Varga", cue="jure", kind="direct", sources=[])],
        framing={"genre": {"label": "opinion", "confidence": 0.8},
                 "techniques": [span(TRIBUNE, "un scandale d'État", label="Loaded_Language", confidence=0.7)],
                 "markers": [span(TRIBUNE, "Je", kind="first_person"),
                             span(TRIBUNE, "Combien de fissures faudra-t-il encore ?", kind="rhetorical_question")],
                 "profile": {"markers": {"first_person": 1, "rhetorical_question": 1}, "editorialising_rate": 0.5,
                             "highlights": ["first-person commentary (1 markers)",
                                            "1 question(s) in the writer's voice"]}},
        derived_from=[{"article_id": "veilleur", "kind": "respin", "similarity": 0.61}],
    )
    ev = lambda a, text, part, stance="supports": {"article_id": a["id"], **span(text, part), "stance": stance}  # noqa: E731
    s1_cracks = "Engineers warned of cracks in the Castelbrune dam weeks before Wednesday's flood, according to an internal report seen by the Daily Courier."
    v1_cracks = "Les ingénieurs avaient signalé des fissures dans le barrage de Castelbrune, selon le Daily Courier."
    story = {
        "id": "s1", "title": "Castelbrune dam failure", "article_ids": ["courier", "veilleur", "tribune"],
        "summary": [{"text": "Engineers had warned of cracks in the Castelbrune dam.", "article_ids": ["courier", "veilleur"]},
                    {"text": "Reported evacuee numbers differ: 1,200 against 12 000.", "article_ids": ["courier", "veilleur"]}],
        "claims": [
            {"id": "c1", "text": "Engineers warned of cracks in the dam before the flood.",
             "evidence": [ev(courier, COURIER, s1_cracks), ev(veilleur, VEILLEUR, v1_cracks)],
             "n_articles": 2, "n_origins": 1, "origins": ["The Daily Courier"], "single_source": True,
             "contradicted": False},
            {"id": "c2", "text": "About 1,200 residents were evacuated.",
             "evidence": [ev(courier, COURIER, "About 1,200 residents were evacuated overnight."),
                          ev(veilleur, VEILLEUR, "Environ 12 000 personnes ont été évacuées mercredi.", "contradicts")],
             "n_articles": 2, "n_origins": 2, "origins": ["The Daily Courier", "Le Veilleur"],
             "single_source": False, "contradicted": True},
        ],
        "contradictions": [{"a": {"article_id": "courier", "text": "About 1,200 residents were evacuated overnight."},
                            "b": {"article_id": "veilleur", "text": "Environ 12 000 personnes ont été évacuées mercredi."},
                            "reason": "1,200 vs 12 000 evacuees", "kind": "number"}],
        "quote_groups": [{"speaker": "Elena Varga", "quotes": [
            {"article_id": "courier", "text": "We will not leave a single family without shelter,"},
            {"article_id": "veilleur", "text": "Nous ne laisserons aucune famille sans abri"},
            {"article_id": "tribune", "text": "Aucune famille ne sera laissée sans abri"}]}],
        "provenance": [{"source": "The Daily Courier", "article_ids": ["courier", "veilleur"]},
                       {"source": "Préfecture", "article_ids": ["veilleur"]}],
        "timeline": [{"date": "2026-03-11", "text": "The Castelbrune dam spillway fails; the lower town floods.",
                      "article_ids": ["courier", "veilleur"]}],
        "reuse": [{"a": "tribune", "b": "veilleur", "kind": "respin", "similarity": 0.61}],
    }
    chess_text = "Ida Halvorsen won the Port Amsel chess open on Thursday."
    chess = article("chess", chess_text, "Port Amsel chess open", "The Northern Ledger", "en", "2026-03-12T19:30:00")
    return {"schema": "recoupe.brief/1", "generated_at": "2026-03-15T10:00:00Z",
            "tool": {"name": "recoupe", "version": "test"},
            "articles": [courier, veilleur, tribune, chess], "stories": [story], "errors": []}


HOSTILE_TEXT = ('<script>window.__pwned = 1</script> Click <a href="javascript:window.__pwned=2">here</a> '
                '<img src=x onerror="window.__pwned=3"> "><svg onload="window.__pwned=4"> ')


def hostile_brief() -> dict:
    """Every string a renderer shows is an injection attempt, plus one oversized field."""
    brief = copy.deepcopy(full_brief())
    a = brief["articles"][0]
    a["title"] = '<script>window.__pwned = 5</script><b onmouseover="window.__pwned=6">title</b>'
    a["source"]["url"] = "javascript:window.__pwned=7"
    a["source"]["outlet"] = '"><img src=x onerror="window.__pwned=8">'
    a["text"] = HOSTILE_TEXT + a["text"] + ("A" * 300_000)
    shift = len(HOSTILE_TEXT)
    for kind in ("entities", "quotes", "numbers", "dates"):
        for item in a[kind]:
            item["start"] += shift
            item["end"] += shift
    a["entities"].append({"text": "<script>", "label": "LOC", "canonical": "</script><script>window.__pwned=9</script>",
                          "start": 0, "end": 8, "lat": "javascript:1", "lon": None})
    a["quotes"].append({"text": "bad offsets", "speaker": "<img src=x onerror=alert(1)>", "start": 10**9, "end": -3})
    a["derived_from"] = [{"article_id": "<svg onload=alert(1)>", "kind": "<script>alert(1)</script>"}]
    story = brief["stories"][0]
    story["title"] = "<svg/onload=window.__pwned=10>"
    story["claims"][0]["text"] = '<img src=x onerror="window.__pwned=11">'
    story["summary"][0]["text"] = "[click](javascript:window.__pwned=12) <iframe src=javascript:alert(1)>"
    story["quote_groups"][0]["speaker"] = "<script>window.__pwned=13</script>"
    story["provenance"][0]["source"] = '</text><script>window.__pwned=14</script>'
    story["timeline"][0]["text"] = "<style>body{display:none}</style>"
    brief["articles"][1]["source"]["url"] = " JaVaScRiPt:window.__pwned=15"
    return brief


def test_fixture_offsets_point_at_their_text():
    for a in full_brief()["articles"]:
        for kind in ("entities", "quotes", "numbers", "dates"):
            for item in a[kind]:
                assert a["text"][item["start"]:item["end"]] == item["text"]
        for item in a["framing"]["techniques"] + a["framing"]["markers"]:
            assert a["text"][item["start"]:item["end"]] == item["text"]
