import { Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { isCatalogueKey } from './formFields';
import type { Answer, FormField } from './types';

/** The label a visitor sees: a catalogue field's standard label unless it was renamed, else the operator's label. */
export function fieldLabel(t: TFunction, field: Pick<FormField, 'key' | 'label'>): string {
  const label = field.label?.trim();
  if (label) return label;
  return isCatalogueKey(field.key) ? t(`campaigns:catalogue.${field.key}`) : field.key;
}

function inputFor(field: FormField, t: TFunction) {
  switch (field.type ?? 'TEXT') {
    case 'NUMBER':
      // text, not InputNumber: the API reads "12.50" exactly, a float would not
      return <Input inputMode="decimal" />;
    case 'DATE':
      return <DatePicker style={{ width: '100%' }} />;
    case 'SINGLE_CHOICE':
      return <Radio.Group options={(field.options ?? []).map((o) => ({ value: o, label: o }))} />;
    case 'MULTI_CHOICE':
      return <Checkbox.Group options={(field.options ?? []).map((o) => ({ value: o, label: o }))} />;
    case 'CONSENT':
      return <Checkbox>{t('campaigns:builder.consentYes')}</Checkbox>;
    default:
      if (field.key === 'notes') return <Input.TextArea rows={3} />;
      return <Input type={field.key === 'email' ? 'email' : field.key === 'phone' ? 'tel' : 'text'} />;
  }
}

/** One answer's Form.Item, by the field's type (the same on the preview and in offline entry). */
export function AnswerFormItem({ field, t }: { field: FormField; t: TFunction }) {
  const consent = field.type === 'CONSENT';
  const rules: Rule[] = field.required
    ? [consent
      ? { validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('campaigns:answerError.MustBeTrue')))) }
      : { required: true, message: t('campaigns:answerError.Required') }]
    : [];
  return (
    <Form.Item
      name={field.key}
      label={fieldLabel(t, field)}
      required={field.required}
      rules={rules}
      valuePropName={consent ? 'checked' : 'value'}
    >
      {inputFor(field, t)}
    </Form.Item>
  );
}

/** The form's values as the API's answers: dates as yyyy-MM-dd, numbers as typed text, empty answers left out. */
export function toAnswers(values: Record<string, unknown>, fields: FormField[]): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (field.type === 'DATE') answers[field.key] = dayjs(value as Dayjs).format('YYYY-MM-DD');
    else if (field.type === 'CONSENT') answers[field.key] = Boolean(value);
    else if (typeof value === 'string') answers[field.key] = value.trim();
    else answers[field.key] = value as Answer;
  }
  return answers;
}
