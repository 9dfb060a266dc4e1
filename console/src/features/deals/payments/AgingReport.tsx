import { useEffect, useState } from 'react';
import { Card, Empty, Space, Table, Typography } from 'antd';
import { BarChart } from '../shared/BarChart';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { dealsApi } from '../api';
import { Money } from '../../../shared/Money';
import { CurrencySelect, OwnerSelect } from '../shared/Pickers';
import { AGING_BUCKETS, type Aging, type AgingRow } from '../types';

const COLORS = ['#52c41a', '#faad14', '#fa8c16', '#f5222d', '#a8071a', '#8c8c8c'];

/**
 * The aging report (账龄): per currency, what is unpaid of the open contracts by days past due, plus what is not
 * scheduled in any plan; as a table with exact amounts and as a bar chart.
 */
export function AgingReport() {
  const { t } = useTranslation('deals');
  const [ownerId, setOwnerId] = useState<string>();
  const [currency, setCurrency] = useState<string>();
  const [aging, setAging] = useState<Aging>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setError(undefined);
    dealsApi.aging({ ownerId, currency }).then(setAging).catch(setError);
  }, [ownerId, currency]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <OwnerSelect value={ownerId} onChange={setOwnerId} style={{ width: 160 }} />
        <CurrencySelect value={currency} onChange={setCurrency} allowClear placeholder={t('field.currency')} />
        {aging && <Typography.Text type="secondary">{t('receivable.asOf', { date: aging.asOf })}</Typography.Text>}
      </Space>
      <ErrorAlert error={error} />
      {aging && aging.currencies.length === 0 && <Empty description={t('receivable.empty')} />}
      {aging && aging.currencies.length > 0 && (
        <Table<AgingRow>
          size="middle"
          rowKey="currency"
          pagination={false}
          dataSource={aging.currencies}
          data-testid="aging-table"
          columns={[
            { title: t('field.currency'), dataIndex: 'currency' },
            { title: t('aging.contracts'), dataIndex: 'contracts', align: 'right' },
            ...AGING_BUCKETS.map((b) => ({
              title: t(`aging.${b}`),
              dataIndex: b,
              align: 'right' as const,
              render: (v: string, row: AgingRow) => <Money amount={v} currency={row.currency} />,
            })),
            { title: t('aging.total'), dataIndex: 'total', align: 'right', render: (v: string, row) => <Money amount={v} currency={row.currency} strong /> },
          ]}
        />
      )}
      {aging?.currencies.map((row) => (
        <Card key={row.currency} size="small" title={t('receivable.agingChart', { currency: row.currency })}>
          <BarChart
            height={280}
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 80, right: 24, top: 24, bottom: 30 },
              xAxis: { type: 'category', data: AGING_BUCKETS.map((b) => t(`aging.${b}`)) },
              yAxis: { type: 'value' },
              // bar heights only; the table above has the exact amounts
              series: [{
                type: 'bar',
                name: row.currency,
                data: AGING_BUCKETS.map((b, i) => ({ value: Number(row[b]), itemStyle: { color: COLORS[i] } })),
                label: { show: true, position: 'top' },
              }],
            }}
          />
        </Card>
      ))}
    </Space>
  );
}
