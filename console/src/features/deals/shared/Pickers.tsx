import { useEffect, useMemo, useRef, useState } from 'react';
import { Input, Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { dealsApi } from '../api';
import { personName, useSalespeople } from '../hooks';
import { AMOUNT_PATTERN } from '../../../shared/money';
import { CURRENCIES, type CustomerOption } from '../types';

/**
 * A customer from customer-service, searched by name or phone as the user types (the customers the user may deal
 * with: a salesperson's own and the pool's, all of the tenant's for an admin).
 */
export function CustomerSelect({ value, onChange, id, disabled }: {
  value?: string;
  onChange?: (id: string, customer?: CustomerOption) => void;
  id?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('deals');
  const [options, setOptions] = useState<CustomerOption[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const search = (keyword?: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setLoading(true);
      dealsApi.customers(keyword).then(setOptions).catch(() => setOptions([])).finally(() => setLoading(false));
    }, 250);
  };
  useEffect(() => {
    search();
    return () => clearTimeout(timer.current);
  }, []);
  return (
    <Select
      id={id}
      showSearch
      disabled={disabled}
      value={value}
      placeholder={t('placeholder.customer')}
      filterOption={false}
      onSearch={search}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      onChange={(v: string) => onChange?.(v, options.find((o) => o.id === v))}
      options={options.map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}

/** A salesperson of the tenant (admin pickers: owner filters, giving a deal to someone). */
export function OwnerSelect({ value, onChange, id, allowClear = true, style, placeholder }: {
  value?: string;
  onChange?: (id?: string) => void;
  id?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  placeholder?: string;
}) {
  const { t } = useTranslation('deals');
  const people = useSalespeople();
  const options = useMemo(() => people.map((p) => ({ value: p.id, label: personName(people, p.id) })), [people]);
  // Finance may not read the user directory (customer-service: admin and sales): no names, so no picker.
  if (people.length === 0) return null;
  return (
    <Select
      id={id}
      allowClear={allowClear}
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      style={style}
      placeholder={placeholder ?? t('placeholder.owner')}
      options={options}
    />
  );
}

export function CurrencySelect({ value, onChange, id, disabled, allowClear, style, placeholder }: {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: React.CSSProperties;
  placeholder?: string;
}) {
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      disabled={disabled}
      allowClear={allowClear}
      style={style ?? { width: 100 }}
      placeholder={placeholder}
      options={CURRENCIES.map((c) => ({ value: c, label: c }))}
    />
  );
}

/**
 * An amount typed as text and kept as text ("1234.50"): never a float. Validate with `amountRule`.
 */
export function AmountInput({ value, onChange, id, placeholder, style, disabled }: {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
  placeholder?: string;
  style?: React.CSSProperties;
  disabled?: boolean;
}) {
  return (
    <Input
      id={id}
      value={value}
      inputMode="decimal"
      disabled={disabled}
      placeholder={placeholder}
      style={style}
      onChange={(e) => onChange?.(e.target.value.replace(/[,，\s]/g, ''))}
    />
  );
}

/** Up to 17 digits and 2 decimals, not negative; `positive` refuses 0 (payments, installments). */
export function amountRule(message: string, positive = false) {
  return {
    validator: (_: unknown, v?: string) =>
      !v || (AMOUNT_PATTERN.test(v) && (!positive || /[1-9]/.test(v))) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}
