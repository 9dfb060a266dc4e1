package com.crmplatform.customerservice.timeline.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.util.UUID;

/** A customer's follow-ups and ownership changes as one list, within one tenant. */
public interface TimelineRepository {

    /** Ordered by {@code at} as the page asks (newest first by default). */
    PageResponse<TimelineItem> of(String tenant, UUID customerId, PageQuery page);
}
