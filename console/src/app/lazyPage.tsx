import { lazy, type ComponentType } from 'react';

/**
 * A page loaded on first visit, so each area is its own chunk and the first load carries only the shell:
 * `lazyPage(() => import('./LeadListPage'), 'LeadListPage')`. AppLayout shows a spinner while it loads.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
