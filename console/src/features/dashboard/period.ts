import dayjs from 'dayjs';
import type { Period } from './api';

export const PERIODS = ['last7', 'last30', 'thisMonth', 'thisQuarter'] as const;
export type PeriodKey = (typeof PERIODS)[number];

/** The instants [from, to) of a named period, ending now (the reports count up to `to`, exclusive). */
export function periodOf(key: PeriodKey, now = dayjs()): Period {
  const from =
    key === 'last7'
      ? now.subtract(7, 'day')
      : key === 'last30'
        ? now.subtract(30, 'day')
        : key === 'thisMonth'
          ? now.startOf('month')
          : now.startOf('month').subtract(now.month() % 3, 'month');
  return { from: from.toISOString(), to: now.toISOString() };
}

/** The end of the user's day, as the instant follow-ups due "today" must come before. */
export function endOfToday(now = dayjs()): string {
  return now.endOf('day').add(1, 'millisecond').toISOString();
}
