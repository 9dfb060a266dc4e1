#!/usr/bin/env bash
# Customer-search benchmark: keyword and filter searches as acme-admin, and "my customers" as acme-sales1, through
# the gateway with real tokens, 16 connections each. Seed first: deploy/bench/seed-customers.sh 1000000.
# Needs the platform up (deploy/crm up) and wrk (Debian: apt-get install wrk).
# Usage: deploy/bench/search-customers.sh [duration, default 30s]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
setting() { local v=${!1:-}; [[ -n $v ]] && echo "$v" || grep -E "^$1=" "$here/../env/local.env" | cut -d= -f2-; }
KEYCLOAK_PORT=$(setting KEYCLOAK_PORT) GATEWAY_PORT=$(setting GATEWAY_PORT)
duration=${1:-30s}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

token_of() {
  curl -s -d grant_type=password -d client_id=crm-cli -d username="$1" -d password=demo \
    "http://127.0.0.1:${KEYCLOAK_PORT}/realms/crm/protocol/openid-connect/token" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
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
