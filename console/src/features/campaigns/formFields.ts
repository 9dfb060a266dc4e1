import { CHOICE_TYPES, type FieldType, type FormField } from './types';

/** The form catalogue of campaign-service (README "Form"): standard fields, always TEXT. */
export const CATALOGUE_KEYS = [
  'name', 'phone', 'email', 'company', 'title', 'industry', 'city', 'website', 'wechat', 'notes',
] as const;
export type CatalogueKey = (typeof CATALOGUE_KEYS)[number];

export const isCatalogueKey = (key: string): key is CatalogueKey => (CATALOGUE_KEYS as readonly string[]).includes(key);

/** A custom field's key as the API checks it. */
export const CUSTOM_KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
export const MAX_FIELDS = 50;

/** One row of the form builder: a field plus a stable id for React and the row's server errors. */
export interface BuilderField {
  uid: string;
  key: string;
  /** blank for a catalogue field means its standard label */
  label: string;
  type: FieldType;
  required: boolean;
  options: string[];
  catalogue: boolean;
}

let nextUid = 0;
const uid = () => `f${++nextUid}`;

export function catalogueField(key: CatalogueKey, required = false): BuilderField {
  return { uid: uid(), key, label: '', type: 'TEXT', required, options: [], catalogue: true };
}

export function customField(input: { key: string; label: string; type: FieldType; options?: string[]; required?: boolean }): BuilderField {
  return {
    uid: uid(), key: input.key, label: input.label, type: input.type, required: input.required ?? false,
    options: CHOICE_TYPES.includes(input.type) ? input.options ?? [] : [], catalogue: false,
  };
}

/** The first free key `field1`, `field2`… for a new custom field (the user may change it). */
export function freeCustomKey(fields: BuilderField[]): string {
  for (let i = 1; ; i++) if (!fields.some((f) => f.key === `field${i}`)) return `field${i}`;
}

/** A new form starts with name and phone, phone required: every form needs a phone or an email. */
export function defaultFields(): BuilderField[] {
  return [catalogueField('name', true), catalogueField('phone', true)];
}

export function fromForm(fields: FormField[]): BuilderField[] {
  return fields.map((f) =>
    isCatalogueKey(f.key)
      ? { ...catalogueField(f.key, f.required), label: f.label ?? '' }
      : customField({ key: f.key, label: f.label ?? '', type: f.type ?? 'TEXT', options: f.options ?? [], required: f.required }),
  );
}

/** The body of PUT /form: a catalogue field sends its label only when renamed, options only for choices. */
export function toRequest(fields: BuilderField[], standardLabel: (key: CatalogueKey) => string): FormField[] {
  return fields.map((f) => {
    if (f.catalogue) {
      const label = f.label.trim();
      return { key: f.key, type: 'TEXT', required: f.required, ...(label && label !== standardLabel(f.key as CatalogueKey) ? { label } : {}) };
    }
    return {
      key: f.key, label: f.label.trim(), type: f.type, required: f.required,
      ...(CHOICE_TYPES.includes(f.type) ? { options: f.options.map((o) => o.trim()) } : {}),
    };
  });
}

export function hasPhoneOrEmail(fields: BuilderField[]): boolean {
  return fields.some((f) => f.key === 'phone' || f.key === 'email');
}

/** Moves the row at `index` by `delta` (−1 up, +1 down); out of range changes nothing. */
export function moveField(fields: BuilderField[], index: number, delta: number): BuilderField[] {
  const target = index + delta;
  if (target < 0 || target >= fields.length) return fields;
  const next = [...fields];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/**
 * A 400 on PUT /form names `fields[i].…` (or `fields`): the messages per builder row, and those for the whole form.
 */
export function builderErrors(errors: { field: string; message?: string }[]): { byRow: Record<number, string[]>; form: string[] } {
  const byRow: Record<number, string[]> = {};
  const form: string[] = [];
  for (const e of errors) {
    const match = /^fields\[(\d+)\]/.exec(e.field);
    const message = e.message ?? e.field;
    if (match) (byRow[Number(match[1])] ??= []).push(message);
    else form.push(message);
  }
  return { byRow, form };
}
