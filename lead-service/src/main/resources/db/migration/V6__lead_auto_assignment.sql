-- Round-robin automatic assignment, optional per tenant: who takes turns, and the cursor (turns taken since the
-- list was last changed; the next lead goes to salespeople[turns % cardinality + 1]). Captures move the cursor with
-- an atomic UPDATE ... RETURNING inside their own transaction.
CREATE TABLE lead_auto_assignment (
    tenant      VARCHAR(64) PRIMARY KEY,
    enabled     BOOLEAN     NOT NULL,
    salespeople TEXT[]      NOT NULL,
    turns       BIGINT      NOT NULL DEFAULT 0,
    updated_by  VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
