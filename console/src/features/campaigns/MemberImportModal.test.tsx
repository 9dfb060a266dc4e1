import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { configureApi } from '../../api/client';
import { ApiError } from '../../api/problem';
import { renderAs, userWith } from '../../test/render';
import { campaignsApi } from './api';
import { MemberImportModal } from './MemberImportModal';
import { statisticValue } from './testData';
import type { CaptureReport } from './types';

const csv = () => new File(['姓名,手机号\n张三,13800000000\n李四,12ab\n'], 'members.csv', { type: 'text/csv' });

function chooseFile() {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [csv()] } });
}

describe('member CSV import', () => {
  beforeEach(() => configureApi({ token: () => 'test-token' }));
  afterEach(() => vi.restoreAllMocks());

  it('shows the upload progress, then the per-row report with each refused field in plain words', async () => {
    let finish: (report: CaptureReport) => void = () => {};
    const importMembers = vi.spyOn(campaignsApi, 'importMembers').mockImplementation((_id, _file, onProgress) => {
      onProgress(40);
      return new Promise((resolve) => (finish = resolve));
    });
    const onImported = vi.fn();
    renderAs(userWith('crm-marketing'), <MemberImportModal campaignId="c-1" open onClose={() => {}} onImported={onImported} />);

    chooseFile();
    fireEvent.click(await screen.findByRole('button', { name: /开始导入/ }));
    expect(await screen.findByTestId('import-progress')).toHaveTextContent('正在上传…');
    expect(importMembers).toHaveBeenCalledWith('c-1', expect.any(File), expect.any(Function));

    finish({
      total: 2, created: 1, merged: 0, invalid: 1,
      items: [
        { index: 1, outcome: 'CREATED', memberId: 'm-1', errors: null },
        { index: 2, outcome: 'INVALID', memberId: null, errors: [{ field: 'answers.phone', code: 'InvalidPhone', message: 'not a phone' }] },
      ],
    });
    expect(await screen.findByText('导入完成')).toBeInTheDocument();
    const dialog = screen.getByRole('dialog');
    expect(statisticValue(dialog, '总行数')).toBe('2');
    expect(statisticValue(dialog, '新成员')).toBe('1');
    expect(statisticValue(dialog, '无效')).toBe('1');
    // only rows with problems by default
    expect(screen.getByText('phone: 手机号格式不正确')).toBeInTheDocument();
    expect(screen.queryByText('m-1')).not.toBeInTheDocument();
    await waitFor(() => expect(onImported).toHaveBeenCalled());
  });

  it('names the unknown columns of a refused header', async () => {
    vi.spyOn(campaignsApi, 'importMembers').mockRejectedValue(new ApiError({
      status: 400, code: 'VALIDATION_FAILED', reason: 'CSV_BAD_HEADER', unknownColumns: ['生日'], knownColumns: ['name', 'phone'],
    }));
    renderAs(userWith('crm-marketing'), <MemberImportModal campaignId="c-1" open onClose={() => {}} onImported={() => {}} />);
    chooseFile();
    fireEvent.click(await screen.findByRole('button', { name: /开始导入/ }));
    expect(await screen.findByText('未知列：生日')).toBeInTheDocument();
    expect(screen.getByText('可用列：name, phone')).toBeInTheDocument();
    expect(screen.getByText('CSV 表头不正确。')).toBeInTheDocument();
  });
});
