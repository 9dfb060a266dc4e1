import dayjs, { type Dayjs } from 'dayjs';
import type { Customer, CustomerFilters, HistoryEntry, RecyclingRules } from './types';
import type { PageResponse } from '../../api/client';
import type { PageRequest } from '../../shared/usePagedTable';

export type RecycleRule = 'NO_FOLLOW_UP' | 'NO_DEAL';

/** When an owned customer falls back to the pool, and under which rule (the one due first). */
export interface RecycleDue {
  dueAt: Dayjs;
  rule: RecycleRule;
  /** whole days left, rounded up; 0 or less: due now, taken at the recycling job's next run */
  daysLeft: number;
  /** within the tenant's warning window (warnDaysBefore), when the owner is warned */
  warned: boolean;
}

/**
 * When the current owner got the customer. The API does not expose `owned_since`: it is the newest ownership change
 * that gave the customer to its current owner, else (created by its owner, or converted from a lead) its creation.
 * A restore, which also starts a new period, leaves no history row: the date is then earlier than the server's.
 */
export function ownedSince(customer: Customer, history: HistoryEntry[]): string {
  const gave = history
    .filter((h) => h.toOwnerId && h.toOwnerId === customer.ownerId)
    .sort((a, b) => b.changedAt.localeCompare(a.changedAt))[0];
  return gave?.changedAt ?? customer.createdAt;
}

/**
 * The due date under the tenant's rules, as customer-service's RecycleDueSql computes it: no follow-up for
 * `noFollowUpDays` counted from the later of the last follow-up and the owner's start, or no deal `noDealDays` after
 * the owner's start (never once the deal status is DEAL; with `exemptWithDeal` a DEAL is never due at all).
 * Null: nothing will take it (pool, deleted, recycling off, exempt).
 */
export function recycleDue(customer: Customer, rules: RecyclingRules, since: string, now: Dayjs = dayjs()): RecycleDue | null {
  if (!rules.enabled || !customer.ownerId || customer.deletedAt) return null;
  const deal = customer.dealStatus === 'DEAL';
  if (deal && rules.exemptWithDeal) return null;
  const start = dayjs(since);
  const last = customer.lastFollowUpAt && dayjs(customer.lastFollowUpAt).isAfter(start) ? dayjs(customer.lastFollowUpAt) : start;
  const followUpDue = last.add(rules.noFollowUpDays, 'day');
  const dealDue = deal ? null : start.add(rules.noDealDays, 'day');
  const noDealFirst = dealDue !== null && dealDue.isBefore(followUpDue);
  const dueAt = noDealFirst ? dealDue : followUpDue;
  const daysLeft = Math.ceil(dueAt.diff(now, 'hour', true) / 24);
  return { dueAt, rule: noDealFirst ? 'NO_DEAL' : 'NO_FOLLOW_UP', daysLeft, warned: daysLeft <= rules.warnDaysBefore };
}

/** The windows asked, widest first: most customers are in none, which costs one request. */
export const PROBE_WINDOWS = [30, 7, 3, 0] as const;

/**
 * For users who may not read the rules (only the admin may): asks the server, through the list's
 * `recycleDueWithinDays` filter, the narrowest window the customer falls into. Answers the days of that window (0:
 * due now), or null when it is not due within the widest. The customer is found by its name as keyword.
 */
export async function probeRecycleWindow(
  customer: Customer,
  list: (r: PageRequest<CustomerFilters>) => Promise<PageResponse<Customer>>,
): Promise<number | null> {
  if (!customer.ownerId || customer.deletedAt) return null;
  let found: number | null = null;
  for (const days of PROBE_WINDOWS) {
    const page = await list({ page: 0, size: 100, filters: { keyword: customer.name.slice(0, 100), recycleDueWithinDays: days } });
    if (!page.items.some((c) => c.id === customer.id)) break;
    found = days;
  }
  return found;
}
