import { Avatar, Dropdown, Layout, Menu, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { setLanguage, type Language } from '../i18n';
import { features } from './features';
import { SETTINGS_MENU_KEY, menuItems, menuKeys, selectedMenuKey } from './menu';

/** The shell: side menu by role, header with the language switch and the user menu (name, tenant, roles). */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const items = menuItems(user, features, t);
  const keys = menuKeys(items);
  const selected = selectedMenuKey(location.pathname, keys);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsible theme="dark">
        <div style={{ color: '#fff', padding: 16, fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {t('app.title')}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={[selected]}
          defaultOpenKeys={items.some((i) => i?.key === SETTINGS_MENU_KEY) && !items.some((i) => i?.key === selected) ? [SETTINGS_MENU_KEY] : []}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 16, paddingInline: 24 }}>
          <Segmented<Language>
            aria-label={t('user.language')}
            value={i18n.language === 'en' ? 'en' : 'zh'}
            options={[{ label: '中文', value: 'zh' }, { label: 'English', value: 'en' }]}
            onChange={(value) => setLanguage(value)}
          />
          <Dropdown
            menu={{
              items: [
                { key: 'tenant', disabled: true, label: `${t('user.tenant')}: ${user.tenant}` },
                { key: 'roles', disabled: true, label: (
                  <Space size={4} wrap>{t('user.roles')}:{user.roles.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>)}</Space>
                ) },
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), onClick: logout },
              ],
            }}
          >
            <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
              <Avatar size="small" icon={<UserOutlined />} />
              <Typography.Text>{user.name}</Typography.Text>
              <Typography.Text type="secondary">({user.tenant})</Typography.Text>
            </Space>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '96px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
