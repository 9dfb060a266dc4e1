-- Contracts (合同), their approval trail, and the per-tenant, per-year number sequence.
CREATE TABLE contract (
    id                   UUID          PRIMARY KEY,
    tenant               VARCHAR(64)   NOT NULL,
    number               VARCHAR(32)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    customer_id          UUID          NOT NULL,
    opportunity_id       UUID,
    amount               NUMERIC(19,2) NOT NULL CHECK (amount >= 0),
    currency             CHAR(3)       NOT NULL,
    approved_amount      NUMERIC(19,2) CHECK (approved_amount >= 0),
    lines                JSONB         NOT NULL DEFAULT '[]',
    -- The lines of the last approval: a rejected amendment of an ACTIVE contract returns to them and their amount.
    approved_lines       JSONB,
    signed_at            DATE,
    start_date           DATE,
    end_date             DATE,
    owner_id             VARCHAR(64)   NOT NULL,
    signatory_contact_id UUID,
    source_campaign_id   UUID,
    status               VARCHAR(20)   NOT NULL
        CHECK (status IN ('DRAFT', 'PENDING_APPROVAL', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
    approved_by          VARCHAR(64),
    approved_at          TIMESTAMPTZ,
    termination_reason   VARCHAR(500),
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMPTZ   NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL,
    version              INT           NOT NULL,
    UNIQUE (tenant, number),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE INDEX contract_tenant_created ON contract (tenant, created_at DESC, id);
CREATE INDEX contract_owner_created ON contract (tenant, owner_id, created_at DESC, id);
CREATE INDEX contract_status_created ON contract (tenant, status, created_at DESC, id);
CREATE INDEX contract_customer ON contract (tenant, customer_id);
CREATE INDEX contract_opportunity ON contract (tenant, opportunity_id) WHERE opportunity_id IS NOT NULL;
-- At most one contract per won opportunity that is not terminated.
CREATE UNIQUE INDEX contract_one_per_opportunity ON contract (tenant, opportunity_id)
    WHERE opportunity_id IS NOT NULL AND status <> 'TERMINATED';

-- Submissions, approvals and rejections with who, when, the comment and the amount they were about.
CREATE TABLE contract_approval (
    id          UUID          PRIMARY KEY,
    tenant      VARCHAR(64)   NOT NULL,
    contract_id UUID          NOT NULL REFERENCES contract (id),
    action      VARCHAR(16)   NOT NULL CHECK (action IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    amount      NUMERIC(19,2) NOT NULL,
    currency    CHAR(3)       NOT NULL,
    comment     VARCHAR(1000),
    acted_by    VARCHAR(64)   NOT NULL,
    acted_at    TIMESTAMPTZ   NOT NULL
);

CREATE INDEX contract_approval_contract ON contract_approval (tenant, contract_id, acted_at);

-- The last number given per tenant and year: HT-2026-000123. Taken in the creating transaction, so a number is
-- never shown twice; one that was rolled back is given again, never a committed one.
CREATE TABLE contract_number (
    tenant     VARCHAR(64) NOT NULL,
    year       INT         NOT NULL,
    last_value BIGINT      NOT NULL,
    PRIMARY KEY (tenant, year)
);
