package com.crmplatform.dealservice.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.deal.ContractEvents;
import com.crmplatform.dealservice.DealServiceIT;
import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Contracts against the real database and Kafka: creation, numbers, approval, edits, roles and races. */
class ContractIT extends DealServiceIT {

    /** Reads JSON numbers as they were written (0.60 stays 0.60), so amounts are compared exactly, scale included. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final String TWO_LINES = """
            [{"productName":"Licence","quantity":10,"unitPrice":1200.50,"discount":10},
             {"productName":"Training","quantity":2,"unitPrice":800}]""";

    private static final String YEAR = String.valueOf(Year.now(ZoneOffset.UTC).getValue());

    // ---------------------------------------------------------------------------------------------- creation

    @Test
    void aContractFromAWonOpportunityTakesItsTermsAndEachTenantNumbersItsOwnContracts() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        UUID customer = knownCustomer(tenant, "sales1", campaign);
        UUID opportunity = wonOpportunity(tenant, "sales1", customer, "\"currency\":\"USD\",\"lines\":" + TWO_LINES);

        JsonNode created = exact(create(tenant, "sales1", "crm-sales", "{\"opportunityId\":\"" + opportunity + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("HT-" + YEAR + "-000001"))
                .andExpect(jsonPath("$.title").value("Deal " + customer))
                .andExpect(jsonPath("$.customerId").value(customer.toString()))
                .andExpect(jsonPath("$.opportunityId").value(opportunity.toString()))
                .andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.lines[0].productName").value("Licence"))
                .andExpect(jsonPath("$.lines[1].productName").value("Training"))
                .andExpect(jsonPath("$.ownerId").value(idOf(tenant, "sales1")))
                .andExpect(jsonPath("$.sourceCampaignId").value(campaign.toString()))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.approvedAmount").doesNotExist())
                .andExpect(jsonPath("$.createdBy").value(idOf(tenant, "sales1")))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn());
        // 10 × 1200.50 less 10 % = 10804.50, plus 2 × 800 = 1600.00
        assertThat(created.get("lines").get(0).get("amount").decimalValue()).isEqualTo(new BigDecimal("10804.50"));
        assertThat(created.get("amount").decimalValue()).isEqualTo(new BigDecimal("12404.50"));

        UUID second = wonOpportunity(tenant, "sales1", customer, "\"amount\":100");
        create(tenant, "sales1", "crm-sales", "{\"opportunityId\":\"" + second + "\",\"title\":\"Support\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("HT-" + YEAR + "-000002"))
                .andExpect(jsonPath("$.title").value("Support"))
                .andExpect(jsonPath("$.currency").value("CNY"));
        String other = newTenant();
        UUID elsewhere = wonOpportunity(other, "sales1", knownCustomer(other, "sales1"), "\"amount\":5");
        create(other, "sales1", "crm-sales", "{\"opportunityId\":\"" + elsewhere + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("HT-" + YEAR + "-000001"));

        JsonNode event = events(created.get("id").asString(), ContractEvents.CREATED, 1)
                .getFirst()
                .get("data");
        assertThat(event.get("number").asString()).isEqualTo("HT-" + YEAR + "-000001");
        assertThat(event.get("status").asString()).isEqualTo("DRAFT");
        assertThat(event.get("customerDeal").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(new BigDecimal(event.get("amount").asString())).isEqualByComparingTo("12404.50");
    }

    @Test
    void onlyAWonOpportunityWithoutALiveContractMakesOne() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        UUID open = opportunity(tenant, "sales1", customer, "\"amount\":100");

        create(tenant, "sales1", "crm-sales", "{\"opportunityId\":\"" + open + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.reason").value("OPPORTUNITY_NOT_WON"));
        create(tenant, "sales2", "crm-sales", "{\"opportunityId\":\"" + open + "\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("OPPORTUNITY_NOT_FOUND"));

        UUID won = wonOpportunity(tenant, "sales1", customer, "\"amount\":100");
        UUID first = id(create(tenant, "sales1", "crm-sales", "{\"opportunityId\":\"" + won + "\"}")
                .andExpect(status().isCreated()));
        create(tenant, "sales1", "crm-sales", "{\"opportunityId\":\"" + won + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("OPPORTUNITY_HAS_CONTRACT"));
        // Terms come from the opportunity; another customer is refused.
        create(tenant, "sales1", "crm-sales", "{\"opportunityId\":\"" + won + "\",\"amount\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
        create(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "{\"opportunityId\":\"" + won + "\",\"customerId\":\"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("customerId"));

        // Once its contract is terminated, the opportunity may make another one (with the next number).
        action(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "/api/v1/contracts/" + first + "/terminate",
                        "{\"reason\":\"wrong terms\"}")
                .andExpect(status().isOk());
        create(tenant, "sales1", "crm-sales", "{\"opportunityId\":\"" + won + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("HT-" + YEAR + "-000002"));
        assertThat(contracts(tenant)).isEqualTo(2);
    }

    @Test
    void twoConcurrentCreationsFromOneWonOpportunityGiveOneContractAndOneConflict() throws Exception {
        String tenant = newTenant();
        UUID won = wonOpportunity(tenant, "sales1", knownCustomer(tenant, "sales1"), "\"amount\":100");
        String body = "{\"opportunityId\":\"" + won + "\"}";
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<MvcResult>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return create(tenant, "sales1", "crm-sales", body).andReturn();
                }));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<MvcResult> call : calls) {
            MvcResult result = call.get();
            statuses.add(result.getResponse().getStatus());
            if (result.getResponse().getStatus() == 409) {
                assertThat(body(result).path("reason").asString()).isEqualTo("OPPORTUNITY_HAS_CONTRACT");
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(contracts(tenant)).isEqualTo(1);
    }

    @Test
    void aDirectContractSumsItsLinesExactly() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        UUID signatory = knownContact(tenant, customer);
        String line = "{\"productName\":\"Pen\",\"quantity\":3,\"unitPrice\":0.10,\"discount\":33.33}";

        JsonNode created = exact(create(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "{\"customerId\":\"" + customer + "\",\"title\":\"Pens\",\"lines\":[" + line + "," + line + ","
                                + line + "],\"signatoryContactId\":\"" + signatory + "\",\"signedAt\":\"2026-03-01\","
                                + "\"startDate\":\"2026-03-01\",\"endDate\":\"2027-02-28\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.opportunityId").doesNotExist())
                .andExpect(jsonPath("$.signatoryContactId").value(signatory.toString()))
                .andExpect(jsonPath("$.endDate").value("2027-02-28"))
                .andReturn());
        // 3 × 0.10 × 0.6667 = 0.20001 → 0.20 per line, 0.60 in all: not 0.59999… nor 0.6000
        for (JsonNode l : created.get("lines")) {
            assertThat(l.get("amount").decimalValue()).isEqualTo(new BigDecimal("0.20"));
        }
        assertThat(created.get("amount").decimalValue()).isEqualTo(new BigDecimal("0.60"));
        assertThat(jdbc.sql("SELECT amount FROM contract WHERE id = ?")
                        .param(UUID.fromString(created.get("id").asString()))
                        .query(BigDecimal.class)
                        .single())
                .isEqualTo(new BigDecimal("0.60"));

        create(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "{\"customerId\":\"" + customer + "\",\"title\":\"T\",\"amount\":99.95,"
                                + "\"currency\":\"usd\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(99.95))
                .andExpect(jsonPath("$.currency").value("USD"));
    }

    @Test
    void badInputIsRefusedWithItsFieldAndWritesNothing() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        String c = "\"customerId\":\"" + customer + "\"";

        expectField(create(tenant, "sales1", "crm-sales", "{" + c + ",\"title\":\"T\",\"amount\":1.005}"), "amount");
        expectField(create(tenant, "sales1", "crm-sales", "{" + c + ",\"title\":\"T\",\"amount\":-1}"), "amount");
        expectField(create(tenant, "sales1", "crm-sales", "{" + c + ",\"title\":\"T\"}"), "amount");
        expectField(
                create(tenant, "sales1", "crm-sales", "{" + c + ",\"title\":\"T\",\"amount\":1,\"currency\":\"XYZ\"}"),
                "currency");
        expectField(create(tenant, "sales1", "crm-sales", "{" + c + ",\"amount\":1}"), "title");
        expectField(create(tenant, "sales1", "crm-sales", "{\"title\":\"T\",\"amount\":1}"), "customerId");
        expectField(
                create(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "{" + c
                                + ",\"title\":\"T\",\"amount\":1,\"startDate\":\"2026-05-02\",\"endDate\":\"2026-05-01\"}"),
                "endDate");
        expectField(
                create(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "{" + c + ",\"title\":\"T\",\"amount\":1,\"signatoryContactId\":\"" + UUID.randomUUID()
                                + "\"}"),
                "signatoryContactId");
        expectField(
                create(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "{" + c + ",\"title\":\"T\",\"lines\":[{\"productName\":\"P\",\"quantity\":1,\"unitPrice\":5}],"
                                + "\"amount\":6}"),
                "amount");
        create(tenant, "sales1", "crm-sales", "{" + c + ",\"title\":\"T\",\"amount\":1,\"ownerId\":\"someone\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("OWNER_CHANGE_NOT_ALLOWED"));
        create(
                        tenant,
                        "admin",
                        "crm-admin",
                        "{\"customerId\":\"" + knownCustomer(tenant, null) + "\",\"title\":\"T\",\"amount\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ownerId"));
        create(tenant, "admin", "crm-admin", "{" + c + ",\"title\":\"T\",\"amount\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ownerId")); // sales1 is no active salesperson in the directory

        assertThat(contracts(tenant)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM contract_number WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isZero();
        directory.addSalesperson(tenant, "sales1");
        create(tenant, "admin", "crm-admin", "{" + c + ",\"title\":\"T\",\"amount\":1}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerId").value(idOf(tenant, "sales1")))
                .andExpect(jsonPath("$.createdBy").value(idOf(tenant, "admin")))
                .andExpect(jsonPath("$.number").value("HT-" + YEAR + "-000001"));
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    @Test
    void aContractIsSubmittedApprovedAndCompletedAndTheCustomerBecomesADeal() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        UUID won = wonOpportunity(tenant, "sales1", customer, "\"amount\":1000");
        UUID id = id(create(tenant, "sales1", "crm-sales", "{\"opportunityId\":\"" + won + "\"}"));
        String path = "/api/v1/contracts/" + id;

        action(tenant, "sales1", "crm-sales", path + "/complete", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_ACTIVE"))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        action(tenant, "admin", "crm-admin", path + "/approve", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_PENDING"));
        action(tenant, "sales1", "crm-sales", path + "/submit", "{\"comment\":\"please\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.version").value(1));
        action(tenant, "sales1", "crm-sales", path + "/submit", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_DRAFT"));
        edit(tenant, "sales1", "crm-sales", id, "{\"title\":\"New\",\"amount\":1000,\"version\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_PENDING_APPROVAL"));
        action(tenant, "admin", "crm-admin", path + "/approve", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.approvedAmount").value(1000))
                .andExpect(jsonPath("$.approvedBy").value(idOf(tenant, "admin")))
                .andExpect(jsonPath("$.approvedAt").isNotEmpty());
        action(tenant, "sales1", "crm-sales", path + "/complete", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.version").value(3));

        action(tenant, "admin", "crm-admin", path + "/terminate", "{\"reason\":\"late\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_CLOSED"));
        action(tenant, "admin", "crm-admin", path + "/complete", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_CLOSED"));
        edit(tenant, "admin", "crm-admin", id, "{\"title\":\"New\",\"amount\":1000,\"version\":3}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_CLOSED"));

        mvc.perform(get(path + "/approvals").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].action").value("SUBMITTED"))
                .andExpect(jsonPath("$[0].comment").value("please"))
                .andExpect(jsonPath("$[0].actedBy").value(idOf(tenant, "sales1")))
                .andExpect(jsonPath("$[1].action").value("APPROVED"))
                .andExpect(jsonPath("$[1].amount").value(1000))
                .andExpect(jsonPath("$[1].actedBy").value(idOf(tenant, "admin")));

        assertThat(outboxTypes(id)).containsExactly("created", "submitted", "approved", "completed");
        JsonNode submitted =
                events(id.toString(), ContractEvents.SUBMITTED, 1).getFirst().get("data");
        assertThat(submitted.get("previousStatus").asString()).isEqualTo("DRAFT");
        assertThat(submitted.get("customerDeal").get("status").asString()).isEqualTo("IN_PROGRESS");
        JsonNode approved =
                events(id.toString(), ContractEvents.APPROVED, 1).getFirst().get("data");
        assertThat(approved.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(approved.get("previousStatus").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(approved.get("changedBy").asString()).isEqualTo(idOf(tenant, "admin"));
        assertThat(new BigDecimal(approved.get("approvedAmount").asString())).isEqualByComparingTo("1000");
        assertThat(approved.get("customerDeal").get("status").asString()).isEqualTo("DEAL");
        long approvedSequence = approved.get("customerDeal").get("sequence").asLong();
        JsonNode completed =
                events(id.toString(), ContractEvents.COMPLETED, 1).getFirst().get("data");
        assertThat(completed.get("customerDeal").get("status").asString()).isEqualTo("DEAL");
        assertThat(completed.get("customerDeal").get("sequence").asLong()).isGreaterThan(approvedSequence);
        assertThat(completed.get("version").asInt()).isEqualTo(3);
    }

    @Test
    void aFirstRejectionReturnsToDraftAndARefusedAmendmentReturnsToTheApprovedTerms() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        String lines = "[{\"productName\":\"Seat\",\"quantity\":2,\"unitPrice\":500}]";
        UUID id = id(create(
                tenant,
                "sales1",
                "crm-sales",
                "{\"customerId\":\"" + customer + "\",\"title\":\"Seats\",\"lines\":" + lines + "}"));
        String path = "/api/v1/contracts/" + id;

        action(tenant, "sales1", "crm-sales", path + "/submit", null).andExpect(status().isOk());
        expectField(action(tenant, "admin", "crm-admin", path + "/reject", "{\"comment\":\" \"}"), "comment");
        action(tenant, "admin", "crm-admin", path + "/reject", "{\"comment\":\"price too low\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.amount").value(1000))
                .andExpect(jsonPath("$.approvedAmount").doesNotExist());
        action(tenant, "sales1", "crm-sales", path + "/submit", null).andExpect(status().isOk());
        action(tenant, "admin", "crm-admin", path + "/approve", "{\"comment\":\"ok\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.version").value(4));

        // An active contract's title changes without approval; its currency never.
        edit(tenant, "sales1", "crm-sales", id, "{\"title\":\"Seats 2026\",\"lines\":" + lines + ",\"version\":4}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.title").value("Seats 2026"));
        edit(
                        tenant,
                        "sales1",
                        "crm-sales",
                        id,
                        "{\"title\":\"X\",\"lines\":" + lines + ",\"currency\":\"USD\",\"version\":5}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_ACTIVE"))
                .andExpect(jsonPath("$.field").value("currency"));

        // An amount change needs a new approval; the approved amount stays in force meanwhile.
        String amended = "[{\"productName\":\"Seat\",\"quantity\":2,\"unitPrice\":600}]";
        edit(tenant, "sales1", "crm-sales", id, "{\"title\":\"Seats 2026\",\"lines\":" + amended + ",\"version\":5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.amount").value(1200))
                .andExpect(jsonPath("$.approvedAmount").value(1000));
        action(tenant, "admin", "crm-admin", path + "/reject", "{\"comment\":\"no raise\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.amount").value(1000))
                .andExpect(jsonPath("$.lines[0].unitPrice").value(500))
                .andExpect(jsonPath("$.approvedAmount").value(1000))
                .andExpect(jsonPath("$.title").value("Seats 2026"))
                .andExpect(jsonPath("$.version").value(7));

        mvc.perform(get(path + "/approvals").with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action")
                        .value(org.hamcrest.Matchers.contains(
                                "SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED", "SUBMITTED", "REJECTED")))
                .andExpect(jsonPath("$[1].comment").value("price too low"))
                .andExpect(jsonPath("$[4].amount").value(1200))
                .andExpect(jsonPath("$[4].actedBy").value(idOf(tenant, "sales1")))
                .andExpect(jsonPath("$[5].amount").value(1200))
                .andExpect(jsonPath("$[5].comment").value("no raise"));

        assertThat(outboxTypes(id))
                .containsExactly(
                        "created",
                        "submitted",
                        "rejected",
                        "submitted",
                        "approved",
                        "updated",
                        "submitted",
                        "rejected");
        List<JsonNode> rejections = events(id.toString(), ContractEvents.REJECTED, 2);
        assertThat(rejections.get(0).get("data").get("status").asString()).isEqualTo("DRAFT");
        assertThat(rejections.get(0).get("data").get("comment").asString()).isEqualTo("price too low");
        JsonNode refused = rejections.get(1).get("data");
        assertThat(refused.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(new BigDecimal(refused.get("amount").asString())).isEqualByComparingTo("1000");
        assertThat(refused.get("customerDeal").get("status").asString()).isEqualTo("DEAL");
        JsonNode resubmitted =
                events(id.toString(), ContractEvents.SUBMITTED, 3).get(2).get("data");
        assertThat(resubmitted.get("previousStatus").asString()).isEqualTo("ACTIVE");
        assertThat(new BigDecimal(resubmitted.get("amount").asString())).isEqualByComparingTo("1200");
        assertThat(new BigDecimal(resubmitted.get("approvedAmount").asString())).isEqualByComparingTo("1000");
        assertThat(resubmitted.get("customerDeal").get("status").asString())
                .as("an active contract awaiting approval of an amendment is still a deal")
                .isEqualTo("DEAL");
    }

    @Test
    void theOwnerTerminatesOnlyADraftAndAnAdminAnyOpenContract() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        UUID draft = direct(tenant, customer, "10");
        UUID active = direct(tenant, customer, "20");
        action(tenant, "sales1", "crm-sales", "/api/v1/contracts/" + active + "/submit", null);
        action(tenant, "admin", "crm-admin", "/api/v1/contracts/" + active + "/approve", null)
                .andExpect(status().isOk());

        expectField(action(tenant, "sales1", "crm-sales", "/api/v1/contracts/" + draft + "/terminate", "{}"), "reason");
        action(tenant, "sales1", "crm-sales", "/api/v1/contracts/" + draft + "/terminate", "{\"reason\":\"duplicate\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationReason").value("duplicate"));
        action(tenant, "sales1", "crm-sales", "/api/v1/contracts/" + draft + "/terminate", "{\"reason\":\"again\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_CLOSED"));
        action(tenant, "sales1", "crm-sales", "/api/v1/contracts/" + active + "/terminate", "{\"reason\":\"x\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("CONTRACT_TERMINATION_NOT_ALLOWED"));
        action(tenant, "admin", "crm-admin", "/api/v1/contracts/" + active + "/terminate", "{\"reason\":\"breach\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.approvedAmount").value(20));

        JsonNode terminated = events(active.toString(), ContractEvents.TERMINATED, 1)
                .getFirst()
                .get("data");
        assertThat(terminated.get("comment").asString()).isEqualTo("breach");
        assertThat(terminated.get("previousStatus").asString()).isEqualTo("ACTIVE");
        assertThat(terminated.get("customerDeal").get("status").asString()).isEqualTo("NONE");
    }

    @Test
    void anEditNeedsTheCurrentVersion() throws Exception {
        String tenant = newTenant();
        UUID id = direct(tenant, knownCustomer(tenant, "sales1"), "10");
        String body = "{\"title\":\"Renamed\",\"amount\":12,\"currency\":\"EUR\",\"version\":0}";

        edit(tenant, "sales1", "crm-sales", id, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Renamed"))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.version").value(1));
        edit(tenant, "sales1", "crm-sales", id, body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        expectField(edit(tenant, "sales1", "crm-sales", id, "{\"title\":\"Renamed\",\"amount\":12}"), "version");
        edit(tenant, "sales1", "crm-sales", id, "{\"title\":\"Kept\",\"amount\":12,\"version\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("EUR"));
        assertThat(outboxTypes(id)).containsExactly("created", "updated", "updated");
    }

    // ---------------------------------------------------------------------------------------------- security

    @Test
    void eachRoleReachesOnlyWhatItMay() throws Exception {
        String tenant = newTenant();
        UUID mine = direct(tenant, knownCustomer(tenant, "sales1"), "10");
        UUID theirs = direct(tenant, knownCustomer(tenant, "sales2"), "20", "sales2");
        String path = "/api/v1/contracts/" + mine;
        String edit = "{\"title\":\"X\",\"amount\":1,\"version\":0}";

        // Another salesperson: 404 for everything, and their list holds their own only.
        mvc.perform(get(path).with(as(tenant, "sales2", "crm-sales"))).andExpect(status().isNotFound());
        mvc.perform(get(path + "/approvals").with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound());
        edit(tenant, "sales2", "crm-sales", mine, edit).andExpect(status().isNotFound());
        for (String move : List.of("/submit", "/complete", "/terminate")) {
            action(tenant, "sales2", "crm-sales", path + move, "{\"reason\":\"x\"}")
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_FOUND"));
        }
        mvc.perform(get("/api/v1/contracts").with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(theirs.toString()));
        // A salesperson never approves or rejects, not even their own.
        action(tenant, "sales1", "crm-sales", path + "/submit", null).andExpect(status().isOk());
        action(tenant, "sales1", "crm-sales", path + "/approve", null).andExpect(status().isForbidden());
        action(tenant, "sales1", "crm-sales", path + "/reject", "{\"comment\":\"x\"}")
                .andExpect(status().isForbidden());

        // Finance reads the tenant's contracts and their trail, and writes nothing.
        mvc.perform(get("/api/v1/contracts").with(as(tenant, "finance", "crm-finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get(path).with(as(tenant, "finance", "crm-finance"))).andExpect(status().isOk());
        mvc.perform(get(path + "/approvals").with(as(tenant, "finance", "crm-finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        create(
                        tenant,
                        "finance",
                        "crm-finance",
                        "{\"customerId\":\"" + UUID.randomUUID() + "\",\"title\":\"T\",\"amount\":1}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        edit(tenant, "finance", "crm-finance", mine, edit).andExpect(status().isForbidden());
        for (String move : List.of("/submit", "/approve", "/reject", "/complete", "/terminate")) {
            action(tenant, "finance", "crm-finance", path + move, "{\"reason\":\"x\",\"comment\":\"x\"}")
                    .andExpect(status().isForbidden());
        }

        // Marketing: nothing at all.
        mvc.perform(get("/api/v1/contracts").with(as(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isForbidden());
        mvc.perform(get(path).with(as(tenant, "marketing", "crm-marketing"))).andExpect(status().isForbidden());
        mvc.perform(get(path + "/approvals").with(as(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isForbidden());
        create(
                        tenant,
                        "marketing",
                        "crm-marketing",
                        "{\"customerId\":\"" + UUID.randomUUID() + "\",\"title\":\"T\",\"amount\":1}")
                .andExpect(status().isForbidden());

        // Another tenant's admin: 404; no token: 401.
        String stranger = newTenant();
        mvc.perform(get(path).with(as(stranger, "admin", "crm-admin"))).andExpect(status().isNotFound());
        action(stranger, "admin", "crm-admin", path + "/approve", null).andExpect(status().isNotFound());
        edit(stranger, "admin", "crm-admin", mine, edit).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contracts").with(as(stranger, "admin", "crm-admin")))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(postJson("/api/v1/contracts", "{}")).andExpect(status().isUnauthorized());

        // Nothing above changed the contract but the owner's submission.
        mvc.perform(get(path).with(as(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.version").value(1));
    }

    // ---------------------------------------------------------------------------------------------- list

    @Test
    void listsWithFiltersSortsAndPages() throws Exception {
        String tenant = newTenant();
        directory.addSalesperson(tenant, "sales1");
        directory.addSalesperson(tenant, "sales2");
        UUID customer = knownCustomer(tenant, "sales1");
        UUID won = wonOpportunity(tenant, "sales1", customer, "\"amount\":300");
        UUID fromOpportunity = id(create(
                tenant, "sales1", "crm-sales", "{\"opportunityId\":\"" + won + "\",\"signedAt\":\"2026-02-10\"}"));
        UUID usd = id(create(
                tenant,
                "sales1",
                "crm-sales",
                "{\"customerId\":\"" + customer
                        + "\",\"title\":\"Hardware 50%_off\",\"amount\":100,\"currency\":\"USD\","
                        + "\"signedAt\":\"2026-01-15\"}"));
        UUID others = direct(tenant, knownCustomer(tenant, "sales2"), "200", "sales2");
        action(tenant, "sales1", "crm-sales", "/api/v1/contracts/" + usd + "/submit", null);

        list(tenant, "", 3, others, usd, fromOpportunity); // newest first by default
        list(tenant, "?status=PENDING_APPROVAL", 1, usd);
        list(tenant, "?ownerId=" + idOf(tenant, "sales2"), 1, others);
        list(tenant, "?customerId=" + customer + "&sort=amount,asc", 2, usd, fromOpportunity);
        list(tenant, "?opportunityId=" + won, 1, fromOpportunity);
        list(tenant, "?signedFrom=2026-02-01&signedTo=2026-02-28", 1, fromOpportunity);
        list(tenant, "?amountMin=150&amountMax=250", 1, others);
        list(tenant, "?currency=usd", 1, usd);
        list(tenant, "?keyword=50%_", 1, usd); // MockMvc encodes the template: the service gets 50%_
        list(tenant, "?keyword=50%off", 0); // % and _ are the user's text, not wildcards
        list(tenant, "?keyword=-000003", 1, others);
        list(tenant, "?sort=number,asc&size=2&page=1", 3, others);
        list(tenant, "?sort=signedAt,asc&size=2", 3, usd, fromOpportunity);

        for (String bad : List.of(
                "?status=OPEN",
                "?sort=title,asc",
                "?amountMin=5&amountMax=1",
                "?signedFrom=2026-03-01&signedTo=2026-02-01",
                "?signedFrom=yesterday",
                "?currency=ZZZ")) {
            mvc.perform(get("/api/v1/contracts" + bad).with(as(tenant, "admin", "crm-admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").isNotEmpty());
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void list(String tenant, String query, int total, UUID... ids) throws Exception {
        var result = mvc.perform(get("/api/v1/contracts" + query).with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(total))
                .andExpect(jsonPath("$.items.length()").value(ids.length));
        for (int i = 0; i < ids.length; i++) {
            result.andExpect(jsonPath("$.items[" + i + "].id").value(ids[i].toString()));
        }
    }

    private UUID opportunity(String tenant, String owner, UUID customer, String terms) throws Exception {
        return id(mvc.perform(postJson(
                                "/api/v1/opportunities",
                                "{\"customerId\":\"" + customer + "\",\"name\":\"Deal " + customer + "\"," + terms
                                        + "}")
                        .with(as(tenant, owner, "crm-sales")))
                .andExpect(status().isCreated()));
    }

    private UUID wonOpportunity(String tenant, String owner, UUID customer, String terms) throws Exception {
        UUID id = opportunity(tenant, owner, customer, terms);
        mvc.perform(postJson("/api/v1/opportunities/" + id + "/stage", "{\"stage\":\"WON\"}")
                        .with(as(tenant, owner, "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WON"));
        return id;
    }

    private UUID direct(String tenant, UUID customer, String amount) throws Exception {
        return direct(tenant, customer, amount, "sales1");
    }

    private UUID direct(String tenant, UUID customer, String amount, String owner) throws Exception {
        return id(create(
                        tenant,
                        owner,
                        "crm-sales",
                        "{\"customerId\":\"" + customer + "\",\"title\":\"Contract " + amount + "\",\"amount\":"
                                + amount + "}")
                .andExpect(status().isCreated()));
    }

    private ResultActions create(String tenant, String username, String role, String body) throws Exception {
        return mvc.perform(postJson("/api/v1/contracts", body).with(as(tenant, username, role)));
    }

    private ResultActions action(String tenant, String username, String role, String path, String body)
            throws Exception {
        var request = post(path).with(as(tenant, username, role));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private ResultActions edit(String tenant, String username, String role, UUID id, String body) throws Exception {
        return mvc.perform(put("/api/v1/contracts/" + id)
                .with(as(tenant, username, role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static void expectField(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value(field));
    }

    private UUID id(ResultActions result) throws Exception {
        return UUID.fromString(body(result.andReturn()).get("id").asString());
    }

    private static JsonNode exact(MvcResult result) throws Exception {
        return EXACT.readTree(result.getResponse().getContentAsString());
    }

    private long contracts(String tenant) {
        return jdbc.sql("SELECT count(*) FROM contract WHERE tenant = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    /** The contract's event types in the order they were written (the outbox keeps them after sending). */
    private List<String> outboxTypes(UUID id) {
        return jdbc
                .sql("SELECT type FROM outbox_event WHERE aggregateid = ? ORDER BY position")
                .param(id.toString())
                .query(String.class)
                .list()
                .stream()
                .map(type -> type.replace("com.crmplatform.contract.", "").replace(".v1", ""))
                .toList();
    }
}
