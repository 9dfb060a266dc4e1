#!/usr/bin/env bash
# Lead-creation load benchmark: the same load through the gateway and straight to lead-service, with a real token.
# Needs the platform up (deploy/crm up) and wrk (Debian: apt-get install wrk).
# Usage: deploy/bench/create-leads.sh [duration, default 30s]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# ports from deploy/env/local.env unless set in the environment
setting() { local v=${!1:-}; [[ -n $v ]] && echo "$v" || grep -E "^$1=" "$here/../env/local.env" | cut -d= -f2-; }
KEYCLOAK_PORT=$(setting KEYCLOAK_PORT) GATEWAY_PORT=$(setting GATEWAY_PORT) LEAD_SERVICE_PORT=$(setting LEAD_SERVICE_PORT)
duration=${1:-30s}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

token=$(curl -s -d grant_type=password -d client_id=crm-cli -d username="${BENCH_USER:-acme-marketing}" -d password=demo \
  "http://127.0.0.1:${KEYCLOAK_PORT}/realms/crm/protocol/openid-connect/token" |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "no token from Keycloak at port ${KEYCLOAK_PORT}" >&2; exit 1; }

run() { # target-name url connections
  echo "== $1, $3 connections, $duration"
  wrk -t2 -c"$3" -d"$duration" --latency -s "$here/create-leads.lua" \
    -H "Authorization: Bearer $token" "$2/api/v1/leads" | grep -E "BENCH|Non-2xx|Socket errors" || true
}

# warm both paths up first (JIT, connection pools): on 2 cores the JIT needs about half a minute under load
wrk -t2 -c16 -d30s -s "$here/create-leads.lua" -H "Authorization: Bearer $token" \
  "http://127.0.0.1:${LEAD_SERVICE_PORT}/api/v1/leads" >/dev/null
wrk -t2 -c16 -d30s -s "$here/create-leads.lua" -H "Authorization: Bearer $token" \
  "http://127.0.0.1:${GATEWAY_PORT}/api/v1/leads" >/dev/null
for c in 16 64; do
  run gateway "http://127.0.0.1:${GATEWAY_PORT}" "$c"
  run direct "http://127.0.0.1:${LEAD_SERVICE_PORT}" "$c"
done
