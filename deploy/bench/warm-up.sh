#!/usr/bin/env bash
# Warm-up benchmark: lead creation through the gateway (64 connections) from the first second after `deploy/crm up`,
# in back-to-back windows, so the first minute shows next to the steady rate. Per window: creates/s, p50, p99,
# errors, and the CPU per create of the gateway and lead-service. At the end: leads in the database against the 2xx
# answers (durable commits, none lost) and each service's RSS.
# Needs the platform up (deploy/crm up) and wrk. Usage: deploy/bench/warm-up.sh [windows, default 18] [seconds, default 10]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
setting() { local v=${!1:-}; [[ -n $v ]] && echo "$v" || { grep -E "^$1=" "$here/../env/local.env" || true; } | cut -d= -f2-; }
KEYCLOAK_PORT=$(setting KEYCLOAK_PORT) GATEWAY_PORT=$(setting GATEWAY_PORT) CRM_DB_PREFIX=$(setting CRM_DB_PREFIX)
run_dir=$(setting CRM_RUN_DIR); run_dir=${run_dir:-$here/../run}
windows=${1:-18} seconds=${2:-10} connections=${BENCH_CONNECTIONS:-64} target=${BENCH_TARGET:-http://127.0.0.1:${GATEWAY_PORT}}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

token=$(curl -s -d grant_type=password -d client_id=crm-cli -d username="${BENCH_USER:-acme-marketing}" -d password=demo \
  "http://127.0.0.1:${KEYCLOAK_PORT}/realms/crm/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "no token from Keycloak at port ${KEYCLOAK_PORT}" >&2; exit 1; }

ticks=$(getconf CLK_TCK)
cpu_ticks() { # utime + stime of a component's process session
  local pid; pid=$(cat "$run_dir/pids/$1.pid")
  ps -o pid= --sid "$pid" | while read -r p; do awk '{print $14 + $15}' "/proc/$p/stat"; done | awk '{s += $1} END {print s + 0}'
}
leads() { psql -h 127.0.0.1 -U postgres -d "${CRM_DB_PREFIX}lead" -tAc "select count(*) from lead where company = 'Bench Retail'"; }

before=$(leads) ok_total=0
printf '%-7s %9s %8s %8s %7s %12s %12s\n' window creates/s p50_ms p99_ms errors gw_ms/create lead_ms/create
for ((w = 1; w <= windows; w++)); do
  g0=$(cpu_ticks gateway) l0=$(cpu_ticks lead-service)
  line=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/create-leads.lua" \
    -H "Authorization: Bearer $token" "$target/api/v1/leads" | grep BENCH)
  g1=$(cpu_ticks gateway) l1=$(cpu_ticks lead-service)
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line") errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$line")
  ok_total=$((ok_total + requests - errors))
  awk -v w="$((w * seconds))s" -v l="$line" -v r="$requests" -v g=$((g1 - g0)) -v d=$((l1 - l0)) -v t="$ticks" 'BEGIN {
    split(l, f, /[ =]/); for (i = 1; i < length(f); i++) v[f[i]] = f[i + 1]
    printf "%-7s %9s %8s %8s %7s %12.3f %12.3f\n", w, v["rps"], v["p50_ms"], v["p99_ms"], v["non2xx_or_errors"],
      g * 1000 / t / (r ? r : 1), d * 1000 / t / (r ? r : 1) }'
done
sleep 2
echo "2xx answers: $ok_total; leads written: $(($(leads) - before))"
"$here/../crm" status | awk 'NR == 1 || /service|gateway/ {print $1, $7}' | column -t
