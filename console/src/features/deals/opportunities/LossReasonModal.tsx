import { useState } from 'react';
import { Form, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import type { LossReason } from '../types';

/** Closing an opportunity as lost needs one of the tenant's loss reasons (400 on `lossReason` otherwise). */
export function LossReasonModal({ open, name, reasons, onCancel, onSubmit }: {
  open: boolean;
  name?: string;
  reasons: LossReason[];
  onCancel: () => void;
  onSubmit: (lossReason: string) => Promise<void>;
}) {
  const { t } = useTranslation('deals');
  const [form] = Form.useForm<{ lossReason: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const ok = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // invalid fields show their messages; nothing is sent
    const { lossReason } = values;
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit(lossReason);
      form.resetFields();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={name ? `${t('lossModal.title')}：${name}` : t('lossModal.title')}
      onCancel={() => {
        form.resetFields();
        setError(undefined);
        onCancel();
      }}
      onOk={() => void ok()}
      okText={t('opportunity.markLost')}
      okButtonProps={{ danger: true }}
      confirmLoading={saving}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('lossModal.hint')}</Typography.Paragraph>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="loss-reason">
        <Form.Item name="lossReason" label={t('field.lossReason')} rules={[{ required: true }]}>
          <Select options={reasons.map((r) => ({ value: r.code, label: r.label }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
