package com.crmplatform.dealservice.contract.domain;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The commercial terms an admin last approved, and who did when. Billing plans against {@code amount}; a rejected
 * amendment of an active contract returns to {@code amount} and {@code lines}.
 */
public record ApprovedTerms(BigDecimal amount, List<LineItem> lines, String approvedBy, Instant approvedAt) {

    public ApprovedTerms {
        lines = List.copyOf(lines);
    }
}
