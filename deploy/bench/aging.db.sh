#!/usr/bin/env bash
# The aging report at the database alone (issue 11), without the platform: a scratch PostgreSQL database with
# billing-service's migrations V1–V4, seeded like deploy/bench/seed-contracts.sh (100,000 contracts by default, its
# very SQL), then V5 (the aging totals, backfilled from the seeded data, timed). Then: the report's SQL
# (aging.report.sql) gives the same rows as the per-contract query it replaced; EXPLAIN (ANALYZE, BUFFERS) of both;
# pgbench with 16 clients on each (`pgbench -n -c 16 -j 2 -T <duration> -f ...`, latencies per statement); and a
# write run (also once before V5, to compare): 16 clients confirming payments on random contracts, alone and while 4
# read the report, the fold and a vacuum of the changes' table every 2 s (as billing-service's AgingFoldJob), after
# which the report must still equal the per-contract query and the kept totals a rebuild from scratch. The database
# is dropped at the end (also on failure). Figures: docs/benchmarks.md, issue 11.
# Needs psql and pgbench (postgresql-client) and a server at CRM_DB_HOST:CRM_DB_PORT (default 127.0.0.1:5432, user
# postgres, trust auth).
# Usage: deploy/bench/aging.db.sh [count, default 100000] [duration, default 30]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
migrations=$here/../../billing-service/src/main/resources/db/migration
host=${CRM_DB_HOST:-127.0.0.1} port=${CRM_DB_PORT:-5432} user=${CRM_DB_USER:-postgres}
count=${1:-100000} duration=${2:-30}
db=scratch_aging_$$
work=$(mktemp -d)
export PGHOST=$host PGPORT=$port PGUSER=$user
today="'$(TZ=Asia/Shanghai date +%F)'"  # the business day, a literal as the service binds it
sql() { psql -d "$db" -X -q -v ON_ERROR_STOP=1 -v today="$today" "$@"; }
cleanup() {
  [[ -n ${fold_pid:-} ]] && kill "$fold_pid" 2>/dev/null || true
  psql -d postgres -X -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -d postgres -X -q -c "CREATE DATABASE $db"

for v in 1 2 3 4; do sql -f "$migrations"/V${v}__*.sql; done
echo "== seeding $count contracts (seed-contracts.sh's SQL, V4's triggers on)"
sed -n '/^BEGIN;/,/^COMMIT;/p' "$here/seed-contracts.sh" > "$work/seed.sql"
time sql -v count="$count" -v sales1=bench-sales1 -v sales2=bench-sales2 -v finance=bench-finance \
  -v zone=Asia/Shanghai -f "$work/seed.sql"
bench() { # name clients file...
  local name=$1 clients=$2; shift 2
  local args=() f tag=$RANDOM; for f in "$@"; do args+=(-f "$f"); done
  echo "== pgbench: $name, $clients clients, ${duration}s"
  pgbench -n -c "$clients" -j 2 -T "$duration" -D today="$today" -r --log --log-prefix="$work/log$tag" "${args[@]}" "$db" > "$work/out$tag" 2>&1 || { cat "$work/out$tag"; return 1; }
  grep -E 'number of transactions actually|latency average|^tps|^ +[0-9.]+ +[0-9]+ +SELECT set_config|^ +[0-9.]+ +[0-9]+ +(WITH|INSERT|UPDATE)' "$work/out$tag"
  # per-transaction latencies (µs, 3rd column of pgbench's log) → p50 / p99 of the whole report transaction
  cat "$work"/log"$tag".* | awk '{ print $3 }' | sort -n |
    awk '{ a[NR] = $1 } END { if (NR) printf "transactions %d: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", NR, a[int(NR*0.5)]/1000, a[int(NR*0.99)]/1000, a[NR]/1000 }'
  rm -f "$work"/log"$tag".*
}

# writes: confirm a payment of at most 100.00 for a random unpaid contract's (odd i: seeded without payments) first
# unpaid installment (as the service does: the payment,
# its allocation; V4's and V5's triggers do the rest), 16 clients, while 4 clients read the report
cat > "$work/pay.sql" <<'SQL'
\set n 2 * random(0, COUNT / 2 - 1) + 1
BEGIN;
SELECT id FROM contract WHERE tenant = 'acme' AND id = md5('bench-contract-' || :n)::uuid FOR UPDATE;
WITH due AS (
    SELECT k.contract_id, k.customer_id, k.currency, i.installment_id, least(i.unpaid, 100.00) AS amount
    FROM contract_receivable k
    JOIN installment_receivable i ON i.tenant = k.tenant AND i.contract_id = k.contract_id
    WHERE k.tenant = 'acme' AND k.contract_id = md5('bench-contract-' || :n)::uuid AND i.unpaid > 0
    ORDER BY i.due_date LIMIT 1),
paid AS (
    INSERT INTO payment (id, tenant, contract_id, customer_id, amount, currency, received_at, method, installment_ids,
                         status, recorded_by, created_at)
    SELECT gen_random_uuid(), 'acme', contract_id, customer_id, amount, currency, current_date, 'BANK_TRANSFER',
           ARRAY[installment_id], 'RECORDED', 'bench', now() FROM due
    RETURNING id, installment_ids[1] AS installment_id, amount)
INSERT INTO payment_allocation (tenant, payment_id, installment_id, amount, allocated_at)
SELECT 'acme', id, installment_id, amount, now() FROM paid;
UPDATE payment SET status = 'CONFIRMED', confirmed_by = 'bench', confirmed_at = now()
WHERE tenant = 'acme' AND contract_id = md5('bench-contract-' || :n)::uuid AND status = 'RECORDED';
COMMIT;
SQL
sed -i "s/COUNT/$count/" "$work/pay.sql"
echo "== before V5: the same payments with V4's triggers only, for comparison"
bench "payments confirmed, V1-V4" 16 "$work/pay.sql"
sql -c 'VACUUM ANALYZE'
echo "== V5 (the aging totals' backfill included)"
time sql -f "$migrations"/V5__*.sql
sql -c 'VACUUM ANALYZE'
sql -At -c "SELECT 'summed rows: ' || (SELECT count(*) FROM receivable_aging_day) || ' per day, '
                   || (SELECT count(*) FROM receivable_aging_owner_day) || ' per owner and day, '
                   || (SELECT count(*) FROM receivable_aging_open) || ' open per owner'"

# the per-contract query the report used before V5 (JdbcReceivableRepository.AGING over ReceivableSql.KEPT, whole
# tenant, as the service sent it before): its answer must be the same
cat > "$work/before.sql" <<'SQL'
BEGIN READ ONLY;
WITH per_currency AS (
    SELECT r.currency, count(*) AS contracts,
           sum(GREATEST(r.outstanding - r.scheduled_unpaid, 0)) AS unscheduled
    FROM (SELECT k.tenant, k.contract_id AS id, k.customer_id, k.owner_id, k.amount, k.currency, k.status,
        k.planned, k.collected, k.recorded, k.amount - k.collected AS outstanding, k.scheduled_unpaid,
        k.first_unpaid_due, k.last_unpaid_due,
        CASE WHEN k.collected >= k.amount OR k.first_unpaid_due IS NULL OR k.first_unpaid_due >= CAST(:today AS DATE)
                  THEN 0
             WHEN k.last_unpaid_due < CAST(:today AS DATE) THEN LEAST(k.amount - k.collected, k.scheduled_unpaid)
             ELSE LEAST(k.amount - k.collected,
                        (SELECT COALESCE(sum(i.unpaid), 0) FROM installment_receivable i
                         WHERE i.tenant = k.tenant AND i.contract_id = k.contract_id
                           AND i.due_date < CAST(:today AS DATE)))
        END AS overdue
 FROM contract_receivable k
 WHERE k.listed) r
    WHERE r.tenant = 'acme' AND r.collected < r.amount
    GROUP BY r.currency),
buckets AS (
    SELECT r.currency,
           COALESCE(sum(i.unpaid) FILTER (WHERE i.due_date >= CAST(:today AS DATE)), 0) AS not_yet_due,
           COALESCE(sum(i.unpaid) FILTER (WHERE CAST(:today AS DATE) - i.due_date BETWEEN 1 AND 30), 0) AS d30,
           COALESCE(sum(i.unpaid) FILTER (WHERE CAST(:today AS DATE) - i.due_date BETWEEN 31 AND 60), 0) AS d60,
           COALESCE(sum(i.unpaid) FILTER (WHERE CAST(:today AS DATE) - i.due_date BETWEEN 61 AND 90), 0) AS d90,
           COALESCE(sum(i.unpaid) FILTER (WHERE CAST(:today AS DATE) - i.due_date > 90), 0) AS over90
    FROM (SELECT k.tenant, k.contract_id AS id, k.customer_id, k.owner_id, k.amount, k.currency, k.status,
        k.planned, k.collected, k.recorded, k.amount - k.collected AS outstanding, k.scheduled_unpaid,
        k.first_unpaid_due, k.last_unpaid_due,
        CASE WHEN k.collected >= k.amount OR k.first_unpaid_due IS NULL OR k.first_unpaid_due >= CAST(:today AS DATE)
                  THEN 0
             WHEN k.last_unpaid_due < CAST(:today AS DATE) THEN LEAST(k.amount - k.collected, k.scheduled_unpaid)
             ELSE LEAST(k.amount - k.collected,
                        (SELECT COALESCE(sum(i.unpaid), 0) FROM installment_receivable i
                         WHERE i.tenant = k.tenant AND i.contract_id = k.contract_id
                           AND i.due_date < CAST(:today AS DATE)))
        END AS overdue
 FROM contract_receivable k
 WHERE k.listed) r JOIN installment_receivable i ON i.tenant = r.tenant AND i.contract_id = r.id
    WHERE r.tenant = 'acme' AND r.collected < r.amount AND i.unpaid > 0
    GROUP BY r.currency)
SELECT p.currency, p.contracts, COALESCE(b.not_yet_due, 0) AS not_yet_due, COALESCE(b.d30, 0) AS d30,
       COALESCE(b.d60, 0) AS d60, COALESCE(b.d90, 0) AS d90, COALESCE(b.over90, 0) AS over90,
       p.unscheduled
FROM per_currency p LEFT JOIN buckets b ON b.currency = p.currency
ORDER BY p.currency;
COMMIT;
SQL
same() {
  sql -At -f "$here/aging.report.sql" | grep '|' > "$work/after.out"
  sql -At -f "$work/before.sql" | grep '|' > "$work/before.out"
  if diff "$work/before.out" "$work/after.out" >/dev/null; then echo "PASS $1: the same rows as the per-contract query"
  else echo "FAIL $1"; diff "$work/before.out" "$work/after.out"; exit 1; fi
}
same "after the backfill"
cat "$work/after.out"

explain() { # file
  { echo "EXPLAIN (ANALYZE, BUFFERS)"; sed -n '/^WITH/,/;$/p' "$1"; } > "$work/explain.sql"
  sql -f "$work/explain.sql" | grep -E 'Planning Time|Execution Time|^ +(->  )?[A-Z].*rows=.*loops|Buffers' | head -${2:-60}
}
echo "== EXPLAIN (ANALYZE, BUFFERS): the report now"
sql -f "$here/aging.report.sql" >/dev/null # warm
explain "$here/aging.report.sql"
echo "== EXPLAIN (ANALYZE, BUFFERS): the report of one owner (?ownerId=, bench-sales1: 10,000 contracts)"
sed -e "s/WHERE tenant = 'acme'/WHERE tenant = 'acme' AND owner_id = 'bench-sales1'/g" \
    -e "s/FROM receivable_aging_day /FROM receivable_aging_owner_day /" "$here/aging.report.sql" > "$work/owner.sql"
sql -f "$work/owner.sql" >/dev/null
explain "$work/owner.sql" | grep -E 'Execution Time|Planning Time|^ +Buffers' | tail -3
echo "== EXPLAIN (ANALYZE, BUFFERS): the per-contract query before V5"
sql -f "$work/before.sql" >/dev/null
explain "$work/before.sql" 200 | grep -E '^ [A-Z]|^   Buffers|Planning Time|Execution Time'

bench "the aging report (summed totals)" 16 "$here/aging.report.sql"
bench "the per-contract query before V5" 16 "$work/before.sql"

( while sleep 2; do
    sql -At -c 'SELECT fold_receivable_aging(10000)' -c 'VACUUM (SKIP_LOCKED) receivable_aging_change' >/dev/null || true
  done ) &
fold_pid=$!
echo "== with V5: the same payments alone, then with 4 clients reading the report meanwhile; the fold every 2 s"
bench "payments confirmed, V1-V5" 16 "$work/pay.sql"
bench "payments confirmed" 16 "$work/pay.sql" > "$work/pay.out" &
pay_pid=$!
sleep 1
bench "the aging report during the payments" 4 "$here/aging.report.sql"
wait "$pay_pid" || { cat "$work/pay.out"; echo "FAIL the payments run"; exit 1; }
cat "$work/pay.out"
kill "$fold_pid"; fold_pid=
sql -At -c "SELECT 'changes not folded at the end: ' || count(*) FROM receivable_aging_change"
same "after the payments (folded and not)"
sql -At -c 'SELECT fold_receivable_aging(1000000)' >/dev/null
sql -At <<'SQL' > "$work/kept.out"
SELECT 'day', tenant, currency, due_date::text, unpaid::text FROM receivable_aging_day
UNION ALL SELECT 'owner', tenant || owner_id, currency, due_date::text, unpaid::text FROM receivable_aging_owner_day
UNION ALL SELECT 'open', tenant || owner_id, currency, contracts::text, unscheduled::text FROM receivable_aging_open
ORDER BY 1, 2, 3, 4;
SQL
sql -At -c 'SELECT rebuild_receivable_aging()' >/dev/null
sql -At <<'SQL' > "$work/rebuilt.out"
SELECT 'day', tenant, currency, due_date::text, unpaid::text FROM receivable_aging_day
UNION ALL SELECT 'owner', tenant || owner_id, currency, due_date::text, unpaid::text FROM receivable_aging_owner_day
UNION ALL SELECT 'open', tenant || owner_id, currency, contracts::text, unscheduled::text FROM receivable_aging_open
ORDER BY 1, 2, 3, 4;
SQL
if diff -q "$work/kept.out" "$work/rebuilt.out" >/dev/null; then echo "PASS the kept totals equal a rebuild ($(wc -l < "$work/kept.out") rows)"
else echo "FAIL the kept totals differ from a rebuild"; diff "$work/kept.out" "$work/rebuilt.out" | head; exit 1; fi
