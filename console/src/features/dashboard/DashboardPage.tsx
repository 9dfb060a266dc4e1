import { Space } from 'antd';
import { useAuth } from '../../auth/AuthProvider';
import { ADMIN, MARKETING, SALES, hasAnyRole } from '../../auth/roles';
import { LeadSourcesPanel } from './LeadSourcesPanel';
import { SalesOverview } from './SalesOverview';
import { TeamPerformance } from './TeamPerformance';

/** The start page per role: a salesperson's own work, an admin's team, and (admin, marketing) the lead sources. */
export function DashboardPage() {
  const { user } = useAuth();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {hasAnyRole(user, [SALES]) && <SalesOverview />}
      {hasAnyRole(user, [ADMIN]) && <TeamPerformance />}
      {hasAnyRole(user, [ADMIN, MARKETING]) && <LeadSourcesPanel />}
    </Space>
  );
}
