import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useSalespeople } from './hooks';

export interface OwnerChoice {
  ownerId: string;
  reason: string;
}

/**
 * Choose a salesperson (GET /api/v1/users/salespeople) and the reason, which customer-service requires for assign
 * and transfer. The current owner is left out of the list.
 */
export function OwnerPickerModal({ open, title, onCancel, onSubmit, excludeId }: {
  open: boolean;
  title: string;
  onCancel: () => void;
  onSubmit: (values: OwnerChoice) => Promise<void>;
  excludeId?: string | null;
}) {
  const { t } = useTranslation('customers');
  const people = useSalespeople(open);
  const [form] = Form.useForm<OwnerChoice>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();

  const ok = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // the form shows what is missing
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit({ ownerId: values.ownerId, reason: values.reason.trim() });
      form.resetFields();
    } catch (e) {
      applyFieldErrors(form, e, { fields: ['ownerId', 'reason'] });
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={title} onCancel={onCancel} onOk={() => void ok()} confirmLoading={saving} forceRender>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="customer-owner-picker">
        <Form.Item name="ownerId" label={t('field.owner')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('placeholder.salesperson')}
            options={people.filter((p) => p.id !== excludeId).map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
