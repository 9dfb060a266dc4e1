#!/usr/bin/env bash
# shellcheck disable=SC2016,SC2034 # the checks are single-quoted expressions that check() evaluates
# Checks a running Keycloak against what the platform relies on (deploy/README.md, "Keycloak"):
# token claims of a demo user, and the admin-API calls of the user directory's service account.
# Needs curl and jq. Uses deploy/env/local.env like deploy/crm (environment overrides win).
#   deploy/keycloak/verify-realm.sh            -> prints each check, exits 1 on the first failure
set -euo pipefail
DEPLOY_DIR="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
while IFS= read -r line || [[ -n $line ]]; do   # same rules as deploy/crm's load_env
  [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
  key=${line%%=*}
  [[ -n ${!key+set} ]] || eval "$key=\"${line#*=}\""
done <"$DEPLOY_DIR/env/local.env"

KC="http://127.0.0.1:$KEYCLOAK_PORT" REALM=$CRM_KEYCLOAK_REALM
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1" >&2; exit 1; fi; }
claims() { local p; p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+'); while ((${#p} % 4)); do p="$p="; done; base64 -d <<<"$p"; }
token() { curl -fsS "$KC/realms/$REALM/protocol/openid-connect/token" "$@" | jq -r .access_token; }

# 1. a demo user's access token (password grant, crm-cli)
C=$(claims "$(token -d grant_type=password -d client_id=crm-cli -d username=acme-sales1 -d password=demo)")
check "iss is $CRM_ISSUER_URI" '[[ $(jq -r .iss <<<"$C") == "$CRM_ISSUER_URI" ]]'
check "tenant claim is acme" '[[ $(jq -r .tenant <<<"$C") == acme ]]'
check "realm_access.roles has crm-sales" 'jq -e ".realm_access.roles | index(\"crm-sales\")" <<<"$C" >/dev/null'
check "sub and preferred_username present" 'jq -e ".sub and .preferred_username == \"acme-sales1\"" <<<"$C" >/dev/null'

# 2. the user directory's service account (client credentials, crm-directory)
DT=$(token -d grant_type=client_credentials -d client_id="$CRM_DIRECTORY_CLIENT_ID" -d client_secret="$CRM_DIRECTORY_CLIENT_SECRET")
api() { curl -fsS -H "Authorization: Bearer $DT" "$KC/admin/realms/$REALM/$1"; }
R=$(api "roles/crm-sales/users")
check "roles/crm-sales/users lists acme-sales1, acme-sales2, globex-sales1 with tenant" \
  '[[ $(jq -c "map(.username + \"@\" + .attributes.tenant[0]) | sort" <<<"$R") == "[\"acme-sales1@acme\",\"acme-sales2@acme\",\"globex-sales1@globex\"]" ]]'
R=$(api "users?q=tenant:acme&briefRepresentation=false&max=100")
check "users?q=tenant:acme returns the 5 acme users, all with attributes.tenant=acme" \
  '[[ $(jq "length" <<<"$R") == 5 && $(jq "all(.attributes.tenant == [\"acme\"])" <<<"$R") == true ]]'
check "users/count?q=tenant:globex is 2" '[[ $(api "users/count?q=tenant:globex") == 2 ]]'
ID=$(api "users?username=acme-sales1&exact=true" | jq -r '.[0].id')
check "users/{id}/role-mappings/realm/composite has crm-sales" \
  'api "users/$ID/role-mappings/realm/composite" | jq -e "map(.name) | index(\"crm-sales\")" >/dev/null'
check "the service account cannot modify users (403)" \
  '[[ $(curl -s -o /dev/null -w "%{http_code}" -X PUT -H "Authorization: Bearer $DT" -H "Content-Type: application/json" -d "{\"attributes\":{\"tenant\":[\"x\"]}}" "$KC/admin/realms/$REALM/users/$ID") == 403 ]]'
echo "realm $REALM at $KC: all checks passed"
