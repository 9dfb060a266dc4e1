import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { configureApi } from '../../../api/client';
import { fakeFetch, renderAs, userWith } from '../../../test/render';
import { resetDealCaches } from '../hooks';
import { dataTransfer, opportunity, page, PIPELINE, SETTINGS } from '../test/fixtures';
import { OpportunityBoard } from './OpportunityBoard';

type Answer = { status?: number; body?: unknown };

function board(onMove: (body: unknown) => Answer) {
  return fakeFetch((method, url, body) => {
    const path = url.pathname;
    if (path === '/api/v1/pipeline-stages') return { body: SETTINGS };
    if (path === '/api/v1/opportunities/pipeline') return { body: PIPELINE };
    if (path === '/api/v1/opportunities') {
      const stage = url.searchParams.get('stage');
      return { body: page(stage === 'QUALIFICATION' ? [opportunity(1), opportunity(2, { ownerId: 'someone-else' })] : []) };
    }
    if (method === 'POST' && path.endsWith('/stage')) return onMove(body);
    if (path.startsWith('/api/v1/customers/')) return { body: { id: 'c-1', name: 'Acme Retail' } };
    return { body: [] };
  });
}

const column = (code: string) => screen.getByTestId(`column-${code}`);
const card = (name: string) => screen.getByText(name).closest('[data-testid="opportunity-card"]') as HTMLElement;

/** The board is on screen with its first card (after the pipeline settings and the columns were read). */
const ready = async () => within(await screen.findByTestId('column-QUALIFICATION')).findByText('Deal 1');

function drag(name: string, to: string) {
  const transfer = dataTransfer();
  fireEvent.dragStart(card(name), { dataTransfer: transfer });
  fireEvent.dragOver(column(to), { dataTransfer: transfer });
  fireEvent.drop(column(to), { dataTransfer: transfer });
}

describe('opportunity kanban', () => {
  beforeEach(() => {
    resetDealCaches();
    configureApi({ token: () => 'test-token' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows a column per stage with the server's figures, and the cards of each stage read on the server", async () => {
    const api = board(() => ({ body: {} }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <OpportunityBoard version={0} />);

    expect(await ready()).toBeInTheDocument();
    expect(within(column('QUALIFICATION')).getByText('资格确认')).toBeInTheDocument();
    expect(within(column('QUALIFICATION')).getByText('¥150,000.50')).toBeInTheDocument();
    expect(within(column('QUALIFICATION')).getByText('¥15,000.05')).toBeInTheDocument();
    expect(within(column('LOST')).getByText('输单')).toBeInTheDocument();
    const won = api.calls.find((c) => c.url.pathname === '/api/v1/opportunities' && c.url.searchParams.get('status') === 'WON')!;
    expect(won.url.searchParams.get('stage')).toBeNull();
    const open = api.calls.find((c) => c.url.searchParams.get('stage') === 'PROPOSAL')!;
    expect(open.url.searchParams.get('status')).toBe('OPEN');
    expect(open.url.searchParams.get('size')).toBe('20');
    // a salesperson drags their own cards only
    expect(card('Deal 1')).toHaveAttribute('draggable', 'true');
    expect(card('Deal 2')).toHaveAttribute('draggable', 'false');
  });

  it('moves a dropped card at once and sends the stage with the version it was read at', async () => {
    const api = board((body) => ({ body: opportunity(1, { stage: (body as { stage: string }).stage, probability: 30, version: 4 }) }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <OpportunityBoard version={0} />);
    await ready();

    drag('Deal 1', 'NEEDS_ANALYSIS');

    expect(within(column('NEEDS_ANALYSIS')).getByText('Deal 1')).toBeInTheDocument();
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/opportunities/00000000-0000-0000-0000-000000000001/stage');
    expect(post.body).toEqual({ stage: 'NEEDS_ANALYSIS', version: 3 });
    expect(await screen.findByText('已推进到「需求分析」')).toBeInTheDocument();
  });

  it('puts a refused card back in its column and says why in plain words', async () => {
    vi.stubGlobal('fetch', board(() => ({ status: 409, body: { status: 409, code: 'CONFLICT', reason: 'OPPORTUNITY_CLOSED' } })).fn);
    renderAs(userWith('crm-sales'), <OpportunityBoard version={0} />);
    await ready();

    drag('Deal 1', 'PROPOSAL');

    expect(await screen.findByText('「Deal 1」未能移到「方案报价」：商机已赢单或输单，不能再修改；如需继续请由管理员重新打开。')).toBeInTheDocument();
    expect(within(column('QUALIFICATION')).getByText('Deal 1')).toBeInTheDocument();
    expect(within(column('PROPOSAL')).queryByText('Deal 1')).toBeNull();
  });

  it("asks for a loss reason from the tenant's list before moving a card to LOST", async () => {
    const api = board((body) => ({ body: opportunity(1, { stage: 'LOST', status: 'LOST', lossReason: (body as { lossReason: string }).lossReason }) }));
    vi.stubGlobal('fetch', api.fn);
    renderAs(userWith('crm-sales'), <OpportunityBoard version={0} />);
    await ready();

    drag('Deal 1', 'LOST');
    const dialog = await screen.findByRole('dialog');
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByText('产品不匹配'));
    fireEvent.click(within(dialog).getByRole('button', { name: /输\s*单/ }));

    await waitFor(() => expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ stage: 'LOST', lossReason: 'BAD_FIT', version: 3 }));
    expect(await within(column('LOST')).findByText('Deal 1')).toBeInTheDocument();
  });
});
