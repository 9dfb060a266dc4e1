#!/usr/bin/env bash
# Customer-search benchmark: keyword and filter searches as acme-admin, and "my customers" as acme-sales1, through
# the gateway with real tokens, 16 connections each. Seed first: deploy/bench/seed-customers.sh 1000000.
# Needs the platform up (deploy/crm up) and wrk (Debian: apt-get install wrk).
# Usage: deploy/bench/search-customers.sh [duration, default 30s]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
duration=${1:-30s}
require_wrk

admin=$(token_of acme-admin) sales=$(token_of acme-sales1)
[[ -n $admin && -n $sales ]] || { echo "no tokens from Keycloak at port ${KEYCLOAK_PORT}" >&2; exit 1; }
url="http://127.0.0.1:${GATEWAY_PORT}"

# warm-up: on 2 cores the JIT of the gateway and the service needs over a minute under this load (docs/benchmarks.md)
wrk -t2 -c16 -d90s -s "$here/search-customers.lua" -H "Authorization: Bearer $admin" "$url" >/dev/null
for mix in both keywords filters; do
  echo "== $mix (keyword and filter searches over the whole tenant), acme-admin, 16 connections, $duration"
  SEARCH_MIX=$mix wrk -t2 -c16 -d"$duration" --latency -s "$here/search-customers.lua" \
    -H "Authorization: Bearer $admin" "$url" | grep -E "BENCH|Non-2xx|Socket errors" || true
done
echo "== my customers, acme-sales1, 16 connections, $duration"
SEARCH_MIX=mine wrk -t2 -c16 -d"$duration" --latency -s "$here/search-customers.lua" -H "Authorization: Bearer $sales" "$url" |
  grep -E "BENCH|Non-2xx|Socket errors" || true
