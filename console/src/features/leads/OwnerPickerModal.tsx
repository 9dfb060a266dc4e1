import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useSalespeople } from './hooks';

interface Values {
  ownerId: string;
  reason?: string;
}

/** Choose a salesperson (GET /api/v1/users/salespeople) and a reason: assign, bulk assign, transfer. */
export function OwnerPickerModal({ open, title, onCancel, onSubmit, excludeId }: {
  open: boolean;
  title: string;
  onCancel: () => void;
  onSubmit: (values: Values) => Promise<void>;
  excludeId?: string | null;
}) {
  const { t } = useTranslation('leads');
  const people = useSalespeople();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();

  const ok = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit(values);
      form.resetFields();
    } catch (e) {
      applyFieldErrors(form, e, { fields: ['ownerId', 'reason'] });
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const failures = isApiError(error) ? (error.problem.failures as { leadId: string; reason: string }[] | undefined) : undefined;
  return (
    <Modal open={open} title={title} onCancel={onCancel} onOk={() => void ok()} confirmLoading={saving} destroyOnHidden={false} forceRender>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      {failures && (
        <ul>
          {failures.map((f) => <li key={f.leadId}>{f.leadId.slice(0, 8)}: {t(`common:error.${f.reason}`, { defaultValue: f.reason })}</li>)}
        </ul>
      )}
      <Form form={form} layout="vertical" name="owner-picker">
        <Form.Item name="ownerId" label={t('field.owner')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('placeholder.salesperson')}
            options={people.filter((p) => p.id !== excludeId).map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('field.reason')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
