#!/usr/bin/env bash
# Lead-creation load benchmark: the same load through the gateway and straight to lead-service, with a real token.
# Needs the platform up (deploy/crm up) and wrk (Debian: apt-get install wrk).
# Usage: deploy/bench/create-leads.sh [duration, default 30s]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
duration=${1:-30s}
require_wrk

token=$(bench_token)

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
