-- The totals the receivables reports read, kept up to date with every write instead of summed from the ledger on
-- each read (billing-service README, "Totals and aging"). The ledger (payment, payment_entry, payment_allocation)
-- stays the source of truth and append-only; these two tables are derived from it and from the plans and the
-- contract read model, by the triggers below, in the same transaction as the write that changes them. Every such
-- write already holds the contract's row lock (SELECT … FOR UPDATE), so the kept totals of a contract change one
-- transaction at a time and stay exact. The contract_balance and installment_balance views still compute the same
-- numbers from the ledger; ReceivableTotalsIT checks that both agree.

-- One row per contract: the contract's report fields, its ledger totals, and what the aging and the overdue
-- amount need from its live installments.
CREATE TABLE contract_receivable (
    tenant           VARCHAR(64)   NOT NULL,
    contract_id      UUID          NOT NULL,
    customer_id      UUID          NOT NULL,
    owner_id         VARCHAR(64)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    amount           NUMERIC(19,2) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    -- live installments: their sum, count, unpaid (amount - confirmed allocations) and the first and last due date
    -- of one with something unpaid
    planned          NUMERIC       NOT NULL DEFAULT 0,
    installments     INT           NOT NULL DEFAULT 0,
    scheduled_unpaid NUMERIC       NOT NULL DEFAULT 0,
    first_unpaid_due DATE,
    last_unpaid_due  DATE,
    -- payments: CONFIRMED (collected), RECORDED (recorded, not confirmed), and how many there are in any status
    collected        NUMERIC       NOT NULL DEFAULT 0,
    recorded         NUMERIC       NOT NULL DEFAULT 0,
    payments         INT           NOT NULL DEFAULT 0,
    -- a receivable: payable (ACTIVE or COMPLETED), or with a plan or payments
    listed           BOOLEAN       GENERATED ALWAYS AS (status IN ('ACTIVE', 'COMPLETED') OR installments > 0
                                                        OR payments > 0) STORED,
    PRIMARY KEY (tenant, contract_id),
    FOREIGN KEY (tenant, contract_id) REFERENCES contract (tenant, id)
);

-- One row per live installment (removed ones are dropped from it) with what confirmed payments paid of it.
CREATE TABLE installment_receivable (
    installment_id UUID          PRIMARY KEY,
    tenant         VARCHAR(64)   NOT NULL,
    contract_id    UUID          NOT NULL,
    due_date       DATE          NOT NULL,
    amount         NUMERIC(19,2) NOT NULL,
    paid           NUMERIC       NOT NULL DEFAULT 0,
    unpaid         NUMERIC       GENERATED ALWAYS AS (amount - paid) STORED
);

-- Backfill from the ledger, the plans and the read model.
INSERT INTO installment_receivable (installment_id, tenant, contract_id, due_date, amount, paid)
SELECT i.id, i.tenant, i.contract_id, i.due_date, i.amount, COALESCE(a.paid, 0)
FROM installment i
LEFT JOIN (SELECT a.installment_id, sum(a.amount) AS paid
           FROM payment_allocation a JOIN payment p ON p.id = a.payment_id
           WHERE p.status = 'CONFIRMED'
           GROUP BY a.installment_id) a ON a.installment_id = i.id
WHERE i.removed_at IS NULL;

INSERT INTO contract_receivable (tenant, contract_id, customer_id, owner_id, currency, amount, status, planned,
                                 installments, scheduled_unpaid, first_unpaid_due, last_unpaid_due, collected,
                                 recorded, payments)
SELECT c.tenant, c.id, c.customer_id, c.owner_id, c.currency, c.amount, c.status,
       COALESCE(s.planned, 0), COALESCE(s.installments, 0), COALESCE(s.unpaid, 0), s.first_due, s.last_due,
       COALESCE(p.collected, 0), COALESCE(p.recorded, 0), COALESCE(p.payments, 0)
FROM contract c
LEFT JOIN (SELECT tenant, contract_id, sum(amount) AS planned, count(*) AS installments, sum(unpaid) AS unpaid,
                  min(due_date) FILTER (WHERE unpaid > 0) AS first_due,
                  max(due_date) FILTER (WHERE unpaid > 0) AS last_due
           FROM installment_receivable GROUP BY tenant, contract_id) s
       ON s.tenant = c.tenant AND s.contract_id = c.id
LEFT JOIN (SELECT tenant, contract_id, sum(amount) FILTER (WHERE status = 'CONFIRMED') AS collected,
                  sum(amount) FILTER (WHERE status = 'RECORDED') AS recorded, count(*) AS payments
           FROM payment GROUP BY tenant, contract_id) p
       ON p.tenant = c.tenant AND p.contract_id = c.id;

-- The overdue amount of a contract (installments due before a day) and the kept totals' own upkeep.
CREATE INDEX installment_receivable_contract ON installment_receivable (tenant, contract_id, due_date) INCLUDE (unpaid);
-- The aging: the unpaid installments, narrow, by contract.
CREATE INDEX installment_receivable_unpaid ON installment_receivable (tenant, contract_id) INCLUDE (due_date, unpaid)
    WHERE unpaid > 0;
-- The reports' filters, within the receivables of a tenant.
CREATE INDEX contract_receivable_owner ON contract_receivable (tenant, owner_id) WHERE listed;
CREATE INDEX contract_receivable_customer ON contract_receivable (tenant, customer_id) WHERE listed;
-- status=overdue|outstanding and the aging: the contracts not fully collected, by their first unpaid due date.
CREATE INDEX contract_receivable_open ON contract_receivable (tenant, first_unpaid_due)
    WHERE listed AND collected < amount;
-- status=paid
CREATE INDEX contract_receivable_paid ON contract_receivable (tenant) WHERE listed AND collected >= amount;

-- Recomputes a contract's installment-derived totals from its (few) installment_receivable rows.
CREATE FUNCTION refresh_contract_schedule(p_tenant VARCHAR, p_contract UUID) RETURNS void LANGUAGE sql AS $$
    UPDATE contract_receivable r
    SET planned = s.planned, installments = s.installments, scheduled_unpaid = s.unpaid,
        first_unpaid_due = s.first_due, last_unpaid_due = s.last_due
    FROM (SELECT COALESCE(sum(amount), 0) AS planned, count(*) AS installments, COALESCE(sum(unpaid), 0) AS unpaid,
                 min(due_date) FILTER (WHERE unpaid > 0) AS first_due,
                 max(due_date) FILTER (WHERE unpaid > 0) AS last_due
          FROM installment_receivable WHERE tenant = p_tenant AND contract_id = p_contract) s
    WHERE r.tenant = p_tenant AND r.contract_id = p_contract;
$$;

-- The contract read model: a new contract gets its row, a change of its report fields is copied.
CREATE FUNCTION keep_contract_receivable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO contract_receivable (tenant, contract_id, customer_id, owner_id, currency, amount, status)
    VALUES (NEW.tenant, NEW.id, NEW.customer_id, NEW.owner_id, NEW.currency, NEW.amount, NEW.status)
    ON CONFLICT (tenant, contract_id) DO UPDATE
        SET customer_id = EXCLUDED.customer_id, owner_id = EXCLUDED.owner_id, currency = EXCLUDED.currency,
            amount = EXCLUDED.amount, status = EXCLUDED.status;
    RETURN NULL;
END
$$;

CREATE TRIGGER contract_receivable_keep
    AFTER INSERT OR UPDATE OF customer_id, owner_id, currency, amount, status ON contract
    FOR EACH ROW EXECUTE FUNCTION keep_contract_receivable();

-- Plans: an installment added, changed or removed.
CREATE FUNCTION keep_installment_receivable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.removed_at IS NOT NULL THEN
        DELETE FROM installment_receivable WHERE installment_id = NEW.id;
    ELSIF TG_OP = 'UPDATE' AND OLD.removed_at IS NULL THEN
        UPDATE installment_receivable SET due_date = NEW.due_date, amount = NEW.amount
        WHERE installment_id = NEW.id;
    ELSE
        INSERT INTO installment_receivable (installment_id, tenant, contract_id, due_date, amount, paid)
        VALUES (NEW.id, NEW.tenant, NEW.contract_id, NEW.due_date, NEW.amount,
                COALESCE((SELECT sum(a.amount) FROM payment_allocation a JOIN payment p ON p.id = a.payment_id
                          WHERE a.installment_id = NEW.id AND p.status = 'CONFIRMED'), 0))
        ON CONFLICT (installment_id) DO UPDATE SET due_date = EXCLUDED.due_date, amount = EXCLUDED.amount,
                                                   paid = EXCLUDED.paid;
    END IF;
    PERFORM refresh_contract_schedule(NEW.tenant, NEW.contract_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER installment_receivable_keep
    AFTER INSERT OR UPDATE OF due_date, amount, removed_at ON installment
    FOR EACH ROW EXECUTE FUNCTION keep_installment_receivable();

-- Payments: recorded (RECORDED, or straight CONFIRMED), confirmed, reversed. A change in whether the payment is
-- confirmed moves its allocations in or out of its installments' paid.
CREATE FUNCTION keep_payment_totals() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_confirmed BOOLEAN := FALSE;
    was_recorded  BOOLEAN := FALSE;
    is_confirmed  BOOLEAN := NEW.status = 'CONFIRMED';
    is_recorded   BOOLEAN := NEW.status = 'RECORDED';
    direction     INT;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        was_confirmed := OLD.status = 'CONFIRMED';
        was_recorded := OLD.status = 'RECORDED';
        IF OLD.status = NEW.status THEN
            RETURN NULL;
        END IF;
    END IF;
    UPDATE contract_receivable
    SET collected = collected + (CASE WHEN is_confirmed THEN NEW.amount ELSE 0 END)
                              - (CASE WHEN was_confirmed THEN NEW.amount ELSE 0 END),
        recorded = recorded + (CASE WHEN is_recorded THEN NEW.amount ELSE 0 END)
                            - (CASE WHEN was_recorded THEN NEW.amount ELSE 0 END),
        payments = payments + (CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE 0 END)
    WHERE tenant = NEW.tenant AND contract_id = NEW.contract_id;
    IF TG_OP = 'UPDATE' AND is_confirmed <> was_confirmed THEN
        direction := CASE WHEN is_confirmed THEN 1 ELSE -1 END;
        UPDATE installment_receivable i SET paid = i.paid + direction * a.amount
        FROM (SELECT installment_id, sum(amount) AS amount FROM payment_allocation
              WHERE payment_id = NEW.id GROUP BY installment_id) a
        WHERE i.installment_id = a.installment_id;
        IF FOUND THEN
            PERFORM refresh_contract_schedule(NEW.tenant, NEW.contract_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER payment_totals_keep AFTER INSERT OR UPDATE OF status ON payment
    FOR EACH ROW EXECUTE FUNCTION keep_payment_totals();

-- Allocations: a confirmed payment's money given to an installment is paid of it at once; a recorded payment's
-- counts when it is confirmed (above).
CREATE FUNCTION keep_allocation_paid() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    p_tenant   VARCHAR;
    p_contract UUID;
BEGIN
    IF (SELECT status FROM payment WHERE id = NEW.payment_id) = 'CONFIRMED' THEN
        UPDATE installment_receivable SET paid = paid + NEW.amount WHERE installment_id = NEW.installment_id
        RETURNING tenant, contract_id INTO p_tenant, p_contract;
        IF FOUND THEN
            PERFORM refresh_contract_schedule(p_tenant, p_contract);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER payment_allocation_paid_keep AFTER INSERT ON payment_allocation
    FOR EACH ROW EXECUTE FUNCTION keep_allocation_paid();

ANALYZE contract_receivable;
ANALYZE installment_receivable;
