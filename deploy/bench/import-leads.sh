#!/usr/bin/env bash
# Lead-import benchmark: a generated CSV of N rows (unique phones and emails) uploaded through the gateway with a
# real token; prints the wall time and the report's counts. Needs the platform up (deploy/crm up).
# Usage: deploy/bench/import-leads.sh [rows, default 100000]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
rows=${1:-100000}

token=$(bench_token)

csv=$(mktemp --suffix=.csv) report=$(mktemp)
trap 'rm -f "$csv" "$report"' EXIT
run=$(date +%s%N | tail -c 7)
# emails carry the uniqueness (a run id in each), so a second run imports as many rows as the first
awk -v rows="$rows" -v run="$run" 'BEGIN {
  print "name,company,email,source,city"
  for (i = 1; i <= rows; i++) printf "Import %d,Bench Co %d,import%d.r%s@bench.example,WEBSITE,Shanghai\n", i, i % 500, i, run
}' > "$csv"
echo "== import of $rows rows ($(du -h "$csv" | cut -f1)) through the gateway"
start=$(date +%s.%N)
status=$(curl -s -o "$report" -w '%{http_code}' -H "Authorization: Bearer $token" \
  -F "file=@$csv;type=text/csv" "http://127.0.0.1:${GATEWAY_PORT}/api/v1/leads/import")
end=$(date +%s.%N)
printf 'BENCH status=%s seconds=%.1f ' "$status" "$(echo "$end - $start" | bc)"
grep -o '"created":[0-9]*\|"duplicates":[0-9]*\|"invalid":[0-9]*' "$report" | tr '\n' ' '; echo
