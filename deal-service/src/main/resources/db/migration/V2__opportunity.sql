-- Opportunities (商机), their stage history and follow-ups, the tenant's pipeline and loss-reason catalogue.

-- A tenant's open stages when it changed the defaults (none: the defaults apply). WON and LOST are fixed.
CREATE TABLE pipeline_stage (
    tenant      VARCHAR(64) NOT NULL,
    code        VARCHAR(32) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    probability SMALLINT    NOT NULL CHECK (probability BETWEEN 0 AND 100),
    position    SMALLINT    NOT NULL,
    PRIMARY KEY (tenant, code)
);

-- Loss reasons a tenant added to the built-in ones.
CREATE TABLE loss_reason (
    tenant VARCHAR(64)  NOT NULL,
    code   VARCHAR(32)  NOT NULL,
    label  VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant, code)
);

CREATE TABLE opportunity (
    id                  UUID          PRIMARY KEY,
    tenant              VARCHAR(64)   NOT NULL,
    customer_id         UUID          NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    amount              NUMERIC(19,2) NOT NULL CHECK (amount >= 0),
    currency            CHAR(3)       NOT NULL,
    lines               JSONB         NOT NULL DEFAULT '[]',
    expected_close_date DATE,
    stage               VARCHAR(32)   NOT NULL,
    probability         SMALLINT      NOT NULL CHECK (probability BETWEEN 0 AND 100),
    status              VARCHAR(8)    NOT NULL CHECK (status IN ('OPEN', 'WON', 'LOST')),
    loss_reason         VARCHAR(32),
    owner_id            VARCHAR(64)   NOT NULL,
    contact_ids         UUID[]        NOT NULL DEFAULT '{}',
    source_campaign_id  UUID,
    description         VARCHAR(2000),
    closed_at           TIMESTAMPTZ,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    version             INT           NOT NULL
);

-- The list's filters, each with the default order (newest first) behind it.
CREATE INDEX opportunity_tenant_created ON opportunity (tenant, created_at DESC, id);
CREATE INDEX opportunity_owner_created ON opportunity (tenant, owner_id, created_at DESC, id);
CREATE INDEX opportunity_stage_created ON opportunity (tenant, stage, created_at DESC, id);
CREATE INDEX opportunity_status_close ON opportunity (tenant, status, expected_close_date);
CREATE INDEX opportunity_customer ON opportunity (tenant, customer_id);
CREATE INDEX opportunity_campaign ON opportunity (tenant, source_campaign_id) WHERE source_campaign_id IS NOT NULL;

CREATE TABLE opportunity_stage_change (
    id             UUID        PRIMARY KEY,
    tenant         VARCHAR(64) NOT NULL,
    opportunity_id UUID        NOT NULL REFERENCES opportunity (id),
    from_stage     VARCHAR(32),
    to_stage       VARCHAR(32) NOT NULL,
    loss_reason    VARCHAR(32),
    changed_by     VARCHAR(64) NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL
);

CREATE INDEX opportunity_stage_change_opportunity ON opportunity_stage_change (tenant, opportunity_id, changed_at);

-- The pipeline summary, kept with every opportunity change in the same transaction: a kanban board over 200,000
-- opportunities reads a few dozen rows instead of aggregating them all (docs/benchmarks.md).
CREATE TABLE pipeline_total (
    tenant          VARCHAR(64)   NOT NULL,
    owner_id        VARCHAR(64)   NOT NULL,
    stage           VARCHAR(32)   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    opportunities   BIGINT        NOT NULL,
    amount          NUMERIC(24,2) NOT NULL,
    weighted_amount NUMERIC(26,4) NOT NULL,
    PRIMARY KEY (tenant, owner_id, stage, currency)
);

CREATE TABLE opportunity_follow_up (
    id                UUID          PRIMARY KEY,
    tenant            VARCHAR(64)   NOT NULL,
    opportunity_id    UUID          NOT NULL REFERENCES opportunity (id),
    type              VARCHAR(16)   NOT NULL,
    content           VARCHAR(2000) NOT NULL,
    occurred_at       TIMESTAMPTZ   NOT NULL,
    next_follow_up_at TIMESTAMPTZ,
    contact_ids       UUID[]        NOT NULL DEFAULT '{}',
    created_by        VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL
);

CREATE INDEX opportunity_follow_up_opportunity ON opportunity_follow_up (tenant, opportunity_id, occurred_at DESC);
