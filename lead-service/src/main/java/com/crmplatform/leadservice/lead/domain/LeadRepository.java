package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.util.Optional;
import java.util.UUID;

/** Leads, always within one tenant. */
public interface LeadRepository {

    void insert(Lead lead);

    Optional<Lead> find(String tenant, UUID id);

    PageResponse<Lead> search(String tenant, LeadVisibility visibility, PageQuery page);
}
