package com.crmplatform.dealservice.pipeline.domain;

import java.util.List;

/**
 * Why an opportunity was lost (输单原因): the built-in reasons every tenant has, plus those a tenant adds.
 *
 * @param builtIn one of the platform's reasons, which a tenant may relabel but not remove
 */
public record LossReason(String code, String label, boolean builtIn) {

    public static final List<LossReason> BUILT_IN = List.of(
            new LossReason("PRICE", "Price", true),
            new LossReason("COMPETITOR", "Lost to a competitor", true),
            new LossReason("NO_BUDGET", "No budget", true),
            new LossReason("NO_DECISION", "No decision", true),
            new LossReason("TIMING", "Timing", true),
            new LossReason("OTHER", "Other", true));
}
