#!/usr/bin/env bash
# Campaign sync benchmark (issue 9): N members (default 100,000) of a new campaign of tenant acme, synced into the lead
# pool by one POST /api/v1/campaigns/{id}/sync through the gateway, as acme-marketing. The campaign is created,
# given a form and published through the API; its members are written straight into campaign-service's database
# (entering 100,000 members by hand is not what is measured). Prints the sync's wall time and the CPU time
# campaign-service and lead-service spent, then checks exactly once: (a) lead-service holds exactly N leads with the
# campaign's id, (b) every member is SYNCED to a lead of its own, (c) a second sync sends nothing and creates nothing.
# Needs the platform up (deploy/crm up), curl and psql. Usage: deploy/bench/sync-members.sh [members]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
members=${1:-100000}
[[ $members =~ ^[0-9]+$ && $members -gt 0 && $members -le 1000000 ]] || { echo "usage: $0 [members ≤ 1,000,000]" >&2; exit 2; }

token=$(token_of acme-marketing)
url="http://127.0.0.1:${GATEWAY_PORT}/api/v1/campaigns"
db() { db_psql "$1" -At "${@:2}"; }
api() { # method path [body] -> body; fails on a non-2xx answer
  local out status
  out=$(curl -s -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    ${3:+-d "$3"} "$url$2")
  status=${out##*$'\n'}
  [[ $status == 2* ]] || { echo "$1 $url$2 answered $status: ${out%$'\n'*}" >&2; exit 1; }
  printf '%s' "${out%$'\n'*}"
}

start=$(date -u -d '-1 hour' +%FT%TZ) end=$(date -u -d '+7 days' +%FT%TZ)
campaign=$(api POST "" "{\"name\":\"Sync bench $(date +%s)\",\"type\":\"CONFERENCE\",\"mode\":\"OFFLINE\",
  \"startAt\":\"$start\",\"endAt\":\"$end\",\"budget\":100000,\"targetObject\":\"LEAD\"}" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
[[ -n $campaign ]] || { echo "no campaign id in the create answer" >&2; exit 1; }
api PUT "/$campaign/form" '{"fields":[{"key":"name","type":"TEXT","required":true},
  {"key":"phone","type":"TEXT","required":true},{"key":"company","type":"TEXT","required":false},
  {"key":"interest","label":"Interest","type":"SINGLE_CHOICE","required":false,"options":["CRM","BI"]}]}' >/dev/null
api POST "/$campaign/publish" >/dev/null

# phones 1 + 3 digits of this run (600-899) + 7 digits: unique per run, unlike the 13x/15x/19x phones of the other
# benchmarks
prefix=1$((600 + RANDOM % 300))
db campaign -v campaign="$campaign" -v n="$members" -v prefix="$prefix" <<'SQL'
INSERT INTO campaign_member (id, tenant, campaign_id, form_version, origin, answers, name, phone, created_by,
                             submitted_at, updated_at)
SELECT gen_random_uuid(), 'acme', :'campaign', 1, 'OFFLINE',
       jsonb_build_object('name', 'Bench ' || i, 'phone', :'prefix' || lpad(i::text, 7, '0'),
                          'company', 'Bench Retail', 'interest', 'CRM'),
       'Bench ' || i, :'prefix' || lpad(i::text, 7, '0'), 'bench', now(), now()
  FROM generate_series(1, :n) AS i;
ANALYZE campaign_member;
SQL
echo "== sync of $members members of campaign $campaign into the lead pool, through the gateway"
c0=$(cpu_seconds campaign-service) l0=$(cpu_seconds lead-service)
t0=$(date +%s.%N)
report=$(curl -s --max-time 600 -w '\n%{http_code}' -X POST -H "Authorization: Bearer $token" "$url/$campaign/sync")
t1=$(date +%s.%N)
c1=$(cpu_seconds campaign-service) l1=$(cpu_seconds lead-service)
status=${report##*$'\n'} report=${report%$'\n'*}
echo "answer $status: $(sed 's/"results":\[.*\]/"results":[…]/' <<<"$report")"
awk -v t0="$t0" -v t1="$t1" -v n="$members" -v c="$c1" -v c0="$c0" -v l="$l1" -v l0="$l0" 'BEGIN {
  printf "wall %.1f s (%.0f members/s); CPU campaign-service %.1f s, lead-service %.1f s (%.2f / %.2f ms per member)\n",
    t1 - t0, n / (t1 - t0), c - c0, l - l0, (c - c0) * 1000 / n, (l - l0) * 1000 / n }'

result=0
leads=$(db lead -v campaign="$campaign" <<<"SELECT count(*) FROM lead WHERE tenant = 'acme' AND campaign_id = :'campaign'")
[[ $leads == "$members" ]] && echo "PASS (a) lead-service holds $leads leads of the campaign" ||
  { echo "FAIL (a) lead-service holds $leads leads of the campaign, not $members"; result=1; }
read -r synced distinct < <(db campaign -F ' ' -v campaign="$campaign" <<<"
  SELECT count(*) FILTER (WHERE sync_status = 'SYNCED'), count(DISTINCT lead_id)
    FROM campaign_member WHERE campaign_id = :'campaign'")
[[ $synced == "$members" && $distinct == "$members" ]] &&
  echo "PASS (b) $synced members SYNCED, to $distinct distinct leads" ||
  { echo "FAIL (b) $synced members SYNCED, to $distinct distinct leads, of $members"; result=1; }
again=$(api POST "/$campaign/sync")
leads2=$(db lead -v campaign="$campaign" <<<"SELECT count(*) FROM lead WHERE tenant = 'acme' AND campaign_id = :'campaign'")
[[ $again == *'"synced":0,"linked":0,"failed":0'* && $leads2 == "$members" ]] &&
  echo "PASS (c) a second sync: $again; still $leads2 leads" ||
  { echo "FAIL (c) a second sync answered $again; $leads2 leads"; result=1; }
exit $result
