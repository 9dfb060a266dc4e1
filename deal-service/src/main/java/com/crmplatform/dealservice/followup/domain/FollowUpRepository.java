package com.crmplatform.dealservice.followup.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.util.UUID;

/** Opportunity follow-ups, always within one tenant. */
public interface FollowUpRepository {

    void insert(FollowUp followUp);

    PageResponse<FollowUp> ofOpportunity(String tenant, UUID opportunityId, PageQuery page);
}
