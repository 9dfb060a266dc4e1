package com.crmplatform.dealservice.opportunity.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The pipeline summary per owner, stage and currency (count, amount, probability-weighted amount), kept in step
 * with every opportunity change inside the change's transaction, so a board over a big tenant reads a few rows.
 */
public interface PipelineTotals {

    /** Moves {@code before}'s share (null: a new opportunity) to {@code after}'s. */
    void changed(Opportunity before, Opportunity after);

    /** The totals of the tenant, of one owner when {@code ownerId} is not null. */
    List<StageTotal> of(String tenant, String ownerId);

    /** One stage's opportunities in one currency. */
    record StageTotal(
            String stage, String currency, long opportunities, BigDecimal amount, BigDecimal weightedAmount) {}
}
