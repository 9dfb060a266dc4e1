import { Button, Card, Dropdown, Space, Typography } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../shared/Money';
import type { Opportunity, Stage } from '../types';

/**
 * One opportunity on the board. A card the user may move is draggable (HTML5 drag and drop) and also has a menu
 * "move to…" for the keyboard and for touch screens.
 */
export function OpportunityCard({ opportunity, customerName, ownerName, movable, stages, onMove, onDragStart }: {
  opportunity: Opportunity;
  customerName?: string;
  ownerName?: string;
  movable: boolean;
  stages: Stage[];
  onMove: (stage: string) => void;
  onDragStart: () => void;
}) {
  const { t } = useTranslation('deals');
  const o = opportunity;
  return (
    <Card
      size="small"
      data-testid="opportunity-card"
      data-id={o.id}
      draggable={movable}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', o.id);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      style={{ marginBottom: 8, cursor: movable ? 'grab' : 'default', minWidth: 0 }}
      styles={{ body: { padding: 10 } }}
    >
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          {/* a name may be one long word (up to 200 characters): it wraps anywhere rather than widening the column */}
          <Link to={`/opportunities/${o.id}`} draggable={false} style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{o.name}</Link>
          {movable && (
            <Dropdown
              trigger={['click']}
              menu={{
                items: stages.filter((s) => s.code !== o.stage).map((s) => ({ key: s.code, label: `${t('opportunity.moveTo')}「${s.name}」` })),
                onClick: ({ key }) => onMove(key),
              }}
            >
              <Button type="text" size="small" icon={<MoreOutlined />} aria-label={t('opportunity.cardMenu')} />
            </Dropdown>
          )}
        </Space>
        <Typography.Text type="secondary" ellipsis>{customerName ?? ''}</Typography.Text>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Money amount={o.amount} currency={o.currency} strong />
          <Typography.Text type="secondary">{o.probability}%</Typography.Text>
        </Space>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{o.expectedCloseDate ?? ''}</Typography.Text>
          {ownerName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{ownerName}</Typography.Text>}
        </Space>
      </Space>
    </Card>
  );
}
