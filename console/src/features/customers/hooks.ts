import type { TFunction } from 'i18next';
import { errorMessage } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { resetSalespeople } from '../../shared/salespeople';
import type { Salesperson } from './types';

export { useSalespeople } from '../../shared/salespeople';

/** For tests: forget what was read. */
export function resetCustomerCaches(): void {
  resetSalespeople();
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
