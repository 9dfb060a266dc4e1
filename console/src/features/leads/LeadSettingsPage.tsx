import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorMessage } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { leadsApi } from './api';
import { ownerName, resetLeadCaches, useSalespeople } from './hooks';
import { LEAD_SOURCES, type AutoAssignment, type SourceChannel, type Sources } from './types';

/** An admin's lead settings: the tenant's source channels and the round-robin assignment of new leads. */
export function LeadSettingsPage() {
  const { t } = useTranslation('leads');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={4}>{t('settings.title')}</Typography.Title>
      <SourceChannels />
      <AutoAssignmentSettings />
    </Space>
  );
}

function SourceChannels() {
  const { t } = useTranslation('leads');
  const { message } = App.useApp();
  const [sources, setSources] = useState<Sources>();
  const [error, setError] = useState<unknown>();
  const [editing, setEditing] = useState<SourceChannel | 'new'>();
  const load = () => leadsApi.sources().then(setSources, setError);
  useEffect(() => void load(), []);

  const toggle = async (channel: SourceChannel, active: boolean) => {
    try {
      await leadsApi.updateChannel({ ...channel, active });
      resetLeadCaches();
      await load();
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  return (
    <Card
      title={t('settings.channels')}
      extra={<Button type="primary" onClick={() => setEditing('new')}>{t('settings.addChannel')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('settings.channelsHelp')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Table<SourceChannel>
        rowKey="code"
        size="small"
        loading={!sources && !error}
        dataSource={sources?.channels ?? []}
        pagination={false}
        columns={[
          { title: t('settings.code'), dataIndex: 'code' },
          { title: t('settings.label'), dataIndex: 'label' },
          { title: t('settings.source'), dataIndex: 'source', render: (s: string) => t(`source.${s}`) },
          {
            title: t('settings.active'),
            dataIndex: 'active',
            render: (active: boolean, channel) => (
              <Switch checked={active} aria-label={`${t('settings.active')} ${channel.code}`} onChange={(on) => void toggle(channel, on)} />
            ),
          },
          {
            key: 'edit',
            render: (_, channel) => <Button size="small" onClick={() => setEditing(channel)}>{t('action.edit')}</Button>,
          },
        ]}
      />
      <ChannelModal
        channel={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          resetLeadCaches();
          message.success(t('settings.saved'));
          void load();
        }}
      />
    </Card>
  );
}

/** Adds a channel (`'new'`) or renames / re-sources one; the code is fixed once created. */
function ChannelModal({ channel, onClose, onSaved }: { channel?: SourceChannel | 'new'; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('leads');
  const [form] = Form.useForm<SourceChannel>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const isNew = channel === 'new';
  useEffect(() => {
    setError(undefined);
    if (channel === 'new') form.setFieldsValue({ code: '', label: '', source: 'OTHER', active: true });
    else if (channel) form.setFieldsValue(channel);
  }, [channel, form]);

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setError(undefined);
    try {
      await (isNew ? leadsApi.addChannel(values) : leadsApi.updateChannel({ ...values, code: (channel as SourceChannel).code }));
      form.resetFields();
      onSaved();
    } catch (e) {
      const unmatched = applyFieldErrors(form, e, { fields: ['code', 'label', 'source'] });
      setError(unplaced(e, unmatched));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={!!channel}
      title={t(isNew ? 'settings.addChannel' : 'settings.editChannel')}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={saving}
      forceRender
    >
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="source-channel">
        <Form.Item name="code" label={t('settings.code')} extra={isNew ? t('settings.codeHelp') : undefined}
          rules={[{ required: true }, { pattern: /^[A-Z][A-Z0-9_]{1,39}$/, message: t('settings.codeHelp') }]}>
          <Input disabled={!isNew} />
        </Form.Item>
        <Form.Item name="label" label={t('settings.label')} rules={[{ required: true }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="source" label={t('settings.source')}>
          <Select options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="active" label={t('settings.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The error to show above the form: one whose messages did not all land on fields. */
function unplaced(e: unknown, unmatched: string[]): unknown {
  return unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined;
}

function AutoAssignmentSettings() {
  const { t } = useTranslation('leads');
  const { message } = App.useApp();
  const people = useSalespeople();
  const [form] = Form.useForm<{ enabled: boolean; salespeople: string[] }>();
  const [settings, setSettings] = useState<AutoAssignment>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    leadsApi.autoAssignment().then((s) => {
      setSettings(s);
      form.setFieldsValue({ enabled: s.enabled, salespeople: s.salespeople });
    }, setError);
  }, [form]);

  const save = async () => {
    const values = form.getFieldsValue();
    setSaving(true);
    setError(undefined);
    try {
      const saved = await leadsApi.setAutoAssignment({ enabled: !!values.enabled, salespeople: values.salespeople ?? [] });
      setSettings(saved);
      message.success(t('settings.saved'));
    } catch (e) {
      // salespeople[2] (not an active salesperson, or twice) lands on the list as a whole
      const unmatched = applyFieldErrors(form, e, { fields: ['enabled', 'salespeople'], map: salespeopleFields(e) });
      setError(unplaced(e, unmatched));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={t('settings.autoAssignment')}>
      <Typography.Paragraph type="secondary">{t('settings.autoHelp')}</Typography.Paragraph>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="auto-assignment" style={{ maxWidth: 640 }}>
        <Form.Item name="enabled" label={t('settings.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="salespeople" label={t('settings.salespeople')}>
          <Select mode="multiple" options={people.map((p) => ({ value: p.id, label: p.displayName || p.username }))} />
        </Form.Item>
        {settings?.enabled && settings.nextSalespersonId && (
          <Typography.Paragraph>{t('settings.next')}: {ownerName(people, settings.nextSalespersonId)}</Typography.Paragraph>
        )}
        {settings?.updatedAt && (
          <Typography.Paragraph type="secondary">
            {t('settings.updated')}: {formatTime(settings.updatedAt)} ({ownerName(people, settings.updatedBy) ?? settings.updatedBy})
          </Typography.Paragraph>
        )}
        <Button type="primary" loading={saving} onClick={() => void save()}>{t('common:action.save')}</Button>
      </Form>
    </Card>
  );
}

/** Maps the API's `salespeople[i]` fields onto the one list field. */
function salespeopleFields(e: unknown): Record<string, string> {
  const fields = isApiError(e) ? e.fieldErrors : [];
  return Object.fromEntries(fields.filter((f) => f.field.startsWith('salespeople[')).map((f) => [f.field, 'salespeople']));
}
