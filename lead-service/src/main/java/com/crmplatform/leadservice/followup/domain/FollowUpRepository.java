package com.crmplatform.leadservice.followup.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.util.UUID;

/** Follow-ups, always within one tenant. */
public interface FollowUpRepository {

    void insert(FollowUp followUp);

    PageResponse<FollowUp> ofLead(String tenant, UUID leadId, PageQuery page);
}
