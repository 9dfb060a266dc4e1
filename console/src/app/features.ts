import type { Feature } from './feature';

/**
 * Every feature of the console, in menu order. A new area (customers, opportunities, contracts, campaigns,
 * dashboards) is one folder under src/features/ and one line here.
 */
export const features: Feature[] = [];
