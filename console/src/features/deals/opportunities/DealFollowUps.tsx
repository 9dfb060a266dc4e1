import { useCallback, useEffect, useState } from 'react';
import { App, Button, DatePicker, Empty, Form, Input, Select, Space, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../api/errors';
import { isApiError } from '../../../api/problem';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { dealsApi } from '../api';
import { FOLLOW_UP_TYPES, type DealFollowUp } from '../types';

interface Values {
  type: string;
  content: string;
  occurredAt: Dayjs;
  nextFollowUpAt?: Dayjs;
}

/** An opportunity's follow-ups, newest first, with "load more"; the owner or an admin adds one above. */
export function DealFollowUps({ opportunityId, canAdd }: { opportunityId: string; canAdd: boolean }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const [items, setItems] = useState<DealFollowUp[]>([]);
  const [page, setPage] = useState(0);
  const [last, setLast] = useState(true);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();

  const load = useCallback(
    (p: number) =>
      dealsApi
        .followUps(opportunityId, p)
        .then((r) => {
          setItems((old) => (p === 0 ? r.items : [...old, ...r.items]));
          setPage(p);
          setLast(p + 1 >= r.totalPages);
        })
        .catch(setError),
    [opportunityId],
  );
  useEffect(() => void load(0), [load]);

  const add = async (values: Values) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      await dealsApi.addFollowUp(opportunityId, {
        type: values.type,
        content: values.content.trim(),
        occurredAt: values.occurredAt.toISOString(),
        nextFollowUpAt: values.nextFollowUpAt?.toISOString(),
      });
      message.success(t('followUp.added'));
      form.resetFields();
      await load(0);
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
        <Form form={form} layout="vertical" name="deal-follow-up" onFinish={(v) => void add(v)} initialValues={{ type: 'CALL', occurredAt: dayjs() }}>
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
              <div data-testid="deal-follow-up">
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
