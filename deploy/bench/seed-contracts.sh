#!/usr/bin/env bash
# Seeds N contracts (default 100,000) into tenant acme of the running platform's billing database, straight through
# SQL (the service's own tables: the contract read model, plans, installments and the payment ledger), for the aging
# and receivables benchmark (deploy/bench/aging.sh). All ACTIVE, about 91 % in CNY and 9 % in USD, amounts from
# 10,000.00 to 1,000,000.00; 10 % owned by acme-sales1, 10 % by acme-sales2, the rest by 40 other owners; one customer
# per 20 contracts (the customers of seed-opportunities.sh). Each has a plan of 1–4 installments, 30 days apart, due
# from 180 days ago to 180 days ahead (so every aging bucket holds money); every 5th plans only 80 % of the amount
# (the rest is "unscheduled"). Every other contract has confirmed payments, written as the service writes them (the
# payment, its RECORDED and CONFIRMED ledger entries, its allocation to the installment it names, and
# contract_fully_paid when it completes the contract): its first installments in full, and every 3rd of them half of
# the next one. No events are published for any of it.
#
# It also adds 50 contracts of 1,000.00 (CNY, owned by acme-sales1, no plan, no payments) for the payment benchmark
# (deploy/bench/record-payments.sh), and writes their ids to deploy/run/bench-payment-contracts.txt. That benchmark
# fills them up, so a rerun adds 50 fresh ones once the listed ones hold payments; `seed-contracts.sh 0` does only that.
#
# Safe to run twice: contract i has id md5('bench-contract-' || i), and a rerun adds only the contracts (with their
# plans and payments) that are missing, in one transaction. Nothing is replaced, because the ledger is append-only
# (V3__payment_ledger.sql refuses DELETE and UPDATE of payments, entries and allocations). To start over, drop the
# database and let billing-service's Flyway create it again (this also forgets every real contract billing knew):
#   psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE crm_billing WITH (FORCE)' -c 'CREATE DATABASE crm_billing'
#   deploy/crm restart billing-service
# Usage: deploy/bench/seed-contracts.sh [count]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
run_dir=$BENCH_RUN_DIR
zone=${CRM_BILLING_TIME_ZONE:-Asia/Shanghai} # the business day's time zone (billing-service README, Configuration)
count=${1:-100000}
[[ $count =~ ^[0-9]+$ ]] || { echo "usage: $0 [count]" >&2; exit 2; }

# the Keycloak ids (token subjects) of the two demo salespeople and of finance (who confirmed the seeded payments)
sales1=$(user_id_of acme-sales1) sales2=$(user_id_of acme-sales2) finance=$(user_id_of acme-finance)
[[ -n $sales1 && -n $sales2 && -n $finance ]] || { echo "no user ids from Keycloak at port ${KEYCLOAK_PORT}" >&2; exit 1; }
billing() {
  db_psql billing "$@"
}

echo "seeding $count contracts into ${CRM_DB_PREFIX}billing (acme-sales1 = $sales1)"
time billing -v count="$count" -v sales1="$sales1" -v sales2="$sales2" -v finance="$finance" -v zone="$zone" <<'SQL'
BEGIN;
SELECT (now() AT TIME ZONE :'zone')::date AS today \gset
-- the contracts still missing, with what the rest is derived from: n installments, the first p of them paid
CREATE TEMP TABLE seed ON COMMIT DROP AS
SELECT i, c.id, c.n,
       md5('bench-customer-' || (i / 20))::uuid AS customer_id,
       CASE WHEN i % 10 = 1 THEN :'sales1' WHEN i % 10 = 2 THEN :'sales2' ELSE 'bench-owner-' || (i / 10 % 40) END AS owner_id,
       round((10000 + (i::bigint * 7919) % 990000) + (i % 100) / 100.0, 2) AS amount,
       CASE WHEN i % 11 = 0 THEN 'USD' ELSE 'CNY' END AS currency,
       :'today'::date - 180 + (i * 13) % 271 AS first_due,
       CASE WHEN i % 2 = 1 THEN 0 WHEN c.n = 1 THEN 1 ELSE 1 + (i / 7) % (c.n - 1) END AS paid_installments
  FROM generate_series(1, :count) AS i,
       LATERAL (SELECT md5('bench-contract-' || i)::uuid AS id, 1 + (i / 3) % 4 AS n) c
 WHERE NOT EXISTS (SELECT 1 FROM contract k WHERE k.tenant = 'acme' AND k.id = c.id);
SELECT count(*) AS added FROM seed \gset
\echo adding :added contracts

INSERT INTO contract (tenant, id, number, title, customer_id, owner_id, amount, currency, status, source_campaign_id,
                      version, changed_at)
SELECT 'acme', id, 'BENCH-' || lpad(i::text, 7, '0'),
       (ARRAY['ERP rollout','CRM licences','Cloud migration','Support renewal','Data platform','Training'])[1 + i % 6]
         || ' ' || i,
       customer_id, owner_id, amount, currency, 'ACTIVE',
       CASE WHEN (i / 20) % 4 = 0 THEN md5('bench-campaign-' || (i % 40))::uuid END,
       1, now() - make_interval(secs => i * 60)
  FROM seed;

INSERT INTO payment_plan (tenant, contract_id, version, updated_by, updated_at)
SELECT 'acme', id, 1, owner_id, now() - make_interval(secs => i * 30) FROM seed;

-- installments of equal amounts (the last takes the cents left), together the amount or, every 5th contract, 80 % of it
CREATE TEMP TABLE seed_installment ON COMMIT DROP AS
SELECT s.i, k, md5('bench-installment-' || s.i || '-' || k)::uuid AS id, s.id AS contract_id,
       s.first_due + (k - 1) * 30 AS due_date,
       CASE WHEN k < s.n THEN share ELSE planned - share * (s.n - 1) END AS amount
  FROM seed s,
       LATERAL (SELECT CASE WHEN s.i % 5 = 0 THEN round(s.amount * 0.8, 2) ELSE s.amount END AS planned) p,
       LATERAL (SELECT round(p.planned / s.n, 2) AS share) q,
       generate_series(1, s.n) AS k;
INSERT INTO installment (id, tenant, contract_id, due_date, amount, note, position, created_at)
SELECT id, 'acme', contract_id, due_date, amount, 'Installment ' || k, k - 1, now() - make_interval(secs => i * 30)
  FROM seed_installment;

-- confirmed payments: the first p installments in full, and every 3rd paying contract half of the next one; each
-- names its installment, recorded by the owner some days before the due date (never after today), confirmed by
-- finance a day later (never in the future)
CREATE TEMP TABLE seed_payment ON COMMIT DROP AS
SELECT md5('bench-payment-' || s.i || '-' || t.k)::uuid AS id, s.id AS contract_id, s.customer_id, s.currency,
       s.owner_id, t.id AS installment_id, s.i, t.k, d.received_at, d.created_at,
       LEAST(d.created_at + interval '1 day', now() - interval '1 minute') AS confirmed_at,
       CASE WHEN t.k <= s.paid_installments THEN t.amount ELSE round(t.amount / 2, 2) END AS amount
  FROM seed s JOIN seed_installment t ON t.i = s.i,
       LATERAL (SELECT LEAST(t.due_date - s.i % 15, :'today'::date) AS received_at) r,
       LATERAL (SELECT r.received_at, LEAST((r.received_at + time '10:00') AT TIME ZONE :'zone',
                                            now() - interval '2 hours') AS created_at) d
 WHERE s.paid_installments > 0
   AND (t.k <= s.paid_installments OR (t.k = s.paid_installments + 1 AND s.i % 3 = 0));
INSERT INTO payment (id, tenant, contract_id, customer_id, amount, currency, received_at, method, reference,
                     installment_ids, status, recorded_by, created_at, confirmed_by, confirmed_at)
SELECT id, 'acme', contract_id, customer_id, amount, currency, received_at,
       (ARRAY['BANK_TRANSFER','BANK_TRANSFER','BANK_TRANSFER','ALIPAY','WECHAT_PAY','CHECK','CASH','OTHER'])
         [1 + (i + k) % 8],
       'BENCH-' || i || '-' || k, ARRAY[installment_id], 'CONFIRMED', owner_id, created_at, :'finance', confirmed_at
  FROM seed_payment;
INSERT INTO payment_entry (id, tenant, payment_id, kind, amount, entered_by, entered_at)
SELECT md5('bench-entry-' || id || '-RECORDED')::uuid, 'acme', id, 'RECORDED', amount, owner_id, created_at
  FROM seed_payment
UNION ALL
SELECT md5('bench-entry-' || id || '-CONFIRMED')::uuid, 'acme', id, 'CONFIRMED', amount, :'finance', confirmed_at
  FROM seed_payment;
INSERT INTO payment_allocation (tenant, payment_id, installment_id, amount, allocated_at)
SELECT 'acme', id, installment_id, amount, created_at FROM seed_payment ORDER BY created_at, id;
-- the confirmations that completed a contract
INSERT INTO contract_fully_paid (tenant, contract_id, collected, paid_at)
SELECT 'acme', s.id, sum(p.amount), max(p.confirmed_at)
  FROM seed s JOIN seed_payment p ON p.contract_id = s.id
 GROUP BY s.id, s.amount HAVING sum(p.amount) >= s.amount;
COMMIT;
SQL

# The payment benchmark's 50 contracts: the newest round (BENCH-PAY-<round>-<j>), or a fresh one once it holds payments.
round=$(billing -At <<'SQL'
SELECT CASE WHEN r.latest = 0 OR EXISTS (SELECT 1 FROM payment p JOIN contract c ON c.tenant = p.tenant
                                                                  AND c.id = p.contract_id
                                          WHERE c.tenant = 'acme'
                                            AND c.number LIKE 'BENCH-PAY-' || lpad(r.latest::text, 4, '0') || '-%')
            THEN r.latest + 1 ELSE r.latest END
  FROM (SELECT COALESCE(max(split_part(number, '-', 3)::int), 0) AS latest
          FROM contract WHERE tenant = 'acme' AND number LIKE 'BENCH-PAY-%') r;
SQL
)
mkdir -p "$run_dir"
billing -At -v round="$round" -v sales1="$sales1" > "$run_dir/bench-payment-contracts.txt" <<'SQL'
INSERT INTO contract (tenant, id, number, title, customer_id, owner_id, amount, currency, status, version, changed_at)
SELECT 'acme', md5('bench-pay-contract-' || :round || '-' || j)::uuid,
       'BENCH-PAY-' || lpad(:'round', 4, '0') || '-' || lpad(j::text, 2, '0'), 'Payment benchmark ' || :round || '/' || j,
       md5('bench-pay-customer-' || j)::uuid, :'sales1', 1000.00, 'CNY', 'ACTIVE', 1, now()
  FROM generate_series(1, 50) AS j
ON CONFLICT DO NOTHING;
SELECT id FROM contract
 WHERE tenant = 'acme' AND number LIKE 'BENCH-PAY-' || lpad(:'round', 4, '0') || '-%' ORDER BY number;
SQL
echo "payment benchmark: $(wc -l < "$run_dir/bench-payment-contracts.txt") contracts BENCH-PAY-$(printf %04d "$round")-*," \
  "ids in $run_dir/bench-payment-contracts.txt"

billing <<'SQL'
VACUUM ANALYZE contract;
VACUUM ANALYZE contract_fully_paid;
VACUUM ANALYZE payment_plan;
VACUUM ANALYZE installment;
VACUUM ANALYZE payment;
VACUUM ANALYZE payment_entry;
VACUUM ANALYZE payment_allocation;
SQL
billing -c "SELECT currency, count(*) AS contracts, sum(amount) AS amount FROM contract WHERE tenant = 'acme'
             GROUP BY 1 ORDER BY 1"
