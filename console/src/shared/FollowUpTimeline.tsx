import { useCallback, useEffect, useState } from 'react';
import { App, Button, DatePicker, Empty, Form, Input, Select, Space, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PageResponse } from '../api/client';
import { applyFieldErrors } from '../api/errors';
import { isApiError } from '../api/problem';
import { ErrorAlert } from './ErrorAlert';
import { formatTime } from './format';

/** The kinds of follow-up every service takes (跟进方式). */
export const FOLLOW_UP_TYPES = ['CALL', 'VISIT', 'MESSAGE', 'EMAIL', 'MEETING', 'OTHER'] as const;
export type FollowUpType = (typeof FOLLOW_UP_TYPES)[number];

/** A follow-up as lead-service and deal-service answer it. */
export interface FollowUpEntry {
  id: string;
  type: string;
  content: string;
  occurredAt: string;
  nextFollowUpAt?: string | null;
}

/** A follow-up to record: instants as ISO strings. */
export interface NewFollowUp {
  type: string;
  content: string;
  occurredAt: string;
  nextFollowUpAt?: string;
}

interface Values {
  type: string;
  content: string;
  occurredAt: Dayjs;
  nextFollowUpAt?: Dayjs;
}

/**
 * A record's follow-ups (a lead's, an opportunity's), newest first, paged with "load more"; who may (`canAdd`) adds
 * one above. A 400 puts the server's messages on the fields and keeps what was typed.
 */
export function FollowUpTimeline({ load, add, canAdd, onAdded, name = 'follow-up' }: {
  load: (page: number) => Promise<PageResponse<FollowUpEntry>>;
  add: (followUp: NewFollowUp) => Promise<unknown>;
  canAdd: boolean;
  onAdded?: () => void;
  /** the form's name (its fields' ids): unique on the page */
  name?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [items, setItems] = useState<FollowUpEntry[]>([]);
  const [page, setPage] = useState(0);
  const [last, setLast] = useState(true);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();

  const read = useCallback(
    (p: number) =>
      load(p)
        .then((r) => {
          setItems((old) => (p === 0 ? r.items : [...old, ...r.items]));
          setPage(p);
          setLast(p + 1 >= r.totalPages);
        })
        .catch(setError),
    [load],
  );
  useEffect(() => void read(0), [read]);

  const submit = async (values: Values) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      await add({
        type: values.type,
        content: values.content.trim(),
        occurredAt: values.occurredAt.toISOString(),
        nextFollowUpAt: values.nextFollowUpAt?.toISOString(),
      });
      message.success(t('followUp.added'));
      form.resetFields();
      onAdded?.();
      await read(0);
    } catch (e) {
      const unmatched = applyFieldErrors(form, e, { fields: ['type', 'content', 'occurredAt', 'nextFollowUpAt'] });
      setSaveError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      {canAdd && (
        <Form form={form} layout="vertical" name={name} onFinish={(v) => void submit(v)} initialValues={{ type: 'CALL', occurredAt: dayjs() }}>
          <ErrorAlert error={saveError} style={{ marginBottom: 12 }} />
          <Space wrap align="start">
            <Form.Item name="type" label={t('followUp.type')} rules={[{ required: true }]}>
              <Select style={{ width: 120 }} options={FOLLOW_UP_TYPES.map((v) => ({ value: v, label: t(`followUpType.${v}`) }))} />
            </Form.Item>
            <Form.Item name="occurredAt" label={t('followUp.occurredAt')} rules={[{ required: true }]}>
              <DatePicker showTime disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item name="nextFollowUpAt" label={t('followUp.nextFollowUpAt')}>
              <DatePicker showTime />
            </Form.Item>
          </Space>
          <Form.Item name="content" label={t('followUp.content')} rules={[{ required: true, whitespace: true }, { max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>{t('followUp.add')}</Button>
        </Form>
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
                <Typography.Text strong>{t(`followUpType.${f.type}`, { defaultValue: f.type })}</Typography.Text>{' '}
                <Typography.Text type="secondary">{formatTime(f.occurredAt)}</Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }}>{f.content}</div>
                {f.nextFollowUpAt && <Typography.Text type="secondary">{t('followUp.nextFollowUpAt')}: {formatTime(f.nextFollowUpAt)}</Typography.Text>}
              </div>
            ),
          }))}
        />
      )}
      {!last && <Button onClick={() => void read(page + 1)}>{t('followUp.more')}</Button>}
    </>
  );
}
