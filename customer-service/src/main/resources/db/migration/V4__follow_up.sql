-- Follow-ups (跟进记录) of a customer; they feed the customer's last and next follow-up times.
CREATE TABLE follow_up (
    id                UUID          PRIMARY KEY,
    tenant            VARCHAR(64)   NOT NULL,
    customer_id       UUID          NOT NULL REFERENCES customer (id),
    type              VARCHAR(16)   NOT NULL,
    content           VARCHAR(2000) NOT NULL,
    occurred_at       TIMESTAMPTZ   NOT NULL,
    next_follow_up_at TIMESTAMPTZ,
    contact_ids       UUID[]        NOT NULL DEFAULT '{}',
    created_by        VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL
);

CREATE INDEX follow_up_customer ON follow_up (tenant, customer_id, occurred_at DESC);
