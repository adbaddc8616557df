#!/usr/bin/env bash
# Install everything the tests need (browser and CJK font included) and run them all.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium and a CJK font for the browser tests (Playwright cannot download its own here),
# nginx and curl for the team deployment's test (scripts/serve.sh behind a reverse proxy), and Tesseract
# with its Chinese model for the OCR of scanned PDFs.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" \
   || ! { command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; } || ! command -v curl >/dev/null 2>&1 \
   || ! [ -f /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium fonts-wqy-microhei \
    nginx curl tesseract-ocr tesseract-ocr-chi-sim
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest -m "" "$@"  # every test: pyproject's default leaves out the slow and browser ones
