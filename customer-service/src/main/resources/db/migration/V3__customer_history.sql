-- Every ownership change of a customer (assigned, transferred, claimed, released, recycled, offboarded).
CREATE TABLE customer_history (
    id            UUID          PRIMARY KEY,
    tenant        VARCHAR(64)   NOT NULL,
    customer_id   UUID          NOT NULL REFERENCES customer (id),
    change        VARCHAR(16)   NOT NULL,
    from_owner_id VARCHAR(64),
    to_owner_id   VARCHAR(64),
    reason        VARCHAR(500),
    changed_by    VARCHAR(64)   NOT NULL,
    changed_at    TIMESTAMPTZ   NOT NULL
);

CREATE INDEX customer_history_customer ON customer_history (tenant, customer_id, changed_at DESC);
