-- What deal-service knows of customer-service's customers and contacts: a read model built from the crm.customer
-- topic, so creating an opportunity or a contract never waits on customer-service (deal-service README).
CREATE TABLE known_customer (
    tenant             VARCHAR(64)  NOT NULL,
    id                 UUID         NOT NULL,
    name               VARCHAR(200) NOT NULL,
    owner_id           VARCHAR(64),
    source_campaign_id UUID,
    deleted            BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant, id)
);

CREATE TABLE known_contact (
    tenant      VARCHAR(64)  NOT NULL,
    id          UUID         NOT NULL,
    customer_id UUID         NOT NULL,
    name        VARCHAR(200) NOT NULL,
    deleted     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (tenant, id)
);

CREATE INDEX known_contact_customer ON known_contact (tenant, customer_id);

-- Each customer's deal status as last computed, and how many times it was: the sequence lets customer-service keep
-- the newest status whatever order the opportunity and contract events arrive in.
CREATE TABLE customer_deal (
    tenant      VARCHAR(64) NOT NULL,
    customer_id UUID        NOT NULL,
    status      VARCHAR(16) NOT NULL,
    sequence    BIGINT      NOT NULL,
    PRIMARY KEY (tenant, customer_id)
);
