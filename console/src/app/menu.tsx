import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { HomeOutlined, SettingOutlined } from '@ant-design/icons';
import { hasAnyRole, type CurrentUser } from '../auth/roles';
import type { Feature } from './feature';

type MenuItem = Required<MenuProps>['items'][number];

export const SETTINGS_MENU_KEY = 'settings';

/**
 * The side menu for this user: a feature's entries whose roles the user lacks are left out; the areas' settings
 * pages are gathered in one 设置 submenu at the end.
 */
export function menuItems(user: CurrentUser, features: Feature[], t: TFunction): MenuItem[] {
  const items: MenuItem[] = [{ key: '/', icon: <HomeOutlined />, label: t('common:app.home') }];
  const settings: MenuItem[] = [];
  for (const feature of features) {
    for (const entry of feature.menu) {
      if (!hasAnyRole(user, entry.roles)) continue;
      const item = { key: entry.path, icon: entry.icon, label: t(`${feature.key}:${entry.labelKey}`) };
      (entry.group === 'settings' ? settings : items).push(item);
    }
  }
  if (settings.length > 0) {
    items.push({ key: SETTINGS_MENU_KEY, icon: <SettingOutlined />, label: t('common:app.settings'), children: settings });
  }
  return items;
}

/** Every page key of the menu, submenus' entries included. */
export function menuKeys(items: MenuItem[]): string[] {
  return items.flatMap((item) => {
    const children = (item as { children?: MenuItem[] }).children;
    return children ? menuKeys(children) : [String(item?.key)];
  });
}

/** The menu key to highlight for a path: the longest menu path it starts with. */
export function selectedMenuKey(pathname: string, keys: string[]): string {
  return keys.filter((k) => (k === '/' ? pathname === '/' : pathname === k || pathname.startsWith(`${k}/`)))
    .sort((a, b) => b.length - a.length)[0] ?? '/';
}
