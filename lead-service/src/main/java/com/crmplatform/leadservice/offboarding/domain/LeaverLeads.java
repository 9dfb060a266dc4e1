package com.crmplatform.leadservice.offboarding.domain;

import java.util.List;
import java.util.UUID;

/** The open leads of a user who left. */
public interface LeaverLeads {

    /** Locks, until the transaction ends, the open (NEW, ASSIGNED, FOLLOWING) leads the user owns; ids in order. */
    List<UUID> lockOpenLeadsOwnedBy(String tenant, String ownerId);
}
