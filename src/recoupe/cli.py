"""Command line: thin over the library."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from recoupe import __version__
from recoupe.brief import write_json
from recoupe.ingest import IngestError, load
from recoupe.model import Brief
from recoupe.pipeline import analyze_article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="recoupe", description=__doc__)
    parser.add_argument("--version", action="version", version=f"recoupe {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse articles and write a corroboration brief")
    an.add_argument("inputs", nargs="+")
    an.add_argument("--format", choices=["json", "md", "html"], default="json")
    an.add_argument("-o", "--output", type=Path)
    an.add_argument("--mode", choices=["md", "sm"], default="md")
    args = parser.parse_args(argv)
    brief = Brief()
    failed = 0
    for item in tqdm(list(load(args.inputs)), desc="analysing", unit="article", file=sys.stderr):
        if isinstance(item, IngestError):
            print(f"error: {item}", file=sys.stderr)
            failed += 1
            continue
        brief.articles.append(analyze_article(item, mode=args.mode))
    text = write_json(brief, args.output)
    if args.output is None:
        print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
