-- One sync per campaign at a time: the running sync holds a lease it renews after every batch. A sync that died
-- (crash, restart) leaves a lease that simply expires; the next sync takes it over and sends what is left.
CREATE TABLE campaign_sync_lease (
    campaign_id UUID        PRIMARY KEY REFERENCES campaign (id) ON DELETE CASCADE,
    holder      VARCHAR(64) NOT NULL,
    lease_until TIMESTAMPTZ NOT NULL
);
