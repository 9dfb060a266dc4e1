-- pgbench script (deploy/bench/aging.db.sh): one aging report over tenant acme's whole receivables, as
-- billing-service sends it (JdbcReceivableRepository.AGING_SUMMED, no filters) in its read-only report transaction
-- with its statement_timeout. :today is the business day (Asia/Shanghai), bound as a parameter by the service; here
-- a variable: psql -v today="'2026-12-01'", pgbench -D today="'2026-12-01'".
BEGIN READ ONLY;
SELECT set_config('statement_timeout', '5s', true);
WITH open AS (
    SELECT o.currency, sum(o.contracts) AS contracts, sum(o.unscheduled) AS unscheduled
    FROM (SELECT currency, contracts, unscheduled FROM receivable_aging_open
          WHERE tenant = 'acme'
          UNION ALL
          SELECT currency, contracts, unscheduled FROM receivable_aging_change
          WHERE tenant = 'acme' AND due_date IS NULL) o
    GROUP BY o.currency),
days AS (
    SELECT u.currency, u.due_date, sum(u.unpaid) AS unpaid
    FROM (SELECT currency, due_date, unpaid FROM receivable_aging_day WHERE tenant = 'acme'
          UNION ALL
          SELECT currency, due_date, unpaid FROM receivable_aging_change
          WHERE tenant = 'acme' AND due_date IS NOT NULL) u
    GROUP BY u.currency, u.due_date),
buckets AS (
    SELECT d.currency,
           COALESCE(sum(d.unpaid) FILTER (WHERE d.due_date >= CAST(:today AS DATE)), 0) AS not_yet_due,
           COALESCE(sum(d.unpaid) FILTER (WHERE CAST(:today AS DATE) - d.due_date BETWEEN 1 AND 30), 0) AS d30,
           COALESCE(sum(d.unpaid) FILTER (WHERE CAST(:today AS DATE) - d.due_date BETWEEN 31 AND 60), 0) AS d60,
           COALESCE(sum(d.unpaid) FILTER (WHERE CAST(:today AS DATE) - d.due_date BETWEEN 61 AND 90), 0) AS d90,
           COALESCE(sum(d.unpaid) FILTER (WHERE CAST(:today AS DATE) - d.due_date > 90), 0) AS over90
    FROM days d
    GROUP BY d.currency)
SELECT p.currency, p.contracts, COALESCE(b.not_yet_due, 0) AS not_yet_due, COALESCE(b.d30, 0) AS d30,
       COALESCE(b.d60, 0) AS d60, COALESCE(b.d90, 0) AS d90, COALESCE(b.over90, 0) AS over90, p.unscheduled
FROM open p LEFT JOIN buckets b ON b.currency = p.currency
WHERE p.contracts > 0
ORDER BY p.currency;
COMMIT;
