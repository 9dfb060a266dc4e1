import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError, isApiError } from './problem';

/**
 * The plain-words message of an error, by its reason or code, in the current language: first the `errors` of the
 * namespace `t` is bound to (a feature's own wording: two services may answer the same reason), then the common
 * error.* (which every feature's `errors` also joined). Unknown codes fall back to the server's detail.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  const { problem } = error;
  for (const key of [problem.reason, problem.code]) {
    if (!key) continue;
    for (const path of [`errors.${key}`, `common:error.${key}`]) {
      const text = t(path, { ...problem, defaultValue: '' }) as string;
      if (text) return text;
    }
  }
  return problem.detail ?? (t('common:error.UNKNOWN', { code: problem.code }) as string);
}

/**
 * Puts a 400's field errors on the form's fields (AntD setFields): what the user typed stays, the offending field
 * turns red with the server's message. `fields` lists the form's field names (errors on other fields, e.g. the
 * cross-field `reachable`, are mapped with `map` or returned to be shown above the form).
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  options: { fields: string[]; map?: Record<string, string> },
): string[] {
  if (!(error instanceof ApiError)) return [];
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const fe of error.fieldErrors) {
    const name = options.map?.[fe.field] ?? fe.field;
    const message = fe.message ?? error.message;
    if (options.fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), message]);
    else unmatched.push(message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unmatched;
}
