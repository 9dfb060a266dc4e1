import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { customersApi } from './api';
import { DECISION_ROLES, type Contact, type ContactInput } from './types';

const FIELDS = ['name', 'title', 'department', 'phone', 'email', 'otherContact', 'decisionRole', 'primary', 'notes'];
const PHONE = /^\+?[0-9][0-9 -]{4,30}$/;

/** The request body from the form: blank text left out, so a cleared field is cleared. */
export function contactInput(values: ContactInput): ContactInput {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')),
  ) as unknown as ContactInput;
}

/** The fields of a contact as the API wants them back on PUT (everything is replaced). */
export function contactFields(c: Contact): ContactInput {
  return contactInput({
    name: c.name, title: c.title ?? undefined, department: c.department ?? undefined, phone: c.phone ?? undefined,
    email: c.email ?? undefined, otherContact: c.otherContact ?? undefined, decisionRole: c.decisionRole ?? undefined,
    notes: c.notes ?? undefined, primary: c.primary,
  });
}

/**
 * Add or edit a contact. The primary switch follows the API's rule: the first contact is primary anyway, making one
 * primary demotes the old one, and the primary cannot be un-marked (another must be made primary instead).
 */
export function ContactFormModal({ open, customerId, contact, firstContact, onClose, onSaved }: {
  open: boolean;
  customerId: string;
  contact?: Contact;
  /** no contact yet: this one becomes primary whatever the switch says */
  firstContact: boolean;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}) {
  const { t } = useTranslation('customers');
  const [form] = Form.useForm<ContactInput>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.resetFields();
    form.setFieldsValue(contact ? contactFields(contact) : { primary: firstContact });
  }, [open, contact, firstContact, form]);

  const ok = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // the form shows what is missing
    setSaving(true);
    setError(undefined);
    try {
      const input = { ...contactInput(values), primary: !!values.primary };
      const saved = contact
        ? await customersApi.updateContact(customerId, contact.id, { ...input, version: contact.version })
        : await customersApi.addContact(customerId, input);
      onSaved(saved);
    } catch (e) {
      const unmatched = applyFieldErrors(form, e, { fields: FIELDS });
      setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
    } finally {
      setSaving(false);
    }
  };

  const primaryLocked = firstContact || !!contact?.primary;
  return (
    <Modal open={open} title={t(contact ? 'contacts.edit' : 'contacts.add')} onCancel={onClose} onOk={() => void ok()} confirmLoading={saving} width={680} forceRender>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="contact-form">
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="name" label={t('contacts.name')} rules={[{ required: true, whitespace: true }, { max: 100 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('contacts.title')} rules={[{ max: 100 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="department" label={t('contacts.department')} rules={[{ max: 100 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="phone" label={t('contacts.phone')} rules={[{ pattern: PHONE, message: t('form.phoneInvalid') }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t('contacts.email')} rules={[{ type: 'email' }, { max: 254 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="otherContact" label={t('contacts.otherContact')} rules={[{ max: 200 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="decisionRole" label={t('contacts.decisionRole')} style={{ flex: 1 }}>
            <Select allowClear options={DECISION_ROLES.map((r) => ({ value: r, label: t(`decisionRole.${r}`) }))} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="primary" label={t('contacts.primary')} valuePropName="checked">
          <Switch disabled={primaryLocked} />
        </Form.Item>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('contacts.primaryRule')} />
        <Form.Item name="notes" label={t('contacts.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
