import { describe, expect, it } from 'vitest';
import { decimalText, formatMoney, formatPercent, isMoneyText } from './money';

describe('campaign money', () => {
  it('keeps amounts as decimal strings with two places', () => {
    expect(decimalText(100000)).toBe('100000.00');
    expect(decimalText(0.1)).toBe('0.10');
    expect(decimalText('12345678901234567.89')).toBe('12345678901234567.89');
    expect(decimalText(null)).toBeUndefined();
  });

  it('formats every digit of a large amount (no floating point on the way)', () => {
    expect(formatMoney('12345678901234567.89', 'CNY', 'en').replace(/\s/g, ' ')).toBe('CNY 12,345,678,901,234,567.89');
    expect(formatMoney(5000000, 'USD', 'en').replace(/\s/g, ' ')).toBe('USD 5,000,000.00');
  });

  it('moves the point of a ratio two places for a percentage', () => {
    expect(formatPercent(49, 'en')).toBe('4,900%');
    expect(formatPercent('0.3000', 'en')).toBe('30%');
    expect(formatPercent('-0.1234', 'en')).toBe('-12.34%');
    expect(formatPercent(null, 'en')).toBe('-');
  });

  it('accepts what the API takes as money and nothing else', () => {
    expect(isMoneyText('100000')).toBe(true);
    expect(isMoneyText('100000.5')).toBe(true);
    expect(isMoneyText('1.234')).toBe(false);
    expect(isMoneyText('-1')).toBe(false);
    expect(isMoneyText('123456789012345678')).toBe(false);
  });
});
