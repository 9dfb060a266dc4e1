-- The aging report's totals, already summed: what is unpaid per tenant, currency and due day (and per owner, for
-- ?ownerId=), and how many contracts are open and how much of them no installment covers (unscheduled) per tenant,
-- owner and currency. The report then sums a few hundred rows for "today" instead of reading every open contract and
-- its installments (billing-service README, "Totals" and "Overdue and aging").
--
-- They are derived from V4's kept totals (contract_receivable, installment_receivable) by the triggers below, in the
-- same transaction as the write. So that concurrent payments on different contracts never queue on a shared total
-- row (nor deadlock by touching several in different orders), the triggers only INSERT changes into
-- receivable_aging_change; fold_receivable_aging() (billing-service's AgingFoldJob, every few seconds) moves them into
-- the summed tables in one transaction. A report reads the summed rows plus the changes not yet folded, so it is exact
-- at every moment, folded or not.
--
-- Open contract: listed AND collected < amount (what the aging has always counted). Its installments with something
-- unpaid (unpaid > 0) count in the buckets by their due date; GREATEST(amount - collected - scheduled_unpaid, 0) is
-- its unscheduled part.

CREATE TABLE receivable_aging_day (
    tenant   VARCHAR(64) NOT NULL,
    currency CHAR(3)     NOT NULL,
    due_date DATE        NOT NULL,
    unpaid   NUMERIC     NOT NULL,
    PRIMARY KEY (tenant, currency, due_date)
);

CREATE TABLE receivable_aging_owner_day (
    tenant   VARCHAR(64) NOT NULL,
    owner_id VARCHAR(64) NOT NULL,
    currency CHAR(3)     NOT NULL,
    due_date DATE        NOT NULL,
    unpaid   NUMERIC     NOT NULL,
    PRIMARY KEY (tenant, owner_id, currency, due_date)
);

-- the rows the fold finds come to nothing, to drop them
CREATE INDEX receivable_aging_day_zero ON receivable_aging_day (tenant) WHERE unpaid = 0;
CREATE INDEX receivable_aging_owner_day_zero ON receivable_aging_owner_day (tenant) WHERE unpaid = 0;

CREATE TABLE receivable_aging_open (
    tenant      VARCHAR(64) NOT NULL,
    owner_id    VARCHAR(64) NOT NULL,
    currency    CHAR(3)     NOT NULL,
    contracts   BIGINT      NOT NULL,
    unscheduled NUMERIC     NOT NULL,
    PRIMARY KEY (tenant, owner_id, currency)
);

-- Changes not yet folded: a row with a due date changes that day's unpaid (of the tenant and of the owner); a row
-- without one changes the open contracts' count and unscheduled.
CREATE TABLE receivable_aging_change (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant      VARCHAR(64) NOT NULL,
    owner_id    VARCHAR(64) NOT NULL,
    currency    CHAR(3)     NOT NULL,
    due_date    DATE,
    unpaid      NUMERIC     NOT NULL DEFAULT 0,
    contracts   INT         NOT NULL DEFAULT 0,
    unscheduled NUMERIC     NOT NULL DEFAULT 0
);
CREATE INDEX receivable_aging_change_owner ON receivable_aging_change (tenant, owner_id, currency);

-- Moves up to p_limit changes (oldest first) into the summed tables and drops summed rows that came to nothing;
-- answers how many it moved. One folder at a time (an advisory lock; another caller answers 0 at once). Only this
-- function and rebuild_receivable_aging() write the summed tables, so they never wait on the writes of payments.
CREATE FUNCTION fold_receivable_aging(p_limit INT) RETURNS INT LANGUAGE plpgsql AS $$
DECLARE
    folded INT;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('receivable_aging_fold')) THEN
        RETURN 0;
    END IF;
    WITH moved AS (
        DELETE FROM receivable_aging_change
        WHERE id IN (SELECT id FROM receivable_aging_change ORDER BY id LIMIT p_limit)
        RETURNING *),
    day AS (
        INSERT INTO receivable_aging_day AS d (tenant, currency, due_date, unpaid)
        SELECT tenant, currency, due_date, sum(unpaid) FROM moved WHERE due_date IS NOT NULL
        GROUP BY tenant, currency, due_date ORDER BY tenant, currency, due_date
        ON CONFLICT (tenant, currency, due_date) DO UPDATE SET unpaid = d.unpaid + EXCLUDED.unpaid),
    owner_day AS (
        INSERT INTO receivable_aging_owner_day AS d (tenant, owner_id, currency, due_date, unpaid)
        SELECT tenant, owner_id, currency, due_date, sum(unpaid) FROM moved WHERE due_date IS NOT NULL
        GROUP BY tenant, owner_id, currency, due_date ORDER BY tenant, owner_id, currency, due_date
        ON CONFLICT (tenant, owner_id, currency, due_date) DO UPDATE SET unpaid = d.unpaid + EXCLUDED.unpaid),
    open AS (
        INSERT INTO receivable_aging_open AS o (tenant, owner_id, currency, contracts, unscheduled)
        SELECT tenant, owner_id, currency, sum(contracts), sum(unscheduled) FROM moved WHERE due_date IS NULL
        GROUP BY tenant, owner_id, currency ORDER BY tenant, owner_id, currency
        ON CONFLICT (tenant, owner_id, currency) DO UPDATE
            SET contracts = o.contracts + EXCLUDED.contracts, unscheduled = o.unscheduled + EXCLUDED.unscheduled)
    SELECT count(*) INTO folded FROM moved;
    IF folded > 0 THEN
        DELETE FROM receivable_aging_day WHERE unpaid = 0;
        DELETE FROM receivable_aging_owner_day WHERE unpaid = 0;
        DELETE FROM receivable_aging_open WHERE contracts = 0 AND unscheduled = 0;
    END IF;
    RETURN folded;
END
$$;

-- Sums the aging totals afresh from contract_receivable and installment_receivable: the migration's backfill, and a
-- repair for anyone in doubt. Writers of money wait meanwhile (SHARE locks on the kept totals), folders too.
CREATE FUNCTION rebuild_receivable_aging() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE contract_receivable, installment_receivable IN SHARE MODE;
    PERFORM pg_advisory_xact_lock(hashtext('receivable_aging_fold'));
    DELETE FROM receivable_aging_change;
    DELETE FROM receivable_aging_day;
    DELETE FROM receivable_aging_owner_day;
    DELETE FROM receivable_aging_open;
    INSERT INTO receivable_aging_owner_day (tenant, owner_id, currency, due_date, unpaid)
    SELECT k.tenant, k.owner_id, k.currency, i.due_date, sum(i.unpaid)
    FROM contract_receivable k
    JOIN installment_receivable i ON i.tenant = k.tenant AND i.contract_id = k.contract_id
    WHERE k.listed AND k.collected < k.amount AND i.unpaid > 0
    GROUP BY k.tenant, k.owner_id, k.currency, i.due_date;
    INSERT INTO receivable_aging_day (tenant, currency, due_date, unpaid)
    SELECT tenant, currency, due_date, sum(unpaid) FROM receivable_aging_owner_day
    GROUP BY tenant, currency, due_date;
    INSERT INTO receivable_aging_open (tenant, owner_id, currency, contracts, unscheduled)
    SELECT tenant, owner_id, currency, count(*), sum(GREATEST(amount - collected - scheduled_unpaid, 0))
    FROM contract_receivable
    WHERE listed AND collected < amount
    GROUP BY tenant, owner_id, currency;
END
$$;

-- An installment's unpaid or due date changed, or it was added or dropped: if its contract is open, the change of
-- its contribution per due day.
CREATE FUNCTION note_installment_aging() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k          contract_receivable;
    old_due    DATE;
    new_due    DATE;
    old_unpaid NUMERIC := 0;
    new_unpaid NUMERIC := 0;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_due := OLD.due_date;
        old_unpaid := CASE WHEN OLD.unpaid > 0 THEN OLD.unpaid ELSE 0 END;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_due := NEW.due_date;
        new_unpaid := CASE WHEN NEW.unpaid > 0 THEN NEW.unpaid ELSE 0 END;
    END IF;
    IF (old_unpaid = 0 AND new_unpaid = 0) OR (old_due = new_due AND old_unpaid = new_unpaid) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        SELECT * INTO k FROM contract_receivable WHERE tenant = OLD.tenant AND contract_id = OLD.contract_id;
    ELSE
        SELECT * INTO k FROM contract_receivable WHERE tenant = NEW.tenant AND contract_id = NEW.contract_id;
    END IF;
    IF NOT FOUND OR NOT (k.listed AND k.collected < k.amount) THEN
        RETURN NULL;
    END IF;
    INSERT INTO receivable_aging_change (tenant, owner_id, currency, due_date, unpaid)
    SELECT k.tenant, k.owner_id, k.currency, d.due_date, sum(d.unpaid)
    FROM (VALUES (old_due, -old_unpaid), (new_due, new_unpaid)) d (due_date, unpaid)
    WHERE d.unpaid <> 0
    GROUP BY d.due_date
    HAVING sum(d.unpaid) <> 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER installment_aging_note AFTER INSERT OR UPDATE OR DELETE ON installment_receivable
    FOR EACH ROW EXECUTE FUNCTION note_installment_aging();

-- A contract's kept totals changed: the change of its count and unscheduled; and when it opens, closes, or moves to
-- another owner or currency, its unpaid installments move out of the old place and into the new one.
CREATE FUNCTION note_contract_aging() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_open BOOLEAN := FALSE;
    is_open  BOOLEAN := NEW.listed AND NEW.collected < NEW.amount;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (OLD.owner_id, OLD.currency, OLD.amount, OLD.collected, OLD.scheduled_unpaid, OLD.listed)
           IS NOT DISTINCT FROM
           (NEW.owner_id, NEW.currency, NEW.amount, NEW.collected, NEW.scheduled_unpaid, NEW.listed) THEN
            RETURN NULL;
        END IF;
        was_open := OLD.listed AND OLD.collected < OLD.amount;
    END IF;
    IF NOT was_open AND NOT is_open THEN
        RETURN NULL;
    END IF;
    INSERT INTO receivable_aging_change (tenant, owner_id, currency, contracts, unscheduled)
    SELECT NEW.tenant, c.owner_id, c.currency, sum(c.contracts), sum(c.unscheduled)
    FROM (SELECT OLD.owner_id, OLD.currency, -1, -GREATEST(OLD.amount - OLD.collected - OLD.scheduled_unpaid, 0)
          WHERE was_open
          UNION ALL
          SELECT NEW.owner_id, NEW.currency, 1, GREATEST(NEW.amount - NEW.collected - NEW.scheduled_unpaid, 0)
          WHERE is_open) c (owner_id, currency, contracts, unscheduled)
    GROUP BY c.owner_id, c.currency
    HAVING sum(c.contracts) <> 0 OR sum(c.unscheduled) <> 0;
    IF was_open <> is_open OR (OLD.owner_id, OLD.currency) IS DISTINCT FROM (NEW.owner_id, NEW.currency) THEN
        INSERT INTO receivable_aging_change (tenant, owner_id, currency, due_date, unpaid)
        SELECT NEW.tenant, s.owner_id, s.currency, i.due_date, s.sign * sum(i.unpaid)
        FROM installment_receivable i,
             (SELECT OLD.owner_id, OLD.currency, -1 WHERE was_open
              UNION ALL
              SELECT NEW.owner_id, NEW.currency, 1 WHERE is_open) s (owner_id, currency, sign)
        WHERE i.tenant = NEW.tenant AND i.contract_id = NEW.contract_id AND i.unpaid > 0
        GROUP BY s.owner_id, s.currency, s.sign, i.due_date;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER contract_aging_note AFTER INSERT OR UPDATE ON contract_receivable
    FOR EACH ROW EXECUTE FUNCTION note_contract_aging();

-- The backfill: whatever the kept totals hold now (V4 filled them from the ledger). Its SHARE locks make writers of
-- an older instance wait until this migration, triggers included, commits.
SELECT rebuild_receivable_aging();

ANALYZE receivable_aging_day;
ANALYZE receivable_aging_owner_day;
ANALYZE receivable_aging_open;
