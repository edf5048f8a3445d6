#!/usr/bin/env bash
# Throughput and latency of the home page beside a static file on the same Liberty, in one run.
# With the portal running (mvn liberty:run):   bash bench/throughput.sh [http://localhost:9080] [seconds]
# Needs wrk (Debian package wrk; installed here if missing). Budget: home ≥ 50 % of the static file.
set -euo pipefail
base="${1:-http://localhost:9080}"
seconds="${2:-20}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
run() {
  wrk -t2 -c16 -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' -H 'Accept-Language: nl' "$base$1"
}
echo "warming up"; wrk -t2 -c8 -d5s "$base/nl/" >/dev/null; wrk -t2 -c8 -d5s "$base/robots.txt" >/dev/null
home=$(run /nl/); static=$(run /robots.txt)
echo "== home page /nl/";      echo "$home"   | grep -E "Requests/sec|Latency|50%|99%|requests in"
echo "== static file /robots.txt"; echo "$static" | grep -E "Requests/sec|Latency|50%|99%|requests in"
rate() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
h=$(rate "$home"); s=$(rate "$static")
ratio=$(awk -v h="$h" -v s="$s" 'BEGIN { printf "%.0f", 100 * h / s }')
echo "home ${h} req/s, static ${s} req/s: home is ${ratio} % of static (budget ≥ 50 %)"
[ "$ratio" -ge 50 ]
