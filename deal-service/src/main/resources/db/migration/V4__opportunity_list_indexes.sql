-- The opportunity list at 200,000 opportunities a tenant (docs/benchmarks.md, issue 10): every filter of the
-- benchmark's mix is served by an index in its default order, and the two other common orders (largest amount
-- first, soonest close first) by an index of their own; the keyword by trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX opportunity_status_created ON opportunity (tenant, status, created_at DESC, id);
CREATE INDEX opportunity_amount ON opportunity (tenant, amount DESC, id);
CREATE INDEX opportunity_close ON opportunity (tenant, expected_close_date, id);
CREATE INDEX opportunity_name_trgm ON opportunity USING gin (name gin_trgm_ops);
