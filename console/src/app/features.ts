import type { Feature } from './feature';
import { leadsFeature } from '../features/leads';
import { campaignsFeature } from '../features/campaigns';

/**
 * Every feature of the console, in menu order. A new area (customers, opportunities, contracts, campaigns,
 * dashboards) is one folder under src/features/ and one line here.
 */
export const features: Feature[] = [leadsFeature, campaignsFeature];
