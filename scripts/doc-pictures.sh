#!/usr/bin/env bash
# Remakes the pictures in docs/ from carechart's real output (run after `npm run build`; needs
# chromium and poppler-utils). The audit's own screenshot: scripts/audit-screenshot.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
today=2026-11-23
cli() { node bin/carechart.js "$@" --today "$today" >/dev/null; }
page1() { pdftoppm -r 110 -f 1 -l 1 -png -singlefile "$1" "docs/$2"; }

cli render examples/rivera-enrollment.yaml -o "$out/chart.pdf" && page1 "$out/chart.pdf" chart-page-1
cli render examples/rivera-enrollment.yaml --summary -o "$out/summary.pdf" && page1 "$out/summary.pdf" summary-page-1
cli render examples/rivera-enrollment.yaml -f letter -o "$out/letter.pdf" && page1 "$out/letter.pdf" letter-page-1
for pair in csa-wraparound-clean:care-map rivera-enrollment:care-map-gaps; do
  cli render "examples/${pair%%:*}.yaml" -f svg -o "$out/map.svg"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$out/profile" --window-size=1200,1250 --screenshot="docs/${pair##*:}.png" "file://$out/map.svg" 2>/dev/null
done
if node bin/carechart.js render --help | grep -q -- '--lang'; then
  cli render examples/rivera-enrollment.yaml --lang es -o docs/rivera-es.pdf && page1 docs/rivera-es.pdf rivera-es-page-1
fi
