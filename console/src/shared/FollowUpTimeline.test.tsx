import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../api/problem';
import { renderAs, userWith } from '../test/render';
import { FollowUpTimeline, type FollowUpEntry } from './FollowUpTimeline';

const entry = (i: number): FollowUpEntry => ({
  id: `f-${i}`, type: 'CALL', content: `Call number ${i}`, occurredAt: '2026-12-01T08:00:00Z', nextFollowUpAt: null,
});
const page = (p: number, total: number) => ({
  items: [entry(p * 2 + 1), entry(p * 2 + 2)], page: p, size: 2, totalElements: total, totalPages: Math.ceil(total / 2), totalExact: true,
});

describe('follow-up timeline', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the newest page and reads the next one on "load more"', async () => {
    const load = vi.fn((p: number) => Promise.resolve(page(p, 4)));
    renderAs(userWith('crm-sales'), <FollowUpTimeline load={load} add={vi.fn()} canAdd={false} />);

    expect(await screen.findByText('Call number 1')).toBeInTheDocument();
    expect(screen.queryByLabelText('内容')).not.toBeInTheDocument();
    fireEvent.click(screen.getByText(/加载更多/).closest('button')!);
    expect(await screen.findByText('Call number 4')).toBeInTheDocument();
    expect(load).toHaveBeenLastCalledWith(1);
    expect(screen.queryByText(/加载更多/)).not.toBeInTheDocument();
  });

  it('adds a follow-up and reads the list again; a 400 keeps what was typed and marks the field', async () => {
    const load = vi.fn(() => Promise.resolve(page(0, 2)));
    const add = vi
      .fn()
      .mockRejectedValueOnce(new ApiError({
        status: 400, code: 'VALIDATION_FAILED', field: 'content',
        errors: [{ field: 'content', code: 'Size', message: 'is too long for the server' }],
      }))
      .mockResolvedValueOnce({});
    const onAdded = vi.fn();
    renderAs(userWith('crm-sales'), <FollowUpTimeline load={load} add={add} canAdd onAdded={onAdded} />);

    fireEvent.change(await screen.findByLabelText('内容'), { target: { value: '  Visited: wants a quote.  ' } });
    fireEvent.click(screen.getByText('添加跟进', { selector: 'button span' }));
    expect(await screen.findByText('is too long for the server')).toBeInTheDocument();
    expect(screen.getByLabelText('内容')).toHaveValue('  Visited: wants a quote.  ');
    expect(onAdded).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('添加跟进', { selector: 'button span' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalled());
    expect(add).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'CALL', content: 'Visited: wants a quote.' }));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
