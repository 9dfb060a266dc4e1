-- Every ownership change of a lead: who did it, when, from whom, to whom, why.
CREATE TABLE lead_history (
    id          UUID         PRIMARY KEY,
    tenant      VARCHAR(64)  NOT NULL,
    lead_id     UUID         NOT NULL REFERENCES lead (id),
    action      VARCHAR(16)  NOT NULL,
    from_owner  VARCHAR(64),
    to_owner    VARCHAR(64),
    reason      VARCHAR(500),
    actor       VARCHAR(64)  NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL
);

CREATE INDEX lead_history_lead ON lead_history (tenant, lead_id, occurred_at);
-- Recycling looks for owned, open leads whose owner has held them without a follow-up for too long.
CREATE INDEX lead_recyclable ON lead (owned_since) WHERE owner_id IS NOT NULL AND status IN ('NEW', 'ASSIGNED', 'FOLLOWING');
