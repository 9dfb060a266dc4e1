-- Follow-ups (跟进记录): a lead's timeline.
CREATE TABLE follow_up (
    id                UUID          PRIMARY KEY,
    tenant            VARCHAR(64)   NOT NULL,
    lead_id           UUID          NOT NULL REFERENCES lead (id),
    type              VARCHAR(16)   NOT NULL,
    content           VARCHAR(2000) NOT NULL,
    occurred_at       TIMESTAMPTZ   NOT NULL,
    next_follow_up_at TIMESTAMPTZ,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL
);

CREATE INDEX follow_up_lead ON follow_up (tenant, lead_id, occurred_at DESC);
