-- Every captured lead, counted once, by channel and campaign (from lead-service's lead-created events).
CREATE TABLE lead_attribution (
    lead_id     UUID         PRIMARY KEY,
    tenant      VARCHAR(64)  NOT NULL,
    source      VARCHAR(32)  NOT NULL,
    campaign_id UUID,
    captured_at TIMESTAMPTZ  NOT NULL
);

CREATE INDEX lead_attribution_tenant_source ON lead_attribution (tenant, source);
CREATE INDEX lead_attribution_tenant_campaign ON lead_attribution (tenant, campaign_id) WHERE campaign_id IS NOT NULL;
