import { useState } from 'react';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { leadsApi } from './api';
import type { ConvertResult, Lead } from './types';

interface Values {
  customerName?: string;
  kind?: 'ORGANIZATION' | 'INDIVIDUAL';
  opportunityName?: string;
  opportunityAmount?: number;
}

/** Convert a lead into a customer (and optionally a first opportunity). */
export function ConvertModal({ lead, open, onCancel, onConverted }: {
  lead: Lead;
  open: boolean;
  onCancel: () => void;
  onConverted: (result: ConvertResult) => void;
}) {
  const { t } = useTranslation('leads');
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const ok = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setError(undefined);
    try {
      const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
      onConverted(await leadsApi.convert(lead.id, body));
    } catch (e) {
      applyFieldErrors(form, e, { fields: ['customerName', 'kind', 'opportunityName', 'opportunityAmount'] });
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open={open} title={t('convert.title')} onCancel={onCancel} onOk={() => void ok()} confirmLoading={saving} forceRender>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        name="convert"
        initialValues={{ customerName: lead.company || lead.name, kind: lead.company ? 'ORGANIZATION' : 'INDIVIDUAL' }}
      >
        <Form.Item name="customerName" label={t('convert.customerName')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('convert.kind')}>
          <Select options={['ORGANIZATION', 'INDIVIDUAL'].map((k) => ({ value: k, label: t(`convert.${k}`) }))} />
        </Form.Item>
        <Form.Item name="opportunityName" label={t('convert.opportunityName')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="opportunityAmount" label={t('convert.opportunityAmount')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
