#!/usr/bin/env bash
# Lighthouse's SEO, accessibility and best-practice scores of the public pages.
# With the portal running (mvn liberty:run):   bash bench/lighthouse.sh [http://localhost:9080] [path ...]
# Needs node/npm (Debian package npm) and Chromium; Lighthouse itself is fetched from npm, pinned, into
# target/lighthouse. Budget: 100 in each category on every page named.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-http://localhost:9080}"; shift || true
pages=("$@"); [ ${#pages[@]} -gt 0 ] || pages=(/ro/ /ro/ask /ro/info /ro/info/p1 /ro/inbox /ro/tips /ro/privacy /bg/ /es/)
tool=target/lighthouse
[ -x "$tool/node_modules/.bin/lighthouse" ] || { mkdir -p "$tool"; npm install --prefix "$tool" --no-save --silent lighthouse@12.8.2; }
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
failed=0
for page in "${pages[@]}"; do
  out="$tool/$(echo "$page" | tr '/' '_').json"
  "$tool/node_modules/.bin/lighthouse" "$base$page" --quiet --output=json --output-path="$out" \
    --only-categories=seo,accessibility,best-practices --chrome-flags="--headless=new --no-sandbox --disable-gpu \
    --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
  python3 - "$page" "$out" <<'PY' || failed=1
import json, sys
page, report = sys.argv[1], json.load(open(sys.argv[2]))
scores = {name: round(category["score"] * 100) for name, category in report["categories"].items()}
print(page, scores)
for audit in report["audits"].values():
    if audit.get("scoreDisplayMode") in ("binary", "numeric") and (audit.get("score") or 0) < 1:
        print("   not met:", audit["id"], "-", audit["title"])
sys.exit(0 if all(score == 100 for score in scores.values()) else 1)
PY
done
exit $failed
