import { describe, expect, it } from 'vitest';
import {
  compareDecimals, decimal, decimalOf, formatMoney, formatTotals, lineAmount, subtractDecimals, sumByCurrency, sumDecimals, toCents,
} from './money';

describe('exact money', () => {
  it('reads the API numbers as two-decimal strings', () => {
    expect(decimalOf(1234.5)).toBe('1234.50');
    expect(decimalOf(0.1)).toBe('0.10');
    expect(decimalOf('-12.5')).toBe('-12.50');
    expect(decimalOf(null)).toBeUndefined();
    expect(decimal(undefined)).toBe('0.00');
    expect(decimalOf(9999999999999.99)).toBe('9999999999999.99');
  });

  it('adds in cents: 0.10 + 0.20 is 0.30 and a thousand cents are 10.00, unlike floats', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.00');
    expect(subtractDecimals('10800.00', '6000.00')).toBe('4800.00');
    expect(subtractDecimals('1.00', '1.01')).toBe('-0.01');
    expect(compareDecimals('100.00', '99.99')).toBe(1);
    expect(toCents('12345678901234567.89')).toBe(1234567890123456789n);
  });

  it("computes a line's amount as the platform does, half-up to the cent", () => {
    expect(lineAmount('3', '0.10', '33.33')).toBe('0.20');
    expect(lineAmount('10', '1200.00', '10')).toBe('10800.00');
    expect(lineAmount('1.5', '0.15')).toBe('0.23'); // 0.225 rounds half-up
    expect(lineAmount('2', '99.99', '100')).toBe('0.00');
  });

  it('formats exactly, even beyond what a float holds', () => {
    expect(formatMoney('6000.00', 'CNY', 'zh')).toBe('¥6,000.00');
    expect(formatMoney('12345678901234567.89', 'USD', 'en')).toBe('$12,345,678,901,234,567.89');
    expect(formatMoney(undefined, 'CNY')).toBe('-');
  });
});

describe('totals per currency', () => {
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
      { currency: 'USD', amount: '479.99' },
    ]);
  });

  it('adds the JSON numbers the services send by their decimal text, so 0.1 + 0.2 is 0.30', () => {
    expect(sumByCurrency([{ currency: 'CNY', amount: 0.1 }, { currency: 'CNY', amount: 0.2 }, { currency: 'CNY', amount: 9999999999999.99 }]))
      .toEqual([{ currency: 'CNY', amount: '10000000000000.29' }]);
  });

  it('shows each currency with its symbol and leaves out zero sums', () => {
    expect(formatTotals([{ currency: 'CNY', amount: '1000.11' }, { currency: 'USD', amount: '0.00' }], 'en')).toBe(
      'CN¥1,000.11',
    );
    expect(formatTotals([], 'zh')).toBe('-');
  });
});
