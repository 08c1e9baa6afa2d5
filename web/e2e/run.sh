#!/usr/bin/env bash
# The web app in Debian's Chromium against the running platform (./parcours up): every screen as editor, viewer and
# another workspace's viewer; budgets; axe-core. Screenshots and the budgets table go to web/target/screenshots/.
# Adds its own journeys ("Browser test …") and a persona to the demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund --loglevel=error
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} from Debian's packages (the browser test needs them)…"
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
node e2e/browser-test.mjs
node e2e/respondent-test.mjs
node e2e/widget-test.mjs
node e2e/survey-editor-test.mjs
