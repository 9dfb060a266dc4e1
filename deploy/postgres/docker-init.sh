#!/bin/bash
# Init script of the postgres image (deploy/compose/compose.yaml mounts it into
# /docker-entrypoint-initdb.d/): creates the service databases with the shared SQL.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v prefix="${CRM_DB_PREFIX:-crm_}" -f /crm/create-databases.sql
