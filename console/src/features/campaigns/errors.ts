import type { TFunction } from 'i18next';
import { errorMessage } from '../../api/errors';
import { ApiError, isApiError } from '../../api/problem';

/**
 * A campaign error in plain words. Reasons that other areas answer too (ILLEGAL_TRANSITION) have a campaign-specific
 * text in this namespace's `reason`, which is looked up first; the rest go through the common messages (where the
 * `errors` of i18n.ts joined them).
 */
export function campaignErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.problem.reason) {
    const own = t(`campaigns:reason.${error.problem.reason}`, { ...error.problem, defaultValue: '' });
    if (own) return own;
  }
  return errorMessage(error, t);
}

/**
 * The same ApiError with each field error's message in the user's language, by its code (the server's messages are
 * English): campaign fields and form builder rules in `fieldError`, answers in `answerError`.
 */
export function localizedFieldErrors(error: unknown, t: TFunction): unknown {
  if (!isApiError(error) || error.fieldErrors.length === 0) return error;
  const errors = error.fieldErrors.map((fe) => {
    const group = fe.field.startsWith('answers') ? 'answerError' : 'fieldError';
    const text = fe.code ? t(`campaigns:${group}.${fe.code}`, { defaultValue: '' }) : '';
    return { ...fe, message: text || fe.message };
  });
  return new ApiError({ ...error.problem, errors });
}
