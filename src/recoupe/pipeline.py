"""The per-article pipeline: language -> spaCy -> sentences -> registered stages.

`analyze_article` is pure over its input (no storage, no network) so that
any engine (in-process, a process pool, Ray) can run it.
"""
from __future__ import annotations

from recoupe import extract
from recoupe.model import Article, Sentence
from recoupe.nlp.language import detect_language
from recoupe.nlp.spacy_runner import load_pipeline
from recoupe.nlp.spans import doc_text, release, remember_text, strip_span

# Bump when any stage changes what it writes: stored analyses of an older
# version are recomputed, newer ones are reused.
ANALYSIS_VERSION = 20  # 3: framing genre model v2; 4: English attribution tagger, documents of bodies and
#   persons, `via`, framing-v3 (sentence-aligned paragraph view); 5: framing-v6 (learnt lexicon, fallback weights for other languages), figures and notes as
#   sources, embedded posts, French speaker fixes; 6: speakers and sources of Session 5 (signatures,
#   complements, given names, bodies cited by « selon », call signs), entity splits; 7: datelines, spokespersons
#   as their bodies (Session 7); 8: English tagger retrained (cue threshold 0.25), Session 8 speaker fixes; 9: things are no
#   speakers (French), publications things appeared in, inline credits, bodies' English names after « selon »,
#   the other Session 9 speaker, name and source fixes; 10: people's nationality in the alias table,
#   descriptions that point back (age, country, seat of power), bodies that speak through their members,
#   Session 10 source patterns (bodies by kind or acronym, pieces on publications, the title's own outlet);
#   11: unnamed officials as their country's bodies, one name per state body, joint statements, woven
#   French phrases as terms, descriptions through descriptions, Session 11 source patterns; 12: documents
#   record their issuer, plural documents, outlets only named where nothing is taken from them, English
#   state bodies by nationality, reporting outlets take over uncued quotes; 13: English evidence incises, polls,
#   views and reckonings as sources, "it" and French pronouns for bodies, bodies cited through what they made,
#   pollsters; 14: one name per body (its full name when given its acronym), no name opening on an indefinite
#   article, French incises with an indefinite subject, pull quotes, pronouns for a clause's outlet; 15: second
#   reports cut from a reported clause, coordinated clauses and participles after incises keep their own
#   speakers, works' authors after their titles, headline words after names, Session 15 speaker fixes; 16:
#   descriptions by their heads, introduced and joint speakers, bodies and outlets of a noun's kind, places by
#   their own names and US states, names after titles, the tagger's content to a phrase break; 17: documents
#   by who wrote them, incises after a quote a verb says as relays, unknown outlets named like publications;
#   18: English content bounds (enclosed asides, the cue's own conjuncts and occasions, open phrases, gerund
#   lists), "as X noted" incises by their words, transcript turns opened by an unclosed mark; 19: English
#   contents without the reporter's apposition on their last noun, speech verbs tagged as plural nouns before "that",
#   verbless titles after a speaker and a colon, quotes signed with a horizontal bar or a no-break space, the
#   horizontal bar as a dash, a second "that" clause kept, a speech verb going on from deep in the content cut
#   and given to the outermost source, "as reported by X" incises, "let's say", times before a relative pronoun,
#   contents on both sides of an incise kept from the tagger; 20: local outlets named as the article writes
#   them, a report going on past its incise with "and"/"but", an entity word tagged as a verb as an inverted subject,
#   the reporter's apposition after a dash


def analyze_article(article: Article, mode: str = "md", skip: tuple[str, ...] = ()) -> Article:
    if not article.language:
        article.language = detect_language(article.text)
    doc = remember_text(load_pipeline(article.language, mode)(article.text), article.text)
    article.sentences = sentences_of(doc)
    for _name, stage in extract.stages(skip):
        stage(article, doc)
    release(doc)
    return article


def sentences_of(doc) -> list[Sentence]:
    text = doc_text(doc)
    out, paragraph, last_end = [], 0, 0
    for sent in doc.sents:
        start, end = strip_span(text, sent.start_char, sent.end_char)
        if end <= start:
            continue
        paragraph += text.count("\n", last_end, start) > 0
        last_end = end
        out.append(Sentence(text=text[start:end], start=start, end=end, paragraph=paragraph))
    return out
