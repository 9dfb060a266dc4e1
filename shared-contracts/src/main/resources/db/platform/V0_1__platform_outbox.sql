-- The transactional outbox (Debezium's outbox shape: id, aggregate id, type, payload) plus delivery bookkeeping.
-- Rows are written in the business transaction and sent to Kafka by the relay; published rows are kept for
-- crm.outbox.retention and then purged.
CREATE TABLE outbox_event (
    position     BIGSERIAL PRIMARY KEY,          -- send order
    id           UUID         NOT NULL UNIQUE,   -- the CloudEvents id
    topic        VARCHAR(100) NOT NULL,          -- one topic per aggregate type, e.g. crm.lead
    aggregateid  VARCHAR(100) NOT NULL,          -- the Kafka record key
    type         VARCHAR(200) NOT NULL,          -- the CloudEvents type, e.g. com.crmplatform.lead.created.v1
    tenant       VARCHAR(100) NOT NULL,
    payload      JSONB        NOT NULL,          -- the whole CloudEvents envelope, as sent
    traceparent  VARCHAR(100),                   -- W3C trace context of the request that made the change
    occurred_at  TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   TEXT
);

CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Events a consumer of this service has applied: written in the same transaction as the effect.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
