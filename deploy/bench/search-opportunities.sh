#!/usr/bin/env bash
# Opportunity benchmark (issue 10): the pipeline board and filtered lists over the seeded tenant, as acme-admin (the
# whole tenant) and acme-sales1 (their own), through the gateway with real tokens, 16 connections. Prints, per run,
# wrk's figures and the CPU time the gateway and deal-service spent per request. Seed first:
# deploy/bench/seed-opportunities.sh 200000. Needs the platform up (deploy/crm up) and wrk.
# Usage: deploy/bench/search-opportunities.sh [duration, default 30s] [warm-up, default 60s]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
duration=${1:-30s} warmup=${2:-60s}
require_wrk

admin=$(token_of acme-admin) sales=$(token_of acme-sales1)
[[ -n $admin && -n $sales ]] || { echo "no tokens from Keycloak at port ${KEYCLOAK_PORT}" >&2; exit 1; }
url="http://127.0.0.1:${GATEWAY_PORT}"


run() { # name token mix
  local g0 d0 out requests
  g0=$(cpu_seconds gateway) d0=$(cpu_seconds deal-service)
  out=$(DEAL_MIX=$3 wrk -t2 -c16 -d"$duration" --latency -s "$here/search-opportunities.lua" \
    -H "Authorization: Bearer $2" "$url" | grep -E "BENCH|Non-2xx|Socket errors" || true)
  requests=$(sed -n 's/.*BENCH requests=\([0-9]*\).*/\1/p' <<<"$out")
  echo "== $1, 16 connections, $duration"
  echo "$out"
  awk -v g="$(cpu_seconds gateway)" -v g0="$g0" -v d="$(cpu_seconds deal-service)" -v d0="$d0" -v n="${requests:-0}" \
    'BEGIN { if (n > 0) printf "CPU per request: gateway %.2f ms, deal-service %.2f ms\n", (g-g0)*1000/n, (d-d0)*1000/n }'
}

# warm-up: the JIT of the gateway and the service on 2 cores needs about a minute under load
DEAL_MIX=both wrk -t2 -c16 -d"$warmup" -s "$here/search-opportunities.lua" -H "Authorization: Bearer $admin" "$url" >/dev/null
run "pipeline board, acme-admin (whole tenant)" "$admin" pipeline
run "filtered lists, acme-admin (whole tenant)" "$admin" list
run "board and lists mixed, acme-admin" "$admin" both
run "board and lists mixed, acme-sales1 (their own)" "$sales" both
