import { Card, Segmented, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { dashboardApi } from './api';
import { formatTotals, sumByCurrency } from '../../shared/money';
import { PERIODS, endOfToday, periodOf, type PeriodKey } from './period';
import { teamRows, type TeamRow } from './teamRows';
import type { Money } from './types';
import { useReport } from './useReport';

/**
 * An admin's team figures per salesperson for a period: leads held, follow-ups, conversions, opportunities won and
 * lost (with the reasons), approved contract amount, and what was collected and is still outstanding to date.
 */
export function TeamPerformance() {
  const { t, i18n } = useTranslation('dashboard');
  const [periodKey, setPeriodKey] = useState<PeriodKey>('last30');
  const report = useReport(async () => {
    const period = periodOf(periodKey);
    const [people, leads, deals, receivables] = await Promise.all([
      api.get<{ id: string; username: string; displayName: string }[]>('/users/salespeople'),
      dashboardApi.leadTeam(period, endOfToday()),
      dashboardApi.dealTeam(period),
      dashboardApi.receivablesByOwner(),
    ]);
    return teamRows(people, leads, deals, receivables);
  }, `team:${periodKey}`);
  const money = (m: Money[]) => formatTotals(m, i18n.language);
  const columns: ColumnsType<TeamRow> = [
    { title: t('team.salesperson'), dataIndex: 'name', fixed: 'left' },
    { title: t('team.leadsHeld'), dataIndex: 'leadsHeld', align: 'right' },
    { title: t('team.followUps'), dataIndex: 'followUps', align: 'right' },
    { title: t('team.conversions'), dataIndex: 'conversions', align: 'right' },
    { title: t('team.won'), dataIndex: 'won', align: 'right' },
    { title: t('team.wonAmount'), key: 'wonAmount', align: 'right', render: (_, r) => money(r.wonAmount) },
    { title: t('team.lost'), dataIndex: 'lost', align: 'right' },
    {
      title: t('team.lossReasons'),
      key: 'lossReasons',
      render: (_, r) =>
        r.lossReasons.map((l) => (
          <Tag key={l.reason}>
            {t(`lossReason.${l.reason}`, { defaultValue: l.reason })} × {l.count}
          </Tag>
        )),
    },
    { title: t('team.contractAmount'), key: 'contractAmount', align: 'right', render: (_, r) => money(r.contractAmount) },
    { title: t('team.collected'), key: 'collected', align: 'right', render: (_, r) => money(r.collected) },
    { title: t('team.outstanding'), key: 'outstanding', align: 'right', render: (_, r) => money(r.outstanding) },
  ];
  const rows = report.data ?? [];
  return (
    <Card
      title={t('title.team')}
      data-testid="team-performance"
      extra={
        <Space>
          {t('period.label')}
          <Segmented<PeriodKey>
            value={periodKey}
            onChange={setPeriodKey}
            options={PERIODS.map((p) => ({ value: p, label: t(`period.${p}`) }))}
          />
        </Space>
      }
    >
      <ErrorAlert error={report.error} style={{ marginBottom: 16 }} />
      <Table<TeamRow>
        rowKey="ownerId"
        size="middle"
        loading={report.loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('team.empty') }}
        summary={() =>
          rows.length > 1 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('team.total')}</Table.Summary.Cell>
              {(['leadsHeld', 'followUps', 'conversions', 'won'] as const).map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 1} align="right">
                  {rows.reduce((sum, r) => sum + r[k], 0)}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={5} align="right">{money(sumByCurrency(rows.flatMap((r) => r.wonAmount)))}</Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">{rows.reduce((sum, r) => sum + r.lost, 0)}</Table.Summary.Cell>
              <Table.Summary.Cell index={7} />
              <Table.Summary.Cell index={8} align="right">{money(sumByCurrency(rows.flatMap((r) => r.contractAmount)))}</Table.Summary.Cell>
              <Table.Summary.Cell index={9} align="right">{money(sumByCurrency(rows.flatMap((r) => r.collected)))}</Table.Summary.Cell>
              <Table.Summary.Cell index={10} align="right">{money(sumByCurrency(rows.flatMap((r) => r.outstanding)))}</Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </Card>
  );
}
