-- Campaign members taken in as customers (campaign-service's sync and auto-sync). One row per member and tenant,
-- written in the transaction that creates (or links) the customer: taking a member again answers this row and
-- creates nothing. A member refused by the customer rules (FAILED) is not stored, so a later sync tries it again.
CREATE TABLE campaign_member_intake (
    tenant      VARCHAR(64)  NOT NULL,
    member_id   UUID         NOT NULL,
    campaign_id UUID         NOT NULL,
    outcome     VARCHAR(8)   NOT NULL CHECK (outcome IN ('CREATED', 'LINKED')),
    customer_id UUID         NOT NULL,
    taken_by    VARCHAR(64)  NOT NULL,
    taken_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant, member_id)
);

CREATE INDEX campaign_member_intake_customer ON campaign_member_intake (tenant, customer_id);

-- A batch of members is matched against the contacts' phones (digits only) and e-mails (lower case) in one query.
CREATE INDEX contact_tenant_phone_digits ON contact (tenant, (NULLIF(regexp_replace(phone, '[^0-9]', '', 'g'), '')));
CREATE INDEX contact_tenant_email ON contact (tenant, lower(email));
