-- Keyword search over a tenant's customers ("contains", any letter case) is LIKE '%word%' on the normalized name
-- and on the phone's digits: a B-tree cannot serve it, trigram GIN indexes can (docs/benchmarks.md: 1,000,000
-- customers in one tenant). pg_trgm ships with PostgreSQL (contrib); creating it needs a superuser or the
-- database owner with CREATE privilege on PostgreSQL 13+ (it is a trusted extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX customer_name_trgm ON customer USING GIN (name_normalized gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX customer_phone_trgm ON customer USING GIN (phone_digits gin_trgm_ops)
    WHERE deleted_at IS NULL AND phone_digits IS NOT NULL;
