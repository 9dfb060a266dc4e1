# Helpers of the benchmark and seed scripts (sourced: . "$here/lib.sh"). Expects $here (the deploy/bench directory).

# A setting from the environment, else from deploy/env/local.env (empty if neither has it).
setting() { local v=${!1:-}; [[ -n $v ]] && echo "$v" || { grep -E "^$1=" "$here/../env/local.env" || true; } | cut -d= -f2-; }
KEYCLOAK_PORT=$(setting KEYCLOAK_PORT) GATEWAY_PORT=$(setting GATEWAY_PORT) LEAD_SERVICE_PORT=$(setting LEAD_SERVICE_PORT)
CRM_DB_HOST=$(setting CRM_DB_HOST) CRM_DB_PORT=$(setting CRM_DB_PORT) CRM_DB_USER=$(setting CRM_DB_USER)
CRM_DB_PREFIX=$(setting CRM_DB_PREFIX)
BENCH_RUN_DIR=$(setting CRM_RUN_DIR); BENCH_RUN_DIR=${BENCH_RUN_DIR:-$here/../run}

require_wrk() { command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }; }

# A real access token of a demo user (password demo) from Keycloak; fails when Keycloak gives none.
token_of() {
  local token
  token=$(curl -s -d grant_type=password -d client_id=crm-cli -d username="$1" -d password=demo \
    "http://127.0.0.1:${KEYCLOAK_PORT}/realms/crm/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [[ -n $token ]] || { echo "no token for $1 from Keycloak at port ${KEYCLOAK_PORT}" >&2; return 1; }
  echo "$token"
}

# The token of BENCH_USER (default acme-marketing).
bench_token() { token_of "${BENCH_USER:-acme-marketing}"; }

# A demo user's Keycloak id: the subject of its token.
user_id_of() {
  local token; token=$(token_of "$1") || return 1
  cut -d. -f2 <<<"$token" | tr '_-' '/+' | { base64 -d 2>/dev/null || true; } | sed -n 's/.*"sub":"\([^"]*\)".*/\1/p'
}

# psql on one service's database of the platform (lead, customer, deal, campaign, billing), then psql's arguments.
db_psql() { psql -h "$CRM_DB_HOST" -p "$CRM_DB_PORT" -U "$CRM_DB_USER" -d "${CRM_DB_PREFIX}$1" -X -q -v ON_ERROR_STOP=1 "${@:2}"; }

# The PIDs of a component's process session (deploy/crm runs each one with setsid).
session_of() { ps -o pid= --sid "$(cat "$BENCH_RUN_DIR/pids/$1.pid")"; }

# utime + stime, in clock ticks, of a component's process session.
cpu_ticks() { session_of "$1" | while read -r p; do awk '{print $14 + $15}' "/proc/$p/stat"; done | awk '{s += $1} END {print s + 0}'; }

# The same in seconds, two decimals.
cpu_seconds() { awk -v t="$(cpu_ticks "$1")" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'; }

BENCH_ROW_FORMAT='%-8s %9s %8s %8s %7s %12s %12s\n'
bench_header() { printf "$BENCH_ROW_FORMAT" "${1:-path}" creates/s p50_ms p99_ms errors gw_ms/create lead_ms/create; }

# One row from create-leads.lua's BENCH line: label, the line, gateway and lead-service CPU ticks spent meanwhile.
bench_row() {
  awk -v n="$1" -v l="$2" -v g="$3" -v d="$4" -v t="$(getconf CLK_TCK)" -v fmt="$BENCH_ROW_FORMAT" 'BEGIN {
    split(l, f, /[ =]/); for (i = 1; i < length(f); i++) v[f[i]] = f[i + 1]; r = v["requests"] ? v["requests"] : 1
    printf fmt, n, v["rps"], v["p50_ms"], v["p99_ms"], v["non2xx_or_errors"], sprintf("%.3f", g * 1000 / t / r),
      sprintf("%.3f", d * 1000 / t / r) }'
}
