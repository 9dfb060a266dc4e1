import { Card, Empty, List, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { dashboardApi } from './api';
import { endOfToday } from './period';
import type { DueItem } from './types';
import { useReport } from './useReport';

/**
 * The salesperson's leads and customers whose next follow-up is due by the end of today, soonest (most overdue)
 * first: the lists sorted by next follow-up on the server, cut at the end of the day.
 */
export function DueFollowUps() {
  const { t } = useTranslation('dashboard');
  const { user } = useAuth();
  const leads = useReport(dashboardApi.leadsDue, `leads-due:${user.id}`);
  const customers = useReport(dashboardApi.customersDue, `customers-due:${user.id}`);
  return (
    <Card type="inner" title={t('due.title')} data-testid="due-follow-ups">
      <Tabs
        items={[
          { key: 'leads', label: t('due.leads'), children: <DueList report={leads} path="/leads" /> },
          { key: 'customers', label: t('due.customers'), children: <DueList report={customers} path="/customers" /> },
        ]}
      />
    </Card>
  );
}

function DueList({ report, path }: { report: { data?: DueItem[]; error?: unknown; loading: boolean }; path: string }) {
  const { t } = useTranslation('dashboard');
  const cutoff = dayjs(endOfToday());
  const due = (report.data ?? []).filter((i) => i.nextFollowUpAt && dayjs(i.nextFollowUpAt).isBefore(cutoff));
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.loading && due.length === 0) return <Empty description={t('due.none')} />;
  return (
    <List
      loading={report.loading}
      dataSource={due}
      renderItem={(item) => (
        <List.Item data-testid="due-item">
          <Link to={`${path}/${item.id}`}>{item.name}</Link>
          <Typography.Text type="secondary">{item.company}</Typography.Text>
          <span>
            {dayjs(item.nextFollowUpAt).isBefore(dayjs()) && <Tag color="red">{t('due.overdue')}</Tag>}
            {formatTime(item.nextFollowUpAt)}
          </span>
        </List.Item>
      )}
    />
  );
}
