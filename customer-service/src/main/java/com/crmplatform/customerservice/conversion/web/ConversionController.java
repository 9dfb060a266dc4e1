package com.crmplatform.customerservice.conversion.web;

import com.crmplatform.contracts.customer.CustomerFromLeadRequest;
import com.crmplatform.contracts.customer.CustomerFromLeadResponse;
import com.crmplatform.customerservice.conversion.domain.ConversionService;
import com.crmplatform.platform.security.CurrentUser;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The endpoint lead-service calls to convert a lead (线索 → 客户); the token is the converting user's. */
@RestController
class ConversionController {

    private final ConversionService conversions;

    ConversionController(ConversionService conversions) {
        this.conversions = conversions;
    }

    /** 201 the first time, 200 with the same ids for any retry of the same lead. */
    @PostMapping("/api/v1/customers/from-lead")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ResponseEntity<CustomerFromLeadResponse> fromLead(@RequestBody CustomerFromLeadRequest request, CurrentUser user) {
        CustomerFromLeadResponse response = conversions.convert(request, user);
        if (!response.created()) {
            return ResponseEntity.ok(response);
        }
        return ResponseEntity.created(URI.create("/api/v1/customers/" + response.customerId()))
                .body(response);
    }
}
