package com.crmplatform.customerservice.customer.web;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.deal.DealStatus;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerFilter;
import com.crmplatform.customerservice.customer.domain.CustomerLevel;
import com.crmplatform.customerservice.customer.domain.CustomerService;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers: admin and sales write (within scope), marketing and finance read (within scope). */
@RestController
@RequestMapping("/api/v1/customers")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing', 'crm-finance')")
class CustomerController {

    private final CustomerService customers;

    CustomerController(CustomerService customers) {
        this.customers = customers;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ResponseEntity<CustomerResponse> create(
            @Valid @RequestBody CreateCustomerRequest request,
            @RequestParam(defaultValue = "false") boolean allowDuplicate,
            CurrentUser user) {
        Customer customer = customers.create(request.toDetails(), request.sourceCampaignId(), allowDuplicate, user);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id()))
                .body(CustomerResponse.from(customer));
    }

    @GetMapping("/{id}")
    CustomerResponse get(@PathVariable UUID id, CurrentUser user) {
        return CustomerResponse.from(customers.view(id, user));
    }

    @GetMapping
    PageResponse<CustomerResponse> list(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @Size(max = 64) String ownerId,
            @RequestParam(required = false) CustomerLevel level,
            @RequestParam(required = false) @Size(max = 100) String industry,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) UUID campaignId,
            @RequestParam(required = false) DealStatus dealStatus,
            @RequestParam(required = false) @Size(max = 30) String tag,
            @RequestParam(required = false) @Size(max = 100) String keyword,
            @RequestParam(required = false) @Min(1) @Max(3650) Integer noFollowUpForDays,
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(required = false) @Min(0) @Max(3650) Integer recycleDueWithinDays,
            @Sortable(
                            value = {"createdAt", "updatedAt", "name", "lastFollowUpAt", "nextFollowUpAt"},
                            defaultSort = "createdAt,desc")
                    PageQuery page,
            CurrentUser user) {
        CustomerFilter filter = new CustomerFilter(
                scope(scope),
                blankToNull(ownerId),
                level,
                blankToNull(industry),
                source,
                campaignId,
                dealStatus,
                blankToNull(tag),
                blankToNull(keyword),
                noFollowUpForDays,
                deleted,
                recycleDueWithinDays,
                null);
        return customers.list(filter, page, user).map(CustomerResponse::from);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    CustomerResponse update(
            @PathVariable UUID id,
            @Valid @RequestBody UpdateCustomerRequest request,
            @RequestParam(defaultValue = "false") boolean allowDuplicate,
            CurrentUser user) {
        return CustomerResponse.from(
                customers.update(id, request.toDetails(), request.version(), allowDuplicate, user));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('crm-admin')")
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        customers.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasRole('crm-admin')")
    CustomerResponse restore(@PathVariable UUID id, CurrentUser user) {
        return CustomerResponse.from(customers.restore(id, user));
    }

    private static CustomerFilter.Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return null;
        }
        return switch (scope.strip().toLowerCase(Locale.ROOT)) {
            case "mine" -> CustomerFilter.Scope.MINE;
            case "pool" -> CustomerFilter.Scope.POOL;
            default -> throw new InvalidRequestException("scope", "InvalidValue", "scope must be 'mine' or 'pool'");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
