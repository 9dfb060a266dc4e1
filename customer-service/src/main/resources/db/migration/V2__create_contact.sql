-- Contacts (联系人) of a customer; exactly one primary per customer that has contacts.
CREATE TABLE contact (
    id            UUID         PRIMARY KEY,
    tenant        VARCHAR(64)  NOT NULL,
    customer_id   UUID         NOT NULL REFERENCES customer (id),
    name          VARCHAR(100) NOT NULL,
    title         VARCHAR(100),
    department    VARCHAR(100),
    phone         VARCHAR(32),
    email         VARCHAR(254),
    other_contact VARCHAR(200),
    decision_role VARCHAR(16),
    is_primary    BOOLEAN      NOT NULL,
    notes         VARCHAR(2000),
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       INT          NOT NULL DEFAULT 0
);

CREATE INDEX contact_tenant_customer ON contact (tenant, customer_id);
CREATE UNIQUE INDEX contact_one_primary ON contact (tenant, customer_id) WHERE is_primary;
