import type { Feature } from './feature';
import { leadsFeature } from '../features/leads';
import { customersFeature } from '../features/customers';

/**
 * Every feature of the console, in menu order. A new area (customers, opportunities, contracts, campaigns,
 * dashboards) is one folder under src/features/ and one line here.
 */
export const features: Feature[] = [leadsFeature, customersFeature];
