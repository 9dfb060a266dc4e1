import type { ReactNode } from 'react';
import type { Role } from '../auth/roles';

/** The strings of one feature, in its own i18n namespace; `errors` join the common error messages by reason. */
export interface FeatureStrings {
  menu: Record<string, string>;
  errors?: Record<string, string>;
  [key: string]: unknown;
}

/** An entry of the side menu: shown only to the roles listed (none listed: everyone). */
export interface FeatureMenuItem {
  path: string;
  /** a key in the feature's namespace, e.g. `menu.leads` */
  labelKey: string;
  icon?: ReactNode;
  roles?: Role[];
  /** `settings`: listed under the 设置 (settings) submenu with the other areas' settings, not at the top level */
  group?: 'settings';
}

/** A page: a user without one of its roles gets the 403 page (and the API refuses them anyway). */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
  roles?: Role[];
}

/**
 * One business area of the console, in its own folder src/features/<key>/ with an index.tsx exporting this.
 * Register it in src/app/features.ts.
 */
export interface Feature {
  key: string;
  i18n: { zh: FeatureStrings; en: FeatureStrings };
  menu: FeatureMenuItem[];
  routes: FeatureRoute[];
}
