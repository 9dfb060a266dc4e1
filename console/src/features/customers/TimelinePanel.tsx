import { useCallback, useEffect, useState } from 'react';
import { Button, Empty, Tag, Timeline, Typography } from 'antd';
import { MessageOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { customersApi } from './api';
import { personName, useSalespeople } from './hooks';
import type { Contact, TimelineItem } from './types';

/**
 * Everything that happened to the customer, newest first (GET /customers/{id}/timeline): follow-ups and ownership
 * changes merged by the server, paged with "load more". `version` reloads it after a change on the page.
 */
export function TimelinePanel({ customerId, contacts, version }: { customerId: string; contacts: Contact[]; version: number }) {
  const { t } = useTranslation('customers');
  const people = useSalespeople();
  const [items, setItems] = useState<TimelineItem[]>();
  const [page, setPage] = useState(0);
  const [last, setLast] = useState(true);
  const [error, setError] = useState<unknown>();

  const load = useCallback(
    (p: number) =>
      customersApi
        .timeline(customerId, p)
        .then((r) => {
          setItems((old) => (p === 0 ? r.items : [...(old ?? []), ...r.items]));
          setPage(p);
          setLast(p + 1 >= r.totalPages || r.items.length < r.size);
        })
        .catch(setError),
    [customerId],
  );
  useEffect(() => void load(0), [load, version]);

  const who = (id?: string | null) => personName(people, id, t) ?? t('pool');
  const names = (ids?: string[]) => (ids ?? []).map((id) => contacts.find((c) => c.id === id)?.name).filter(Boolean).join('、');

  if (error) return <ErrorAlert error={error} />;
  if (items && items.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <>
      <Timeline
        items={(items ?? []).map((item) =>
          item.type === 'FOLLOW_UP'
            ? {
                key: `f-${item.id}`,
                dot: <MessageOutlined />,
                color: 'blue',
                children: (
                  <div data-testid="timeline-entry">
                    <Tag color="blue">{t('timeline.followUp')}</Tag>
                    <Typography.Text strong>{item.followUpType ? t(`followUpType.${item.followUpType}`) : ''}</Typography.Text>{' '}
                    <Typography.Text type="secondary">{formatTime(item.at)} · {t('timeline.by')} {who(item.by)}</Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{item.content}</div>
                    {names(item.contactIds) && <Typography.Text type="secondary">{t('followUp.contacts')}: {names(item.contactIds)}</Typography.Text>}
                    {item.nextFollowUpAt && (
                      <div><Typography.Text type="secondary">{t('followUp.nextFollowUpAt')}: {formatTime(item.nextFollowUpAt)}</Typography.Text></div>
                    )}
                  </div>
                ),
              }
            : {
                key: `o-${item.id}`,
                dot: <SwapOutlined />,
                color: item.change === 'RECYCLED' ? 'red' : 'gray',
                children: (
                  <div data-testid="timeline-entry">
                    <Tag>{t('timeline.ownerChange')}</Tag>
                    <Typography.Text strong>{item.change ? t(`change.${item.change}`) : ''}</Typography.Text>{' '}
                    <Typography.Text type="secondary">{formatTime(item.at)} · {t('timeline.by')} {who(item.by)}</Typography.Text>
                    <div>
                      {t('timeline.from')} {who(item.fromOwnerId)} {t('timeline.to')} {who(item.toOwnerId)}
                      {item.reason && <> · {item.reason}</>}
                    </div>
                  </div>
                ),
              },
        )}
      />
      {!last && <Button onClick={() => void load(page + 1)}>{t('timeline.more')}</Button>}
    </>
  );
}
