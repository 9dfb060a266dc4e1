import type { Money } from './types';

/**
 * Exact money for the campaigns area. The API writes amounts as JSON numbers with two decimals; the console turns
 * them into decimal strings at once and never does arithmetic on them. Display goes through Intl.NumberFormat given
 * the decimal string (ES2023 "Intl.NumberFormat v3": a string keeps every digit, where a number would round).
 */

const MONEY_TEXT = /^\d{1,17}(\.\d{1,2})?$/;

/** Whether a typed amount is one the API takes: ≥ 0, at most 17 digits before and 2 after the point. */
export function isMoneyText(text: string): boolean {
  return MONEY_TEXT.test(text.trim());
}

/**
 * The decimal string of an amount as received, with exactly `scale` decimals, by string operations only (a number
 * the API sent is printed by JavaScript's shortest round-trip form, which is exact up to 15 significant digits).
 */
export function decimalText(value: Money | null | undefined, scale = 2): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  let text = typeof value === 'number' ? numberText(value) : value.trim();
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  const [whole = '0', fraction = ''] = text.split('.');
  const scaled = scale === 0 ? whole : `${whole}.${fraction.padEnd(scale, '0').slice(0, scale)}`;
  return negative ? `-${scaled}` : scaled;
}

/** A number without exponent notation (tiny ratios such as 1e-7 would otherwise print as such). */
function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** Intl.NumberFormat's format given a decimal string (typed for ES2022, which lists only number and bigint). */
function formatDecimal(format: Intl.NumberFormat, text: string): string {
  return (format.format as unknown as (value: string) => string)(text);
}

/** `¥100,000.00` / `CN¥100,000.00`: an amount with its currency, for display only. */
export function formatMoney(value: Money | null | undefined, currency: string, locale: string): string {
  const text = decimalText(value);
  if (text === undefined) return '-';
  try {
    return formatDecimal(numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }), text);
  } catch {
    // an ISO code Intl does not know: the amount and the code side by side
    return `${formatDecimal(numberFormat(locale, { minimumFractionDigits: 2 }), text)} ${currency}`;
  }
}

/**
 * A ratio of the API (ROI `49.0000`, a conversion rate `0.3000`) as a percentage (`4,900%`, `30%`): the decimal
 * point moves two places in the string, so 4 decimals give an exact percentage with 2.
 */
export function formatPercent(value: Money | null | undefined, locale: string): string {
  const text = decimalText(value, 4);
  if (text === undefined) return '-';
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const shifted = `${(whole + fraction.slice(0, 2)).replace(/^0+(?=\d)/, '')}.${fraction.slice(2)}`;
  const formatted = formatDecimal(numberFormat(locale, { maximumFractionDigits: 2 }), shifted);
  return `${negative ? '-' : ''}${formatted}%`;
}
