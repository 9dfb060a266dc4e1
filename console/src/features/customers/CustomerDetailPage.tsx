import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { customersApi } from './api';
import { ContactsPanel } from './ContactsPanel';
import { CustomerFormModal } from './CustomerFormModal';
import { CustomerOverview } from './CustomerOverview';
import { ContractsPanel, OpportunitiesPanel } from './DealsPanels';
import { FollowUpsPanel } from './FollowUpsPanel';
import { HistoryPanel } from './HistoryPanel';
import { customerErrorMessage, personName, useSalespeople } from './hooks';
import { OwnerPickerModal } from './OwnerPickerModal';
import { customerActions, dealTabs } from './permissions';
import { TextModal } from '../../shared/TextModal';
import { RecyclingNotice } from './RecyclingNotice';
import { DealStatusTag, LevelTag } from './Tags';
import { TimelinePanel } from './TimelinePanel';
import type { Customer, HistoryEntry } from './types';

type Dialog = 'edit' | 'assign' | 'transfer' | 'release' | undefined;

/**
 * One customer (a deep link: /customers/{id}, also from a converted lead): its header with the actions the user may
 * take now, the recycling warning, and tabs — overview, contacts, follow-ups, timeline, history, opportunities,
 * contracts. The tab is in the URL (?tab=) so it survives a reload.
 */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const people = useSalespeople();
  const [customer, setCustomer] = useState<Customer>();
  const [error, setError] = useState<unknown>();
  const [history, setHistory] = useState<HistoryEntry[]>();
  const [historyError, setHistoryError] = useState<unknown>();
  const [dialog, setDialog] = useState<Dialog>();
  /** bumped after every change so the timeline reloads */
  const [version, setVersion] = useState(0);

  const load = useCallback(() => customersApi.get(id).then(setCustomer).catch(setError), [id]);
  const loadHistory = useCallback(() => customersApi.history(id).then(setHistory).catch(setHistoryError), [id]);
  useEffect(() => {
    setCustomer(undefined);
    setError(undefined);
    void load();
    void loadHistory();
  }, [load, loadHistory]);

  const refresh = () => {
    void load();
    void loadHistory();
    setVersion((v) => v + 1);
  };

  /** Runs an action outside a dialog; a failure is a message and the customer as it is now. */
  const act = async (run: () => Promise<unknown>, done = t('action.done')) => {
    try {
      await run();
      message.success(done);
    } catch (e) {
      message.error(customerErrorMessage(e, t));
    }
    refresh();
  };
  /** The same inside a modal: the modal shows the error and stays open. */
  const actInDialog = async (run: () => Promise<unknown>) => {
    await run();
    setDialog(undefined);
    message.success(t('action.done'));
    refresh();
  };

  if (error) return <ErrorAlert error={error} action={<Button onClick={() => navigate('/customers')}>{t('common:action.back')}</Button>} />;
  if (!customer || customer.id !== id) return <Skeleton active />;
  const can = customerActions(user, customer);
  const deals = dealTabs(user);
  const contacts = customer.contacts ?? [];
  const tab = params.get('tab') ?? 'overview';

  const tabs = [
    { key: 'overview', label: t('detail.overview'), children: <CustomerOverview customer={customer} canEdit={can.edit} onEdit={() => setDialog('edit')} /> },
    { key: 'contacts', label: `${t('detail.contacts')} (${contacts.length})`, children: <ContactsPanel customerId={customer.id} canEdit={can.contacts} onChanged={refresh} /> },
    { key: 'follow-ups', label: t('detail.followUps'), children: <FollowUpsPanel customerId={customer.id} contacts={contacts} canAdd={can.followUp} onAdded={refresh} /> },
    { key: 'timeline', label: t('detail.timeline'), children: <TimelinePanel customerId={customer.id} contacts={contacts} version={version} /> },
    { key: 'history', label: t('detail.history'), children: <HistoryPanel history={history} error={historyError} /> },
    ...(deals.opportunities ? [{ key: 'opportunities', label: t('detail.opportunities'), children: <OpportunitiesPanel customerId={customer.id} /> }] : []),
    ...(deals.contracts ? [{ key: 'contracts', label: t('detail.contracts'), children: <ContractsPanel customerId={customer.id} /> }] : []),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/customers')} aria-label={t('common:action.back')} />
            <span data-testid="customer-name">{customer.name}</span>
            <Tag>{t(`kind.${customer.kind}`)}</Tag>
            {customer.level && <LevelTag level={customer.level} />}
            <DealStatusTag status={customer.dealStatus} />
            {customer.deletedAt && <Tag color="red">{t('list.deleted')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {can.claim && (
              <Popconfirm title={t('action.confirmClaim')} onConfirm={() => act(() => customersApi.claim(customer.id), t('list.claimed'))}>
                <Button type="primary">{t('action.claim')}</Button>
              </Popconfirm>
            )}
            {can.assign && <Button type="primary" onClick={() => setDialog('assign')}>{t('action.assign')}</Button>}
            {can.transfer && <Button onClick={() => setDialog('transfer')}>{t('action.transfer')}</Button>}
            {can.release && <Button onClick={() => setDialog('release')}>{t('action.release')}</Button>}
            {can.remove && (
              <Popconfirm title={t('action.confirmDelete')} okButtonProps={{ danger: true }} onConfirm={() => act(() => customersApi.remove(customer.id), t('action.deleted'))}>
                <Button danger>{t('action.delete')}</Button>
              </Popconfirm>
            )}
            {can.restore && (
              <Popconfirm title={t('action.confirmRestore')} onConfirm={() => act(() => customersApi.restore(customer.id), t('action.restored'))}>
                <Button type="primary">{t('action.restore')}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Typography.Text type="secondary">
          {t('field.owner')}: {personName(people, customer.ownerId, t) ?? t('pool')} · {t('field.lastFollowUpAt')}: {formatTime(customer.lastFollowUpAt)} ·{' '}
          {t('field.nextFollowUpAt')}: {formatTime(customer.nextFollowUpAt)}
        </Typography.Text>
        {customer.deletedAt && (
          <Alert type="error" showIcon style={{ marginTop: 12 }} message={t('detail.deletedBanner', { at: formatTime(customer.deletedAt) })} />
        )}
      </Card>
      <RecyclingNotice customer={customer} />
      <Card>
        <Tabs activeKey={tabs.some((x) => x.key === tab) ? tab : 'overview'} onChange={(key) => setParams({ tab: key }, { replace: true })} items={tabs} destroyOnHidden />
      </Card>
      <CustomerFormModal
        open={dialog === 'edit'}
        customer={customer}
        onClose={() => setDialog(undefined)}
        onSaved={(saved) => {
          setDialog(undefined);
          setCustomer((old) => ({ ...saved, contacts: old?.contacts, recentFollowUps: old?.recentFollowUps }));
          refresh();
        }}
        onStale={() => void load()}
      />
      <OwnerPickerModal
        open={dialog === 'assign' || dialog === 'transfer'}
        title={t(dialog === 'transfer' ? 'action.transfer' : 'action.assign')}
        excludeId={customer.ownerId}
        onCancel={() => setDialog(undefined)}
        onSubmit={({ ownerId, reason }) => actInDialog(() => customersApi.assign(customer.id, ownerId, reason))}
      />
      <TextModal
        open={dialog === 'release'}
        name="reason"
        title={t('action.release')}
        label={t('field.reason')}
        max={500}
        onCancel={() => setDialog(undefined)}
        onSubmit={(reason) => actInDialog(() => customersApi.release(customer.id, reason))}
      />
    </Space>
  );
}
