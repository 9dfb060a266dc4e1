package com.crmplatform.leadservice.conversion.domain;

import java.time.Instant;
import java.util.UUID;

/** Marking leads converted, within one tenant. */
public interface ConversionRepository {

    /**
     * Marks the lead CONVERTED with its customer if it still has {@code expectedVersion} and is open; false when
     * someone changed it first (nothing is written then).
     */
    boolean markConverted(String tenant, UUID leadId, UUID customerId, int expectedVersion, Instant at);
}
