#!/usr/bin/env bash
# Install the app into .venv and start it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e .
# Scanned PDFs are read by Tesseract's Chinese model where it is installed (optional: the app reads every
# other file without it); installed here when this user may run apt-get.
if ! command -v tesseract >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends tesseract-ocr \
    tesseract-ocr-chi-sim >/dev/null 2>&1 \
    || echo "run.sh: scanned PDFs need OCR: apt-get install tesseract-ocr tesseract-ocr-chi-sim" >&2
fi
exec .venv/bin/python -m streamlit run app.py --browser.gatherUsageStats false "$@"
