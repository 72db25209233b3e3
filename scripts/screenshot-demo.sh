#!/usr/bin/env bash
# Regenerates docs/images/demo-report.png, the README's picture of the demo's HTML report: writes the report of the
# bundled fixtures and photographs it with headless Chromium (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$chromium" ] || { echo "Chromium is needed: apt-get install chromium (or set CHROMIUM)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project src/Contradictions.Cli -c Release -- check fixtures/dprk-russia fixtures/reference \
  --format html --output "$work/report.html" --quiet || [ $? -eq 1 ]
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1280,1900 --virtual-time-budget=3000 --screenshot="$work/report.png" "file://$work/report.html" 2> /dev/null
mkdir -p docs/images
cp "$work/report.png" docs/images/demo-report.png
echo "wrote docs/images/demo-report.png"
