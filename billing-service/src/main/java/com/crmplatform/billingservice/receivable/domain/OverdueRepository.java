package com.crmplatform.billingservice.receivable.domain;

import java.time.LocalDate;
import java.util.List;

/** The overdue job's query, across tenants. */
public interface OverdueRepository {

    /**
     * Marks up to {@code limit} installments that are overdue on {@code today} and were never announced for their
     * current due date (locked rows another instance holds are skipped), and answers them.
     */
    List<NewlyOverdue> markNewlyOverdue(LocalDate today, int limit);
}
