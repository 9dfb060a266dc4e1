import type { Money } from './types';

/**
 * Exact sums of the API's amounts without floating-point arithmetic: each amount is read from its decimal text and
 * scaled to an integer of 1/10^4 units as a BigInt. The services send BigDecimal as a JSON number, which JSON.parse
 * turns into the nearest double; up to 15 significant digits (9,999,999,999,999.99) String(n) gives back the text
 * that was sent, so the sum is exactly that of the decimals. Larger amounts would need the services to send strings.
 * Amounts of different currencies are never added together.
 */
const SCALE = 4;

function toUnits(amount: string | number): bigint {
  const [whole, fraction = ''] = String(amount).trim().split('.');
  const negative = whole.startsWith('-');
  const digits = `${negative ? whole.slice(1) : whole}${fraction.padEnd(SCALE, '0').slice(0, SCALE)}`;
  const units = BigInt(digits || '0');
  return negative ? -units : units;
}

function fromUnits(units: bigint): string {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(SCALE + 1, '0');
  const whole = text.slice(0, -SCALE);
  const fraction = text.slice(-SCALE).replace(/0+$/, '').padEnd(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** Sums amounts per currency, in first-seen order of the currencies. */
export function sumByCurrency(amounts: Money[]): Money[] {
  const sums = new Map<string, bigint>();
  for (const { currency, amount } of amounts) {
    sums.set(currency, (sums.get(currency) ?? 0n) + toUnits(amount));
  }
  return [...sums].map(([currency, units]) => ({ currency, amount: fromUnits(units) }));
}

/** "¥1,000.11 · $520.00" for display; "-" for none. Intl formats the decimal string itself (ES2023: a string is formatted exactly, never through a float); TypeScript's lib
 * only types numbers, hence the cast. */
export function formatMoney(amounts: Money[], locale: string): string {
  const shown = amounts.filter((m) => toUnits(m.amount) !== 0n);
  if (shown.length === 0) return '-';
  return shown
    .map(({ currency, amount }) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2 }).format(amount as unknown as number),
    )
    .join(' · ');
}
