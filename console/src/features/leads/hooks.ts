import { useEffect, useState } from 'react';
import { resetSalespeople } from '../../shared/salespeople';
import { leadsApi } from './api';
import type { Salesperson, Sources } from './types';

let sourcesCache: Promise<Sources> | undefined;

export { useSalespeople } from '../../shared/salespeople';

/** The built-in sources and the tenant's channels. */
export function useSources(): Sources | undefined {
  const [sources, setSources] = useState<Sources>();
  useEffect(() => {
    sourcesCache ??= leadsApi.sources().catch(() => {
      sourcesCache = undefined;
      return { builtIn: [], channels: [] };
    });
    void sourcesCache.then(setSources);
  }, []);
  return sources;
}

/** For tests: forget what was read. */
export function resetLeadCaches(): void {
  resetSalespeople();
  sourcesCache = undefined;
}

export function ownerName(people: Salesperson[], id?: string | null): string | undefined {
  if (!id) return undefined;
  const p = people.find((s) => s.id === id);
  return p ? p.displayName || p.username : id.slice(0, 8);
}
