import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';

/** An optional reason: releasing a customer to the pool. */
export function ReasonModal({ open, title, onCancel, onSubmit }: {
  open: boolean;
  title: string;
  onCancel: () => void;
  onSubmit: (reason?: string) => Promise<void>;
}) {
  const { t } = useTranslation('customers');
  const [form] = Form.useForm<{ reason?: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const ok = async () => {
    const checked = await form.validateFields().catch(() => undefined);
    if (!checked) return; // the form shows what is missing
    const { reason } = checked;
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit(reason?.trim() || undefined);
      form.resetFields();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open={open} title={title} onCancel={onCancel} onOk={() => void ok()} confirmLoading={saving} forceRender>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="customer-reason">
        <Form.Item name="reason" label={t('field.reason')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
