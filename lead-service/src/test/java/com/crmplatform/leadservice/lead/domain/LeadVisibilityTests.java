package com.crmplatform.leadservice.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadVisibilityTests {

    static final CurrentUser ADMIN = new CurrentUser("admin", "acme-admin", "Admin", "acme", Set.of("crm-admin"));
    static final CurrentUser SALES1 = new CurrentUser("s1", "acme-sales1", "Sales 1", "acme", Set.of("crm-sales"));
    static final CurrentUser SALES2 = new CurrentUser("s2", "acme-sales2", "Sales 2", "acme", Set.of("crm-sales"));
    static final CurrentUser MARKETING = new CurrentUser("m", "acme-marketing", "M", "acme", Set.of("crm-marketing"));

    @Test
    void salespersonCapturingALeadKeepsItWhileOthersPutItInThePool() {
        assertThat(capturedBy(SALES1, true).ownerId()).isEqualTo("s1");
        assertThat(capturedBy(MARKETING, false).inPool()).isTrue();
        assertThat(capturedBy(ADMIN, false).status()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void salespersonSeesOwnLeadsAndThePoolButNotAnotherSalespersonsLead() {
        Lead own = capturedBy(SALES1, true);
        Lead pool = capturedBy(MARKETING, false);

        assertThat(LeadVisibility.of(SALES1).allows(own)).isTrue();
        assertThat(LeadVisibility.of(SALES1).allows(pool)).isTrue();
        assertThat(LeadVisibility.of(SALES2).allows(own)).isFalse();
    }

    @Test
    void adminSeesEverythingAndMarketingWhatItCaptured() {
        Lead own = capturedBy(SALES1, true);
        Lead captured = capturedBy(MARKETING, false);

        assertThat(LeadVisibility.of(ADMIN).allows(own)).isTrue();
        assertThat(LeadVisibility.of(MARKETING).allows(captured)).isTrue();
        assertThat(LeadVisibility.of(MARKETING).allows(own)).isFalse();
    }

    @Test
    void marketingAlsoSeesEveryLeadAttributedToACampaign() {
        NewLead draft = new NewLead(
                new ContactDetails("Li Si", null, null, "13900000000", null, null),
                null,
                LeadSource.WEBINAR,
                java.util.UUID.randomUUID());
        Lead campaignLead = Lead.capture(draft, "acme", SALES1.id(), true, Instant.now());

        assertThat(LeadVisibility.of(MARKETING).allows(campaignLead)).isTrue();
        assertThat(LeadVisibility.of(SALES2).allows(campaignLead)).isFalse();
    }

    private static Lead capturedBy(CurrentUser user, boolean salesperson) {
        NewLead draft = new NewLead(
                new ContactDetails("Zhang San", "Acme Retail", null, "13800000000", null, null),
                null,
                LeadSource.TRADE_SHOW,
                null);
        return Lead.capture(draft, user.tenant(), user.id(), salesperson, Instant.now());
    }
}
