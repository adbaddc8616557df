#!/usr/bin/env bash
# Install the app into .venv and start it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e .
exec .venv/bin/python -m streamlit run app.py --browser.gatherUsageStats false "$@"
