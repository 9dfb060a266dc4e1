-- Campaigns, their types and forms (campaign/, campaigntype/, form/, link/ features), on top of V2.

-- Who added a tenant's own campaign type and when it was last renamed or (de)activated, as lead-service keeps its
-- source channels.
ALTER TABLE campaign_type ADD COLUMN created_by VARCHAR(64);
ALTER TABLE campaign_type ADD COLUMN updated_at TIMESTAMPTZ;
UPDATE campaign_type SET updated_at = created_at WHERE updated_at IS NULL;
ALTER TABLE campaign_type ALTER COLUMN updated_at SET NOT NULL;

-- The list's filters beside the (tenant, start_at) and (tenant, status) indexes of V2: "my campaigns".
CREATE INDEX campaign_tenant_owner ON campaign (tenant, owner_id, start_at DESC);
