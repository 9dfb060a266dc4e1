/** The platform's realm roles (Keycloak realm crm). */
export const ROLES = ['crm-admin', 'crm-sales', 'crm-marketing', 'crm-finance'] as const;
export type Role = (typeof ROLES)[number];

export const ADMIN: Role = 'crm-admin';
export const SALES: Role = 'crm-sales';
export const MARKETING: Role = 'crm-marketing';
export const FINANCE: Role = 'crm-finance';

/** The signed-in user, read from the access token's claims. */
export interface CurrentUser {
  id: string;
  username: string;
  name: string;
  tenant: string;
  roles: Role[];
}

export function hasAnyRole(user: Pick<CurrentUser, 'roles'> | undefined, roles: readonly Role[] | undefined): boolean {
  if (!roles || roles.length === 0) return true;
  return !!user && roles.some((role) => user.roles.includes(role));
}

/** Decodes a JWT's payload (no verification: the gateway and the services verify it). */
export function claimsOf(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const json = decodeURIComponent(
    Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')))
      .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
      .join(''),
  );
  return JSON.parse(json) as Record<string, unknown>;
}

export function userFromToken(accessToken: string): CurrentUser {
  const claims = claimsOf(accessToken);
  const realmRoles = ((claims.realm_access as { roles?: string[] } | undefined)?.roles ?? []) as string[];
  return {
    id: String(claims.sub ?? ''),
    username: String(claims.preferred_username ?? ''),
    name: String(claims.name ?? claims.preferred_username ?? ''),
    tenant: String(claims.tenant ?? ''),
    roles: realmRoles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
  };
}
