import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import i18n from '../i18n';
import { RequireRole } from './App';
import { features } from './features';
import { menuItems, menuKeys, selectedMenuKey } from './menu';
import { renderAs, userWith } from '../test/render';

const t = i18n.t.bind(i18n);
type Item = { label: string; children?: Item[] };
/** The menu's labels; a submenu as "label: child, child". */
const labels = (roles: Parameters<typeof userWith>) =>
  (menuItems(userWith(...roles), features, t) as Item[]).map((i) =>
    i.children ? `${i.label}: ${i.children.map((c) => c.label).join(', ')}` : i.label,
  );

describe('role-based menu', () => {
  it('gives the admin every area, with the areas\' settings in one submenu', () => {
    expect(labels(['crm-admin'])).toEqual([
      '首页', '线索', '客户', '商机', '合同', '合同审批', '回款', '应收', '市场活动',
      '设置: 线索设置, 客户回收规则, 离职交接, 销售流程设置',
    ]);
  });

  it('gives sales, marketing and finance what their role may do, and no settings', () => {
    expect(labels(['crm-sales'])).toEqual(['首页', '线索', '客户', '商机', '合同', '回款', '市场活动']);
    expect(labels(['crm-marketing'])).toEqual(['首页', '线索', '客户', '市场活动']);
    expect(labels(['crm-finance'])).toEqual(['首页', '客户', '合同', '回款', '应收', '市场活动']);
  });

  it('lists the pages inside a submenu among the keys to highlight', () => {
    expect(menuKeys(menuItems(userWith('crm-admin'), features, t))).toContain('/leads/settings');
  });

  it('answers 403 for a page the role may not open', () => {
    renderAs(userWith('crm-finance'), <RequireRole roles={['crm-admin', 'crm-sales']}><div>secret</div></RequireRole>);
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
    expect(screen.getByText('您没有权限访问此页面。')).toBeInTheDocument();
  });

  it('highlights the menu entry of a nested page', () => {
    expect(selectedMenuKey('/leads/42', ['/', '/leads'])).toBe('/leads');
    expect(selectedMenuKey('/', ['/', '/leads'])).toBe('/');
  });
});
