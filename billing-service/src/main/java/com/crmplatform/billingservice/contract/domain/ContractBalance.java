package com.crmplatform.billingservice.contract.domain;

import java.math.BigDecimal;

/**
 * A contract's money as the ledger has it now.
 *
 * @param planned the sum of its plan's installments
 * @param collected confirmed payments, not reversed
 * @param recorded payments recorded but neither confirmed nor reversed
 */
public record ContractBalance(BigDecimal planned, BigDecimal collected, BigDecimal recorded) {

    /** What counts against over-collection: everything recorded and not reversed. */
    public BigDecimal committed() {
        return collected.add(recorded);
    }
}
