package com.crmplatform.contracts.campaign;

/** What taking a campaign member in did. */
public enum IntakeOutcome {
    /** A new lead or customer was created for the member. */
    CREATED,
    /** An existing lead or customer with the same phone or e-mail was linked instead of copied. */
    LINKED,
    /** The member could not be taken in; {@code reason} says why. Another sync tries again. */
    FAILED
}
