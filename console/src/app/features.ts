import type { Feature } from './feature';
import { dashboardFeature } from '../features/dashboard';
import { leadsFeature } from '../features/leads';

/**
 * Every feature of the console, in menu order. A new area (customers, opportunities, contracts, campaigns,
 * dashboards) is one folder under src/features/ and one line here.
 */
export const features: Feature[] = [dashboardFeature, leadsFeature];
