import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../api/errors';
import { useAuth } from '../../auth/AuthProvider';
import { ADMIN, SALES } from '../../auth/roles';
import { isApiError } from '../../api/problem';
import { customersApi } from './api';
import type { Salesperson } from './types';

let salespeopleCache: Promise<Salesperson[]> | undefined;

/**
 * The tenant's salespeople (pickers, and an owner's name instead of their id); empty when the directory cannot be
 * read or the role may not (marketing and finance), in which case owners show as short ids. `wanted` false defers
 * the call (a closed picker).
 */
export function useSalespeople(wanted = true): Salesperson[] {
  const { user } = useAuth();
  // the directory answers admin and sales only: the others would get a 403 each time
  const enabled = wanted && (user.roles.includes(ADMIN) || user.roles.includes(SALES));
  const [people, setPeople] = useState<Salesperson[]>([]);
  useEffect(() => {
    if (!enabled) return;
    salespeopleCache ??= customersApi.salespeople().catch(() => {
      salespeopleCache = undefined;
      return [];
    });
    let current = true;
    void salespeopleCache.then((p) => current && setPeople(p));
    return () => {
      current = false;
    };
  }, [enabled]);
  return people;
}

/** For tests: forget what was read. */
export function resetCustomerCaches(): void {
  salespeopleCache = undefined;
}

/** A user's display name from the directory, else the start of their id (`system` for the recycling job). */
export function personName(people: Salesperson[], id: string | null | undefined, t: TFunction): string | undefined {
  if (!id) return undefined;
  if (id === 'system') return t('customers:system');
  const p = people.find((s) => s.id === id);
  return p ? p.displayName || p.username : id.slice(0, 8);
}

/**
 * An error in plain words. CLAIM_LIMIT_REACHED is worded here: the common messages are shared by all areas, and
 * lead-service answers the same reason about leads.
 */
export function customerErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.problem.reason === 'CLAIM_LIMIT_REACHED') {
    return t('customers:claimLimit', { limit: error.problem.limit });
  }
  return errorMessage(error, t);
}
