package com.crmplatform.leadservice.report.domain;

/**
 * One salesperson's lead figures: what they hold now, and what they did in the period.
 *
 * @param leadsHeld open leads they own now (NEW, ASSIGNED or FOLLOWING)
 * @param followUps follow-ups they recorded in the period, on any lead
 * @param conversions leads they owned that were converted into customers in the period
 * @param followUpsDue open leads they own whose next follow-up is due before the given time (overdue included)
 */
public record TeamFigures(String ownerId, long leadsHeld, long followUps, long conversions, long followUpsDue) {}
