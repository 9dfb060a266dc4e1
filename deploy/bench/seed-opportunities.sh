#!/usr/bin/env bash
# Seeds N opportunities (default 200,000) into tenant acme of the running platform's deal database, straight through
# SQL (the service's own table): 20,000 owned by acme-sales1, 20,000 by acme-sales2, the rest spread over 40 other
# owners; 70 % open across the four default stages, 20 % won, 10 % lost; about 91 % in CNY, 9 % in USD; amounts from
# 1,000.00 to 1,000,000.00; expected closes over the next 12 months; one customer per 20 opportunities, every 4th
# customer from one of 40 campaigns. The pipeline totals are then rebuilt from the table, as the service keeps them.
# Safe to run twice (the seeded rows are replaced). Usage: deploy/bench/seed-opportunities.sh [count]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
count=${1:-200000}

# the Keycloak ids (token subjects) of the two demo salespeople
sales1=$(user_id_of acme-sales1) sales2=$(user_id_of acme-sales2)
[[ -n $sales1 && -n $sales2 ]] || { echo "no user ids from Keycloak at port ${KEYCLOAK_PORT}" >&2; exit 1; }

echo "seeding $count opportunities into ${CRM_DB_PREFIX}deal (acme-sales1 = $sales1)"
time db_psql deal \
  -v count="$count" -v sales1="$sales1" -v sales2="$sales2" <<'SQL'
DELETE FROM opportunity_stage_change WHERE opportunity_id IN (SELECT id FROM opportunity WHERE created_by = 'bench-seed');
DELETE FROM opportunity_follow_up WHERE opportunity_id IN (SELECT id FROM opportunity WHERE created_by = 'bench-seed');
DELETE FROM opportunity WHERE created_by = 'bench-seed';
INSERT INTO opportunity (id, tenant, customer_id, name, amount, currency, expected_close_date, stage, probability,
                         status, loss_reason, owner_id, source_campaign_id, closed_at, created_by, created_at,
                         updated_at, version)
SELECT gen_random_uuid(), 'acme',
       md5('bench-customer-' || (i / 20))::uuid,
       (ARRAY['ERP rollout','CRM licences','Cloud migration','Support renewal','Data platform','Training'])[1 + i % 6]
         || ' ' || i,
       round((1000 + (i::bigint * 7919) % 999000) + (i % 100) / 100.0, 2),
       CASE WHEN i % 11 = 0 THEN 'USD' ELSE 'CNY' END,
       current_date + (i % 365),
       s.stage, s.probability, s.status,
       CASE WHEN s.status = 'LOST' THEN (ARRAY['PRICE','COMPETITOR','NO_BUDGET','NO_DECISION','TIMING'])[1 + i % 5] END,
       CASE WHEN i % 10 = 1 THEN :'sales1' WHEN i % 10 = 2 THEN :'sales2' ELSE 'bench-owner-' || (i % 50) END,
       CASE WHEN (i / 20) % 4 = 0 THEN md5('bench-campaign-' || (i % 40))::uuid END,
       CASE WHEN s.status <> 'OPEN' THEN now() - make_interval(days => i % 90) END,
       'bench-seed', now() - make_interval(secs => i * 60), now() - make_interval(secs => i * 60), 1
  FROM generate_series(1, :count) AS i,
       LATERAL (SELECT CASE WHEN i % 10 < 7 THEN (ARRAY['QUALIFICATION','NEEDS_ANALYSIS','PROPOSAL','NEGOTIATION'])[1 + (i / 10) % 4]
                            WHEN i % 10 < 9 THEN 'WON' ELSE 'LOST' END AS stage) st,
       LATERAL (SELECT st.stage,
                       CASE st.stage WHEN 'QUALIFICATION' THEN 10 WHEN 'NEEDS_ANALYSIS' THEN 30 WHEN 'PROPOSAL' THEN 60
                                     WHEN 'NEGOTIATION' THEN 80 WHEN 'WON' THEN 100 ELSE 0 END AS probability,
                       CASE st.stage WHEN 'WON' THEN 'WON' WHEN 'LOST' THEN 'LOST' ELSE 'OPEN' END AS status) s;
-- The board's totals, as the service would have kept them opportunity by opportunity.
DELETE FROM pipeline_total WHERE tenant = 'acme';
INSERT INTO pipeline_total (tenant, owner_id, stage, currency, opportunities, amount, weighted_amount)
SELECT tenant, owner_id, stage, currency, count(*), sum(amount), sum(amount * probability) / 100
  FROM opportunity WHERE tenant = 'acme' GROUP BY tenant, owner_id, stage, currency;
VACUUM ANALYZE opportunity;
VACUUM ANALYZE pipeline_total;
SQL
