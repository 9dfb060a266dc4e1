#!/usr/bin/env bash
# Public campaign form benchmark (issue 9), through the gateway with 64 connections:
#   1. submissions: visitors without a token POST a published campaign's public form for DURATION, each with a new
#      phone; then (a) the campaign holds exactly as many members as there were 2xx answers: nothing lost;
#   2. authenticated lead creation (create-leads.lua, acme-marketing) for the same DURATION right after, for (b) the
#      submission rate must be at least the lead-creation rate of the same run;
#   3. a view storm: GET /p/{token} for 20 s; then (c) the campaign's view counter grew by exactly the 2xx answers.
# Prints wrk's figures and the CPU time the gateway and campaign-service spent per request. Each request comes from
# another client address (X-Forwarded-For), so the gateway must trust one proxy hop, or its per-client limit on
# public routes refuses most of the load (it would be a benchmark of the limiter):
#   CRM_GATEWAY_PUBLICRATELIMIT_TRUSTEDPROXYHOPS=1 deploy/crm restart gateway
# A 30 s warm-up on another campaign comes first. Needs the platform up (deploy/crm up), wrk, curl, psql and python3.
# Usage: deploy/bench/public-form.sh [duration, default 60s]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
duration=${1:-60s}
drain=5
require_wrk
case $duration in
  *m) seconds=$((${duration%m} * 60)) ;;
  *s) seconds=${duration%s} ;;
  *) seconds=$duration ;;
esac
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "usage: $0 [duration, e.g. 60s or 2m]" >&2; exit 2; }

token=$(token_of acme-marketing)
gateway="http://127.0.0.1:${GATEWAY_PORT}"
db() { db_psql campaign -At "$@"; }
json() { python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }
api() { # method path [body] -> body; fails on a non-2xx answer
  local out status
  out=$(curl -s -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    ${3:+-d "$3"} "$gateway/api/v1/campaigns$2")
  status=${out##*$'\n'}
  [[ $status == 2* ]] || { echo "$1 /api/v1/campaigns$2 answered $status: ${out%$'\n'*}" >&2; exit 1; }
  printf '%s' "${out%$'\n'*}"
}
new_campaign() { # name -> "id token"
  local id start end
  start=$(date -u -d '-1 hour' +%FT%TZ) end=$(date -u -d '+7 days' +%FT%TZ)
  id=$(api POST "" "{\"name\":\"$1 $(date +%s)\",\"type\":\"WEBINAR\",\"mode\":\"ONLINE\",\"startAt\":\"$start\",
    \"endAt\":\"$end\",\"budget\":100000,\"targetObject\":\"LEAD\"}" | json '["id"]')
  api PUT "/$id/form" '{"fields":[{"key":"name","type":"TEXT","required":true},
    {"key":"phone","type":"TEXT","required":true},{"key":"company","type":"TEXT","required":false},
    {"key":"interest","label":"Interest","type":"SINGLE_CHOICE","required":false,"options":["CRM","BI"]}]}' >/dev/null
  api POST "/$id/publish" >/dev/null
  echo "$id $(api GET "/$id/link" | json '["token"]')"
}
load() { # mode url connections seconds -> wrk's BENCH line
  PUB_MODE=$1 PUB_RUN=$RANDOM PUB_LOAD_SECONDS=$4 \
    wrk -t2 -c"$3" -d"$(($4 + drain))s" --timeout "$((drain * 2))s" --latency -s "$here/public-form.lua" "$2" |
    grep -E "BENCH" || true
}
field() { sed -n "s/.*BENCH.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }
per_request() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { if (n > 0) printf "%.2f", (b - a) * 1000 / n }'; }

read -r warm warm_token < <(new_campaign "Public form warm-up")
read -r campaign link < <(new_campaign "Public form bench")
echo "== warm-up 30 s on campaign $warm"
load submit "$gateway/api/v1/public/campaigns/$warm_token/submissions" 16 30 >/dev/null
load view "$gateway/p/$warm_token" 16 10 >/dev/null
result=0

echo "== 1. public submissions, 64 connections, ${seconds}s, campaign $campaign"
g0=$(cpu_seconds gateway) c0=$(cpu_seconds campaign-service)
out=$(load submit "$gateway/api/v1/public/campaigns/$link/submissions" 64 "$seconds")
g1=$(cpu_seconds gateway) c1=$(cpu_seconds campaign-service)
echo "$out"
ok=$(field ok_2xx "$out") requests=$(field requests "$out") submit_rps=$(field rps "$out")
echo "CPU per request: gateway $(per_request "$g0" "$g1" "$requests") ms," \
  "campaign-service $(per_request "$c0" "$c1" "$requests") ms"
rows=$(db -v campaign="$campaign" <<<"SELECT count(*) FROM campaign_member WHERE campaign_id = :'campaign'")
[[ -n $ok && $rows == "$ok" ]] && echo "PASS (a) nothing lost: $ok answers 2xx, $rows members stored" ||
  { echo "FAIL (a) $ok answers 2xx, $rows members stored"; result=1; }

echo "== 2. authenticated lead creation, 64 connections, ${seconds}s (acme-marketing)"
leads=$(wrk -t2 -c64 -d"${seconds}s" --latency -s "$here/create-leads.lua" -H "Authorization: Bearer $token" \
  "$gateway/api/v1/leads" | grep BENCH || true)
echo "$leads"
lead_rps=$(field rps "$leads")
awk -v s="$submit_rps" -v l="$lead_rps" 'BEGIN { exit !(s + 0 >= l + 0 && l + 0 > 0) }' &&
  echo "PASS (b) submissions $submit_rps/s ≥ lead creation $lead_rps/s" ||
  { echo "FAIL (b) submissions $submit_rps/s < lead creation $lead_rps/s"; result=1; }

echo "== 3. view storm on /p/{token}, 64 connections, 20 s"
views() { db -v campaign="$campaign" <<<"SELECT coalesce(sum(views), 0) FROM campaign_view WHERE campaign_id = :'campaign'"; }
v0=$(views) g0=$(cpu_seconds gateway) c0=$(cpu_seconds campaign-service)
out=$(load view "$gateway/p/$link" 64 20)
g1=$(cpu_seconds gateway) c1=$(cpu_seconds campaign-service)
echo "$out"
ok=$(field ok_2xx "$out") requests=$(field requests "$out")
echo "CPU per request: gateway $(per_request "$g0" "$g1" "$requests") ms," \
  "campaign-service $(per_request "$c0" "$c1" "$requests") ms"
v1=$(views)
[[ -n $ok && $((v1 - v0)) == "$ok" ]] && echo "PASS (c) the view counter is exact: $ok answers 2xx, +$((v1 - v0)) views" ||
  { echo "FAIL (c) $ok answers 2xx, but +$((v1 - v0)) views"; result=1; }
exit $result
