import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Skeleton, Space, Tabs } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { leadsApi } from './api';
import { ConvertModal } from './ConvertModal';
import { FollowUpTimeline } from '../../shared/FollowUpTimeline';
import { ownerName, useSalespeople } from './hooks';
import { LeadForm } from './LeadForm';
import { LeadHistory } from './LeadHistory';
import { LeadStatusTag } from './LeadStatusTag';
import { OwnerPickerModal } from './OwnerPickerModal';
import { leadActions } from './permissions';
import { TextModal } from '../../shared/TextModal';
import type { ConvertResult, Lead } from './types';

type Dialog = 'edit' | 'assign' | 'transfer' | 'release' | 'invalidate' | 'convert' | undefined;

/** One lead: its fields, the actions the user may take now, its follow-up timeline and its history. */
export function LeadDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('leads');
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const people = useSalespeople();
  const [lead, setLead] = useState<Lead>();
  const [error, setError] = useState<unknown>();
  const [dialog, setDialog] = useState<Dialog>();
  const [converted, setConverted] = useState<ConvertResult>();
  const [version, setVersion] = useState(0);

  const load = useCallback(() => leadsApi.get(id).then(setLead).catch(setError), [id]);
  const loadFollowUps = useCallback((page: number) => leadsApi.followUps(id, page), [id]);
  useEffect(() => void load(), [load]);

  /** Runs an action; the answer is the lead as it is now. */
  const act = async (run: () => Promise<Lead>) => {
    try {
      setLead(await run());
      setVersion((v) => v + 1);
      setDialog(undefined);
      message.success(t('action.done'));
    } catch (e) {
      message.error(errorMessage(e, t));
      void load();
    }
  };
  /** The same inside a modal: the modal shows the error and stays open. */
  const actInDialog = async (run: () => Promise<Lead>) => {
    setLead(await run());
    setVersion((v) => v + 1);
    setDialog(undefined);
    message.success(t('action.done'));
  };

  if (error) return <ErrorAlert error={error} action={<Button onClick={() => navigate('/leads')}>{t('common:action.back')}</Button>} />;
  if (!lead) return <Skeleton active />;
  const can = leadActions(user, lead);
  const customerId = converted?.customerId ?? lead.customerId;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common:action.back')} />
            {lead.name}
            <LeadStatusTag status={lead.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {can.edit && <Button onClick={() => setDialog('edit')}>{t('action.edit')}</Button>}
            {can.claim && <Button type="primary" onClick={() => void act(() => leadsApi.claim(lead.id))}>{t('action.claim')}</Button>}
            {can.assign && <Button onClick={() => setDialog('assign')}>{t('action.assign')}</Button>}
            {can.convert && <Button type="primary" onClick={() => setDialog('convert')}>{t('action.convert')}</Button>}
            {can.transfer && <Button onClick={() => setDialog('transfer')}>{t('action.transfer')}</Button>}
            {can.release && <Button onClick={() => setDialog('release')}>{t('action.release')}</Button>}
            {can.invalidate && <Button danger onClick={() => setDialog('invalidate')}>{t('action.invalidate')}</Button>}
            {can.restore && (
              <Popconfirm title={t('action.restore')} onConfirm={() => act(() => leadsApi.restore(lead.id))}>
                <Button>{t('action.restore')}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        {customerId && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('convert.done')}
            description={<Link to={`/customers/${customerId}`}>{t('convert.openCustomer', { id: customerId })}</Link>}
          />
        )}
        {lead.status === 'INVALID' && lead.invalidReason && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`${t('field.invalidReason')}: ${lead.invalidReason}`} />
        )}
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('field.company')}>{lead.company ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.title')}>{lead.title ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.phone')}>{lead.phone ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.email')}>{lead.email ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.otherContact')}>{lead.otherContact ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.source')}>{t(`source.${lead.source}`)}{lead.channel ? ` / ${lead.channel}` : ''}</Descriptions.Item>
          <Descriptions.Item label={t('field.industry')}>{lead.industry ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.city')}>{lead.city ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('field.owner')}>{ownerName(people, lead.ownerId) ?? t('pool')}</Descriptions.Item>
          <Descriptions.Item label={t('field.lastFollowUpAt')}>{formatTime(lead.lastFollowUpAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.nextFollowUpAt')}>{formatTime(lead.nextFollowUpAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.createdAt')}>{formatTime(lead.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.notes')} span={3}>{lead.notes ?? '-'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'follow-ups', label: t('followUp.title'), children: (
                <FollowUpTimeline
                  load={loadFollowUps}
                  add={(followUp) => leadsApi.addFollowUp(lead.id, followUp)}
                  canAdd={can.followUp}
                  onAdded={() => void load()}
                />
              ),
            },
            { key: 'history', label: t('history.title'), children: <LeadHistory leadId={lead.id} version={version} /> },
          ]}
        />
      </Card>
      <LeadForm
        open={dialog === 'edit'}
        lead={lead}
        onClose={() => setDialog(undefined)}
        onSaved={(saved) => {
          setLead(saved);
          setVersion((v) => v + 1);
          setDialog(undefined);
        }}
      />
      <OwnerPickerModal
        open={dialog === 'assign' || dialog === 'transfer'}
        title={t(dialog === 'transfer' ? 'action.transfer' : 'action.assign')}
        excludeId={dialog === 'transfer' ? lead.ownerId : undefined}
        onCancel={() => setDialog(undefined)}
        onSubmit={({ ownerId, reason }) =>
          actInDialog(() => (dialog === 'transfer' ? leadsApi.transfer(lead.id, ownerId, reason) : leadsApi.assign(lead.id, ownerId, reason)))
        }
      />
      <TextModal
        open={dialog === 'release' || dialog === 'invalidate'}
        name="reason"
        title={t(dialog === 'invalidate' ? 'action.invalidate' : 'action.release')}
        label={t('field.reason')}
        max={500}
        required={dialog === 'invalidate'}
        onCancel={() => setDialog(undefined)}
        onSubmit={(reason) =>
          actInDialog(() => (dialog === 'invalidate' ? leadsApi.invalidate(lead.id, reason ?? '') : leadsApi.release(lead.id, reason)))
        }
      />
      <ConvertModal
        lead={lead}
        open={dialog === 'convert'}
        onCancel={() => setDialog(undefined)}
        onConverted={(result) => {
          setConverted(result);
          setDialog(undefined);
          message.success(t('convert.done'));
          void load();
          setVersion((v) => v + 1);
        }}
      />
    </Space>
  );
}
