-- Payment plans (回款计划): one per contract, replaced as a whole with optimistic locking on its version.
CREATE TABLE payment_plan (
    tenant      VARCHAR(64) NOT NULL,
    contract_id UUID        NOT NULL,
    version     INT         NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant, contract_id),
    FOREIGN KEY (tenant, contract_id) REFERENCES contract (tenant, id)
);

-- The installments of a plan. An installment taken out of the plan is marked removed, never deleted: payments and
-- their allocations keep pointing at it.
CREATE TABLE installment (
    id                   UUID          PRIMARY KEY,
    tenant               VARCHAR(64)   NOT NULL,
    contract_id          UUID          NOT NULL,
    due_date             DATE          NOT NULL,
    amount               NUMERIC(19,2) NOT NULL CHECK (amount > 0),
    note                 VARCHAR(500),
    position             SMALLINT      NOT NULL,
    -- The due date the overdue event was published for: once per installment and due date.
    overdue_notified_for DATE,
    created_at           TIMESTAMPTZ   NOT NULL,
    removed_at           TIMESTAMPTZ,
    FOREIGN KEY (tenant, contract_id) REFERENCES contract (tenant, id)
);

CREATE INDEX installment_contract ON installment (tenant, contract_id) WHERE removed_at IS NULL;
CREATE INDEX installment_due ON installment (due_date) WHERE removed_at IS NULL;
