-- Campaign members taken in as leads (campaign-service's sync and auto-sync). One row per member and tenant, written
-- in the transaction that creates (or links) the lead: taking a member again answers this row and creates nothing.
-- A member refused by the lead rules (FAILED) is not stored, so a later sync tries it again.
CREATE TABLE campaign_member_intake (
    tenant      VARCHAR(64)  NOT NULL,
    member_id   UUID         NOT NULL,
    campaign_id UUID         NOT NULL,
    outcome     VARCHAR(8)   NOT NULL CHECK (outcome IN ('CREATED', 'LINKED')),
    lead_id     UUID         NOT NULL,
    taken_by    VARCHAR(64)  NOT NULL,
    taken_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant, member_id)
);

CREATE INDEX campaign_member_intake_lead ON campaign_member_intake (tenant, lead_id);
