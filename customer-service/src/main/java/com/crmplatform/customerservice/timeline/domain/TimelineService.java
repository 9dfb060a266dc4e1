package com.crmplatform.customerservice.timeline.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.customerservice.customer.domain.CustomerService;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's timeline, for whoever may see the customer (404 otherwise, as for the customer itself). */
@Service
public class TimelineService {

    private final CustomerService customers;
    private final TimelineRepository timeline;

    TimelineService(CustomerService customers, TimelineRepository timeline) {
        this.customers = customers;
        this.timeline = timeline;
    }

    @Transactional(readOnly = true)
    public PageResponse<TimelineItem> of(UUID customerId, PageQuery page, CurrentUser user) {
        customers.get(customerId, user);
        return timeline.of(user.tenant(), customerId, page);
    }
}
