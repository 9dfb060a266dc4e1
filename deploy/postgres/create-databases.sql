-- Creates the five service databases if they are absent (idempotent; safe to run at every start).
-- Run with psql, which supplies the name prefix (docs/platform-conventions.md, CRM_DB_PREFIX):
--   psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -v prefix=crm_ -f create-databases.sql
-- CREATE DATABASE cannot run inside a function or transaction block, hence psql's \gexec.
SELECT format('CREATE DATABASE %I', :'prefix' || s.name)
  FROM (VALUES ('lead'), ('customer'), ('deal'), ('campaign'), ('billing')) AS s(name)
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'prefix' || s.name)
\gexec
