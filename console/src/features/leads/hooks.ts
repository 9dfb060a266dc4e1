import { useEffect, useState } from 'react';
import { leadsApi } from './api';
import type { Salesperson, Sources } from './types';

let salespeopleCache: Promise<Salesperson[]> | undefined;
let sourcesCache: Promise<Sources> | undefined;

/** The tenant's salespeople (for pickers and to show an owner's name); empty if the directory cannot be read. */
export function useSalespeople(): Salesperson[] {
  const [people, setPeople] = useState<Salesperson[]>([]);
  useEffect(() => {
    salespeopleCache ??= leadsApi.salespeople().catch(() => {
      salespeopleCache = undefined;
      return [];
    });
    void salespeopleCache.then(setPeople);
  }, []);
  return people;
}

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
  salespeopleCache = undefined;
  sourcesCache = undefined;
}

export function ownerName(people: Salesperson[], id?: string | null): string | undefined {
  if (!id) return undefined;
  const p = people.find((s) => s.id === id);
  return p ? p.displayName || p.username : id.slice(0, 8);
}
