package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Capturing and reading leads, within the caller's tenant and data scope. */
@Service
public class LeadService {

    private final LeadRepository leads;
    private final Outbox outbox;
    private final Clock clock;

    LeadService(LeadRepository leads, Outbox outbox, Clock clock) {
        this.leads = leads;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Lead capture(NewLead draft, CurrentUser user) {
        boolean salesperson = user.hasRole(Roles.SALES) && !user.isAdmin();
        Lead lead = Lead.capture(draft, user.tenant(), user.id(), salesperson, clock.instant());
        leads.insert(lead);
        outbox.publish(LeadEvents.CREATED, lead.id(), lead.tenant(), lead.created());
        return lead;
    }

    /** The lead, if it exists in the caller's tenant and the caller may see it; otherwise 404. */
    @Transactional(readOnly = true)
    public Lead get(UUID id, CurrentUser user) {
        return leads.find(user.tenant(), id)
                .filter(LeadVisibility.of(user)::allows)
                .orElseThrow(() -> new NotFoundException("Lead", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Lead> list(PageQuery page, CurrentUser user) {
        return leads.search(user.tenant(), LeadVisibility.of(user), page);
    }
}
