package com.crmplatform.billingservice.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An installment as a client sends it in a new plan.
 *
 * @param id the id of the installment it keeps, or null for a new one
 */
public record InstallmentDraft(UUID id, LocalDate dueDate, BigDecimal amount, String note) {}
