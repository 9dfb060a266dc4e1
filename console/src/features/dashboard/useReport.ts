import { useEffect, useState } from 'react';

export interface Report<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

/** Loads one report and reloads it when `key` changes; a stale answer (the key moved on) is dropped. */
export function useReport<T>(load: () => Promise<T>, key: string): Report<T> {
  const [state, setState] = useState<Report<T>>({ loading: true });
  useEffect(() => {
    let current = true;
    setState((s) => ({ data: s.data, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything `load` depends on
  }, [key]);
  return state;
}
