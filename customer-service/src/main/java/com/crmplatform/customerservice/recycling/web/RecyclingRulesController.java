package com.crmplatform.customerservice.recycling.web;

import com.crmplatform.customerservice.recycling.domain.RecyclingRulesService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin's recycling rules (回收规则) of their tenant. */
@RestController
@RequestMapping("/api/v1/customers/recycling-rules")
@PreAuthorize("hasRole('crm-admin')")
class RecyclingRulesController {

    private final RecyclingRulesService rules;

    RecyclingRulesController(RecyclingRulesService rules) {
        this.rules = rules;
    }

    @GetMapping
    RecyclingRulesResponse get(CurrentUser user) {
        return RecyclingRulesResponse.from(rules.get(user));
    }

    @PutMapping
    RecyclingRulesResponse replace(@Valid @RequestBody RecyclingRulesRequest request, CurrentUser user) {
        return RecyclingRulesResponse.from(rules.replace(request.toRules(), user));
    }
}
