import { useState } from 'react';
import { Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from './ErrorAlert';

/**
 * A modal asking for one text (a comment, a reason), required or not; the action's error shows inside and the
 * modal stays open with what was typed.
 */
export function TextModal({ open, name = 'text-modal', title, label, hint, required, max, okText, danger, onCancel, onSubmit }: {
  open: boolean;
  /** the form's name (its fields' ids): unique on the page */
  name?: string;
  title: string;
  label: string;
  hint?: string;
  required?: boolean;
  max: number;
  okText?: string;
  danger?: boolean;
  onCancel: () => void;
  onSubmit: (text?: string) => Promise<void>;
}) {
  const [form] = Form.useForm<{ text?: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const ok = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // invalid fields show their messages; nothing is sent
    const { text } = values;
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit(text?.trim() || undefined);
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
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      onCancel={() => {
        setError(undefined);
        onCancel();
      }}
      onOk={() => void ok()}
      confirmLoading={saving}
      forceRender
    >
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name={name}>
        <Form.Item name="text" label={label} rules={[{ required, whitespace: true }, { max }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
