#!/usr/bin/env bash
# The gateway's real cost (issue 12): the gateway pinned to CPU 1 and everything else (services, Kafka, Keycloak,
# PostgreSQL, wrk) to CPU 0, then lead creation at 64 connections through the gateway and straight to lead-service
# under that same pinning. If the gateway is not the bottleneck, the gateway path keeps >= 90 % of the direct one.
# Prints creates/s, p50, p99 and CPU per create of the gateway and lead-service; restores the affinities at the end.
# Needs the platform up (deploy/crm up), wrk and taskset. Usage: deploy/bench/gateway-pinned.sh [seconds, default 20]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
require_wrk
seconds=${1:-20}
(($(nproc) >= 2)) || { echo "needs two CPUs" >&2; exit 1; }
token=$(bench_token)

pin() { # cpu-list pid... : every thread of each process (taskset -a)
  local cpus=$1 p; shift
  for p in "$@"; do taskset -a -p -c "$cpus" "$p" >/dev/null 2>&1 || true; done
}
rest_pids() {
  local name
  for name in kafka keycloak lead-service customer-service deal-service campaign-service billing-service; do session_of "$name"; done
  pgrep -x postgres || true   # the postmaster and its backends; new backends inherit the postmaster's affinity
}
all_cpus="0-$(($(nproc) - 1))"
trap 'pin "$all_cpus" $(session_of gateway) $(rest_pids)' EXIT
pin 1 $(session_of gateway)
pin 0 $(rest_pids)

load() { # seconds url
  taskset -c 0 wrk -t2 -c64 -d"$1s" --latency -s "$here/create-leads.lua" -H "Authorization: Bearer $token" "$2/api/v1/leads"
}
measure() { # name url
  local g0 l0 line
  g0=$(cpu_ticks gateway) l0=$(cpu_ticks lead-service)
  line=$(load "$seconds" "$2" | grep BENCH)
  bench_row "$1" "$line" $(($(cpu_ticks gateway) - g0)) $(($(cpu_ticks lead-service) - l0))
}
load 30 "http://127.0.0.1:${LEAD_SERVICE_PORT}" >/dev/null   # warm-up of both paths under the pinning
load 30 "http://127.0.0.1:${GATEWAY_PORT}" >/dev/null
bench_header
measure direct "http://127.0.0.1:${LEAD_SERVICE_PORT}"
measure gateway "http://127.0.0.1:${GATEWAY_PORT}"
measure direct "http://127.0.0.1:${LEAD_SERVICE_PORT}"
measure gateway "http://127.0.0.1:${GATEWAY_PORT}"
