import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { campaignsApi } from './api';
import type { CampaignType } from './types';

let typesCache: Promise<CampaignType[]> | undefined;

/** The tenant's campaign types (built-in first, then its own, inactive ones too); empty if they cannot be read. */
export function useCampaignTypes(): CampaignType[] {
  const [types, setTypes] = useState<CampaignType[]>([]);
  useEffect(() => {
    typesCache ??= campaignsApi.types().catch(() => {
      typesCache = undefined;
      return [];
    });
    let current = true;
    void typesCache.then((list) => current && setTypes(list));
    return () => {
      current = false;
    };
  }, []);
  return types;
}

/** For tests: forget what was read. */
export function resetCampaignCaches(): void {
  typesCache = undefined;
}

/** A type's name: built-in types in the user's language (the catalogue lists English), the tenant's own as labelled. */
export function typeLabel(t: TFunction, types: CampaignType[], code?: string | null): string {
  if (!code) return '-';
  const builtIn = t(`campaigns:typeLabel.${code}`, { defaultValue: '' });
  if (builtIn) return builtIn;
  return types.find((type) => type.code === code)?.label ?? code;
}
