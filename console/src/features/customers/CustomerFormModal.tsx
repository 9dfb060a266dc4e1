import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { customersApi } from './api';
import { CUSTOMER_KINDS, CUSTOMER_LEVELS, CUSTOMER_SOURCES, type Customer, type CustomerInput } from './types';

const FIELDS = ['kind', 'name', 'industry', 'level', 'source', 'address', 'phone', 'website', 'remarks', 'tags'];
/** The server names a bad tag `tags[i]`: it belongs on the tags field. */
const TAG_FIELDS = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`tags[${i}]`, 'tags']));
const PHONE = /^\+?[0-9][0-9 -]{4,30}$/;

/** Blank text is left out (the server treats it as absent anyway), so a cleared optional field is cleared. */
function inputOf(values: CustomerInput): CustomerInput {
  const cleaned = Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')),
  ) as CustomerInput;
  return { ...cleaned, tags: values.tags ?? [] };
}

/**
 * A customer's form in a modal: new (no `customer`) or editing one (PUT with its version). A 400 puts each server
 * message on its field and keeps what was typed; a duplicate (409 CUSTOMER_DUPLICATE) links the existing customer and
 * offers to save anyway (allowDuplicate); a stale version (409 STALE_VERSION) reloads the customer.
 */
export function CustomerFormModal({ open, customer, adminCreates, onClose, onSaved, onStale }: {
  open: boolean;
  customer?: Customer;
  /** an admin's new customer goes to the pool: say so */
  adminCreates?: boolean;
  onClose: () => void;
  onSaved: (customer: Customer) => void;
  /** editing: someone changed the customer meanwhile; the caller reloads it */
  onStale?: () => void;
}) {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const [form] = Form.useForm<CustomerInput>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [duplicateOf, setDuplicateOf] = useState<string>();
  const editing = !!customer;

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    setDuplicateOf(undefined);
    form.resetFields();
    if (customer) {
      form.setFieldsValue({
        kind: customer.kind, name: customer.name, industry: customer.industry ?? undefined, level: customer.level ?? undefined,
        source: customer.source ?? undefined, address: customer.address ?? undefined, phone: customer.phone ?? undefined,
        website: customer.website ?? undefined, remarks: customer.remarks ?? undefined, tags: customer.tags ?? [],
      });
    }
  }, [open, customer, form]);

  const submit = async (allowDuplicate: boolean) => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // the form shows what is missing
    setSaving(true);
    setError(undefined);
    setDuplicateOf(undefined);
    try {
      const input = inputOf(values);
      const saved = customer
        ? await customersApi.update(customer.id, { ...input, version: customer.version }, allowDuplicate)
        : await customersApi.create(input, allowDuplicate);
      message.success(t(editing ? 'form.saved' : 'form.created'));
      onSaved(saved);
    } catch (e) {
      if (isApiError(e) && e.problem.reason === 'CUSTOMER_DUPLICATE') {
        setDuplicateOf(String(e.problem.existingId ?? ''));
      } else if (isApiError(e) && e.problem.code === 'STALE_VERSION' && onStale) {
        setError(new Error(t('form.stale')));
        onStale();
      } else {
        const unmatched = applyFieldErrors(form, e, { fields: FIELDS, map: TAG_FIELDS });
        setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t(editing ? 'form.editTitle' : 'form.createTitle')}
      onCancel={onClose}
      width={760}
      forceRender
      footer={[
        <Button key="cancel" onClick={onClose}>{t('common:action.cancel')}</Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => void submit(false)}>{t('common:action.save')}</Button>,
      ]}
    >
      {!editing && adminCreates && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('form.adminPool')} />}
      {duplicateOf !== undefined && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('form.duplicate')}
          action={
            <Space direction="vertical">
              {duplicateOf && duplicateOf !== customer?.id && (
                <Link to={`/customers/${duplicateOf}`} onClick={onClose}>{t('form.openExisting')}</Link>
              )}
              <Button size="small" onClick={() => void submit(true)}>{t('form.allowDuplicate')}</Button>
            </Space>
          }
        />
      )}
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="customer-form" initialValues={{ kind: 'ORGANIZATION', source: 'OTHER', tags: [] }}>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
            <Radio.Group options={CUSTOMER_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} optionType="button" />
          </Form.Item>
          <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true }, { max: 200 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="phone" label={t('field.phone')} rules={[{ pattern: PHONE, message: t('form.phoneInvalid') }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="industry" label={t('field.industry')} rules={[{ max: 100 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block style={{ gap: 16 }}>
          <Form.Item name="level" label={t('field.level')} style={{ flex: 1 }}>
            <Select allowClear options={CUSTOMER_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
          </Form.Item>
          <Form.Item name="source" label={t('field.source')} style={{ flex: 1 }}>
            <Select allowClear options={CUSTOMER_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
          </Form.Item>
          <Form.Item name="website" label={t('field.website')} rules={[{ max: 200 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="address" label={t('field.address')} rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="tags" label={t('field.tags')}>
          <Select mode="tags" tokenSeparators={[',', '，']} placeholder={t('placeholder.tags')} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="remarks" label={t('field.remarks')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
