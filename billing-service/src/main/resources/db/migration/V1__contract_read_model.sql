-- What billing-service knows of deal-service's contracts: a read model kept from the crm.contract topic, so plans and
-- payments never wait on deal-service (billing-service README, "Contracts"). Its row is also the lock every change
-- of a contract's money takes (SELECT … FOR UPDATE), so two payments at once cannot over-collect it.
CREATE TABLE contract (
    tenant             VARCHAR(64)   NOT NULL,
    id                 UUID          NOT NULL,
    number             VARCHAR(64)   NOT NULL,
    title              VARCHAR(500)  NOT NULL,
    customer_id        UUID          NOT NULL,
    owner_id           VARCHAR(64)   NOT NULL,
    -- The approved amount (the contract's amount before its first approval): what billing plans and collects.
    amount             NUMERIC(19,2) NOT NULL CHECK (amount >= 0),
    currency           CHAR(3)       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    source_campaign_id UUID,
    -- deal-service's version of the contract: an older event never overwrites a newer state.
    version            INT           NOT NULL,
    changed_at         TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (tenant, id)
);

CREATE INDEX contract_owner ON contract (tenant, owner_id);
CREATE INDEX contract_customer ON contract (tenant, customer_id);

-- Contracts whose confirmed payments reached their amount: the row is written once, by the confirmation that got
-- there, and the fully-paid event with it (a second confirmation finds the row and publishes nothing).
CREATE TABLE contract_fully_paid (
    tenant      VARCHAR(64)   NOT NULL,
    contract_id UUID          NOT NULL,
    collected   NUMERIC(19,2) NOT NULL,
    paid_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (tenant, contract_id),
    FOREIGN KEY (tenant, contract_id) REFERENCES contract (tenant, id)
);
