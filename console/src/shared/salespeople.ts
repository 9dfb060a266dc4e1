import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { ADMIN, SALES, hasAnyRole } from '../auth/roles';

/** A salesperson of the tenant, from customer-service's user directory (GET /api/v1/users/salespeople). */
export interface Salesperson {
  id: string;
  username: string;
  displayName: string;
}

let cache: Promise<Salesperson[]> | undefined;

/**
 * The tenant's salespeople, read once per page load, for pickers and to show an owner's name instead of their id.
 * Empty when the directory cannot be read, or for roles it does not answer (marketing and finance: a call would be
 * a 403 each time); owners then show as short ids. `wanted` false defers the call (a closed picker).
 */
export function useSalespeople(wanted = true): Salesperson[] {
  const { user } = useAuth();
  const enabled = wanted && hasAnyRole(user, [ADMIN, SALES]);
  const [people, setPeople] = useState<Salesperson[]>([]);
  useEffect(() => {
    if (!enabled) return;
    cache ??= api.get<Salesperson[]>('/users/salespeople').catch(() => {
      cache = undefined;
      return [];
    });
    let current = true;
    void cache.then((p) => current && setPeople(p));
    return () => {
      current = false;
    };
  }, [enabled]);
  return people;
}

/** For tests: forget what was read. */
export function resetSalespeople(): void {
  cache = undefined;
}
