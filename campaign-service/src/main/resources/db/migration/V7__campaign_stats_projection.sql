-- Campaign data and ROI (stats/): a projection of other services' events, one row per entity keyed by its id.
-- Rebuildable: empty these tables and the processed_event rows of consumer 'campaign-service.stats', reset the
-- consumer group 'campaign-service.stats' to the earliest offsets, and the same events give the same rows.

-- A lead captured for a campaign (lead.created with campaignId) and, once converted, its customer.
CREATE TABLE campaign_stats_lead (
    lead_id      UUID        PRIMARY KEY,
    tenant       VARCHAR(64) NOT NULL,
    campaign_id  UUID        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    customer_id  UUID,
    converted_at TIMESTAMPTZ
);

CREATE INDEX campaign_stats_lead_campaign ON campaign_stats_lead (tenant, campaign_id, created_at);

-- A customer a campaign brought: customer.created with sourceCampaignId, or lead.converted of a campaign's lead.
-- from_customer: the campaign came from customer.created, which wins over the lead's.
CREATE TABLE campaign_stats_customer (
    customer_id   UUID        PRIMARY KEY,
    tenant        VARCHAR(64) NOT NULL,
    campaign_id   UUID        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    lead_id       UUID,
    from_customer BOOLEAN     NOT NULL
);

CREATE INDEX campaign_stats_customer_campaign ON campaign_stats_customer (tenant, campaign_id, created_at);

-- Every opportunity (its newest state by deal-service's version); campaign_id is the event's sourceCampaignId.
-- created_at: the earliest change seen; won_at: when it became WON (null unless WON now).
CREATE TABLE campaign_stats_opportunity (
    opportunity_id UUID           PRIMARY KEY,
    tenant         VARCHAR(64)    NOT NULL,
    campaign_id    UUID,
    customer_id    UUID           NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    amount         NUMERIC(19, 2) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    created_at     TIMESTAMPTZ    NOT NULL,
    won_at         TIMESTAMPTZ,
    changed_at     TIMESTAMPTZ    NOT NULL,
    version        INTEGER        NOT NULL
);

CREATE INDEX campaign_stats_opportunity_campaign ON campaign_stats_opportunity (tenant, campaign_id);
CREATE INDEX campaign_stats_opportunity_customer ON campaign_stats_opportunity (customer_id);

-- Every contract (its newest state by version). approved_amount: the amount last approved (null before the first
-- approval); approved_at: the earliest change seen that carried an approved amount.
CREATE TABLE campaign_stats_contract (
    contract_id     UUID           PRIMARY KEY,
    tenant          VARCHAR(64)    NOT NULL,
    campaign_id     UUID,
    customer_id     UUID           NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    approved_amount NUMERIC(19, 2),
    currency        CHAR(3)        NOT NULL,
    signed_at       DATE,
    approved_at     TIMESTAMPTZ,
    changed_at      TIMESTAMPTZ    NOT NULL,
    version         INTEGER        NOT NULL
);

CREATE INDEX campaign_stats_contract_campaign ON campaign_stats_contract (tenant, campaign_id);
CREATE INDEX campaign_stats_contract_customer ON campaign_stats_contract (customer_id);

-- Every payment (its furthest status: RECORDED < CONFIRMED < REVERSED; billing's steps only go forward).
CREATE TABLE campaign_stats_payment (
    payment_id  UUID           PRIMARY KEY,
    tenant      VARCHAR(64)    NOT NULL,
    campaign_id UUID,
    contract_id UUID           NOT NULL,
    customer_id UUID           NOT NULL,
    amount      NUMERIC(19, 2) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    status      VARCHAR(16)    NOT NULL,
    received_at DATE           NOT NULL,
    changed_at  TIMESTAMPTZ    NOT NULL
);

CREATE INDEX campaign_stats_payment_campaign ON campaign_stats_payment (tenant, campaign_id);
CREATE INDEX campaign_stats_payment_customer ON campaign_stats_payment (customer_id);
