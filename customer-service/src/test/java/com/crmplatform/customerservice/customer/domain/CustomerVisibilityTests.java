package com.crmplatform.customerservice.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.deal.DealStatus;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerVisibilityTests {

    static final CurrentUser ADMIN = new CurrentUser("admin", "acme-admin", "Admin", "acme", Set.of("crm-admin"));
    static final CurrentUser SALES1 = new CurrentUser("s1", "acme-sales1", "Sales 1", "acme", Set.of("crm-sales"));
    static final CurrentUser SALES2 = new CurrentUser("s2", "acme-sales2", "Sales 2", "acme", Set.of("crm-sales"));
    static final CurrentUser MARKETING = new CurrentUser("m", "acme-marketing", "M", "acme", Set.of("crm-marketing"));
    static final CurrentUser FINANCE = new CurrentUser("f", "acme-finance", "F", "acme", Set.of("crm-finance"));

    @Test
    void salespersonSeesOwnAndPoolAndEditsOnlyOwn() {
        Customer own = customer("s1", null);
        Customer pool = customer(null, null);

        assertThat(CustomerVisibility.of(SALES1).allows(own)).isTrue();
        assertThat(CustomerVisibility.of(SALES2).allows(own)).isFalse();
        assertThat(CustomerVisibility.of(SALES2).allows(pool)).isTrue();
        assertThat(CustomerVisibility.canEdit(SALES1, own)).isTrue();
        assertThat(CustomerVisibility.canEdit(SALES2, pool)).isFalse();
        assertThat(CustomerVisibility.canEdit(ADMIN, own)).isTrue();
    }

    @Test
    void marketingSeesCampaignCustomersFinanceAllButDeletedOnlyAdmin() {
        Customer fromCampaign = customer("s1", UUID.randomUUID());
        Customer direct = customer("s1", null);
        Customer deleted = new Customer(
                direct.id(),
                "acme",
                direct.details(),
                null,
                null,
                "s1",
                DealStatus.NONE,
                "s1",
                Instant.now(),
                Instant.now(),
                null,
                null,
                Instant.now(),
                1);

        assertThat(CustomerVisibility.of(MARKETING).allows(fromCampaign)).isTrue();
        assertThat(CustomerVisibility.of(MARKETING).allows(direct)).isFalse();
        assertThat(CustomerVisibility.of(FINANCE).allows(direct)).isTrue();
        assertThat(CustomerVisibility.canEdit(FINANCE, direct)).isFalse();
        assertThat(CustomerVisibility.of(FINANCE).allows(deleted)).isFalse();
        assertThat(CustomerVisibility.of(SALES1).allows(deleted)).isFalse();
        assertThat(CustomerVisibility.of(ADMIN).allows(deleted)).isTrue();
        assertThat(CustomerVisibility.canEdit(ADMIN, deleted)).isFalse();
    }

    @Test
    void duplicatesCompareNormalizedNamesAndPhoneDigits() {
        assertThat(CustomerDetails.normalizeName("  Acme \t Retail ")).isEqualTo("acme retail");
        assertThat(CustomerDetails.digitsOf("+86 138-0000-0000")).isEqualTo("8613800000000");
        assertThat(CustomerDetails.digitsOf("n/a")).isNull();
    }

    private static Customer customer(String ownerId, UUID campaignId) {
        CustomerDetails details = new CustomerDetails(
                CustomerKind.ORGANIZATION, "Acme", null, null, null, null, null, null, null, List.of());
        return Customer.create(details, null, campaignId, "acme", ownerId, "x", Instant.now());
    }
}
