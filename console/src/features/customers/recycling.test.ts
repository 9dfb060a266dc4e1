import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { ownedSince, probeRecycleWindow, recycleDue } from './recycling';
import type { Customer, CustomerFilters, HistoryEntry, RecyclingRules } from './types';
import type { PageRequest } from '../../shared/usePagedTable';

const rules: RecyclingRules = { enabled: true, noFollowUpDays: 30, noDealDays: 90, warnDaysBefore: 3, exemptWithDeal: true };
const now = dayjs('2026-12-01T12:00:00Z');
const customer = (over: Partial<Customer> = {}): Customer => ({
  id: 'c1', kind: 'ORGANIZATION', name: 'Acme', ownerId: 'u-1', createdAt: '2026-10-01T12:00:00Z', version: 1, ...over,
});

describe('recycling due date', () => {
  it('dates the owner from the newest change that gave them the customer, else its creation', () => {
    const history: HistoryEntry[] = [
      { id: 'h2', change: 'CLAIMED', fromOwnerId: null, toOwnerId: 'u-1', changedAt: '2026-11-20T00:00:00Z' },
      { id: 'h1', change: 'RELEASED', fromOwnerId: 'u-1', toOwnerId: null, changedAt: '2026-11-10T00:00:00Z' },
      { id: 'h0', change: 'ASSIGNED', fromOwnerId: null, toOwnerId: 'u-1', changedAt: '2026-11-01T00:00:00Z' },
    ];
    expect(ownedSince(customer(), history)).toBe('2026-11-20T00:00:00Z');
    expect(ownedSince(customer(), [])).toBe('2026-10-01T12:00:00Z');
  });

  it('counts no follow-up from the later of the last follow-up and the start, and warns inside the window', () => {
    const due = recycleDue(customer({ lastFollowUpAt: '2026-11-03T12:00:00Z' }), rules, '2026-11-01T12:00:00Z', now)!;
    expect(due.rule).toBe('NO_FOLLOW_UP');
    expect(due.dueAt.toISOString()).toBe('2026-12-03T12:00:00.000Z');
    expect(due.daysLeft).toBe(2);
    expect(due.warned).toBe(true);
  });

  it('takes the no-deal rule when it comes first, and is overdue past it', () => {
    const due = recycleDue(customer({ lastFollowUpAt: '2026-11-30T00:00:00Z' }), { ...rules, noDealDays: 40 }, '2026-10-20T12:00:00Z', now)!;
    expect(due.rule).toBe('NO_DEAL');
    expect(due.dueAt.toISOString()).toBe('2026-11-29T12:00:00.000Z');
    expect(due.daysLeft).toBeLessThanOrEqual(0);
  });

  it('never takes a customer with a deal when exempt, a pool customer, or when recycling is off', () => {
    expect(recycleDue(customer({ dealStatus: 'DEAL' }), rules, '2026-11-01T00:00:00Z', now)).toBeNull();
    expect(recycleDue(customer({ ownerId: null }), rules, '2026-11-01T00:00:00Z', now)).toBeNull();
    expect(recycleDue(customer(), { ...rules, enabled: false }, '2026-11-01T00:00:00Z', now)).toBeNull();
    // not exempt: a deal only stops the no-deal rule
    const due = recycleDue(customer({ dealStatus: 'DEAL' }), { ...rules, exemptWithDeal: false }, '2026-11-25T12:00:00Z', now)!;
    expect(due.rule).toBe('NO_FOLLOW_UP');
    expect(due.daysLeft).toBe(24);
  });

  it('asks the server the narrowest window the customer is due in', async () => {
    const asked: number[] = [];
    const dueWithinDays = 5;
    const list = async (r: PageRequest<CustomerFilters>) => {
      const days = r.filters.recycleDueWithinDays!;
      asked.push(days);
      const items = days >= dueWithinDays ? [customer(), customer({ id: 'other' })] : [customer({ id: 'other' })];
      return { items, page: 0, size: 100, totalElements: items.length, totalPages: 1, totalExact: true };
    };
    expect(await probeRecycleWindow(customer(), list)).toBe(7);
    expect(asked).toEqual([30, 7, 3]);
    asked.length = 0;
    expect(await probeRecycleWindow(customer({ id: 'far' }), list)).toBeNull();
    expect(asked).toEqual([30]);
  });
});
