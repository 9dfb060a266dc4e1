-- Customers (客户): company assets of one tenant. owner_id NULL = in the customer pool (公海);
-- deleted_at set = soft-deleted by an admin (restorable; nothing is hard-deleted).
CREATE TABLE customer (
    id                 UUID         PRIMARY KEY,
    tenant             VARCHAR(64)  NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    name_normalized    VARCHAR(200) NOT NULL,
    industry           VARCHAR(100),
    level              VARCHAR(8),
    source             VARCHAR(32),
    source_lead_id     UUID,
    source_campaign_id UUID,
    address            VARCHAR(300),
    phone              VARCHAR(32),
    phone_digits       VARCHAR(32),
    website            VARCHAR(200),
    remarks            VARCHAR(2000),
    tags               TEXT[]       NOT NULL DEFAULT '{}',
    owner_id           VARCHAR(64),
    deal_status        VARCHAR(16)  NOT NULL DEFAULT 'NONE',
    created_by         VARCHAR(64)  NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    last_follow_up_at  TIMESTAMPTZ,
    next_follow_up_at  TIMESTAMPTZ,
    deleted_at         TIMESTAMPTZ,
    deleted_by         VARCHAR(64),
    version            INT          NOT NULL DEFAULT 0
);

-- A lead converts into at most one customer per tenant: the conversion endpoint is idempotent on it.
CREATE UNIQUE INDEX customer_tenant_source_lead ON customer (tenant, source_lead_id) WHERE source_lead_id IS NOT NULL;
CREATE INDEX customer_tenant_created ON customer (tenant, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX customer_tenant_owner ON customer (tenant, owner_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX customer_tenant_name ON customer (tenant, name_normalized) WHERE deleted_at IS NULL;
CREATE INDEX customer_tenant_phone ON customer (tenant, phone_digits) WHERE deleted_at IS NULL AND phone_digits IS NOT NULL;
CREATE INDEX customer_tags ON customer USING GIN (tags);
