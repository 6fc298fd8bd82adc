#!/usr/bin/env bash
# Install what the tests need (a virtual environment with recoupe and its test
# extra, and Debian's Chromium for the browser tests), then run them.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing Debian's chromium for the browser tests…" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "the browser tests need Debian's chromium at /usr/bin/chromium: sudo apt-get install chromium" >&2
        exit 1
    fi
fi
exec .venv/bin/python -m pytest -q "$@"
