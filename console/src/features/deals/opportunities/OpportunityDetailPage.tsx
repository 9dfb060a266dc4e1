import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Dropdown, Popconfirm, Skeleton, Space, Table, Tabs } from 'antd';
import { ArrowLeftOutlined, DownOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { dealsApi } from '../api';
import { personName, useCustomerNames, usePipelineSettings, useSalespeople } from '../hooks';
import { opportunityActions } from '../permissions';
import { ContractForm } from '../contracts/ContractForm';
import { Money } from '../../../shared/Money';
import { OpportunityStatusTag } from '../shared/StatusTags';
import { LOST, WON, type Contract, type LineItem, type Opportunity } from '../types';
import { FollowUpTimeline, type NewFollowUp } from '../../../shared/FollowUpTimeline';
import { LossReasonModal } from './LossReasonModal';
import { OpportunityForm } from './OpportunityForm';
import { StageHistory } from './StageHistory';

type Dialog = 'edit' | 'lost' | 'contract' | undefined;

/** One opportunity: its details and lines, the moves the user may make now, follow-ups and stage history. */
export function OpportunityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const people = useSalespeople();
  const { settings } = usePipelineSettings();
  const [opportunity, setOpportunity] = useState<Opportunity>();
  const [error, setError] = useState<unknown>();
  const [dialog, setDialog] = useState<Dialog>();
  const [version, setVersion] = useState(0);
  const customers = useCustomerNames([opportunity?.customerId]);

  const [contract, setContract] = useState<Contract>();

  const load = useCallback(() => dealsApi.opportunity(id).then(setOpportunity).catch(setError), [id]);
  const loadFollowUps = useCallback((page: number) => dealsApi.followUps(id, page), [id]);
  const addFollowUp = useCallback((followUp: NewFollowUp) => dealsApi.addFollowUp(id, followUp), [id]);
  useEffect(() => void load(), [load]);
  // A won opportunity has at most one contract that is not terminated: link it instead of offering a second one.
  const won = opportunity?.status === WON;
  useEffect(() => {
    if (!won) return setContract(undefined);
    dealsApi
      .contracts({ page: 0, size: 10, filters: { opportunityId: id } })
      .then((page) => setContract(page.items.find((c) => c.status !== 'TERMINATED')))
      .catch(() => setContract(undefined));
  }, [id, won]);

  const changed = (o: Opportunity, text: string) => {
    setOpportunity(o);
    setVersion((v) => v + 1);
    setDialog(undefined);
    message.success(text);
  };
  const move = async (stage: string) => {
    try {
      const o = await dealsApi.moveStage(id, stage, undefined, opportunity?.version);
      changed(o, stage === WON ? t('opportunity.won') : t('opportunity.moved', { stage: stageName(stage) }));
    } catch (e) {
      message.error(errorMessage(e, t));
      void load();
    }
  };

  if (error) return <ErrorAlert error={error} action={<Button onClick={() => navigate('/opportunities')}>{t('common:action.back')}</Button>} />;
  if (!opportunity || !settings) return <Skeleton active />;
  const o = opportunity;
  const can = opportunityActions(user, o);
  const stageName = (code: string) => settings.stages.find((s) => s.code === code)?.name ?? code;
  const openStages = settings.stages.filter((s) => s.open && s.code !== o.stage);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common:action.back')} />
            {o.name}
            <OpportunityStatusTag status={o.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {can.move && openStages.length > 0 && (
              <Dropdown menu={{ items: openStages.map((s) => ({ key: s.code, label: `${s.name} (${s.probability}%)` })), onClick: ({ key }) => void move(key) }}>
                <Button>{t('opportunity.moveTo')} <DownOutlined /></Button>
              </Dropdown>
            )}
            {can.move && (
              <Popconfirm title={`${t('opportunity.markWon')}?`} onConfirm={() => move(WON)}>
                <Button type="primary">{t('opportunity.markWon')}</Button>
              </Popconfirm>
            )}
            {can.move && <Button danger onClick={() => setDialog('lost')}>{t('opportunity.markLost')}</Button>}
            {can.edit && <Button onClick={() => setDialog('edit')}>{t('opportunity.edit')}</Button>}
            {contract && <Button onClick={() => navigate(`/contracts/${contract.id}`)}>{t('opportunity.openContract', { number: contract.number })}</Button>}
            {can.createContract && !contract && <Button type="primary" onClick={() => setDialog('contract')}>{t('opportunity.createContract')}</Button>}
            {can.reopen && (
              <Popconfirm
                title={`${t('opportunity.reopen')}?`}
                onConfirm={() =>
                  dealsApi.reopen(o.id).then((r) => changed(r, t('opportunity.reopened'))).catch((e: unknown) => message.error(errorMessage(e, t)))
                }
              >
                <Button>{t('opportunity.reopen')}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        {o.status === LOST && o.lossReason && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`${t('field.lossReason')}: ${settings.lossReasons.find((r) => r.code === o.lossReason)?.label ?? o.lossReason}`} />
        )}
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('field.customer')}>{customers[o.customerId] ?? o.customerId}</Descriptions.Item>
          <Descriptions.Item label={t('field.amount')}><Money amount={o.amount} currency={o.currency} strong /></Descriptions.Item>
          <Descriptions.Item label={t('field.stage')}>{stageName(o.stage)}</Descriptions.Item>
          <Descriptions.Item label={t('field.probability')}>{o.probability}%</Descriptions.Item>
          <Descriptions.Item label={t('field.expectedCloseDate')}>{o.expectedCloseDate ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.owner')}>{personName(people, o.ownerId, user)}</Descriptions.Item>
          <Descriptions.Item label={t('field.createdAt')}>{formatTime(o.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.updatedAt')}>{formatTime(o.updatedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.closedAt')}>{formatTime(o.closedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.description')} span={3}>{o.description ?? '-'}</Descriptions.Item>
        </Descriptions>
        {o.lines.length > 0 && <LinesTable lines={o.lines} currency={o.currency} />}
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'follow-ups', label: t('followUp.title'), children: (
                <FollowUpTimeline
                  name="deal-follow-up"
                  load={loadFollowUps}
                  add={addFollowUp}
                  canAdd={can.followUp}
                />
              ),
            },
            { key: 'history', label: t('history.title'), children: <StageHistory opportunityId={o.id} version={version} /> },
          ]}
        />
      </Card>
      <OpportunityForm open={dialog === 'edit'} opportunity={o} onClose={() => setDialog(undefined)} onSaved={(r) => changed(r, t('opportunity.saved'))} />
      <LossReasonModal
        open={dialog === 'lost'}
        name={o.name}
        reasons={settings.lossReasons}
        onCancel={() => setDialog(undefined)}
        onSubmit={async (reason) => changed(await dealsApi.moveStage(o.id, LOST, reason, o.version), t('opportunity.lost'))}
      />
      <ContractForm
        open={dialog === 'contract'}
        fromOpportunity={o}
        onClose={() => setDialog(undefined)}
        onSaved={(c) => navigate(`/contracts/${c.id}`)}
      />
    </Space>
  );
}

/** The product lines of an opportunity or a contract, with the amounts the server computed. */
export function LinesTable({ lines, currency }: { lines: LineItem[]; currency: string }) {
  const { t } = useTranslation('deals');
  return (
    <Table<LineItem>
      style={{ marginTop: 16 }}
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={lines}
      columns={[
        { title: t('field.productName'), dataIndex: 'productName' },
        { title: t('field.quantity'), dataIndex: 'quantity', align: 'right' },
        { title: t('field.unitPrice'), dataIndex: 'unitPrice', align: 'right', render: (v: string) => <Money amount={v} currency={currency} /> },
        { title: t('field.discount'), dataIndex: 'discount', align: 'right', render: (v?: string) => (v ? `${v}%` : '-') },
        { title: t('field.lineAmount'), dataIndex: 'amount', align: 'right', render: (v?: string) => <Money amount={v} currency={currency} strong /> },
      ]}
    />
  );
}
