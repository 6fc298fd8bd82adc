#!/usr/bin/env python3
"""How much of each expected article body does HTML ingestion recover?

For every page ../shared/eval/fundus-html/<country>/<Publisher>_<date>.html.gz,
the sibling <Publisher>.json holds fundus' expected extraction (one entry per
parser version, in the order of the pages' dates; the title check below
confirms the pairing).  The expected body is the summary, the section
headlines and the paragraphs.  We run `recoupe.ingest.html.parse_html` on the
page and compare word multisets:

  recall    = expected words found in our cleaned text / expected words
  precision = our words that are expected words / our words

Words are \\w+ runs, case-folded, in NFC; Chinese/Japanese/Korean characters count one
by one (those scripts do not separate words).  Scores are micro-averaged over
words within a group (a long article weighs more) and also given as the
macro mean of per-page F1.  A page where ingestion raises counts as recall 0.

Usage:  .venv/bin/python benchmarks/fundus_bodies.py [--limit N] [--no-write]
Writes benchmarks/RESULTS-fundus.md.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FUNDUS = ROOT.parent / "shared" / "eval" / "fundus-html"
sys.path.insert(0, str(ROOT / "src"))

from recoupe.ingest.html import HtmlProblem, parse_html  # noqa: E402

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")

# language of a country's outlets when the page does not declare one
COUNTRY_LANG = {
    "at": "de", "au": "en", "be": "nl", "ca": "en", "ch": "de", "cn": "zh", "cz": "cs", "de": "de", "dk": "da",
    "es": "es", "fr": "fr", "gl": "da", "id": "id", "il": "he", "ind": "en", "isl": "is", "it": "it", "jp": "ja",
    "kr": "ko", "lb": "ar", "li": "de", "ls": "en", "lt": "lt", "lu": "de", "mx": "es", "my": "en", "na": "en",
    "no": "no", "pl": "pl", "pt": "pt", "py": "es", "ru": "ru", "se": "sv", "tr": "tr", "tw": "zh", "tz": "en",
    "ua": "uk", "uk": "en", "us": "en", "vn": "vi", "za": "en",
}
GROUPS = {
    "en": "English", "fr": "French", "de": "German",
    "es": "Romance (es/it/pt/ca/gl/ro)", "it": "Romance (es/it/pt/ca/gl/ro)", "pt": "Romance (es/it/pt/ca/gl/ro)",
    "ca": "Romance (es/it/pt/ca/gl/ro)", "gl": "Romance (es/it/pt/ca/gl/ro)", "ro": "Romance (es/it/pt/ca/gl/ro)",
    "nl": "Other Germanic (nl/da/sv/no/is/lb)", "da": "Other Germanic (nl/da/sv/no/is/lb)",
    "sv": "Other Germanic (nl/da/sv/no/is/lb)", "no": "Other Germanic (nl/da/sv/no/is/lb)",
    "nb": "Other Germanic (nl/da/sv/no/is/lb)", "nn": "Other Germanic (nl/da/sv/no/is/lb)",
    "is": "Other Germanic (nl/da/sv/no/is/lb)", "lb": "Other Germanic (nl/da/sv/no/is/lb)",
    "ru": "Slavic (ru/uk/pl/cs)", "uk": "Slavic (ru/uk/pl/cs)", "pl": "Slavic (ru/uk/pl/cs)",
    "cs": "Slavic (ru/uk/pl/cs)",
    "zh": "CJK (zh/ja/ko)", "ja": "CJK (zh/ja/ko)", "ko": "CJK (zh/ja/ko)",
}
_LANG_ATTR = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)


def words(text: str) -> Counter:
    # NFC on both sides: ingestion composes accents (some pages write "ü" as u + combining mark)
    return Counter(t.casefold() for t in _TOKEN.findall(unicodedata.normalize("NFC", text or "")))


def expected_body(entry: dict) -> str:
    body = entry.get("body") or {}
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n".join(parts)


def pages():
    """(country, page path, expected entry) for every page with an expected body."""
    for jf in sorted(FUNDUS.glob("*/*.json")):
        publisher = jf.stem
        htmls = sorted(p for p in jf.parent.glob(f"{publisher}_*.html.gz")
                       if re.fullmatch(rf"{re.escape(publisher)}_\d{{4}}_\d{{2}}_\d{{2}}\.html\.gz", p.name))
        entries = list(json.loads(jf.read_text(encoding="utf-8")).values())
        for page, entry in zip(htmls, entries):
            yield jf.parent.name, page, entry


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (a quick look)")
    ap.add_argument("--no-write", action="store_true", help="print only, do not write RESULTS-fundus.md")
    args = ap.parse_args(argv)
    if not FUNDUS.is_dir():
        print(f"{FUNDUS} is missing", file=sys.stderr)
        return 2

    rows = []
    t0 = time.perf_counter()
    for n, (country, page, entry) in enumerate(pages()):
        if args.limit and n >= args.limit:
            break
        raw = gzip.decompress(page.read_bytes())
        m = _LANG_ATTR.search(raw[:5000].decode("utf-8", "replace"))
        lang = (m.group(1).lower() if m else COUNTRY_LANG.get(country, "?"))
        expected = words(expected_body(entry))
        if not expected:
            continue
        error = None
        try:
            got = words(parse_html(raw).text)
        except HtmlProblem as err:
            got, error = Counter(), str(err)
        common = sum((expected & got).values())
        rows.append({"country": country, "page": page.name, "lang": lang, "expected": sum(expected.values()),
                     "got": sum(got.values()), "common": common, "error": error})
    seconds = time.perf_counter() - t0

    def summarise(selected):
        e = sum(r["expected"] for r in selected)
        g = sum(r["got"] for r in selected)
        c = sum(r["common"] for r in selected)
        rec, prec = (c / e if e else 0.0), (c / g if g else 0.0)
        f1 = 2 * rec * prec / (rec + prec) if rec + prec else 0.0
        page_f1 = []
        for r in selected:
            pr = r["common"] / r["got"] if r["got"] else 0.0
            rc = r["common"] / r["expected"]
            page_f1.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
        macro = sum(page_f1) / len(page_f1) if page_f1 else 0.0
        good = sum(1 for f in page_f1 if f >= 0.9)
        return {"pages": len(selected), "recall": rec, "precision": prec, "f1": f1, "macro_f1": macro,
                "pages_f1_ge_0.9": good, "errors": sum(1 for r in selected if r["error"])}

    by_group = defaultdict(list)
    by_country = defaultdict(list)
    for r in rows:
        by_group[GROUPS.get(r["lang"], "Other (id/tr/vi/he/ar/lt/...)")].append(r)
        by_country[r["country"]].append(r)
    overall = summarise(rows)

    def table(title, groups):
        lines = [f"### {title}", "", "| group | pages | recall | precision | F1 (words) | mean page F1 | pages F1≥0.9 | errors |",
                 "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for name, sel in groups:
            s = summarise(sel)
            lines.append(f"| {name} | {s['pages']} | {s['recall']:.3f} | {s['precision']:.3f} | {s['f1']:.3f} | "
                         f"{s['macro_f1']:.3f} | {s['pages_f1_ge_0.9']} | {s['errors']} |")
        return "\n".join(lines)

    lang_table = table("Per language group", sorted(by_group.items()) + [("**all**", rows)])
    country_table = table("Per country", sorted(by_country.items()))
    worst = sorted(rows, key=lambda r: r["common"] / r["expected"])[:10]
    worst_lines = ["### Lowest recall", "", "| page | recall | precision | note |", "|---|---:|---:|---|"]
    for r in worst:
        worst_lines.append(f"| {r['country']}/{r['page']} | {r['common'] / r['expected']:.3f} | "
                           f"{(r['common'] / r['got']) if r['got'] else 0:.3f} | {r['error'] or ''} |")
    report = "\n\n".join([
        "# Fundus HTML body recovery",
        f"`recoupe.ingest.html.parse_html` (trafilatura + recoupe cleaning) on {overall['pages']} pages from "
        f"{len(by_country)} countries of `../shared/eval/fundus-html/`, against fundus' expected bodies "
        "(summary + section headlines + paragraphs). Word-multiset recall/precision, micro-averaged over words; "
        "CJK counted per character. Command: `.venv/bin/python benchmarks/fundus_bodies.py`.",
        f"**Overall: recall {overall['recall']:.3f}, precision {overall['precision']:.3f}, F1 {overall['f1']:.3f}; "
        f"mean page F1 {overall['macro_f1']:.3f}; {overall['pages_f1_ge_0.9']}/{overall['pages']} pages at F1 ≥ 0.9; "
        f"{overall['errors']} pages refused; {seconds:.1f} s.**",
        lang_table, country_table, "\n".join(worst_lines),
    ]) + "\n"
    print(report)
    if not args.no_write and not args.limit:
        (ROOT / "benchmarks" / "RESULTS-fundus.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
