import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Badge, Button, Empty, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { dealsApi } from '../api';
import { personName, useCustomerNames, usePipelineSettings, useSalespeople } from '../hooks';
import { isAdmin, opportunityActions } from '../permissions';
import { Money } from '../../../shared/Money';
import { LOST, WON, type Opportunity, type PipelineColumn, type Stage } from '../types';
import { LossReasonModal } from './LossReasonModal';
import { OpportunityCard } from './OpportunityCard';

const PAGE = 20;

interface Column {
  items: Opportunity[];
  total: number;
  page: number;
  loading: boolean;
}

/** The cards of one column: open stages by stage, WON and LOST by status. */
const columnFilters = (stage: string, ownerId?: string) =>
  stage === WON || stage === LOST ? { status: stage as typeof WON | typeof LOST, ownerId } : { stage, status: 'OPEN' as const, ownerId };

/**
 * The kanban board: one column per stage of the tenant's pipeline (then WON and LOST) with its count, amount and
 * weighted amount per currency from /opportunities/pipeline, and its cards paged on the server. Dragging a card to
 * another column moves it at once and asks the server; a refused move puts the card back and says why. Moving to
 * LOST first asks for the loss reason.
 */
export function OpportunityBoard({ ownerId, version }: { ownerId?: string; version: number }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const { user } = useAuth();
  const people = useSalespeople();
  const { settings, error: settingsError } = usePipelineSettings();
  const [figures, setFigures] = useState<PipelineColumn[]>([]);
  const [columns, setColumns] = useState<Record<string, Column>>({});
  const [error, setError] = useState<unknown>();
  const [refused, setRefused] = useState<string>();
  const [losing, setLosing] = useState<{ card: Opportunity; from: string }>();
  const [over, setOver] = useState<string>();
  const dragged = useRef<string>(undefined);
  const stages: Stage[] = useMemo(() => settings?.stages ?? [], [settings]);

  const loadFigures = useCallback(() => dealsApi.pipeline(ownerId).then(setFigures).catch(setError), [ownerId]);

  const loadColumn = useCallback(
    async (stage: string, page: number) => {
      setColumns((c) => ({ ...c, [stage]: { ...(c[stage] ?? { items: [], total: 0, page: 0 }), loading: true } }));
      try {
        const result = await dealsApi.opportunities({ page, size: PAGE, sort: 'updatedAt,desc', filters: columnFilters(stage, ownerId) });
        setColumns((c) => ({
          ...c,
          [stage]: {
            items: page === 0 ? result.items : [...(c[stage]?.items ?? []), ...result.items],
            total: result.totalElements,
            page,
            loading: false,
          },
        }));
      } catch (e) {
        setError(e);
        setColumns((c) => ({ ...c, [stage]: { ...(c[stage] ?? { items: [], total: 0, page: 0 }), loading: false } }));
      }
    },
    [ownerId],
  );

  useEffect(() => {
    setError(undefined);
    void loadFigures();
    for (const s of stages) void loadColumn(s.code, 0);
  }, [stages, loadColumn, loadFigures, version]);

  const allCards = Object.values(columns).flatMap((c) => c.items);
  const customers = useCustomerNames(allCards.map((o) => o.customerId));
  const stageName = (code: string) => stages.find((s) => s.code === code)?.name ?? t(`status.${code}`, { defaultValue: code });

  /** Puts a card in a column (first), taking it out of every other. */
  const place = (card: Opportunity, to: string, index = 0) =>
    setColumns((c) => {
      const next: Record<string, Column> = {};
      for (const [code, col] of Object.entries(c)) {
        const without = col.items.filter((o) => o.id !== card.id);
        const delta = without.length - col.items.length;
        next[code] = { ...col, items: without, total: col.total + delta };
      }
      const target = next[to] ?? { items: [], total: 0, page: 0, loading: false };
      const items = [...target.items];
      items.splice(index, 0, card);
      next[to] = { ...target, items, total: target.total + 1 };
      return next;
    });

  const move = async (card: Opportunity, from: string, to: string, lossReason?: string) => {
    const index = columns[from]?.items.findIndex((o) => o.id === card.id) ?? 0;
    setRefused(undefined);
    place({ ...card, stage: to }, to);
    try {
      const moved = await dealsApi.moveStage(card.id, to, lossReason, card.version);
      place(moved, to);
      message.success(to === WON ? t('opportunity.won') : to === LOST ? t('opportunity.lost') : t('opportunity.moved', { stage: stageName(to) }));
      void loadFigures();
    } catch (e) {
      place(card, from, Math.max(index, 0));
      setRefused(t('opportunity.moveRefused', { name: card.name, stage: stageName(to), reason: errorMessage(e, t) }));
      if (lossReason) throw e;
    }
  };

  const requestMove = (cardId: string, to: string) => {
    const from = Object.keys(columns).find((code) => columns[code].items.some((o) => o.id === cardId));
    if (!from || from === to) return;
    const card = columns[from].items.find((o) => o.id === cardId)!;
    if (!opportunityActions(user, card).move) return;
    if (to === LOST) setLosing({ card, from });
    else void move(card, from, to);
  };

  if (settingsError) return <ErrorAlert error={settingsError} />;
  if (!settings) return <Spin style={{ display: 'block', margin: 48 }} />;
  const admin = isAdmin(user);

  return (
    <>
      <ErrorAlert error={error} style={{ marginBottom: 12 }} />
      {refused && <Alert type="warning" showIcon closable onClose={() => setRefused(undefined)} message={refused} style={{ marginBottom: 12 }} data-testid="move-refused" />}
      <div style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }} data-testid="kanban">
        {stages.map((stage) => {
          const column = columns[stage.code];
          const figure = figures.find((f) => f.code === stage.code);
          return (
            <div
              key={stage.code}
              data-testid={`column-${stage.code}`}
              aria-label={stage.name}
              onDragOver={(e) => {
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                if (over !== stage.code) setOver(stage.code);
              }}
              onDragLeave={() => setOver((o) => (o === stage.code ? undefined : o))}
              onDrop={(e) => {
                e.preventDefault();
                setOver(undefined);
                const id = e.dataTransfer.getData('text/plain') || dragged.current;
                if (id) requestMove(id, stage.code);
              }}
              style={{
                flex: '0 0 260px',
                minWidth: 0,
                background: over === stage.code ? '#e6f4ff' : '#f5f5f5',
                borderRadius: 8,
                padding: 8,
                minHeight: 420,
                outline: over === stage.code ? '2px dashed #1677ff' : undefined,
              }}
            >
              <ColumnHeader stage={stage} figure={figure} />
              {column?.items.map((o) => (
                <OpportunityCard
                  key={o.id}
                  opportunity={o}
                  customerName={customers[o.customerId]}
                  ownerName={admin ? personName(people, o.ownerId) : undefined}
                  movable={opportunityActions(user, o).move}
                  stages={stages}
                  onMove={(to) => requestMove(o.id, to)}
                  onDragStart={() => (dragged.current = o.id)}
                />
              ))}
              {column?.loading && <Spin size="small" style={{ display: 'block', margin: 8 }} />}
              {column && !column.loading && column.items.length === 0 && (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opportunity.columnEmpty')} />
              )}
              {column && !column.loading && column.items.length < column.total && (
                <Button block size="small" onClick={() => void loadColumn(stage.code, column.page + 1)}>{t('opportunity.loadMore')}</Button>
              )}
            </div>
          );
        })}
      </div>
      <LossReasonModal
        open={!!losing}
        name={losing?.card.name}
        reasons={settings.lossReasons}
        onCancel={() => setLosing(undefined)}
        onSubmit={async (reason) => {
          const pending = losing!;
          setLosing(undefined);
          await move(pending.card, pending.from, LOST, reason).catch(() => undefined);
        }}
      />
    </>
  );
}

/** A column's title: stage, probability, count, and per currency the amount and the weighted amount. */
function ColumnHeader({ stage, figure }: { stage: Stage; figure?: PipelineColumn }) {
  const { t } = useTranslation('deals');
  return (
    <div style={{ marginBottom: 8, padding: '0 4px' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text strong>{stage.name}</Typography.Text>
        <Space size={4}>
          <Typography.Text type="secondary">{stage.probability}%</Typography.Text>
          <Badge count={figure?.count ?? 0} showZero color="#8c8c8c" overflowCount={99999} data-testid="column-count" />
        </Space>
      </Space>
      {(figure?.totals ?? []).map((total) => (
        <div key={total.currency} style={{ fontSize: 12 }}>
          <Money amount={total.amount} currency={total.currency} />{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            · {t('pipeline.weighted', { amount: '' })}<Money amount={total.weightedAmount} currency={total.currency} type="secondary" />
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
