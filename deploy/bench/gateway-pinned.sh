#!/usr/bin/env bash
# The gateway's real cost (issue 12): the gateway pinned to CPU 1 and everything else (services, Kafka, Keycloak,
# PostgreSQL, wrk) to CPU 0, then lead creation at 64 connections through the gateway and straight to lead-service
# under that same pinning. If the gateway is not the bottleneck, the gateway path keeps >= 90 % of the direct one.
# Prints creates/s, p50, p99 and CPU per create of the gateway and lead-service; restores the affinities at the end.
# Needs the platform up (deploy/crm up), wrk and taskset. Usage: deploy/bench/gateway-pinned.sh [seconds, default 20]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
setting() { local v=${!1:-}; [[ -n $v ]] && echo "$v" || { grep -E "^$1=" "$here/../env/local.env" || true; } | cut -d= -f2-; }
KEYCLOAK_PORT=$(setting KEYCLOAK_PORT) GATEWAY_PORT=$(setting GATEWAY_PORT) LEAD_SERVICE_PORT=$(setting LEAD_SERVICE_PORT)
run_dir=$(setting CRM_RUN_DIR); run_dir=${run_dir:-$here/../run}
seconds=${1:-20}
(($(nproc) >= 2)) || { echo "needs two CPUs" >&2; exit 1; }

token=$(curl -s -d grant_type=password -d client_id=crm-cli -d username="${BENCH_USER:-acme-marketing}" -d password=demo \
  "http://127.0.0.1:${KEYCLOAK_PORT}/realms/crm/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "no token from Keycloak at port ${KEYCLOAK_PORT}" >&2; exit 1; }

session() { ps -o pid= --sid "$(cat "$run_dir/pids/$1.pid")"; }
pin() { # cpu-list pid... : every thread of each process (taskset -a)
  local cpus=$1 p; shift
  for p in "$@"; do taskset -a -p -c "$cpus" "$p" >/dev/null 2>&1 || true; done
}
rest_pids() {
  local name
  for name in kafka keycloak lead-service customer-service deal-service campaign-service billing-service; do session "$name"; done
  pgrep -x postgres || true   # the postmaster and its backends; new backends inherit the postmaster's affinity
}
all_cpus="0-$(($(nproc) - 1))"
trap 'pin "$all_cpus" $(session gateway) $(rest_pids)' EXIT
pin 1 $(session gateway)
pin 0 $(rest_pids)

ticks=$(getconf CLK_TCK)
cpu_ticks() { session "$1" | while read -r p; do awk '{print $14 + $15}' "/proc/$p/stat"; done | awk '{s += $1} END {print s + 0}'; }
load() { # seconds url
  taskset -c 0 wrk -t2 -c64 -d"$1s" --latency -s "$here/create-leads.lua" -H "Authorization: Bearer $token" "$2/api/v1/leads"
}
measure() { # name url
  local g0 l0 line
  g0=$(cpu_ticks gateway) l0=$(cpu_ticks lead-service)
  line=$(load "$seconds" "$2" | grep BENCH)
  awk -v n="$1" -v l="$line" -v g=$(($(cpu_ticks gateway) - g0)) -v d=$(($(cpu_ticks lead-service) - l0)) -v t="$ticks" 'BEGIN {
    split(l, f, /[ =]/); for (i = 1; i < length(f); i++) v[f[i]] = f[i + 1]; r = v["requests"] ? v["requests"] : 1
    printf "%-8s %9s %8s %8s %7s %12.3f %12.3f\n", n, v["rps"], v["p50_ms"], v["p99_ms"], v["non2xx_or_errors"], g * 1000 / t / r, d * 1000 / t / r }'
}
load 30 "http://127.0.0.1:${LEAD_SERVICE_PORT}" >/dev/null   # warm-up of both paths under the pinning
load 30 "http://127.0.0.1:${GATEWAY_PORT}" >/dev/null
printf '%-8s %9s %8s %8s %7s %12s %12s\n' path creates/s p50_ms p99_ms errors gw_ms/create lead_ms/create
measure direct "http://127.0.0.1:${LEAD_SERVICE_PORT}"
measure gateway "http://127.0.0.1:${GATEWAY_PORT}"
measure direct "http://127.0.0.1:${LEAD_SERVICE_PORT}"
measure gateway "http://127.0.0.1:${GATEWAY_PORT}"
