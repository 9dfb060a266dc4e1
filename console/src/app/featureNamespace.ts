import { matchPath, useLocation } from 'react-router-dom';
import { features } from './features';

/** The feature whose page is open (its key is its i18n namespace), or undefined outside any feature's pages. */
export function featureOf(pathname: string): string | undefined {
  return features.find((f) => f.routes.some((r) => matchPath(r.path, pathname)))?.key;
}

/**
 * The open page's feature namespace: an error shown on a customer page reads customers' `errors` first, because two
 * services may answer the same reason (CUSTOMER_NOT_FOUND, CLAIM_LIMIT_REACHED) and each area words it for its own.
 */
export function useFeatureNamespace(): string | undefined {
  return featureOf(useLocation().pathname);
}
