/**
 * Exact money for the deals area. The API sends amounts as JSON numbers with two decimals; they are turned into
 * decimal strings at once (the shortest round-trip text of the number, exact up to 15 significant digits) and every
 * sum or difference is done on integer cents (BigInt), never in floating point. Intl.NumberFormat only displays.
 */

/** A decimal amount as text, e.g. "1234.50" (two decimals, optional minus). */
export type Decimal = string;

const DECIMAL = /^-?\d+(\.\d+)?$/;
/** What a user may type as an amount: up to 17 digits and 2 decimals, not negative (the platform's @Digits(17, 2)). */
export const AMOUNT_PATTERN = /^\d{1,17}(\.\d{1,2})?$/;

/** The API's number (or text) as a two-decimal string; null and undefined stay absent. */
export function decimalOf(value: number | string | null | undefined): Decimal | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  if (!DECIMAL.test(text)) throw new Error(`not a decimal amount: ${text}`);
  return fromCents(toCents(text));
}

/** Like decimalOf, for amounts the API always sends: absent reads as zero. */
export function decimal(value: number | string | null | undefined): Decimal {
  return decimalOf(value) ?? '0.00';
}

function numberText(n: number): string {
  // Amounts are below 1e21, so String() never uses an exponent for them; tiny values are rounded to cents anyway.
  return Math.abs(n) < 1e-6 ? '0' : String(n);
}

/** "12.5" → 1250n; more than two decimals are rounded half-up (away from zero). */
export function toCents(text: Decimal): bigint {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  let cents = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  if (fraction.length > 2 && Number(fraction[2]) >= 5) cents += 1n;
  return negative ? -cents : cents;
}

export function fromCents(cents: bigint): Decimal {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative && abs !== 0n ? `-${text}` : text;
}

export function sumDecimals(values: Array<Decimal | undefined | null>): Decimal {
  return fromCents(values.reduce<bigint>((total, v) => total + (v ? toCents(v) : 0n), 0n));
}

export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return fromCents(toCents(a) - toCents(b));
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const d = toCents(a) - toCents(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * A line's amount as the platform computes it: quantity × unitPrice × (1 − discount / 100), rounded half-up to the
 * cent. Quantity has up to 4 decimals, price 2, discount 2: all scaled to integers, so the result is exact.
 */
export function lineAmount(quantity: string, unitPrice: string, discount?: string | null): Decimal {
  const q = scaled(quantity, 4);
  const p = scaled(unitPrice, 2);
  const d = scaled(discount || '0', 2);
  const numerator = q * p * (10000n - d); // cents × 10^8
  const denominator = 100000000n;
  return fromCents((numerator * 2n + denominator) / (2n * denominator));
}

function scaled(text: string, places: number): bigint {
  const [whole, fraction = ''] = text.trim().split('.');
  return BigInt(whole || '0') * 10n ** BigInt(places) + BigInt((fraction + '0'.repeat(places)).slice(0, places) || '0');
}

/** "¥1,234.50" in the user's language; the amount goes to Intl as text, so nothing is rounded through a float. */
export function formatMoney(amount: Decimal | undefined | null, currency: string, language = 'zh'): string {
  if (amount === undefined || amount === null) return '-';
  try {
    const format = new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN', {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    // Intl.NumberFormat reads a numeric string as an exact decimal (ES2023); the typings still say number.
    return format.format(amount as unknown as number);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** An amount of one currency, as the API sends it (a JSON number) or as the console keeps it (a decimal string). */
export interface CurrencyAmount {
  currency: string;
  amount: number | Decimal;
}

/** Sums amounts per currency, exactly, in first-seen order of the currencies; currencies are never added together. */
export function sumByCurrency(amounts: CurrencyAmount[]): Array<{ currency: string; amount: Decimal }> {
  const sums = new Map<string, bigint>();
  for (const { currency, amount } of amounts) {
    sums.set(currency, (sums.get(currency) ?? 0n) + toCents(decimal(amount)));
  }
  return [...sums].map(([currency, cents]) => ({ currency, amount: fromCents(cents) }));
}

/** "¥1,000.11 · $520.00": the non-zero totals of several currencies on one line; "-" for none. */
export function formatTotals(amounts: CurrencyAmount[], language = 'zh'): string {
  const shown = amounts.filter((m) => toCents(decimal(m.amount)) !== 0n);
  if (shown.length === 0) return '-';
  return shown.map(({ currency, amount }) => formatMoney(decimal(amount), currency, language)).join(' · ');
}
