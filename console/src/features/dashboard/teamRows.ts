import { sumByCurrency } from '../../shared/money';
import type { DealTeamReport, LeadTeamReport, LossReasonCount, Money, ReceivableTotals } from './types';

export interface TeamRow {
  ownerId: string;
  name: string;
  leadsHeld: number;
  followUps: number;
  conversions: number;
  won: number;
  wonAmount: Money[];
  lost: number;
  lossReasons: LossReasonCount[];
  contractAmount: Money[];
  collected: Money[];
  outstanding: Money[];
}

/**
 * One row per salesperson: everyone in the directory, plus anyone a report names who has left it (their figures
 * still count). Counts are summed over currencies; amounts stay per currency.
 */
export function teamRows(
  people: { id: string; username: string; displayName: string }[],
  leads: LeadTeamReport,
  deals: DealTeamReport,
  receivables: ReceivableTotals[],
): TeamRow[] {
  const ids = new Set([
    ...people.map((p) => p.id),
    ...leads.rows.map((r) => r.ownerId),
    ...deals.rows.map((r) => r.ownerId),
    ...receivables.map((r) => r.key),
  ]);
  return [...ids].map((id) => {
    const person = people.find((p) => p.id === id);
    const lead = leads.rows.find((r) => r.ownerId === id);
    const dealRows = deals.rows.filter((r) => r.ownerId === id);
    const owed = receivables.filter((r) => r.key === id);
    return {
      ownerId: id,
      name: person ? person.displayName || person.username : id.slice(0, 8),
      leadsHeld: lead?.leadsHeld ?? 0,
      followUps: lead?.followUps ?? 0,
      conversions: lead?.conversions ?? 0,
      won: dealRows.reduce((sum, r) => sum + r.won, 0),
      wonAmount: sumByCurrency(dealRows.map((r) => ({ currency: r.currency, amount: r.wonAmount }))),
      lost: dealRows.reduce((sum, r) => sum + r.lost, 0),
      lossReasons: deals.lossReasons.filter((l) => l.ownerId === id),
      contractAmount: sumByCurrency(dealRows.map((r) => ({ currency: r.currency, amount: r.contractAmount }))),
      collected: sumByCurrency(owed.map((r) => ({ currency: r.currency, amount: r.collected }))),
      outstanding: sumByCurrency(owed.map((r) => ({ currency: r.currency, amount: r.outstanding }))),
    };
  });
}
