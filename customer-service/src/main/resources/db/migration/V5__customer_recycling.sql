-- Recycling rules (回收规则): an owned customer returns to the pool after N days without a follow-up or M days
-- without a deal, both counted from when its current owner got it. owned_since is that moment (NULL in the pool);
-- recycle_warned_due_at is the due date the owner was last warned about, cleared when the owner changes, so each
-- owner is warned once per due date.
ALTER TABLE customer ADD COLUMN owned_since TIMESTAMPTZ;
ALTER TABLE customer ADD COLUMN recycle_warned_due_at TIMESTAMPTZ;

UPDATE customer c
   SET owned_since = COALESCE((SELECT max(h.changed_at) FROM customer_history h
                                WHERE h.tenant = c.tenant AND h.customer_id = c.id AND h.to_owner_id = c.owner_id),
                              c.created_at)
 WHERE c.owner_id IS NOT NULL;

CREATE INDEX customer_recyclable ON customer (owned_since) WHERE owner_id IS NOT NULL AND deleted_at IS NULL;

-- A tenant's own rules; a tenant without a row uses crm.customer.recycling.* from the configuration.
CREATE TABLE customer_recycling_rules (
    tenant             VARCHAR(64) PRIMARY KEY,
    enabled            BOOLEAN     NOT NULL,
    no_follow_up_days  INT         NOT NULL,
    no_deal_days       INT         NOT NULL,
    warn_days_before   INT         NOT NULL,
    exempt_with_deal   BOOLEAN     NOT NULL,
    updated_by         VARCHAR(64) NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
