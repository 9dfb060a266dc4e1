#!/usr/bin/env bash
# Receivables benchmark (issue 11: "the aging report over 100,000 contracts answers p99 under 200 ms"): as
# acme-finance (the whole tenant), through the gateway with real tokens, 16 connections: the aging report alone, then
# the aging mixed with filtered receivable lists and the summaries by customer, owner and month. Prints, per run,
# wrk's figures and the CPU time the gateway and billing-service spent per request. Seed first:
# deploy/bench/seed-contracts.sh 100000. Needs the platform up (deploy/crm up) and wrk. AGING_CONNECTIONS (default 16)
# changes the number of connections, e.g. 1 to see a single report's latency.
# Usage: deploy/bench/aging.sh [duration, default 30s] [warm-up, default 60s]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
zone=${CRM_BILLING_TIME_ZONE:-Asia/Shanghai} # the business day's time zone (billing-service README, Configuration)
duration=${1:-30s} warmup=${2:-60s} connections=${AGING_CONNECTIONS:-16}
threads=$((connections < 2 ? 1 : 2))
require_wrk

finance=$(token_of acme-finance) sales=$(token_of acme-sales1)
[[ -n $finance && -n $sales ]] || { echo "no tokens from Keycloak at port ${KEYCLOAK_PORT}" >&2; exit 1; }
url="http://127.0.0.1:${GATEWAY_PORT}"

# the filters' values: acme-sales1's id (the token's subject), a seeded customer (md5('bench-customer-42') as a UUID,
# 20 contracts), and the last seven months for the summary by month
export AGING_OWNER AGING_CUSTOMER AGING_FROM AGING_TO
AGING_OWNER=$(cut -d. -f2 <<<"$sales" | tr '_-' '/+' | { base64 -d 2>/dev/null || true; } |
  sed -n 's/.*"sub":"\([^"]*\)".*/\1/p')
AGING_CUSTOMER=$(printf %s bench-customer-42 | md5sum | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/')
AGING_FROM=$(TZ=$zone date -d "$(TZ=$zone date +%Y-%m-15) -6 months" +%Y-%m) AGING_TO=$(TZ=$zone date +%Y-%m)
[[ -n $AGING_OWNER ]] || { echo "no user id in acme-sales1's token" >&2; exit 1; }


run() { # name mix
  local g0 b0 out requests
  g0=$(cpu_seconds gateway) b0=$(cpu_seconds billing-service)
  out=$(AGING_MIX=$2 wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$here/aging.lua" \
    -H "Authorization: Bearer $finance" "$url" | grep -E "BENCH|Non-2xx|Socket errors" || true)
  requests=$(sed -n 's/.*BENCH requests=\([0-9]*\).*/\1/p' <<<"$out")
  echo "== $1, $connections connections, $duration"
  echo "$out"
  awk -v g="$(cpu_seconds gateway)" -v g0="$g0" -v b="$(cpu_seconds billing-service)" -v b0="$b0" -v n="${requests:-0}" \
    'BEGIN { if (n > 0) printf "CPU per request: gateway %.2f ms, billing-service %.2f ms\n", (g-g0)*1000/n, (b-b0)*1000/n }'
}

# warm-up: the JIT of the gateway and the service on 2 cores needs about a minute under load
AGING_MIX=mixed wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 10s -s "$here/aging.lua" -H "Authorization: Bearer $finance" \
  "$url" >/dev/null
run "aging report, acme-finance (whole tenant)" aging
run "aging, receivable lists and summaries mixed, acme-finance" mixed
