#!/usr/bin/env bash
# Seeds N customers (default 1,000,000) into tenant acme of the running platform's customer database, straight
# through SQL (the service's own table): 5,000 of them owned by acme-sales1, 5,000 by acme-sales2, 30 % in the
# pool, the rest spread over 150 other owners; names made of 40 x 60 x 8 words plus a number, so a two-word
# keyword matches a few hundred customers and a number one or a few. Owned customers were followed up in the last
# 25 days and changed hands in the last 80, so the default recycling rules (30 / 90 days) take none of them back
# while the benchmark runs. Safe to run twice (the rows, and what the platform added to them, are replaced).
# Usage: deploy/bench/seed-customers.sh [count]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
count=${1:-1000000}

# the Keycloak ids (token subjects) of the two demo salespeople
sales1=$(user_id_of acme-sales1) sales2=$(user_id_of acme-sales2)
[[ -n $sales1 && -n $sales2 ]] || { echo "no user ids from Keycloak at port ${KEYCLOAK_PORT}" >&2; exit 1; }

echo "seeding $count customers into ${CRM_DB_PREFIX}customer (acme-sales1 = $sales1)"
time db_psql customer \
  -v count="$count" -v sales1="$sales1" -v sales2="$sales2" <<'SQL'
DELETE FROM customer_history WHERE customer_id IN (SELECT id FROM customer WHERE created_by = 'bench-seed');
DELETE FROM follow_up WHERE customer_id IN (SELECT id FROM customer WHERE created_by = 'bench-seed');
DELETE FROM contact WHERE customer_id IN (SELECT id FROM customer WHERE created_by = 'bench-seed');
DELETE FROM customer WHERE created_by = 'bench-seed';
WITH words AS (
  SELECT string_to_array('Golden,Silver,Eastern,Western,Northern,Southern,Grand,Bright,Rapid,Prime,Royal,Green,Blue,'
           'Red,Great,United,Global,Pacific,Atlantic,Central,Harmony,Unity,Fortune,Lucky,Dragon,Phoenix,Tiger,Lotus,'
           'Jade,Pearl,Summit,Peak,Crystal,Ocean,River,Mountain,Sun,Moon,Star,Sky', ',') AS a,
         string_to_array('Harbor,Bridge,Tower,Garden,Valley,Forest,Lake,Bay,Port,Gate,Road,Square,Plaza,Park,Field,'
           'Stone,Steel,Iron,Silk,Tea,Rice,Bamboo,Cloud,Wind,Rain,Snow,Spring,Autumn,Winter,Summer,Light,Fire,Water,'
           'Earth,Metal,Wood,Gold,Silverline,Crown,Shield,Arrow,Wing,Wave,Tide,Coast,Island,Cape,Delta,Canyon,Mesa,'
           'Ridge,Hill,Meadow,Orchard,Vine,Maple,Pine,Cedar,Oak,Willow', ',') AS b,
         string_to_array('Trading,Technology,Logistics,Retail,Manufacturing,Consulting,Holdings,Foods', ',') AS k,
         string_to_array('Retail,Manufacturing,Finance,Education,Healthcare,Logistics,Software,Energy,'
           'Real Estate,Hospitality,Agriculture,Media', ',') AS industries,
         string_to_array('TRADE_SHOW,ADVERTISING,WEBSITE,WEBINAR,WHITEPAPER,REFERRAL,COLD_CALL,OTHER', ',') AS sources
)
INSERT INTO customer (id, tenant, kind, name, name_normalized, industry, level, source, phone, phone_digits, tags,
                      owner_id, owned_since, deal_status, created_by, created_at, updated_at, last_follow_up_at)
SELECT gen_random_uuid(), 'acme', 'ORGANIZATION', n.name, lower(n.name),
       industries[1 + i % 12], (ARRAY['A','B','C'])[1 + i % 3], sources[1 + i % 8],
       n.phone, n.phone, CASE WHEN i % 10 = 0 THEN ARRAY['vip'] ELSE '{}' END,
       CASE WHEN i % 200 = 0 THEN :'sales1'
            WHEN i % 200 = 1 THEN :'sales2'
            WHEN i % 10 < 3 THEN NULL
            ELSE 'bench-owner-' || (i % 150) END,
       now() - make_interval(days => i % 80),
       CASE WHEN i % 7 = 0 THEN 'DEAL' ELSE 'NONE' END,
       'bench-seed', now() - make_interval(secs => i * 30), now() - make_interval(secs => i * 30),
       now() - make_interval(days => i % 25, secs => i % 86400)
  FROM words, generate_series(1, :count) AS i,
       LATERAL (SELECT a[1 + i % 40] || ' ' || b[1 + (i / 40) % 60] || ' ' || k[1 + (i / 2400) % 8] || ' ' || i AS name,
                       '13' || lpad(((i::bigint * 7919) % 1000000000)::text, 9, '0') AS phone) n;
REINDEX TABLE customer; -- a rewrite of a million rows leaves the trigram indexes bloated (5 ms scans become 25 ms)
VACUUM ANALYZE customer;
SQL
