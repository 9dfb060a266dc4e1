package com.crmplatform.billingservice.receivable.domain;

/**
 * The aging's totals summed per due day ({@code V5__receivable_aging_totals.sql}): every write of money adds its
 * changes to them in its own transaction; folding moves those changes into the summed rows.
 */
public interface AgingTotals {

    /** Folds up to {@code limit} changes, oldest first; answers how many (0 when another instance is folding). */
    int fold(int limit);

    /**
     * Vacuums the folded changes' dead rows away (outside any transaction; skipped when another vacuum runs), so the
     * reports' scan of the changes not yet folded stays short under a steady stream of payments.
     */
    void vacuumChanges();
}
