"""recoupe: cross-check news articles into a corroboration brief.

Give it the articles about a story (files, folders, HTML pages, JSON Lines,
RSS/Atom feeds or URLs; French and English) and it writes a brief: which
articles tell the same story, every claim with the sentence that carries it
in each article, contradictions, who said what, who relies on whom, entities,
numbers, a timeline, and the framing signals of each source.

Examples:
  recoupe analyze demo/ --format html -o brief.html     one self-contained report
  recoupe analyze articles.jsonl -o brief.json          the JSON brief (the contract)
  recoupe ingest seeds/ https://example.org/feed.xml --db corpus.db
  recoupe analyze --db corpus.db --format md            brief of everything stored
  recoupe show 000_9c30f3eff2624f5c --db corpus.db      one article and its analysis
  recoupe serve --db corpus.db                          the web app on 127.0.0.1:8000

Exit codes: 0 all inputs read and analysed; 1 the brief was written but some
inputs failed (each named on stderr); 2 usage error or nothing to analyse.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tqdm import tqdm

from recoupe import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

INPUTS_HELP = """inputs:
  .txt .md    first line the headline, a last line holding only a date the publication
              time; an optional front-matter block on top says the rest:
                ---
                outlet: Le Veilleur
                url: https://…
                published: 2026-03-12 14:10
                language: fr
                ---
  .html .htm  a saved page (.gz too): body, title, date and site name are extracted
  .jsonl      one article per line (.ndjson, .gz; a .json array when named directly): id, title, text or html, url, outlet, published, language
  .rss .xml .atom  an RSS/Atom feed (each item's summary, or its page with --follow-links)
  http(s)://  a page or a feed, fetched once (the only time recoupe uses the network)
  folder      every file above inside it, recursively

A file that cannot be read is named on stderr with its problem; the others go on.
"""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted: what was stored is kept; run the same command again to finish", file=sys.stderr)
        return 130
    except CliError as err:
        print(f"recoupe: {err}", file=sys.stderr)
        return EXIT_USAGE


class CliError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="recoupe", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"recoupe {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def inputs_options(p: argparse.ArgumentParser, required: bool) -> None:
        p.add_argument("inputs", nargs="+" if required else "*", metavar="PATH_OR_URL",
                       help="files, folders (recursively), .jsonl corpora, RSS/Atom feeds, or http(s) URLs")
        p.add_argument("--follow-links", action="store_true",
                       help="for feeds: fetch each item's page instead of using the feed's summary")
        p.add_argument("--mode", choices=["md", "sm"], default="md",
                       help="md: the medium spaCy models (default, most accurate); sm: the small ones (less memory)")
        p.add_argument("--workers", type=int, default=None,
                       help="processes for the per-article pipeline (default: the number of cores, at most 4)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
        p.add_argument("--story-grace", type=float, default=0.0, metavar="HOURS",
                       help="publication gap that does not count against two articles sharing a story "
                            "(default 0: coverage of one day's event; 24-48 to follow a story over days)")

    an = sub.add_parser("analyze", help="analyse articles and write the corroboration brief",
                        description="Analyse articles (and/or a stored corpus) and write the brief.",
                        epilog=INPUTS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    inputs_options(an, required=False)
    an.add_argument("--format", choices=["json", "md", "html"], default="json",
                    help="json: the machine-readable brief; md: text to paste; html: one self-contained page")
    an.add_argument("-o", "--output", type=Path, help="where to write the brief (default: standard output)")
    an.add_argument("--db", type=Path, help="SQLite corpus: store the inputs there, reuse stored analyses, "
                                            "and brief the whole stored corpus")
    an.add_argument("--summary-language", default=None, help="language of the synthesis (fr, en…)")
    an.set_defaults(run=cmd_analyze)

    ing = sub.add_parser("ingest", help="add articles to a corpus database and analyse them",
                         description="Add articles to the SQLite corpus (idempotent: the same article twice "
                                     "is stored once) and store their analysis. Safe to interrupt and re-run.",
                         epilog=INPUTS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    inputs_options(ing, required=True)
    ing.add_argument("--db", type=Path, required=True, help="the SQLite corpus file (created if missing)")
    ing.set_defaults(run=cmd_ingest)

    show = sub.add_parser("show", help="print one stored article and its analysis")
    show.add_argument("article_id")
    show.add_argument("--db", type=Path, required=True)
    show.add_argument("--json", action="store_true", help="the article as JSON (as in the brief)")
    show.set_defaults(run=cmd_show)

    serve = sub.add_parser("serve", help="the web app over a corpus database")
    serve.add_argument("--db", type=Path, required=True)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=cmd_serve)
    return parser


# ------------------------------------------------------------------ commands
def cmd_analyze(args) -> int:
    from recoupe.corpus import build_stories
    from recoupe.model import Brief

    if not args.inputs and not args.db:
        raise CliError("give articles to analyse (files, folders, URLs) or --db with a stored corpus")
    config = _align_config(args)
    store = _open_store(args.db) if args.db else None
    articles, errors = _ingest_and_analyse(args, store)
    if store is not None:
        articles = list(store.iter_articles())
    if not articles:
        print("recoupe: nothing to analyse", file=sys.stderr)
        return EXIT_USAGE
    with _spinner("cross-checking", args.quiet):
        stories = build_stories(articles, store=store, summary_language=args.summary_language, config=config)
    if store is not None:
        store.save_stories(stories)
    brief = Brief(articles=articles, stories=stories, tool=_tool(args.mode), errors=errors)
    _write(brief, args.format, args.output)
    return EXIT_SOME_FAILED if errors else EXIT_OK


def cmd_ingest(args) -> int:
    from recoupe.corpus import build_stories
    config = _align_config(args)
    store = _open_store(args.db)
    _articles, errors = _ingest_and_analyse(args, store)
    with _spinner("cross-checking", args.quiet):
        stories = build_stories(list(store.iter_articles()), store=store, config=config)
    store.save_stories(stories)
    print(f"{args.db}: {store.count_articles()} articles, {len(stories)} stories", file=sys.stderr)
    return EXIT_SOME_FAILED if errors else EXIT_OK


def _align_config(args):
    from recoupe.align.config import AlignConfig
    if args.story_grace < 0:
        raise CliError("--story-grace must be 0 or more hours")
    return AlignConfig(time_grace_days=args.story_grace / 24)


def cmd_show(args) -> int:
    from recoupe.brief import article_to_dict
    store = _open_store(args.db, must_exist=True)
    article = store.get_article(args.article_id)
    if article is None:
        raise CliError(f"{args.db}: no article {args.article_id!r} (list them with `recoupe analyze --db {args.db}`)")
    if args.json:
        print(json.dumps(article_to_dict(article), ensure_ascii=False, indent=1))
        return EXIT_OK
    print(_describe(article))
    return EXIT_OK


def cmd_serve(args) -> int:
    import uvicorn
    try:
        from recoupe.web.app import create_app
    except ImportError as err:
        raise CliError(f"the web app is not available: {err}")
    _open_store(args.db)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {args.host}: anyone who reaches this address can read and add articles",
              file=sys.stderr)
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="info")
    return EXIT_OK


# ------------------------------------------------------------------ shared steps
def _ingest_and_analyse(args, store):
    """Read the inputs, store them if there is a store, analyse what has no current analysis."""
    from recoupe.corpus import read_and_analyse

    bar = tqdm(desc="analysing", unit=" article", disable=args.quiet, file=sys.stderr)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(1)

    def error(name: str, problem: str) -> None:
        bar.write(f"error: {name}: {problem}", file=sys.stderr)

    try:
        return read_and_analyse(args.inputs, store, mode=args.mode, follow_links=args.follow_links,
                                workers=args.workers, on_error=error, on_progress=progress)
    finally:
        bar.close()


def _open_store(path: Path, must_exist: bool = False):
    from recoupe.store import Store
    from recoupe.store.sqlite import StoreError
    if must_exist and not path.exists():
        raise CliError(f"{path}: no such database (create one with `recoupe ingest … --db {path}`)")
    try:
        return Store(path)
    except StoreError as err:
        raise CliError(str(err))


def _tool(mode: str) -> dict:
    from recoupe.nlp.spacy_runner import model_versions
    return {"name": "recoupe", "version": __version__, "models": model_versions(mode=mode)}


def _write(brief, fmt: str, output: Path | None) -> None:
    from recoupe.brief import brief_to_dict
    data = brief_to_dict(brief)
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, indent=1)
    elif fmt == "md":
        from recoupe.render.markdown import render_markdown
        text = render_markdown(data)
    else:
        from recoupe.render.html import render_html
        text = render_html(data)
    if output is None:
        sys.stdout.write(text + ("\n" if not text.endswith("\n") else ""))
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".part")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)          # never leave a half-written brief behind
        print(f"brief written to {output} ({len(brief.articles)} articles, {len(brief.stories)} stories)",
              file=sys.stderr)


class _spinner:
    """A one-line note for a corpus step whose progress cannot be counted."""

    def __init__(self, label: str, quiet: bool):
        self.label, self.quiet = label, quiet

    def __enter__(self):
        if not self.quiet:
            print(f"{self.label}…", file=sys.stderr, flush=True)

    def __exit__(self, *exc):
        return False


def _describe(article) -> str:
    lines = [f"{article.id}  [{article.language or '?'}]  {article.published or 'undated'}",
             f"title: {article.title or '(none)'}",
             f"source: {article.source.path or article.source.url or '?'}"
             + (f"  outlet: {article.source.outlet}" if article.source.outlet else ""),
             f"{len(article.text)} characters, {len(article.sentences)} sentences"]

    def section(name, items, fmt):
        if items:
            lines.append(f"\n{name} ({len(items)}):")
            lines.extend("  " + fmt(x) for x in items)
    section("entities", sorted({(e.label, e.canonical) for e in article.entities}), lambda e: f"{e[0]:4s} {e[1]}")
    section("quotes", article.quotes,
            lambda q: f"{q.speaker_canonical or q.speaker or '?'} ({q.cue or q.kind}): « {q.text[:100]} »")
    section("cited sources", article.cited_sources, lambda s: f"{s.name} ({s.kind}, {len(s.mentions)} mentions)")
    section("numbers", article.numbers, lambda n: f"{n.text} = {n.value} {n.unit or ''}")
    section("dates", article.dates, lambda d: f"{d.text} -> {d.resolved or 'unresolved'}")
    genre = article.framing.genre
    lines.append(f"\ngenre: {genre.get('label')} ({genre.get('confidence', 0):.2f}),"
                 f" {len(article.framing.techniques)} techniques, {len(article.framing.markers)} markers")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
