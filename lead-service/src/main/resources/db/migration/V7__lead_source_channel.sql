-- The tenant's own source channels, extending the built-in sources (LeadSource) without changing them: each
-- channel belongs under one built-in source, so consumers that only know the built-in ones still see a valid
-- source. Never deleted (leads keep their channel); deactivated instead.
CREATE TABLE lead_source_channel (
    tenant     VARCHAR(64)  NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    label      VARCHAR(100) NOT NULL,
    source     VARCHAR(32)  NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant, code)
);

ALTER TABLE lead ADD COLUMN channel VARCHAR(40);

CREATE INDEX lead_tenant_channel ON lead (tenant, channel) WHERE channel IS NOT NULL;
