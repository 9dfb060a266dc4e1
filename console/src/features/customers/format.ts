import dayjs from 'dayjs';

/**
 * An amount with its currency, for display only. The value stays as the API sent it: Intl.NumberFormat formats a
 * decimal string exactly (no float on the way), and a number is first written back as the API's decimal text.
 */
export function formatMoney(amount: string | number | null | undefined, currency: string | null | undefined, locale: string): string {
  if (amount === null || amount === undefined || amount === '') return '-';
  const text = typeof amount === 'number' ? amount.toString() : amount;
  try {
    const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
      style: currency ? 'currency' : 'decimal',
      currency: currency ?? undefined,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    // ES2023 Intl.NumberFormat v3 takes a decimal string without going through a double
    return format.format(text as unknown as number);
  } catch {
    return currency ? `${text} ${currency}` : text;
  }
}

export function formatDate(value?: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : '-';
}
