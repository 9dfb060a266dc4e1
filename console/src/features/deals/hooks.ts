import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetSalespeople } from '../../shared/salespeople';
import { dealsApi } from './api';
import type { PipelineSettings, Salesperson } from './types';

/*
 * Look-ups shared by the deals pages, read once per page load: the pipeline settings (stages, loss reasons), the
 * salespeople (to name owners) and customer / contract names by id (the deal APIs answer ids only).
 */

let settingsCache: Promise<PipelineSettings> | undefined;
const customerNames = new Map<string, Promise<string | undefined>>();
const contractNumbers = new Map<string, Promise<string | undefined>>();

export function resetDealCaches(): void {
  settingsCache = undefined;
  resetSalespeople();
  customerNames.clear();
  contractNumbers.clear();
}

/*
 * deal-service names the default stages and built-in loss reasons in English ("Qualification", "Price"); a name the
 * tenant left at its default is shown in the user's language, a name the tenant chose is shown as it is.
 */
const DEFAULT_STAGE_NAMES: Record<string, string> = {
  QUALIFICATION: 'Qualification', NEEDS_ANALYSIS: 'Needs analysis', PROPOSAL: 'Proposal', NEGOTIATION: 'Negotiation',
  WON: 'Won', LOST: 'Lost',
};
const DEFAULT_REASON_LABELS: Record<string, string> = {
  PRICE: 'Price', COMPETITOR: 'Lost to a competitor', NO_BUDGET: 'No budget', NO_DECISION: 'No decision', TIMING: 'Timing',
  OTHER: 'Other',
};

/** The tenant's stages and loss reasons, default names in the user's language; `reload` after an admin saved them. */
export function usePipelineSettings(): { settings?: PipelineSettings; error?: unknown; reload: () => void } {
  const { t, i18n } = useTranslation('deals');
  const [raw, setSettings] = useState<PipelineSettings>();
  const settings = useMemo(
    () =>
      raw && {
        stages: raw.stages.map((s) => (DEFAULT_STAGE_NAMES[s.code] === s.name ? { ...s, name: t(`stageName.${s.code}`) } : s)),
        lossReasons: raw.lossReasons.map((r) => (DEFAULT_REASON_LABELS[r.code] === r.label ? { ...r, label: t(`lossReason.${r.code}`) } : r)),
      },
    // i18n.language: the names follow the language switch
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [raw, t, i18n.language],
  );
  const [error, setError] = useState<unknown>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    settingsCache ??= dealsApi.pipelineSettings();
    settingsCache.then(setSettings).catch((e: unknown) => {
      settingsCache = undefined;
      setError(e);
    });
  }, [version]);
  return {
    settings,
    error,
    reload: () => {
      settingsCache = undefined;
      setVersion((v) => v + 1);
    },
  };
}

export { useSalespeople } from '../../shared/salespeople';

export function personName(people: Salesperson[], id?: string | null, me?: { id: string; name: string }): string {
  if (!id) return '-';
  if (me && id === me.id) return me.name;
  const p = people.find((s) => s.id === id);
  return p ? p.displayName || p.username : id.slice(0, 8);
}

/** Names of the customers listed (one read per customer, remembered): the deal APIs give customerId only. */
export function useCustomerNames(ids: Array<string | null | undefined>): Record<string, string> {
  return useNames(ids, customerNames, (id) => dealsApi.customer(id).then((c) => c.name));
}

/** Contract numbers for payments and receivables, which carry the contract's id only. */
export function useContractNumbers(ids: Array<string | null | undefined>): Record<string, string> {
  return useNames(ids, contractNumbers, (id) => dealsApi.contract(id).then((c) => c.number));
}

function useNames(
  ids: Array<string | null | undefined>,
  cache: Map<string, Promise<string | undefined>>,
  read: (id: string) => Promise<string>,
): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(ids.filter((id): id is string => !!id))].sort().join(',');
  useEffect(() => {
    let current = true;
    const wanted = key ? key.split(',') : [];
    for (const id of wanted) {
      if (!cache.has(id)) cache.set(id, read(id).catch(() => undefined));
      void cache.get(id)!.then((name) => current && name && setNames((old) => (old[id] === name ? old : { ...old, [id]: name })));
    }
    return () => {
      current = false;
    };
    // `read` is a fresh closure each render; the ids are what matter
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, cache]);
  return names;
}
