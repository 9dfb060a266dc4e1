-- Leads (线索). Every row belongs to one tenant (business line); owner_id NULL means the lead is in the pool.
CREATE TABLE lead (
    id          UUID         PRIMARY KEY,
    tenant      VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    company     VARCHAR(200),
    title       VARCHAR(100),
    phone       VARCHAR(32),
    email       VARCHAR(254),
    source      VARCHAR(32)  NOT NULL,
    campaign_id UUID,
    status      VARCHAR(16)  NOT NULL,
    owner_id    VARCHAR(64),
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT lead_reachable CHECK (phone IS NOT NULL OR email IS NOT NULL)
);

CREATE INDEX lead_tenant_created ON lead (tenant, created_at DESC);
CREATE INDEX lead_tenant_owner ON lead (tenant, owner_id, created_at DESC);
