package com.crmplatform.customerservice.dealstatus;

import static com.crmplatform.contracts.deal.DealStatus.DEAL;
import static com.crmplatform.contracts.deal.DealStatus.IN_PROGRESS;
import static com.crmplatform.contracts.deal.DealStatus.NONE;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.ContractEvents;
import com.crmplatform.contracts.deal.CustomerDeal;
import com.crmplatform.contracts.deal.DealStatus;
import com.crmplatform.contracts.deal.OpportunityChanged;
import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.customerservice.CustomerServiceIT;
import com.crmplatform.customerservice.recycling.domain.CustomerRecycler;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * deal-service's opportunity and contract events, sent through the embedded broker as deal-service's outbox sends
 * them, keep each customer's {@code dealStatus}: the highest sequence wins whatever the order and topic, each event
 * id counts once, and an event only reaches the customers of its own tenant.
 */
class DealStatusIT extends CustomerServiceIT {

    static final String RULES_10_20_3 =
            "{\"enabled\":true,\"noFollowUpDays\":10,\"noDealDays\":20,\"warnDaysBefore\":3,\"exemptWithDeal\":true}";

    @Autowired
    KafkaTemplate<String, String> producer;

    @Autowired
    CustomerRecycler recycler;

    @Test
    void anOpportunityPutsTheCustomerInProgressAndAnApprovedContractMakesItADeal() throws Exception {
        String tenant = newTenant();
        UUID customer = customer(tenant, "Acme");
        UUID untouched = customer(tenant, "Globex");
        JsonNode before = view(tenant, customer);

        send(opportunity(OpportunityEvents.CREATED, tenant, UUID.randomUUID(), deal(customer, IN_PROGRESS, 1)));
        awaitDealStatus(tenant, customer, IN_PROGRESS);
        send(contract(ContractEvents.APPROVED, tenant, deal(customer, DEAL, 2)));
        awaitDealStatus(tenant, customer, DEAL);

        mvc.perform(get("/api/v1/customers?dealStatus=DEAL").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(customer.toString()));
        mvc.perform(get("/api/v1/customers?dealStatus=NONE").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(untouched.toString()));
        // Not an edit by a user: no client's optimistic lock breaks, and customer-service publishes nothing.
        JsonNode after = view(tenant, customer);
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.get("updatedAt")).isEqualTo(before.get("updatedAt"));
        assertThat(outboxEventsOf(customer)).isEqualTo(1); // customer.created.v1
    }

    @Test
    void anOlderSequenceArrivingAfterANewerOneOnTheOtherTopicChangesNothing() throws Exception {
        String tenant = newTenant();
        UUID customer = customer(tenant, "Acme");
        send(contract(ContractEvents.APPROVED, tenant, deal(customer, DEAL, 5)));
        awaitDealStatus(tenant, customer, DEAL);

        DealEvent older =
                opportunity(OpportunityEvents.UPDATED, tenant, UUID.randomUUID(), deal(customer, IN_PROGRESS, 4));
        DealEvent sameSequence =
                opportunity(OpportunityEvents.LOST, tenant, UUID.randomUUID(), deal(customer, NONE, 5));
        send(older);
        send(sameSequence);
        awaitProcessed(older);
        awaitProcessed(sameSequence);

        assertThat(dealStatusOf(tenant, customer)).isEqualTo("DEAL");
        send(contract(ContractEvents.TERMINATED, tenant, deal(customer, NONE, 6)));
        awaitDealStatus(tenant, customer, NONE);
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() throws Exception {
        String tenant = newTenant();
        UUID customer = customer(tenant, "Acme");
        UUID opportunity = UUID.randomUUID();
        DealEvent created = opportunity(OpportunityEvents.CREATED, tenant, opportunity, deal(customer, IN_PROGRESS, 1));
        send(created);
        awaitDealStatus(tenant, customer, IN_PROGRESS);
        // Forget the sequence, so that only the event id can keep the redelivery from being applied again.
        jdbc.sql("UPDATE customer SET deal_status = 'NONE', deal_status_sequence = 0 WHERE id = ?")
                .param(customer)
                .update();

        send(created);
        // Same key, so the same partition: read after the redelivery. It wins only if the redelivery was skipped.
        DealEvent next = opportunity(OpportunityEvents.WON, tenant, opportunity, deal(customer, DEAL, 1));
        send(next);
        awaitProcessed(next);

        assertThat(dealStatusOf(tenant, customer)).isEqualTo("DEAL");
    }

    @Test
    void anEventOfAnotherTenantOrForAnUnknownCustomerChangesNothing() throws Exception {
        String tenant = newTenant();
        UUID customer = customer(tenant, "Acme");

        DealEvent otherTenant = contract(ContractEvents.APPROVED, newTenant(), deal(customer, DEAL, 1));
        DealEvent unknownCustomer = contract(ContractEvents.APPROVED, tenant, deal(UUID.randomUUID(), DEAL, 1));
        send(otherTenant);
        send(unknownCustomer);
        awaitProcessed(otherTenant);
        awaitProcessed(unknownCustomer);

        assertThat(dealStatusOf(tenant, customer)).isEqualTo("NONE");
        // Its own tenant's first computation still applies: the other tenant's event took no sequence from it.
        send(contract(ContractEvents.APPROVED, tenant, deal(customer, DEAL, 1)));
        awaitDealStatus(tenant, customer, DEAL);
    }

    @Test
    void aDealExemptsTheCustomerFromRecyclingButAnOpportunityInProgressDoesNot() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        mvc.perform(put("/api/v1/customers/recycling-rules")
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RULES_10_20_3))
                .andExpect(status().isOk());
        UUID withDeal = ownedFor30Days(tenant, "With a deal");
        UUID inProgress = ownedFor30Days(tenant, "In progress");
        send(contract(ContractEvents.APPROVED, tenant, deal(withDeal, DEAL, 3)));
        send(opportunity(OpportunityEvents.CREATED, tenant, UUID.randomUUID(), deal(inProgress, IN_PROGRESS, 1)));
        awaitDealStatus(tenant, withDeal, DEAL);
        awaitDealStatus(tenant, inProgress, IN_PROGRESS);

        mvc.perform(get("/api/v1/customers?recycleDueWithinDays=0").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(inProgress.toString()));
        recycler.run(Instant.now());

        assertThat(view(tenant, withDeal).get("ownerId").asString()).isEqualTo(sales1);
        JsonNode recycledOwner = view(tenant, inProgress).get("ownerId");
        assertThat(recycledOwner == null || recycledOwner.isNull()).isTrue();
    }

    /** One envelope as deal-service's outbox sends it: record key = the opportunity's or contract's id. */
    private record DealEvent(String topic, String key, String id, String value) {}

    private DealEvent opportunity(
            EventType<OpportunityChanged> type, String tenant, UUID opportunityId, CustomerDeal deal) {
        var data = new OpportunityChanged(
                opportunityId,
                deal.customerId(),
                "Renewal",
                new BigDecimal("1000.00"),
                "CNY",
                "PROPOSAL",
                null,
                50,
                "OPEN",
                null,
                "owner-id",
                null,
                LocalDate.now().plusDays(30),
                "owner-id",
                Instant.now(),
                1,
                deal);
        return envelope(type, tenant, opportunityId, data);
    }

    private DealEvent contract(EventType<ContractChanged> type, String tenant, CustomerDeal deal) {
        UUID contractId = UUID.randomUUID();
        var data = new ContractChanged(
                contractId,
                "HT-2026-000123",
                "Annual licence",
                deal.customerId(),
                null,
                new BigDecimal("1000.00"),
                "CNY",
                new BigDecimal("1000.00"),
                "ACTIVE",
                "PENDING_APPROVAL",
                "owner-id",
                null,
                LocalDate.now(),
                LocalDate.now(),
                LocalDate.now().plusYears(1),
                null,
                "admin-id",
                Instant.now(),
                2,
                deal);
        return envelope(type, tenant, contractId, data);
    }

    private <T> DealEvent envelope(EventType<T> type, String tenant, UUID aggregateId, T data) {
        String id = UUID.randomUUID().toString();
        String value = json.writeValueAsString(new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                id,
                "/deal-service",
                type.type(),
                aggregateId.toString(),
                Instant.now(),
                EventEnvelope.DATA_CONTENT_TYPE,
                tenant,
                data));
        return new DealEvent(type.topic(), aggregateId.toString(), id, value);
    }

    private static CustomerDeal deal(UUID customerId, DealStatus status, long sequence) {
        return new CustomerDeal(customerId, status, sequence);
    }

    private void send(DealEvent event) throws Exception {
        producer.send(event.topic(), event.key(), event.value()).get();
    }

    /** Waits until the listener has handled the event (its processed row commits with its effect, if any). */
    private void awaitProcessed(DealEvent event) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("""
                        SELECT count(*) FROM processed_event
                         WHERE consumer = 'customer-service.deal-status' AND event_id = CAST(? AS uuid)
                        """).param(event.id()).query(Long.class).single() == 1);
    }

    private void awaitDealStatus(String tenant, UUID customer, DealStatus expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> expected.name().equals(dealStatusOf(tenant, customer)));
    }

    private String dealStatusOf(String tenant, UUID customer) throws Exception {
        return view(tenant, customer).get("dealStatus").asString();
    }

    private JsonNode view(String tenant, UUID customer) throws Exception {
        return body(mvc.perform(get("/api/v1/customers/" + customer).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andReturn());
    }

    private UUID customer(String tenant, String name) throws Exception {
        return createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\"}");
    }

    /** A customer of sales1, owned for 30 days without a follow-up: due under both rules unless exempt. */
    private UUID ownedFor30Days(String tenant, String name) throws Exception {
        UUID id = customer(tenant, name);
        jdbc.sql("UPDATE customer SET owned_since = now() - interval '30 days' WHERE id = ?")
                .param(id)
                .update();
        return id;
    }

    private long outboxEventsOf(UUID customer) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE aggregateid = ?")
                .param(customer.toString())
                .query(Long.class)
                .single();
    }
}
