import { Card, Col, Row, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { hasAnyRole } from '../auth/roles';
import { features } from '../app/features';
import { DASHBOARD_ROLES, DashboardPage } from '../features/dashboard';

/** Start page (首页): the dashboard for the roles that have one, else a welcome and a card per menu entry. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  if (hasAnyRole(user, DASHBOARD_ROLES)) return <DashboardPage />;
  const entries = features.flatMap((f) => f.menu.filter((m) => hasAnyRole(user, m.roles)).map((m) => ({ f, m })));
  return (
    <>
      <Typography.Title level={3}>{t('app.welcome', { name: user.name })}</Typography.Title>
      <Row gutter={16}>
        {entries.map(({ f, m }) => (
          <Col key={m.path} xs={24} sm={12} md={8}>
            <Card hoverable onClick={() => navigate(m.path)}>
              {m.icon} {t(`${f.key}:${m.labelKey}`)}
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
