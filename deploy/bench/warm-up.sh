#!/usr/bin/env bash
# Warm-up benchmark: lead creation through the gateway (64 connections) from the first second after `deploy/crm up`,
# in back-to-back windows, so the first minute shows next to the steady rate. Per window: creates/s, p50, p99,
# errors, and the CPU per create of the gateway and lead-service. At the end: leads in the database against the 2xx
# answers (durable commits, none lost) and each service's RSS. wrk waits up to 10 s for an answer, so "errors" are
# refusals and 10 s timeouts (runs before 2026-12-02 waited 2 s: their first windows count slow answers as errors).
# Needs the platform up (deploy/crm up) and wrk. Usage: deploy/bench/warm-up.sh [windows, default 18] [seconds, default 10]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
require_wrk
windows=${1:-18} seconds=${2:-10} connections=${BENCH_CONNECTIONS:-64} target=${BENCH_TARGET:-http://127.0.0.1:${GATEWAY_PORT}}
token=$(bench_token)
leads() { db_psql lead -tAc "select count(*) from lead where company = 'Bench Retail'"; }

before=$(leads) ok_total=0
bench_header window
for ((w = 1; w <= windows; w++)); do
  g0=$(cpu_ticks gateway) l0=$(cpu_ticks lead-service)
  line=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$here/create-leads.lua" \
    -H "Authorization: Bearer $token" "$target/api/v1/leads" | grep BENCH)
  bench_row "$((w * seconds))s" "$line" $(($(cpu_ticks gateway) - g0)) $(($(cpu_ticks lead-service) - l0))
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line") errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$line")
  ok_total=$((ok_total + requests - errors))
done
sleep 2
echo "2xx answers: $ok_total; leads written: $(($(leads) - before))"
"$here/../crm" status | awk 'NR == 1 || /service|gateway/ {print $1, $7}' | column -t
