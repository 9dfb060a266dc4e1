import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { leadsApi } from './api';
import { useSources } from './hooks';
import { LEAD_SOURCES, type Lead, type LeadInput } from './types';

const FIELDS = ['name', 'company', 'title', 'phone', 'email', 'otherContact', 'source', 'channel', 'industry', 'city', 'notes'];

/** The lead's editable fields as the form holds them. */
function valuesOf(lead: Lead): LeadInput {
  return Object.fromEntries(FIELDS.map((f) => [f, (lead as unknown as Record<string, unknown>)[f] ?? undefined])) as unknown as LeadInput;
}

/** What a PUT must carry back unchanged (it clears what it leaves out) that the form does not show. */
function keptOf(lead: Lead) {
  return {
    campaignId: lead.campaignId ?? undefined,
    customFields: lead.customFields,
    nextFollowUpAt: lead.nextFollowUpAt ?? undefined,
    version: lead.version,
  };
}

/**
 * The form of a new lead, or of an existing one (`lead`), in a modal. A 400 puts each server message on its field and
 * keeps what was typed; a duplicate (409 LEAD_DUPLICATE) links the existing lead and offers to save anyway
 * (allowDuplicate); an edit sends the version it started from, so someone else's change in between is a 409
 * STALE_VERSION shown in plain words, with what was typed kept.
 */
export function LeadForm({ open, lead, onClose, onSaved }: { open: boolean; lead?: Lead; onClose: () => void; onSaved: (lead: Lead) => void }) {
  const { t } = useTranslation('leads');
  const { message } = App.useApp();
  const [form] = Form.useForm<LeadInput>();
  const sources = useSources();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [duplicateOf, setDuplicateOf] = useState<string>();
  useEffect(() => {
    if (open && lead) form.setFieldsValue(valuesOf(lead));
  }, [open, lead, form]);

  const submit = async (allowDuplicate: boolean) => {
    const values = await form.validateFields();
    setSaving(true);
    setError(undefined);
    setDuplicateOf(undefined);
    try {
      const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as LeadInput;
      const saved = lead
        ? await leadsApi.update(lead.id, { ...input, ...keptOf(lead) }, allowDuplicate)
        : await leadsApi.create(input, allowDuplicate);
      message.success(t(lead ? 'edit.saved' : 'create.created'));
      form.resetFields();
      onSaved(saved);
    } catch (e) {
      if (isApiError(e) && e.problem.reason === 'LEAD_DUPLICATE') {
        setDuplicateOf(String(e.problem.existingId ?? ''));
      } else {
        const unmatched = applyFieldErrors(form, e, { fields: FIELDS, map: { reachable: 'phone' } });
        setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t(lead ? 'edit.title' : 'create.title')}
      onCancel={onClose}
      width={720}
      forceRender
      footer={[
        <Button key="cancel" onClick={onClose}>{t('common:action.cancel')}</Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => void submit(false)}>{t('common:action.save')}</Button>,
      ]}
    >
      {duplicateOf !== undefined && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('create.duplicate')}
          action={
            <Space direction="vertical">
              {duplicateOf && <Link to={`/leads/${duplicateOf}`} onClick={onClose}>{t('create.openExisting')}</Link>}
              <Button size="small" onClick={() => void submit(true)}>{t('create.allowDuplicate')}</Button>
            </Space>
          }
        />
      )}
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name={lead ? 'lead-edit' : 'lead-create'} initialValues={{ source: 'OTHER' }}>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="name" label={t('field.name')} rules={[{ required: true }, { max: 100 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="company" label={t('field.company')} rules={[{ max: 200 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="phone" label={t('field.phone')} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t('field.email')} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="source" label={t('field.source')} style={{ flex: 1 }}>
            <Select options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
          </Form.Item>
          <Form.Item name="channel" label={t('field.channel')} style={{ flex: 1 }}>
            <Select
              allowClear
              onChange={(code?: string) => {
                const channel = sources?.channels.find((c) => c.code === code);
                if (channel) form.setFieldValue('source', channel.source);
              }}
              options={(sources?.channels ?? []).filter((c) => c.active).map((c) => ({ value: c.code, label: c.label }))}
            />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="title" label={t('field.title')} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="industry" label={t('field.industry')} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="city" label={t('field.city')} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="otherContact" label={t('field.otherContact')}>
          <Input />
        </Form.Item>
        <Form.Item name="notes" label={t('field.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
