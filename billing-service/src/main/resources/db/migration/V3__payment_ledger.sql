-- Payments (回款) as an append-only ledger: a payment's facts never change and no row is ever deleted; a mistake is
-- reversed by finance, which adds a REVERSED entry with its reason. Triggers refuse anything else, whatever the
-- client (billing-service README, "Ledger").
CREATE TABLE payment (
    id              UUID          PRIMARY KEY,
    tenant          VARCHAR(64)   NOT NULL,
    contract_id     UUID          NOT NULL,
    customer_id     UUID          NOT NULL,
    amount          NUMERIC(19,2) NOT NULL CHECK (amount > 0),
    currency        CHAR(3)       NOT NULL,
    received_at     DATE          NOT NULL,
    method          VARCHAR(16)   NOT NULL
        CHECK (method IN ('BANK_TRANSFER', 'CASH', 'CHECK', 'ALIPAY', 'WECHAT_PAY', 'OTHER')),
    reference       VARCHAR(100),
    installment_ids UUID[]        NOT NULL DEFAULT '{}',
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('RECORDED', 'CONFIRMED', 'REVERSED')),
    recorded_by     VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    confirmed_by    VARCHAR(64),
    confirmed_at    TIMESTAMPTZ,
    reversed_by     VARCHAR(64),
    reversed_at     TIMESTAMPTZ,
    reversal_reason VARCHAR(500),
    -- The client's Idempotency-Key and a hash of what it asked, to answer a repeat with the same payment.
    idempotency_key VARCHAR(200),
    request_hash    CHAR(64),
    FOREIGN KEY (tenant, contract_id) REFERENCES contract (tenant, id),
    CHECK (status <> 'CONFIRMED' OR (confirmed_by IS NOT NULL AND confirmed_at IS NOT NULL)),
    CHECK (status <> 'REVERSED' OR (reversed_by IS NOT NULL AND reversed_at IS NOT NULL AND reversal_reason IS NOT NULL)),
    CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))
);

CREATE INDEX payment_contract ON payment (tenant, contract_id);
CREATE INDEX payment_customer ON payment (tenant, customer_id);
CREATE INDEX payment_received ON payment (tenant, received_at DESC, id);
CREATE UNIQUE INDEX payment_idempotency_key ON payment (tenant, recorded_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- The ledger: one entry per event in a payment's life, each at most once (so a payment is confirmed once and
-- reversed once, whatever races). amount: RECORDED +amount, CONFIRMED +amount (now collected), REVERSED -amount.
CREATE TABLE payment_entry (
    id         UUID          PRIMARY KEY,
    tenant     VARCHAR(64)   NOT NULL,
    payment_id UUID          NOT NULL REFERENCES payment (id),
    kind       VARCHAR(10)   NOT NULL CHECK (kind IN ('RECORDED', 'CONFIRMED', 'REVERSED')),
    amount     NUMERIC(19,2) NOT NULL,
    reason     VARCHAR(500),
    entered_by VARCHAR(64)   NOT NULL,
    entered_at TIMESTAMPTZ   NOT NULL,
    UNIQUE (payment_id, kind),
    CHECK ((kind = 'REVERSED') = (amount < 0)),
    CHECK (kind <> 'REVERSED' OR reason IS NOT NULL)
);

-- Which installments a payment's money settles, and how much of it each got. Only added to: a payment's
-- allocations count while it is not reversed.
CREATE TABLE payment_allocation (
    id             BIGSERIAL     PRIMARY KEY,
    tenant         VARCHAR(64)   NOT NULL,
    payment_id     UUID          NOT NULL REFERENCES payment (id),
    installment_id UUID          NOT NULL REFERENCES installment (id),
    amount         NUMERIC(19,2) NOT NULL CHECK (amount > 0),
    allocated_at   TIMESTAMPTZ   NOT NULL
);

CREATE INDEX payment_allocation_payment ON payment_allocation (payment_id);
CREATE INDEX payment_allocation_installment ON payment_allocation (installment_id);

-- Entries and allocations are never updated, deleted or truncated.
CREATE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER payment_entry_append_only BEFORE UPDATE OR DELETE ON payment_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER payment_entry_no_truncate BEFORE TRUNCATE ON payment_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER payment_allocation_append_only BEFORE UPDATE OR DELETE ON payment_allocation
    FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER payment_allocation_no_truncate BEFORE TRUNCATE ON payment_allocation
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER payment_no_truncate BEFORE TRUNCATE ON payment
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();

-- A payment is never deleted; its facts never change; its status only moves RECORDED → CONFIRMED → REVERSED or
-- RECORDED → REVERSED, and who confirmed or reversed it, once set, stays.
CREATE FUNCTION guard_payment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'payment % is never deleted: reverse it', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.id, NEW.tenant, NEW.contract_id, NEW.customer_id, NEW.amount, NEW.currency, NEW.received_at, NEW.method,
        NEW.reference, NEW.installment_ids, NEW.recorded_by, NEW.created_at, NEW.idempotency_key, NEW.request_hash)
       IS DISTINCT FROM
       (OLD.id, OLD.tenant, OLD.contract_id, OLD.customer_id, OLD.amount, OLD.currency, OLD.received_at, OLD.method,
        OLD.reference, OLD.installment_ids, OLD.recorded_by, OLD.created_at, OLD.idempotency_key, OLD.request_hash) THEN
        RAISE EXCEPTION 'payment % is never edited: reverse it', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NOT ((OLD.status = 'RECORDED' AND NEW.status IN ('CONFIRMED', 'REVERSED'))
            OR (OLD.status = 'CONFIRMED' AND NEW.status = 'REVERSED')) THEN
        RAISE EXCEPTION 'payment % cannot go from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (OLD.confirmed_at IS NOT NULL AND (NEW.confirmed_by, NEW.confirmed_at) IS DISTINCT FROM (OLD.confirmed_by, OLD.confirmed_at))
       OR (OLD.reversed_at IS NOT NULL) THEN
        RAISE EXCEPTION 'payment % keeps who confirmed and reversed it', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER payment_guard BEFORE UPDATE OR DELETE ON payment FOR EACH ROW EXECUTE FUNCTION guard_payment();

-- Each live installment with what is paid of it (confirmed payments) and reserved (recorded or confirmed, not
-- reversed): computed from the ledger on every read, never stored, so it cannot drift from it.
CREATE VIEW installment_balance AS
SELECT i.id, i.tenant, i.contract_id, i.due_date, i.amount, i.note, i.position, i.overdue_notified_for,
       COALESCE((SELECT sum(a.amount) FROM payment_allocation a JOIN payment p ON p.id = a.payment_id
                 WHERE a.installment_id = i.id AND p.status = 'CONFIRMED'), 0) AS paid,
       COALESCE((SELECT sum(a.amount) FROM payment_allocation a JOIN payment p ON p.id = a.payment_id
                 WHERE a.installment_id = i.id AND p.status <> 'REVERSED'), 0) AS reserved
FROM installment i
WHERE i.removed_at IS NULL;

-- Each contract with its planned, collected (confirmed) and recorded-unconfirmed totals, from the ledger.
CREATE VIEW contract_balance AS
SELECT c.tenant, c.id, c.number, c.title, c.customer_id, c.owner_id, c.amount, c.currency, c.status,
       c.source_campaign_id, c.version, c.changed_at,
       COALESCE((SELECT sum(i.amount) FROM installment i
                 WHERE i.tenant = c.tenant AND i.contract_id = c.id AND i.removed_at IS NULL), 0) AS planned,
       COALESCE((SELECT sum(p.amount) FROM payment p
                 WHERE p.tenant = c.tenant AND p.contract_id = c.id AND p.status = 'CONFIRMED'), 0) AS collected,
       COALESCE((SELECT sum(p.amount) FROM payment p
                 WHERE p.tenant = c.tenant AND p.contract_id = c.id AND p.status = 'RECORDED'), 0) AS recorded
FROM contract c;
