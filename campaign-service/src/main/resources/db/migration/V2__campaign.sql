-- Campaigns (市场活动), their forms, members and page views. Shared by the campaign/, form/, link/, member/,
-- publicpage/ and stats/ features; later migrations: V3-V4 campaign and form, V5-V6 members and public page,
-- V7-V8 stats, V9+ sync.

-- A tenant's own campaign types beside the built-in ones (CONFERENCE, EXHIBITION, WEBINAR, SALON, ADVERTISING,
-- CONTENT, OTHER), as lead-service keeps its source channels.
CREATE TABLE campaign_type (
    tenant     VARCHAR(64)  NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    label      VARCHAR(100) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant, code)
);

CREATE TABLE campaign (
    id               UUID          PRIMARY KEY,
    tenant           VARCHAR(64)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    type             VARCHAR(32)   NOT NULL,
    mode             VARCHAR(8)    NOT NULL CHECK (mode IN ('ONLINE', 'OFFLINE')),
    start_at         TIMESTAMPTZ   NOT NULL,
    end_at           TIMESTAMPTZ   NOT NULL,
    owner_id         VARCHAR(64)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    budget           NUMERIC(19, 2) NOT NULL CHECK (budget >= 0),
    actual_cost      NUMERIC(19, 2) CHECK (actual_cost >= 0),
    expected_leads   INTEGER       CHECK (expected_leads >= 0),
    expected_revenue NUMERIC(19, 2) CHECK (expected_revenue >= 0),
    target_object    VARCHAR(8)    NOT NULL CHECK (target_object IN ('LEAD', 'CUSTOMER')),
    description      TEXT,
    status           VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED')),
    auto_sync        BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the current form's version; null until the second step of creation saved a form
    form_version     INTEGER,
    -- the promotion link's secret token (online campaigns, from publishing on); regenerating replaces it
    link_token       VARCHAR(64)   UNIQUE,
    link_issued_at   TIMESTAMPTZ,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    published_at     TIMESTAMPTZ,
    closed_at        TIMESTAMPTZ,
    version          INTEGER       NOT NULL DEFAULT 0,
    CHECK (end_at > start_at)
);

CREATE INDEX campaign_tenant_start ON campaign (tenant, start_at DESC, id);
CREATE INDEX campaign_tenant_status ON campaign (tenant, status);
CREATE INDEX campaign_published_end ON campaign (end_at) WHERE status = 'PUBLISHED';

-- Every version of a campaign's form: a member keeps the version it answered, so earlier answers stay readable.
CREATE TABLE campaign_form (
    campaign_id UUID        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    version     INTEGER     NOT NULL,
    -- [{"key","label","type","required","options"}] in display order
    fields      JSONB       NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (campaign_id, version)
);

-- A person who signed up online or was entered offline. Phone and e-mail are kept normalized beside the answers so
-- that a second submission of the same person updates the member instead of adding one.
CREATE TABLE campaign_member (
    id           UUID         PRIMARY KEY,
    tenant       VARCHAR(64)  NOT NULL,
    campaign_id  UUID         NOT NULL REFERENCES campaign (id),
    form_version INTEGER      NOT NULL,
    origin       VARCHAR(8)   NOT NULL CHECK (origin IN ('ONLINE', 'OFFLINE')),
    answers      JSONB        NOT NULL,
    name         VARCHAR(200),
    phone        VARCHAR(32),
    email        VARCHAR(254),
    submissions  INTEGER      NOT NULL DEFAULT 1,
    sync_status  VARCHAR(8)   NOT NULL DEFAULT 'PENDING' CHECK (sync_status IN ('PENDING', 'SYNCED', 'FAILED')),
    sync_error   VARCHAR(64),
    lead_id      UUID,
    customer_id  UUID,
    synced_at    TIMESTAMPTZ,
    created_by   VARCHAR(64),
    submitted_at TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    version      INTEGER      NOT NULL DEFAULT 0,
    CHECK (phone IS NOT NULL OR email IS NOT NULL)
);

CREATE UNIQUE INDEX campaign_member_phone ON campaign_member (campaign_id, phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX campaign_member_email ON campaign_member (campaign_id, email) WHERE email IS NOT NULL;
CREATE INDEX campaign_member_list ON campaign_member (campaign_id, submitted_at DESC, id);
CREATE INDEX campaign_member_unsynced ON campaign_member (campaign_id, id) WHERE sync_status <> 'SYNCED';

-- Page views per campaign and day, spread over a few rows so that simultaneous views do not queue on one row lock;
-- the day's views are the sum of its shards. Increments are atomic (UPDATE … + 1), so none is lost.
CREATE TABLE campaign_view (
    campaign_id UUID     NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    day         DATE     NOT NULL,
    shard       SMALLINT NOT NULL,
    views       BIGINT   NOT NULL,
    PRIMARY KEY (campaign_id, day, shard)
);

-- Unique visitors per campaign and day: a keyed hash (HMAC) of the client address and user agent with a secret and
-- the day, so no raw IP address is stored and a visitor cannot be followed from one day to the next.
CREATE TABLE campaign_visitor (
    campaign_id UUID  NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    day         DATE  NOT NULL,
    visitor     BYTEA NOT NULL,
    PRIMARY KEY (campaign_id, day, visitor)
);
