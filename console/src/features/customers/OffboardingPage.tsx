import { useEffect, useState } from 'react';
import {
  Alert, App, Button, Card, Col, Form, Input, Radio, Result, Row, Select, Space, Spin, Statistic, Table, Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { usePagedTable } from '../../shared/usePagedTable';
import { customersApi, dealsApi } from './api';
import { personName, useSalespeople } from './hooks';
import { DealStatusTag, LevelTag } from './Tags';
import type { Customer, CustomerFilters, OffboardResult } from './types';

interface Holdings {
  leads?: number;
  opportunities?: number;
  contracts?: number;
  /** a total the server only estimated */
  inexact: boolean;
}

/** Leads that offboarding moves: the open ones (lead-service moves NEW, ASSIGNED and FOLLOWING). */
const OPEN_LEAD_STATUSES = ['NEW', 'ASSIGNED', 'FOLLOWING'];

/** What the leaver holds besides customers: open leads, open opportunities, contracts (counts; a failed one stays unknown). */
function useHoldings(userId?: string): Holdings | undefined {
  const [holdings, setHoldings] = useState<Holdings>();
  useEffect(() => {
    setHoldings(undefined);
    if (!userId) return;
    let current = true;
    const count = (p: Promise<{ totalElements: number; totalExact: boolean }>) =>
      p.then((r) => ({ n: r.totalElements, exact: r.totalExact })).catch(() => undefined);
    void Promise.all([
      Promise.all(OPEN_LEAD_STATUSES.map((status) => count(dealsApi.leadsOwnedBy(userId, status)))),
      count(dealsApi.opportunities({ ownerId: userId, status: 'OPEN' }, 0, 1)),
      count(dealsApi.contracts({ ownerId: userId }, 0, 1)),
    ]).then(([leads, opportunities, contracts]) => {
      if (!current) return;
      const all = [...leads, opportunities, contracts];
      setHoldings({
        leads: leads.every(Boolean) ? leads.reduce((sum, c) => sum + (c?.n ?? 0), 0) : undefined,
        opportunities: opportunities?.n,
        contracts: contracts?.n,
        inexact: all.some((c) => c && !c.exact),
      });
    });
    return () => {
      current = false;
    };
  }, [userId]);
  return holdings;
}

interface TargetValues {
  target: 'owner' | 'pool';
  toOwnerId?: string;
  reason: string;
}

/**
 * Offboarding a salesperson (admin): pick who leaves, see what they hold, hand their customers (and, through
 * lead-service, their open leads) to a colleague or the pool, confirm, and read the result.
 */
export function OffboardingPage() {
  const { t } = useTranslation('customers');
  const { modal } = App.useApp();
  const people = useSalespeople();
  const [picked, setPicked] = useState<string>();
  const [typedId, setTypedId] = useState('');
  const [draftId, setDraftId] = useState('');
  const userId = picked ?? (typedId.trim() || undefined);
  const holdings = useHoldings(userId);
  const [form] = Form.useForm<TargetValues>();
  const target = Form.useWatch('target', form);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<OffboardResult>();

  const { tableProps, setFilters, data } = usePagedTable<Customer, CustomerFilters>(
    (r) => (r.filters.ownerId ? customersApi.list(r) : Promise.resolve({ items: [], page: 0, size: r.size, totalElements: 0, totalPages: 0, totalExact: true })),
    {},
    { size: 10, sort: 'name,asc' },
  );
  useEffect(() => setFilters({ ownerId: userId }), [userId, setFilters]);

  const customerCount = data?.totalElements ?? 0;
  const name = (id?: string | null) => personName(people, id, t) ?? id ?? '';

  const run = async (values: TargetValues) => {
    if (!userId) return;
    setRunning(true);
    setError(undefined);
    try {
      const target = values.target === 'pool' ? ({ toPool: true } as const) : { toOwnerId: values.toOwnerId ?? '' };
      setResult(await customersApi.offboard(userId, target, values.reason.trim()));
    } catch (e) {
      const unmatched = applyFieldErrors(form, e, { fields: ['toOwnerId', 'reason'], map: { oneTarget: 'toOwnerId' } });
      setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
    } finally {
      setRunning(false);
    }
  };

  const confirm = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // the form shows what is missing
    modal.confirm({
      title: t('offboard.confirmTitle'),
      content: t('offboard.confirm', {
        count: customerCount,
        target: values.target === 'pool' ? t('offboard.toPool') : name(values.toOwnerId),
      }),
      okButtonProps: { danger: true },
      onOk: () => run(values),
    });
  };

  const reset = () => {
    setResult(undefined);
    setPicked(undefined);
    setTypedId('');
    setDraftId('');
    form.resetFields();
  };

  if (result) {
    return (
      <Card title={t('offboard.title')}>
        <Result
          status="success"
          title={t('offboard.done')}
          subTitle={
            <Space direction="vertical">
              <span>{t('offboard.moved', { count: result.moved })} · {t('offboard.movedTo', { target: result.toPool ? t('offboard.toPool') : name(result.toOwnerId) })}</span>
              <span>{result.moved === 0 ? t('offboard.nothing') : t('offboard.leadsAsync')}</span>
            </Space>
          }
          extra={<Button type="primary" onClick={reset}>{t('offboard.again')}</Button>}
        />
        {result.customerIds.length > 0 && (
          <Table
            rowKey="id"
            size="small"
            data-testid="offboard-moved"
            dataSource={result.customerIds.map((id) => ({ id, name: data?.items.find((c) => c.id === id)?.name }))}
            columns={[{ title: t('field.name'), dataIndex: 'id', render: (id: string, row: { name?: string }) => <Link to={`/customers/${id}`}>{row.name ?? id}</Link> }]}
            pagination={{ pageSize: 10 }}
          />
        )}
      </Card>
    );
  }

  const columns: ColumnsType<Customer> = [
    { title: t('field.name'), dataIndex: 'name', sorter: true, render: (n: string, c) => <Link to={`/customers/${c.id}`}>{n}</Link> },
    { title: t('field.level'), dataIndex: 'level', render: (_: unknown, c) => <LevelTag level={c.level} /> },
    { title: t('field.dealStatus'), dataIndex: 'dealStatus', render: (_: unknown, c) => <DealStatusTag status={c.dealStatus} /> },
    { title: t('field.lastFollowUpAt'), dataIndex: 'lastFollowUpAt', sorter: true, render: formatTime },
  ];
  const stat = (value?: number) => (value === undefined ? '-' : holdings?.inexact ? `≥ ${value}` : value);

  return (
    <Card title={t('offboard.title')}>
      <Typography.Paragraph type="secondary">{t('offboard.pickHint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 24 }}>
        <Select
          showSearch
          allowClear
          optionFilterProp="label"
          style={{ width: 260 }}
          placeholder={t('offboard.pick')}
          aria-label={t('offboard.pick')}
          value={picked}
          onChange={(v?: string) => {
            setPicked(v);
            setTypedId('');
            setDraftId('');
          }}
          options={people.map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` }))}
        />
        <Input.Search
          style={{ width: 420 }}
          placeholder={t('offboard.otherUser')}
          enterButton={t('common:action.search')}
          value={draftId}
          onChange={(e) => setDraftId(e.target.value)}
          onSearch={(value) => {
            // applied on Enter, not per keystroke: each id asks four services what it holds
            setTypedId(value);
            setPicked(undefined);
          }}
        />
      </Space>
      {userId && (
        <>
          <Typography.Title level={5}>{t('offboard.holds')}</Typography.Title>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={6}><Statistic title={t('offboard.customers')} value={data ? customerCount : '-'} /></Col>
            <Col span={6}><Statistic title={t('offboard.leads')} value={stat(holdings?.leads)} /></Col>
            <Col span={6}><Statistic title={t('offboard.opportunities')} value={stat(holdings?.opportunities)} /></Col>
            <Col span={6}><Statistic title={t('offboard.contracts')} value={stat(holdings?.contracts)} /></Col>
          </Row>
          {!!(holdings?.opportunities || holdings?.contracts) && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('offboard.notMoved')} />
          )}
          <Typography.Title level={5}>{t('offboard.customerList')}</Typography.Title>
          <Table<Customer> rowKey="id" size="small" columns={columns} {...tableProps} style={{ marginBottom: 24 }} />
          <Spin spinning={running} tip={t('offboard.running')}>
            <ErrorAlert error={error} style={{ marginBottom: 16 }} />
            <Form form={form} layout="vertical" name="offboard" initialValues={{ target: 'owner' }} style={{ maxWidth: 560 }}>
              <Form.Item name="target" label={t('offboard.target')}>
                <Radio.Group
                  options={[
                    { value: 'owner', label: t('offboard.toOwner') },
                    { value: 'pool', label: t('offboard.toPool') },
                  ]}
                />
              </Form.Item>
              {target !== 'pool' && (
                <Form.Item name="toOwnerId" label={t('offboard.successor')} rules={[{ required: true, message: t('offboard.successorRequired') }]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    placeholder={t('placeholder.salesperson')}
                    options={people.filter((p) => p.id !== userId).map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` }))}
                  />
                </Form.Item>
              )}
              <Form.Item name="reason" label={t('offboard.reason')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Button type="primary" danger loading={running} onClick={() => void confirm()}>{t('offboard.submit')}</Button>
            </Form>
          </Spin>
        </>
      )}
    </Card>
  );
}

