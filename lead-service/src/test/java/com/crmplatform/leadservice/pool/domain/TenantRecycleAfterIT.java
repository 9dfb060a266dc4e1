package com.crmplatform.leadservice.pool.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.leadservice.LeadServiceIT;
import com.crmplatform.leadservice.lead.domain.LeadRepository;
import com.crmplatform.leadservice.lead.domain.LeadService;
import com.crmplatform.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A tenant with its own recycle-after; a recycler built here so the shared context keeps the defaults. */
class TenantRecycleAfterIT extends LeadServiceIT {

    @Autowired
    LeadRepository leads;

    @Autowired
    LeadService leadService;

    @Autowired
    LeadHistoryRepository history;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Test
    void aTenantWithTenDaysRecyclesEarlierThanTheDefaultThirty() throws Exception {
        String quick = newTenant();
        String slow = newTenant();
        UUID quickLead = capture(quick, "sales1", "crm-sales", lead("Zhang San", "13800000071"));
        UUID slowLead = capture(slow, "sales1", "crm-sales", lead("Li Si", "13800000072"));
        PoolProperties properties =
                new PoolProperties(50, Duration.ofDays(30), Duration.ofHours(1), 2, Map.of(quick, Duration.ofDays(10)));
        LeadRecycler recycler = new LeadRecycler(leads, leadService, history, outbox, transaction, properties, clock);

        recycler.recycle(Instant.now().plus(Duration.ofDays(11)));

        assertThat(ownerOf(quickLead)).isNull();
        assertThat(ownerOf(slowLead)).isNotNull();
        assertThat(jdbc.sql("SELECT reason FROM lead_history WHERE lead_id = ?")
                        .param(quickLead)
                        .query(String.class)
                        .single())
                .isEqualTo("no follow-up for 10 days");
    }
}
