import { describe, expect, it } from 'vitest';
import { builderErrors, catalogueField, customField, fromForm, hasPhoneOrEmail, moveField, toRequest } from './formFields';

const standard = (key: string) => ({ name: '姓名', phone: '手机号' })[key] ?? key;

describe('form builder fields', () => {
  it('sends catalogue fields as TEXT without label unless renamed, options only for choices', () => {
    const fields = [
      catalogueField('name', true),
      { ...catalogueField('phone'), label: '联系电话' },
      customField({ key: 'interest', label: '感兴趣的产品', type: 'MULTI_CHOICE', options: [' A ', 'B'] }),
      customField({ key: 'size', label: 'Team size', type: 'NUMBER', options: ['ignored'] }),
    ];
    expect(toRequest(fields, standard as never)).toEqual([
      { key: 'name', type: 'TEXT', required: true },
      { key: 'phone', type: 'TEXT', required: false, label: '联系电话' },
      { key: 'interest', label: '感兴趣的产品', type: 'MULTI_CHOICE', required: false, options: ['A', 'B'] },
      { key: 'size', label: 'Team size', type: 'NUMBER', required: false },
    ]);
  });

  it('reads a saved form back: catalogue keys are standard fields, the rest custom', () => {
    const rows = fromForm([
      { key: 'email', label: '邮箱', type: 'TEXT', required: true, options: null },
      { key: 'budget', label: 'Budget', type: 'SINGLE_CHOICE', required: false, options: ['<10k', '>10k'] },
    ]);
    expect(rows.map((r) => [r.key, r.catalogue, r.required, r.options])).toEqual([
      ['email', true, true, []],
      ['budget', false, false, ['<10k', '>10k']],
    ]);
    expect(hasPhoneOrEmail(rows)).toBe(true);
    expect(hasPhoneOrEmail(rows.slice(1))).toBe(false);
  });

  it('moves rows up and down, and not past the ends', () => {
    const [a, b, c] = [catalogueField('name'), catalogueField('phone'), catalogueField('email')];
    expect(moveField([a, b, c], 2, -1).map((f) => f.key)).toEqual(['name', 'email', 'phone']);
    expect(moveField([a, b, c], 0, -1).map((f) => f.key)).toEqual(['name', 'phone', 'email']);
    expect(moveField([a, b, c], 0, 1).map((f) => f.key)).toEqual(['phone', 'name', 'email']);
  });

  it('puts server errors on their rows', () => {
    expect(builderErrors([
      { field: 'fields[2].options', message: 'options' },
      { field: 'fields[2].options[0]', message: 'blank' },
      { field: 'fields', message: 'phone or email' },
    ])).toEqual({ byRow: { 2: ['options', 'blank'] }, form: ['phone or email'] });
  });
});
