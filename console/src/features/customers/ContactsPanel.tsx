import { useCallback, useEffect, useState } from 'react';
import { App, Button, Form, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { customersApi } from './api';
import { ContactFormModal, contactFields } from './ContactFormModal';
import { customerErrorMessage } from './hooks';
import type { Contact } from './types';

/** Primary first, then by name: the order the detail answers, kept after local changes. */
const byPrimaryThenName = (a: Contact, b: Contact) => Number(b.primary) - Number(a.primary) || a.name.localeCompare(b.name);

/**
 * A customer's contacts: the owner or an admin adds, edits, deletes and marks one primary. Deleting the primary
 * needs a new primary among the others (the API's rule); the only contact, being primary, cannot be deleted.
 */
export function ContactsPanel({ customerId, canEdit, onChanged }: { customerId: string; canEdit: boolean; onChanged: () => void }) {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const [contacts, setContacts] = useState<Contact[]>();
  const [error, setError] = useState<unknown>();
  const [editing, setEditing] = useState<Contact | 'new'>();
  const [deletingPrimary, setDeletingPrimary] = useState<Contact>();
  const [busy, setBusy] = useState<string>();

  const load = useCallback(
    () => customersApi.contacts(customerId).then((c) => setContacts([...c].sort(byPrimaryThenName))).catch(setError),
    [customerId],
  );
  useEffect(() => void load(), [load]);

  const changed = async (text: string) => {
    message.success(text);
    await load();
    onChanged();
  };

  const makePrimary = async (c: Contact) => {
    setBusy(c.id);
    try {
      await customersApi.updateContact(customerId, c.id, { ...contactFields(c), primary: true, version: c.version });
      await changed(t('contacts.madePrimary'));
    } catch (e) {
      message.error(customerErrorMessage(e, t));
      void load();
    } finally {
      setBusy(undefined);
    }
  };

  const remove = async (c: Contact, newPrimaryContactId?: string) => {
    setBusy(c.id);
    try {
      await customersApi.deleteContact(customerId, c.id, newPrimaryContactId);
      setDeletingPrimary(undefined);
      await changed(t('contacts.deleted'));
    } catch (e) {
      message.error(customerErrorMessage(e, t));
      void load();
    } finally {
      setBusy(undefined);
    }
  };

  const columns: ColumnsType<Contact> = [
    {
      title: t('contacts.name'), dataIndex: 'name',
      render: (name: string, c) => (
        <Space size={4}>
          {name}
          {c.primary && <Tag color="gold" icon={<StarFilled />}>{t('contacts.primary')}</Tag>}
        </Space>
      ),
    },
    { title: t('contacts.title'), dataIndex: 'title', render: (v?: string) => v ?? '-' },
    { title: t('contacts.department'), dataIndex: 'department', render: (v?: string) => v ?? '-' },
    { title: t('contacts.phone'), dataIndex: 'phone', render: (v?: string) => v ?? '-' },
    { title: t('contacts.email'), dataIndex: 'email', render: (v?: string) => v ?? '-' },
    { title: t('contacts.decisionRole'), dataIndex: 'decisionRole', render: (v?: string) => (v ? t(`decisionRole.${v}`) : '-') },
    { title: t('contacts.notes'), dataIndex: 'notes', ellipsis: true, render: (v?: string) => v ?? '-' },
  ];
  if (canEdit) {
    columns.push({
      title: '', key: 'actions', width: 240,
      render: (_: unknown, c) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(c)}>{t('action.edit')}</Button>
          {!c.primary && (
            <Button type="link" size="small" loading={busy === c.id} onClick={() => void makePrimary(c)}>{t('contacts.makePrimary')}</Button>
          )}
          {c.primary ? (
            <Button type="link" size="small" danger onClick={() => setDeletingPrimary(c)}>{t('contacts.delete')}</Button>
          ) : (
            <Popconfirm title={t('contacts.confirmDelete', { name: c.name })} onConfirm={() => remove(c)}>
              <Button type="link" size="small" danger>{t('contacts.delete')}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }

  return (
    <>
      {canEdit && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setEditing('new')}>{t('contacts.add')}</Button>
      )}
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Table<Contact>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={contacts ?? []}
        loading={!contacts && !error}
        pagination={false}
        locale={{ emptyText: t('contacts.empty') }}
        scroll={{ x: 900 }}
        onRow={(c) => ({ 'data-testid': 'contact-row', 'data-primary': String(c.primary) }) as React.HTMLAttributes<HTMLElement>}
      />
      {canEdit && (
        <>
          <ContactFormModal
            open={editing !== undefined}
            customerId={customerId}
            contact={editing === 'new' ? undefined : editing}
            firstContact={editing === 'new' && (contacts ?? []).length === 0}
            onClose={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              void changed(t('contacts.saved'));
            }}
          />
          <PrimaryDeleteModal
            contact={deletingPrimary}
            others={(contacts ?? []).filter((c) => c.id !== deletingPrimary?.id)}
            onCancel={() => setDeletingPrimary(undefined)}
            onConfirm={(newPrimary) => deletingPrimary && remove(deletingPrimary, newPrimary)}
          />
        </>
      )}
    </>
  );
}

/** Deleting the primary contact: the API needs the contact who becomes primary in its place. */
function PrimaryDeleteModal({ contact, others, onCancel, onConfirm }: {
  contact?: Contact;
  others: Contact[];
  onCancel: () => void;
  onConfirm: (newPrimaryContactId: string) => Promise<void> | undefined;
}) {
  const { t } = useTranslation('customers');
  const [form] = Form.useForm<{ newPrimary: string }>();
  const [saving, setSaving] = useState(false);
  const ok = async () => {
    const checked = await form.validateFields().catch(() => undefined);
    if (!checked) return; // the form shows what is missing
    const { newPrimary } = checked;
    setSaving(true);
    try {
      await onConfirm(newPrimary);
      form.resetFields();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={!!contact}
      title={t('contacts.deletePrimaryTitle')}
      onCancel={onCancel}
      onOk={() => void ok()}
      okButtonProps={{ danger: true, disabled: others.length === 0 }}
      okText={t('contacts.delete')}
      confirmLoading={saving}
      forceRender
    >
      {others.length === 0 ? (
        <Typography.Paragraph>{t('contacts.onlyContact')}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph>{t('contacts.deletePrimaryHint', { name: contact?.name })}</Typography.Paragraph>
          <Form form={form} layout="vertical" name="new-primary">
            <Form.Item name="newPrimary" label={t('contacts.newPrimary')} rules={[{ required: true }]}>
              <Select options={others.map((c) => ({ value: c.id, label: c.title ? `${c.name}（${c.title}）` : c.name }))} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
