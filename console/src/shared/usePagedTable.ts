import { useCallback, useEffect, useRef, useState } from 'react';
import type { TablePaginationConfig, TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { PageResponse } from '../api/client';

export interface PageRequest<F> {
  page: number;
  size: number;
  /** `field,asc|desc`, the platform's sort parameter */
  sort?: string;
  filters: F;
}

/**
 * A table paged, sorted and filtered on the server: give it the call for one page, spread `tableProps` on an AntD
 * Table. Changing the filters goes back to the first page. Totals that are not exact (the platform's `totalExact`
 * false) are shown as "at least".
 */
export function usePagedTable<T, F>(
  fetchPage: (request: PageRequest<F>) => Promise<PageResponse<T>>,
  initialFilters: F,
  options: { size?: number; sort?: string } = {},
) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<PageRequest<F>>({
    page: 0,
    size: options.size ?? 20,
    sort: options.sort,
    filters: initialFilters,
  });
  const [data, setData] = useState<PageResponse<T>>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [version, setVersion] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    fetchRef
      .current(request)
      .then((page) => current && setData(page))
      .catch((e: unknown) => current && setError(e))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [request, version]);

  const setFilters = useCallback((filters: F) => setRequest((r) => ({ ...r, page: 0, filters })), []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const onChange: TableProps<T>['onChange'] = (pagination: TablePaginationConfig, _filters, sorter) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
    const sort = s?.order && s.field ? `${String(s.field)},${s.order === 'ascend' ? 'asc' : 'desc'}` : options.sort;
    setRequest((r) => ({
      ...r,
      page: (pagination.current ?? 1) - 1,
      size: pagination.pageSize ?? r.size,
      sort,
    }));
  };

  const total = data?.totalElements ?? 0;
  const tableProps: Pick<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'onChange'> = {
    dataSource: data?.items ?? [],
    loading,
    onChange,
    pagination: {
      current: request.page + 1,
      pageSize: request.size,
      total,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal: (n) => (data?.totalExact === false ? t('table.totalAtLeast', { total: n }) : t('table.total', { total: n })),
    },
  };

  return { data, loading, error, request, setFilters, reload, tableProps };
}
