-- "My opportunities": a salesperson's list filters within their own 10 % of a 200,000-opportunity tenant. Without
-- the owner in front, a filter read thousands of other owners' rows to fill a page or count its window (17-60 ms
-- under load, p99 152 ms for the mix); with it, under 1 ms each (docs/benchmarks.md, issue 10).
CREATE INDEX opportunity_owner_status_created ON opportunity (tenant, owner_id, status, created_at DESC, id);
CREATE INDEX opportunity_owner_stage_created ON opportunity (tenant, owner_id, stage, created_at DESC, id);
CREATE INDEX opportunity_owner_amount ON opportunity (tenant, owner_id, amount DESC, id);
CREATE INDEX opportunity_owner_close ON opportunity (tenant, owner_id, expected_close_date, id);
