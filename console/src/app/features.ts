import type { Feature } from './feature';
import { campaignsFeature } from '../features/campaigns';
import { customersFeature } from '../features/customers';
import { dashboardFeature } from '../features/dashboard';
import { dealsFeature } from '../features/deals';
import { leadsFeature } from '../features/leads';

/**
 * Every feature of the console, in menu order. A new area is one folder under src/features/ and one entry here.
 */
export const features: Feature[] = [dashboardFeature, leadsFeature, customersFeature, dealsFeature, campaignsFeature];
