#!/usr/bin/env bash
# The free-times page under load, beside the home page, in one run: a service offered at 5 places, bookable 8 weeks
# ahead, with 2,000 existing bookings spread over those weeks and places. Runs the portal itself on PostgreSQL (a
# database of its own, made and dropped here), seeds the planning and the bookings with SQL, then wrk at 16
# connections on the home page and on a week of free times at one place.
#   bash bench/appointments.sh [seconds]           (needs PostgreSQL on 127.0.0.1:5432, user postgres, trust auth)
# Prints requests/s and the latency percentiles of both. Not a test: nothing here fails on a number.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
base="http://localhost:9080"
db=xenia_bench
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
echo "== starting the portal on PostgreSQL ($db)"
DB_KIND=postgresql DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres DB_PASSWORD="" \
  mvn -B -q -DskipTests package liberty:deploy liberty:start >/tmp/xenia-bench-start.log 2>&1
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null && break; sleep 1; done
curl -fs "$base/health/ready" >/dev/null

echo "== seeding: 5 places, one service at all of them (30 min, 1 person, 8 weeks ahead), 2,000 bookings"
psql_ -d "$db" <<'SQL'
INSERT INTO appointment_place (id, kind, name, town, details, active, created_at)
SELECT 9000 + n, 'OFFICE', 'Bench place ' || n, 'Town ' || n, 'Bench street ' || n, TRUE, now()
FROM generate_series(1, 5) AS n;
INSERT INTO appointment_service (id, duration_minutes, pause_minutes, min_notice_minutes, horizon_days, capacity,
    interpreter, confirm_first, active, created_at)
VALUES (9000, 30, 0, 0, 56, 1, TRUE, FALSE, TRUE, now());
INSERT INTO appointment_service_text (service_id, language, name, description, bring)
VALUES (9000, 'nl', 'Bench-gesprek', 'Een gesprek.', 'Niets.'), (9000, 'en', 'Bench talk', 'A talk.', 'Nothing.');
INSERT INTO appointment_offer (service_id, place_id) SELECT 9000, 9000 + n FROM generate_series(1, 5) AS n;
INSERT INTO appointment_hours (id, service_id, place_id, day_of_week, starts_at, ends_at)
SELECT 90000 + p * 10 + d, 9000, 9000 + p, d, TIME '08:00', TIME '20:00'
FROM generate_series(1, 5) AS p, generate_series(1, 7) AS d;
-- 2,000 bookings on distinct times: every other half hour of 08:00–20:00 (24 per day), spread over the places
-- and the 56 days from tomorrow
INSERT INTO appointment (id, service_id, place_id, starts_at, ends_at, seat, status, code_hash, form_token_hash,
    page_language, language, interpreter_wanted, person_text, person_sealed, person_for_code, booked_by_staff,
    created_at, changed_at)
SELECT 900000 + n, 9000, 9000 + 1 + (n % 5), t, t + INTERVAL '30 minutes', 1, 'CONFIRMED',
    md5('code' || n) || md5('c' || n), md5('form' || n) || md5('f' || n), 'nl', 'nl', FALSE,
    '\x00', '\x00', '\x00', FALSE, now(), now()
FROM (SELECT n, ((current_date + 1 + ((n / 5) / 12) % 56)::timestamp + TIME '08:00'
        + ((n / 5) % 12) * INTERVAL '1 hour' + ((n / 5 / 672) % 2) * INTERVAL '30 minutes')
        AT TIME ZONE 'Europe/Amsterdam' AS t
      FROM generate_series(0, 1999) AS n) AS times;
SQL
psql_ -d "$db" -tA -c "SELECT 'bookings: ' || count(*) || ', places with bookings: ' || count(DISTINCT place_id) FROM appointment"

week=$(date -d "+21 days" +%F)
page="/nl/appointments?service=9000&place=9001&week=$week"
shown=$(curl -fs "$base$page")
grep -q 'Bench' <<<"$shown" || { echo "the free-times page did not show the bench service"; exit 1; }
run() {
  wrk -t2 -c16 -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' -H 'Accept-Language: nl' "$base$1"
}
echo "warming up"; wrk -t2 -c8 -d5s "$base/nl/" >/dev/null; wrk -t2 -c8 -d5s "$base$page" >/dev/null
home=$(run /nl/); times=$(run "$page")
echo "== home page /nl/";                echo "$home"  | grep -E "Requests/sec|Latency |50%|99%|requests in|Non-2xx"
echo "== free times $page"; echo "$times" | grep -E "Requests/sec|Latency |50%|99%|requests in|Non-2xx"
