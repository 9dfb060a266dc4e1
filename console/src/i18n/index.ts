import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common';
import { features } from '../app/features';

export type Language = 'zh' | 'en';
export const LANGUAGE_KEY = 'crm.console.language';

/** The remembered language; Chinese unless the user chose English. */
export function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18n.changeLanguage(language);
}

/** Common strings plus each feature's own namespace (its folder's i18n.ts). */
const resources: Record<Language, Record<string, object>> = {
  zh: { common: structuredClone(common.zh) },
  en: { common: structuredClone(common.en) },
};
for (const feature of features) {
  resources.zh[feature.key] = feature.i18n.zh;
  resources.en[feature.key] = feature.i18n.en;
  // A feature's own error reasons (e.g. LEAD_DUPLICATE) join the common error messages.
  Object.assign((resources.zh.common as { error: object }).error, feature.i18n.zh.errors ?? {});
  Object.assign((resources.en.common as { error: object }).error, feature.i18n.en.errors ?? {});
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'zh',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
