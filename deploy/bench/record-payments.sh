#!/usr/bin/env bash
# Payment-recording benchmark (issue 11): 64 connections through the gateway as acme-finance record payments of
# 7.00, 13.00, 29.00 and 51.00 (PAY_AMOUNTS), a fresh Idempotency-Key each, against the 50 contracts of 1,000.00 that
# seed-contracts.sh added, round-robin, so many land on one contract at once and, once it is full, most are refused
# with 409 OVER_COLLECTION. Then it checks in SQL that (a) the contracts hold exactly as many payments (with distinct
# keys and one RECORDED ledger entry each) as there were 201 answers: nothing lost, nothing doubled; (b) no contract's
# recorded-and-not-reversed payments exceed its amount: never over-collected. Prints wrk's figures, PASS/FAIL per
# check, and the CPU time the gateway and billing-service spent per request. A run fills its contracts, so when the
# listed ones already hold payments it first has seed-contracts.sh add 50 fresh ones (`seed-contracts.sh 0`; the
# seeded 100,000 stay as they are). No warm-up (it would fill the contracts): the JIT warms up during the run.
# Needs the platform up (deploy/crm up), wrk and psql. Usage: deploy/bench/record-payments.sh [duration, default 30s]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
run_dir=$BENCH_RUN_DIR
zone=${CRM_BILLING_TIME_ZONE:-Asia/Shanghai} # the business day's time zone (billing-service README, Configuration)
duration=${1:-30s}
amounts=${PAY_AMOUNTS:-7.00,13.00,29.00,51.00} # about 2,000 payments fill the 50 contracts
smallest=$(tr , '\n' <<<"$amounts" | sort -n | head -1)
drain=5 # seconds wrk keeps running after the load, so that every request sent is answered
require_wrk
case $duration in
  *m) seconds=$((${duration%m} * 60)) ;;
  *s) seconds=${duration%s} ;;
  *) seconds=$duration ;;
esac
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "usage: $0 [duration, e.g. 30s or 2m]" >&2; exit 2; }

token=$(token_of acme-finance)
url="http://127.0.0.1:${GATEWAY_PORT}"
billing() {
  db_psql billing -At "$@"
}

# the 50 contracts: as seed-contracts.sh listed them, all known, ACTIVE and without payments; else 50 fresh ones
file=$run_dir/bench-payment-contracts.txt
ids() { paste -sd, "$file"; }
fresh() {
  [[ -s $file ]] || return 1
  [[ $(billing -v ids="{$(ids)}" <<<"
    SELECT count(*) FILTER (WHERE status = 'ACTIVE' AND amount = 1000.00) = cardinality(:'ids'::uuid[])
           AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.tenant = 'acme' AND p.contract_id = ANY (:'ids'::uuid[]))
      FROM contract WHERE tenant = 'acme' AND id = ANY (:'ids'::uuid[])") == t ]]
}
if ! fresh; then
  echo "the contracts of $file are missing or hold payments of an earlier run: adding 50 fresh ones"
  "$here/seed-contracts.sh" 0 >/dev/null 2>&1 || { echo "deploy/bench/seed-contracts.sh 0 failed" >&2; exit 1; }
  fresh || { echo "no fresh payment contracts in $file" >&2; exit 1; }
fi
contracts=$(ids)


echo "== record payments, acme-finance, 64 connections on 50 contracts of 1,000.00, ${seconds}s" \
  "(+${drain}s for the last answers)"
g0=$(cpu_seconds gateway) b0=$(cpu_seconds billing-service)
out=$(PAY_CONTRACTS=$contracts PAY_AMOUNTS=$amounts PAY_DATE=$(TZ=$zone date +%F) PAY_RUN=$(date +%s%N) \
  PAY_LOAD_SECONDS=$seconds \
  wrk -t2 -c64 -d"$((seconds + drain))s" --timeout "$((drain * 2))s" --latency -s "$here/record-payments.lua" \
  -H "Authorization: Bearer $token" "$url/api/v1/payments" | grep -E "BENCH|Socket errors" || true)
g1=$(cpu_seconds gateway) b1=$(cpu_seconds billing-service)
echo "$out"
field() { sed -n "s/.*BENCH.* $1=\([0-9]*\).*/\1/p" <<<"$out"; }
requests=$(field requests) created=$(field created_201) unanswered=$(field unanswered)
[[ -n $requests && -n $created ]] || { echo "FAIL: no BENCH line from wrk" >&2; exit 1; }
awk -v g="$g1" -v g0="$g0" -v b="$b1" -v b0="$b0" -v n="$requests" \
  'BEGIN { if (n > 0) printf "CPU per request: gateway %.2f ms, billing-service %.2f ms\n", (g-g0)*1000/n, (b-b0)*1000/n }'

status=0 # 1 after a FAIL
# (a) nothing lost, nothing doubled: one payment and one RECORDED entry per 201
read -r payments entries keys < <(billing -F ' ' -v ids="{$contracts}" <<<"
  SELECT count(*), (SELECT count(*) FROM payment_entry e JOIN payment q ON q.id = e.payment_id
                     WHERE q.tenant = 'acme' AND q.contract_id = ANY (:'ids'::uuid[]) AND e.kind = 'RECORDED'),
         count(DISTINCT idempotency_key)
    FROM payment p WHERE p.tenant = 'acme' AND p.contract_id = ANY (:'ids'::uuid[])")
if [[ $payments == "$created" && $entries == "$created" && $keys == "$created" ]]; then
  echo "PASS (a) nothing lost or doubled: $created answers 201; $payments payments, $keys distinct keys," \
    "$entries RECORDED entries stored"
elif ((unanswered > 0 && payments >= created && payments <= created + unanswered)); then
  echo "INCONCLUSIVE (a): $created answers 201, $payments payments stored, $unanswered requests unanswered" \
    "when wrk stopped (raise drain)"
else
  echo "FAIL (a): $created answers 201, but $payments payments, $keys distinct keys, $entries RECORDED entries stored"
  status=1
fi

# (b) never over-collected: recorded (not reversed) plus confirmed never above the amount
read -r over full committed < <(billing -F ' ' -v ids="{$contracts}" -v smallest="$smallest" <<<"
  SELECT count(*) FILTER (WHERE collected + recorded > amount),
         count(*) FILTER (WHERE amount - collected - recorded < :smallest), sum(collected + recorded)
    FROM contract_balance WHERE tenant = 'acme' AND id = ANY (:'ids'::uuid[])")
if [[ $over == 0 ]]; then
  echo "PASS (b) never over-collected: the 50 contracts hold $committed of 50000.00, none beyond its amount" \
    "($full with less than $smallest left)"
else
  echo "FAIL (b): $over of the 50 contracts hold more than their amount (together $committed of 50000.00)"
  billing -v ids="{$contracts}" <<<"SELECT number, amount, collected + recorded FROM contract_balance
    WHERE tenant = 'acme' AND id = ANY (:'ids'::uuid[]) AND collected + recorded > amount ORDER BY number" >&2
  status=1
fi
exit $status
