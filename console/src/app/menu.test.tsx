import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import i18n from '../i18n';
import { RequireRole } from './App';
import { features } from './features';
import { menuItems, selectedMenuKey } from './menu';
import { renderAs, userWith } from '../test/render';

const t = i18n.t.bind(i18n);
const labels = (roles: Parameters<typeof userWith>) =>
  menuItems(userWith(...roles), features, t).map((i) => (i as { label: string }).label);

describe('role-based menu', () => {
  it('shows the leads to admin, sales and marketing', () => {
    expect(labels(['crm-admin'])).toEqual(['首页', '线索']);
    expect(labels(['crm-sales'])).toEqual(['首页', '线索']);
    expect(labels(['crm-marketing'])).toEqual(['首页', '线索']);
  });

  it('hides what finance may not do', () => {
    expect(labels(['crm-finance'])).toEqual(['首页']);
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
