package com.crmplatform.dealservice.contract.web;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.dealservice.contract.domain.Contract;
import com.crmplatform.dealservice.contract.domain.ContractService;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts (合同): a salesperson their own, an admin the tenant's; finance reads the tenant's and writes nothing;
 * marketing has no access.
 */
@RestController
@RequestMapping("/api/v1/contracts")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-finance')")
class ContractController {

    private final ContractService contracts;

    ContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ResponseEntity<ContractResponse> create(@Valid @RequestBody CreateContractRequest request, CurrentUser user) {
        Contract created = contracts.create(request.toNewContract(), user);
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + created.id()))
                .body(ContractResponse.from(created));
    }

    @GetMapping("/{id}")
    ContractResponse get(@PathVariable UUID id, CurrentUser user) {
        return ContractResponse.from(contracts.get(id, user));
    }

    @GetMapping
    PageResponse<ContractResponse> list(
            @Valid ContractListQuery query,
            @Sortable(
                            value = {"createdAt", "signedAt", "amount", "number"},
                            defaultSort = "createdAt,desc")
                    PageQuery page,
            CurrentUser user) {
        return contracts.list(query.toFilter(), page, user).map(ContractResponse::from);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ContractResponse update(
            @PathVariable UUID id, @Valid @RequestBody UpdateContractRequest request, CurrentUser user) {
        return ContractResponse.from(contracts.update(id, request.toEdit(), request.version(), user));
    }
}
