import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { HomeOutlined } from '@ant-design/icons';
import { hasAnyRole, type CurrentUser } from '../auth/roles';
import type { Feature } from './feature';

type MenuItem = Required<MenuProps>['items'][number];

/** The side menu for this user: a feature's entries whose roles the user lacks are left out. */
export function menuItems(user: CurrentUser, features: Feature[], t: TFunction): MenuItem[] {
  const items: MenuItem[] = [{ key: '/', icon: <HomeOutlined />, label: t('common:app.home') }];
  for (const feature of features) {
    for (const entry of feature.menu) {
      if (!hasAnyRole(user, entry.roles)) continue;
      items.push({ key: entry.path, icon: entry.icon, label: t(`${feature.key}:${entry.labelKey}`) });
    }
  }
  return items;
}

/** The menu key to highlight for a path: the longest menu path it starts with. */
export function selectedMenuKey(pathname: string, keys: string[]): string {
  return keys.filter((k) => (k === '/' ? pathname === '/' : pathname === k || pathname.startsWith(`${k}/`)))
    .sort((a, b) => b.length - a.length)[0] ?? '/';
}
