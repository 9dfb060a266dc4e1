import { useEffect, useMemo, useState } from 'react';
import { Card, DatePicker, Empty, InputNumber, Space, Table, Typography } from 'antd';
import { BarChart } from '../shared/BarChart';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { dealsApi } from '../api';
import { Money } from '../../../shared/Money';
import type { ForecastMonth } from '../types';

/**
 * The forecast: open opportunities by the month they are expected to close, per currency (never added across
 * currencies): a bar chart of amount and weighted amount per month, and the figures as a table.
 */
export function ForecastView({ ownerId }: { ownerId?: string }) {
  const { t } = useTranslation('deals');
  const [from, setFrom] = useState<Dayjs>(dayjs().startOf('month'));
  const [months, setMonths] = useState(6);
  const [rows, setRows] = useState<ForecastMonth[]>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    setError(undefined);
    dealsApi.forecast(from.format('YYYY-MM'), months, ownerId).then(setRows).catch(setError);
  }, [from, months, ownerId]);

  const currencies = useMemo(() => [...new Set((rows ?? []).map((r) => r.currency))].sort(), [rows]);
  const monthList = useMemo(() => Array.from({ length: months }, (_, i) => from.add(i, 'month').format('YYYY-MM')), [from, months]);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <span>{t('forecast.from')}</span>
        <DatePicker picker="month" value={from} allowClear={false} onChange={(d) => d && setFrom(d.startOf('month'))} />
        <span>{t('forecast.months')}</span>
        <InputNumber min={1} max={24} value={months} onChange={(v) => v && setMonths(v)} />
      </Space>
      <ErrorAlert error={error} />
      {rows && rows.length === 0 && <Empty description={t('forecast.empty')} />}
      {currencies.map((currency) => {
        const ofCurrency = rows!.filter((r) => r.currency === currency);
        const byMonth = (month: string) => ofCurrency.find((r) => r.month === month);
        return (
          <Card key={currency} size="small" title={t('forecast.chart', { currency })}>
            <BarChart
              height={300}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { data: [t('forecast.amount'), t('forecast.weighted')] },
                grid: { left: 80, right: 24, top: 40, bottom: 30 },
                xAxis: { type: 'category', data: monthList },
                yAxis: { type: 'value' },
                // The chart draws with numbers; the exact figures are in the table below.
                series: [
                  { name: t('forecast.amount'), type: 'bar', data: monthList.map((m) => Number(byMonth(m)?.amount ?? 0)) },
                  { name: t('forecast.weighted'), type: 'bar', data: monthList.map((m) => Number(byMonth(m)?.weightedAmount ?? 0)) },
                ],
              }}
            />
            <Table<ForecastMonth>
              size="small"
              rowKey="month"
              pagination={false}
              dataSource={ofCurrency}
              columns={[
                { title: t('field.month'), dataIndex: 'month' },
                { title: t('forecast.count'), dataIndex: 'count', align: 'right' },
                { title: t('forecast.amount'), dataIndex: 'amount', align: 'right', render: (a: string) => <Money amount={a} currency={currency} /> },
                { title: t('forecast.weighted'), dataIndex: 'weightedAmount', align: 'right', render: (a: string) => <Money amount={a} currency={currency} strong /> },
              ]}
            />
          </Card>
        );
      })}
      {!rows && !error && <Typography.Text type="secondary">{t('common:app.loading')}</Typography.Text>}
    </Space>
  );
}
