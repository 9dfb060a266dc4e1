-- The full lead: more ways to reach the person, profile, free custom fields, follow-up times, why it is invalid,
-- since when the current owner holds it (for recycling), and normalized phone/email for duplicate detection.
ALTER TABLE lead
    ADD COLUMN other_contact     VARCHAR(100),
    ADD COLUMN industry          VARCHAR(100),
    ADD COLUMN city              VARCHAR(100),
    ADD COLUMN notes             VARCHAR(2000),
    ADD COLUMN custom_fields     JSONB        NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN last_follow_up_at TIMESTAMPTZ,
    ADD COLUMN next_follow_up_at TIMESTAMPTZ,
    ADD COLUMN invalid_reason    VARCHAR(500),
    ADD COLUMN owned_since       TIMESTAMPTZ,
    ADD COLUMN phone_normalized  VARCHAR(32),
    ADD COLUMN email_normalized  VARCHAR(254);

UPDATE lead
   SET phone_normalized = NULLIF(regexp_replace(phone, '[^0-9]', '', 'g'), ''),
       email_normalized = lower(email),
       owned_since      = CASE WHEN owner_id IS NOT NULL THEN created_at END;

CREATE INDEX lead_tenant_phone ON lead (tenant, phone_normalized) WHERE phone_normalized IS NOT NULL;
CREATE INDEX lead_tenant_email ON lead (tenant, email_normalized) WHERE email_normalized IS NOT NULL;
CREATE INDEX lead_tenant_status ON lead (tenant, status, created_at DESC);
CREATE INDEX lead_tenant_campaign ON lead (tenant, campaign_id) WHERE campaign_id IS NOT NULL;
