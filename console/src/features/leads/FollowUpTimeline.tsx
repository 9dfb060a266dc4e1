import { useCallback, useEffect, useState } from 'react';
import { Button, DatePicker, Empty, Form, Input, Select, Space, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { leadsApi } from './api';
import { FOLLOW_UP_TYPES, type FollowUp } from './types';

interface Values {
  type: string;
  content: string;
  occurredAt: Dayjs;
  nextFollowUpAt?: Dayjs;
}

/** A lead's follow-ups, newest first, paged with "load more"; the owner (or an admin) adds one above. */
export function FollowUpTimeline({ leadId, canAdd, onAdded }: { leadId: string; canAdd: boolean; onAdded: () => void }) {
  const { t } = useTranslation('leads');
  const [items, setItems] = useState<FollowUp[]>([]);
  const [page, setPage] = useState(0);
  const [last, setLast] = useState(true);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();

  const load = useCallback(
    (p: number) =>
      leadsApi
        .followUps(leadId, p)
        .then((r) => {
          setItems((old) => (p === 0 ? r.items : [...old, ...r.items]));
          setPage(p);
          setLast(r.items.length < r.size);
        })
        .catch(setError),
    [leadId],
  );
  useEffect(() => void load(0), [load]);

  const add = async (values: Values) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      await leadsApi.addFollowUp(leadId, {
        type: values.type,
        content: values.content,
        occurredAt: values.occurredAt.toISOString(),
        nextFollowUpAt: values.nextFollowUpAt?.toISOString(),
      });
      form.resetFields();
      onAdded();
      await load(0);
    } catch (e) {
      applyFieldErrors(form, e, { fields: ['type', 'content', 'occurredAt', 'nextFollowUpAt'] });
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      {canAdd && (
        <Form form={form} layout="vertical" name="follow-up" onFinish={(v) => void add(v)} initialValues={{ type: 'CALL', occurredAt: dayjs() }}>
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
          <Button type="primary" htmlType="submit" loading={saving}>{t('action.addFollowUp')}</Button>
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
                <Typography.Text strong>{t(`followUpType.${f.type}`)}</Typography.Text>{' '}
                <Typography.Text type="secondary">{formatTime(f.occurredAt)}</Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }}>{f.content}</div>
                {f.nextFollowUpAt && <Typography.Text type="secondary">{t('followUp.nextFollowUpAt')}: {formatTime(f.nextFollowUpAt)}</Typography.Text>}
              </div>
            ),
          }))}
        />
      )}
      {!last && <Button onClick={() => void load(page + 1)}>{t('followUp.more')}</Button>}
    </>
  );
}
