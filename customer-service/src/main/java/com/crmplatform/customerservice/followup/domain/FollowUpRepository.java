package com.crmplatform.customerservice.followup.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.util.UUID;

/** Follow-ups, always within one tenant. */
public interface FollowUpRepository {

    void insert(FollowUp followUp);

    PageResponse<FollowUp> ofCustomer(String tenant, UUID customerId, PageQuery page);
}
