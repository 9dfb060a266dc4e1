package com.crmplatform.customerservice.recycling.domain;

import com.crmplatform.customerservice.customer.domain.RecyclingTerms;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and (admin) replacing the caller's tenant's recycling rules; the controller checks the role. */
@Service
public class RecyclingRulesService implements RecyclingTerms {

    private final RecyclingRulesRepository repository;
    private final RecyclingProperties properties;
    private final Clock clock;

    RecyclingRulesService(RecyclingRulesRepository repository, RecyclingProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TenantRecyclingRules get(CurrentUser user) {
        return inForce(user.tenant());
    }

    @Transactional
    public TenantRecyclingRules replace(RecyclingRules rules, CurrentUser admin) {
        repository.save(admin.tenant(), rules, admin.id(), clock.instant());
        return inForce(admin.tenant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Terms> of(String tenant) {
        RecyclingRules rules = inForce(tenant).rules();
        return rules.enabled() ? Optional.of(rules.terms()) : Optional.empty();
    }

    private TenantRecyclingRules inForce(String tenant) {
        return repository.find(tenant).orElseGet(() -> TenantRecyclingRules.defaults(properties.defaults()));
    }
}
