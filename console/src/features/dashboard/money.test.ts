import { describe, expect, it } from 'vitest';
import { formatMoney, sumByCurrency } from './money';

describe('money on the dashboards', () => {
  it('adds decimal strings exactly, per currency, never across currencies', () => {
    expect(
      sumByCurrency([
        { currency: 'CNY', amount: '0.1' },
        { currency: 'USD', amount: '500' },
        { currency: 'CNY', amount: '0.2' },
        { currency: 'CNY', amount: '1000000000000.01' },
        { currency: 'USD', amount: '-20.005' },
      ]),
    ).toEqual([
      { currency: 'CNY', amount: '1000000000000.31' },
      { currency: 'USD', amount: '479.995' },
    ]);
  });

  it('adds the JSON numbers the services send by their decimal text, so 0.1 + 0.2 is 0.30', () => {
    expect(sumByCurrency([{ currency: 'CNY', amount: 0.1 }, { currency: 'CNY', amount: 0.2 }, { currency: 'CNY', amount: 9999999999999.99 }]))
      .toEqual([{ currency: 'CNY', amount: '10000000000000.29' }]);
  });

  it('shows each currency with its symbol and leaves out zero sums', () => {
    expect(formatMoney([{ currency: 'CNY', amount: '1000.11' }, { currency: 'USD', amount: '0.00' }], 'en')).toBe(
      'CN¥1,000.11',
    );
    expect(formatMoney([], 'zh')).toBe('-');
  });
});
