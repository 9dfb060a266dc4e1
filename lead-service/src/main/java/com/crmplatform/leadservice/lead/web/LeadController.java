package com.crmplatform.leadservice.lead.web;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadService;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/leads")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing')")
class LeadController {

    private final LeadService leads;

    LeadController(LeadService leads) {
        this.leads = leads;
    }

    @PostMapping
    ResponseEntity<LeadResponse> capture(@Valid @RequestBody CreateLeadRequest request, CurrentUser user) {
        Lead lead = leads.capture(request.toNewLead(), user);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.id())).body(LeadResponse.from(lead));
    }

    @GetMapping("/{id}")
    LeadResponse get(@PathVariable UUID id, CurrentUser user) {
        return LeadResponse.from(leads.get(id, user));
    }

    @GetMapping
    PageResponse<LeadResponse> list(
            @Sortable(
                            value = {"createdAt", "updatedAt", "name", "company"},
                            defaultSort = "createdAt,desc")
                    PageQuery page,
            CurrentUser user) {
        return leads.list(page, user).map(LeadResponse::from);
    }
}
