import { useCallback, useEffect, useState } from 'react';
import { App, Button, DatePicker, Empty, Form, Input, Select, Space, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { customersApi } from './api';
import { personName, useSalespeople } from './hooks';
import { FOLLOW_UP_TYPES, type Contact, type FollowUp, type FollowUpType } from './types';

interface Values {
  type: FollowUpType;
  content: string;
  occurredAt: Dayjs;
  nextFollowUpAt?: Dayjs | null;
  contactIds?: string[];
}

const FIELDS = ['type', 'content', 'occurredAt', 'nextFollowUpAt', 'contactIds'];

/** The form of a new follow-up: type, when, the next one, the contacts spoken to, and what was said. */
function FollowUpForm({ customerId, contacts, onAdded }: { customerId: string; contacts: Contact[]; onAdded: () => void }) {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();

  const add = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    try {
      await customersApi.addFollowUp(customerId, {
        type: values.type,
        content: values.content.trim(),
        occurredAt: values.occurredAt.toISOString(),
        nextFollowUpAt: values.nextFollowUpAt?.toISOString(),
        contactIds: values.contactIds?.length ? values.contactIds : undefined,
      });
      form.resetFields();
      message.success(t('followUp.added'));
      onAdded();
    } catch (e) {
      const unmatched = applyFieldErrors(form, e, { fields: FIELDS });
      setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" name="customer-follow-up" onFinish={(v) => void add(v)} initialValues={{ type: 'CALL', occurredAt: dayjs() }}>
      <ErrorAlert error={error} style={{ marginBottom: 12 }} />
      <Space wrap align="start">
        <Form.Item name="type" label={t('followUp.type')} rules={[{ required: true }]}>
          <Select style={{ width: 120 }} options={FOLLOW_UP_TYPES.map((v) => ({ value: v, label: t(`followUpType.${v}`) }))} />
        </Form.Item>
        <Form.Item name="occurredAt" label={t('followUp.occurredAt')} rules={[{ required: true }]}>
          <DatePicker showTime disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="nextFollowUpAt"
          label={t('followUp.nextFollowUpAt')}
          dependencies={['occurredAt']}
          rules={[
            ({ getFieldValue }) => ({
              // the API wants the next follow-up after this one
              validator: (_, next?: Dayjs | null) =>
                !next || !getFieldValue('occurredAt') || next.isAfter(getFieldValue('occurredAt'))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('followUp.nextAfter'))),
            }),
          ]}
        >
          <DatePicker showTime disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        {contacts.length > 0 && (
          <Form.Item name="contactIds" label={t('followUp.contacts')}>
            <Select mode="multiple" allowClear style={{ minWidth: 220 }} options={contacts.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
      </Space>
      <Form.Item name="content" label={t('followUp.content')} rules={[{ required: true, whitespace: true }, { max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>{t('followUp.add')}</Button>
    </Form>
  );
}

/** A customer's follow-ups, newest first, paged with "load more"; the owner (or an admin) adds one above. */
export function FollowUpsPanel({ customerId, contacts, canAdd, onAdded }: {
  customerId: string;
  contacts: Contact[];
  canAdd: boolean;
  onAdded: () => void;
}) {
  const { t } = useTranslation('customers');
  const people = useSalespeople();
  const [items, setItems] = useState<FollowUp[]>([]);
  const [page, setPage] = useState(0);
  const [last, setLast] = useState(true);
  const [error, setError] = useState<unknown>();

  const load = useCallback(
    (p: number) =>
      customersApi
        .followUps(customerId, p)
        .then((r) => {
          setItems((old) => (p === 0 ? r.items : [...old, ...r.items]));
          setPage(p);
          setLast(p + 1 >= r.totalPages || r.items.length < r.size);
        })
        .catch(setError),
    [customerId],
  );
  useEffect(() => void load(0), [load]);

  const names = (ids?: string[]) => (ids ?? []).map((id) => contacts.find((c) => c.id === id)?.name).filter(Boolean).join('、');

  return (
    <>
      {canAdd && (
        <FollowUpForm
          customerId={customerId}
          contacts={contacts}
          onAdded={() => {
            onAdded();
            void load(0);
          }}
        />
      )}
      <ErrorAlert error={error} style={{ marginTop: 16 }} />
      {items.length === 0 ? (
        <Empty description={t('followUp.empty')} />
      ) : (
        <Timeline
          style={{ marginTop: 24 }}
          items={items.map((f) => ({
            key: f.id,
            children: (
              <div data-testid="follow-up">
                <Typography.Text strong>{t(`followUpType.${f.type}`)}</Typography.Text>{' '}
                <Typography.Text type="secondary">{formatTime(f.occurredAt)}</Typography.Text>
                {f.createdBy && <Typography.Text type="secondary"> · {t('followUp.by')} {personName(people, f.createdBy, t)}</Typography.Text>}
                <div style={{ whiteSpace: 'pre-wrap' }}>{f.content}</div>
                {names(f.contactIds) && <Typography.Text type="secondary">{t('followUp.contacts')}: {names(f.contactIds)}</Typography.Text>}
                {f.nextFollowUpAt && (
                  <div><Typography.Text type="secondary">{t('followUp.nextFollowUpAt')}: {formatTime(f.nextFollowUpAt)}</Typography.Text></div>
                )}
              </div>
            ),
          }))}
        />
      )}
      {!last && <Button onClick={() => void load(page + 1)}>{t('followUp.more')}</Button>}
    </>
  );
}
