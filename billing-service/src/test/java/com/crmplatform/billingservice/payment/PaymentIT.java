package com.crmplatform.billingservice.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.BillingServiceIT;
import com.crmplatform.contracts.billing.PaymentEvents;
import com.crmplatform.contracts.billing.ReceivableEvents;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Recording, confirming (回款确认) and reversing payments, their ledger history and events, and their rules. */
class PaymentIT extends BillingServiceIT {

    @Test
    void aSalespersonRecordsFinanceConfirmsAndReversesWithTheWholeHistoryKept() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        contracts.apply(
                tenant, contract(contract, customer, idOf(tenant, "sales1"), "1000.00", "CNY", "ACTIVE", 3, campaign));

        JsonNode recorded = body(
                mvc.perform(postJson(PAYMENTS, payment(contract, "300.50", "")).with(as(tenant, "sales1", "crm-sales")))
                        .andExpect(status().isCreated())
                        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/payments/")))
                        .andExpect(jsonPath("$.status").value("RECORDED"))
                        .andExpect(jsonPath("$.amount").value(300.50))
                        .andExpect(jsonPath("$.currency").value("CNY"))
                        .andExpect(jsonPath("$.method").value("BANK_TRANSFER"))
                        .andExpect(jsonPath("$.customerId").value(customer.toString()))
                        .andExpect(jsonPath("$.recordedBy").value(idOf(tenant, "sales1")))
                        .andReturn());
        String id = recorded.get("id").asString();
        mvc.perform(get(planPath(contract)).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.collected").value(0.00))
                .andExpect(jsonPath("$.recordedUnconfirmed").value(300.50));

        mvc.perform(post(PAYMENTS + "/" + id + "/confirm").with(finance(tenant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.confirmedBy").value(idOf(tenant, "finance")));
        mvc.perform(get(planPath(contract)).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.collected").value(300.50))
                .andExpect(jsonPath("$.recordedUnconfirmed").value(0.00))
                .andExpect(jsonPath("$.outstanding").value(699.50));

        mvc.perform(postJson(PAYMENTS + "/" + id + "/reverse", "{\"reason\":\"Bank returned the transfer\"}")
                        .with(finance(tenant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVERSED"))
                .andExpect(jsonPath("$.reversalReason").value("Bank returned the transfer"));
        mvc.perform(get(planPath(contract)).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.collected").value(0.00))
                .andExpect(jsonPath("$.outstanding").value(1000.00));

        mvc.perform(get(PAYMENTS + "/" + id).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("REVERSED"))
                .andExpect(jsonPath("$.amount").value(300.50))
                .andExpect(jsonPath("$.payment").doesNotExist())
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.history[0].type").value("RECORDED"))
                .andExpect(jsonPath("$.history[0].amount").value(300.50))
                .andExpect(jsonPath("$.history[0].by").value(idOf(tenant, "sales1")))
                .andExpect(jsonPath("$.history[1].type").value("CONFIRMED"))
                .andExpect(jsonPath("$.history[1].by").value(idOf(tenant, "finance")))
                .andExpect(jsonPath("$.history[2].type").value("REVERSED"))
                .andExpect(jsonPath("$.history[2].amount").value(-300.50))
                .andExpect(jsonPath("$.history[2].reason").value("Bank returned the transfer"))
                .andExpect(jsonPath("$.history[2].at").isNotEmpty());

        JsonNode recordedEvent = published(id, PaymentEvents.RECORDED).getFirst();
        assertThat(recordedEvent.get("tenant").asString()).isEqualTo(tenant);
        JsonNode data = recordedEvent.get("data");
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("300.50");
        assertThat(data.get("contractId").asString()).isEqualTo(contract.toString());
        assertThat(data.get("customerId").asString()).isEqualTo(customer.toString());
        assertThat(data.get("sourceCampaignId").asString()).isEqualTo(campaign.toString());
        assertThat(data.get("currency").asString()).isEqualTo("CNY");
        assertThat(data.get("status").asString()).isEqualTo("RECORDED");
        assertThat(published(id, PaymentEvents.CONFIRMED))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.get("data").get("changedBy").asString()).isEqualTo(idOf(tenant, "finance")));
        JsonNode reversal = published(id, PaymentEvents.REVERSED).getFirst().get("data");
        assertThat(reversal.get("wasConfirmed").asBoolean()).isTrue();
        assertThat(reversal.get("reason").asString()).isEqualTo("Bank returned the transfer");
        assertThat(reversal.get("status").asString()).isEqualTo("REVERSED");
    }

    @Test
    void confirmedPaymentsReachingTheAmountPublishFullyPaidOnce() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "100.00");
        String first = record(tenant, contract, "60.00").get("id").asString();
        String second = record(tenant, contract, "40.00").get("id").asString();

        confirm(tenant, first);
        assertThat(published(contract.toString(), ReceivableEvents.FULLY_PAID)).isEmpty();
        confirm(tenant, second);
        // A reversal and a new confirmation reaching the amount again announce nothing new: fully paid is told once.
        mvc.perform(postJson(PAYMENTS + "/" + second + "/reverse", "{\"reason\":\"wrong contract\"}")
                        .with(finance(tenant)))
                .andExpect(status().isOk());
        confirm(tenant, record(tenant, contract, "40.00").get("id").asString());

        List<JsonNode> fullyPaid = published(contract.toString(), ReceivableEvents.FULLY_PAID);
        assertThat(fullyPaid).hasSize(1);
        JsonNode data = fullyPaid.getFirst().get("data");
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(data.get("collected").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(data.get("currency").asString()).isEqualTo("CNY");
    }

    @Test
    void overCollectionIsRefusedUnlessFinanceAllowsIt() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "100.00");
        String first = record(tenant, contract, "80.00").get("id").asString();

        mvc.perform(postJson(PAYMENTS, payment(contract, "20.01", "")).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.reason").value("OVER_COLLECTION"))
                .andExpect(jsonPath("$.remaining").value(20.00))
                .andExpect(jsonPath("$.recordedUnconfirmed").value(80.00));
        mvc.perform(postJson(PAYMENTS + "?allowOverCollection=true", payment(contract, "20.01", ""))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("OVER_COLLECTION_NOT_ALLOWED"));
        mvc.perform(postJson(PAYMENTS, payment(contract, "20.00", "")).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isCreated());
        mvc.perform(postJson(PAYMENTS + "?allowOverCollection=true", payment(contract, "5.00", ""))
                        .with(finance(tenant)))
                .andExpect(status().isCreated());

        // A reversed payment no longer counts: its room can be recorded again.
        mvc.perform(postJson(PAYMENTS + "/" + first + "/reverse", "{\"reason\":\"duplicate\"}")
                        .with(finance(tenant)))
                .andExpect(status().isOk());
        mvc.perform(postJson(PAYMENTS, payment(contract, "75.00", "")).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isCreated());
        mvc.perform(postJson(PAYMENTS, payment(contract, "0.01", "")).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("OVER_COLLECTION"));
    }

    @Test
    void aPaymentMovesOneStepAtATime() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "100.00");
        String id = record(tenant, contract, "10.00").get("id").asString();
        String reversedBeforeConfirming =
                record(tenant, contract, "10.00").get("id").asString();

        confirm(tenant, id);
        mvc.perform(post(PAYMENTS + "/" + id + "/confirm").with(finance(tenant)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("PAYMENT_ALREADY_CONFIRMED"));
        mvc.perform(postJson(PAYMENTS + "/" + id + "/reverse", "{\"reason\":\" \"}")
                        .with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(postJson(PAYMENTS + "/" + reversedBeforeConfirming + "/reverse", "{\"reason\":\"typo\"}")
                        .with(finance(tenant)))
                .andExpect(status().isOk());
        mvc.perform(postJson(PAYMENTS + "/" + reversedBeforeConfirming + "/reverse", "{\"reason\":\"typo\"}")
                        .with(finance(tenant)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("PAYMENT_ALREADY_REVERSED"));
        mvc.perform(post(PAYMENTS + "/" + reversedBeforeConfirming + "/confirm").with(finance(tenant)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("PAYMENT_REVERSED"));
        mvc.perform(get(PAYMENTS + "/" + reversedBeforeConfirming).with(finance(tenant)))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[1].type").value("REVERSED"));
        assertThat(published(reversedBeforeConfirming, PaymentEvents.REVERSED))
                .singleElement()
                .satisfies(e -> assertThat(e.get("data").get("wasConfirmed").asBoolean())
                        .isFalse());
    }

    @Test
    void refusesBadInputWithTheOffendingFieldAndWritesNothing() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "100.00");
        String ok = "\"contractId\":\"" + contract + "\",\"currency\":\"CNY\",\"method\":\"CASH\",\"receivedAt\":\""
                + today() + "\"";
        String[][] cases = {
            {"{\"currency\":\"CNY\",\"method\":\"CASH\",\"amount\":1,\"receivedAt\":\"" + today() + "\"}", "contractId"
            },
            {"{" + ok + "}", "amount"},
            {"{" + ok + ",\"amount\":0}", "amount"},
            {"{" + ok + ",\"amount\":-1}", "amount"},
            {"{" + ok + ",\"amount\":1.234}", "amount"},
            {"{" + ok + ",\"amount\":123456789012345678.00}", "amount"},
            {"{" + ok + ",\"amount\":\"ten\"}", "amount"},
            {"{" + ok.replace("\"CNY\"", "\"XYZ\"") + ",\"amount\":1}", "currency"},
            {"{" + ok.replace("\"CNY\"", "\"USD\"") + ",\"amount\":1}", "currency"},
            {"{" + ok.replace("\"CNY\"", "null") + ",\"amount\":1}", "currency"},
            {"{" + ok.replace(today().toString(), today().plusDays(1).toString()) + ",\"amount\":1}", "receivedAt"},
            {"{" + ok.replace(today().toString(), "1999-12-31") + ",\"amount\":1}", "receivedAt"},
            {"{" + ok.replace(today().toString(), "2026-13-01") + ",\"amount\":1}", "receivedAt"},
            {"{" + ok.replace("\"CASH\"", "\"BITCOIN\"") + ",\"amount\":1}", "method"},
            {"{" + ok.replace("\"CASH\"", "null") + ",\"amount\":1}", "method"},
            {"{" + ok + ",\"amount\":1,\"reference\":\"" + "x".repeat(101) + "\"}", "reference"},
            {"{" + ok + ",\"amount\":1,\"installmentIds\":[\"" + UUID.randomUUID() + "\"]}", "installmentIds"},
            {"{" + ok + ",\"amount\":1,\"installmentIds\":[\"nope\"]}", "installmentIds[0]"},
            {"{" + ok.replace(contract.toString(), "not-a-uuid") + ",\"amount\":1}", "contractId"},
        };
        for (String[] c : cases) {
            mvc.perform(postJson(PAYMENTS, c[0]).with(as(tenant, "sales1", "crm-sales")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(c[1]));
        }
        mvc.perform(postJson(PAYMENTS, "{not json").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(postJson(PAYMENTS, "{" + ok + ",\"amount\":1}")
                        .header("Idempotency-Key", "k".repeat(201))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
        mvc.perform(postJson(PAYMENTS + "?allowOverCollection=maybe", "{" + ok + ",\"amount\":1}")
                        .with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("allowOverCollection"));
        mvc.perform(get(PAYMENTS + "/not-a-uuid").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(post(PAYMENTS + "/" + UUID.randomUUID() + "/confirm").with(finance(tenant)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("PAYMENT_NOT_FOUND"));
        assertThat(count("SELECT count(*) FROM payment WHERE tenant = ?", tenant))
                .isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE tenant = ?", tenant))
                .isZero();
    }

    @Test
    void paymentsAreOnlyForActiveContractsBillingKnows() throws Exception {
        String tenant = newTenant();
        UUID draft = UUID.randomUUID();
        contracts.apply(
                tenant, contract(draft, UUID.randomUUID(), idOf(tenant, "sales1"), "10", "CNY", "DRAFT", 1, null));
        UUID terminated = UUID.randomUUID();
        contracts.apply(
                tenant,
                contract(terminated, UUID.randomUUID(), idOf(tenant, "sales1"), "10", "CNY", "TERMINATED", 5, null));

        for (UUID contract : new UUID[] {draft, terminated}) {
            mvc.perform(postJson(PAYMENTS, payment(contract, "1.00", "")).with(as(tenant, "sales1", "crm-sales")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_ACTIVE"));
        }
        mvc.perform(postJson(PAYMENTS, payment(UUID.randomUUID(), "1.00", "")).with(finance(tenant)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_FOUND"));
    }

    @Test
    void aPaymentSettlesTheInstallmentsItNamesThenTheEarliestDue() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        JsonNode plan = body(mvc.perform(putJson(planPath(contract), """
                        {"version":0,"installments":[
                          {"dueDate":"%s","amount":300},{"dueDate":"%s","amount":300},{"dueDate":"%s","amount":400}]}
                        """.formatted(
                                        today().plusDays(10), today().plusDays(20), today().plusDays(30)))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andReturn());
        String first = plan.get("installments").get(0).get("id").asString();
        String second = plan.get("installments").get(1).get("id").asString();

        JsonNode paid = body(mvc.perform(
                        postJson(PAYMENTS, payment(contract, "350.00", ",\"installmentIds\":[\"" + second + "\"]"))
                                .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.installmentIds[0]").value(second))
                .andReturn());
        confirm(tenant, paid.get("id").asString());

        mvc.perform(get(PAYMENTS + "/" + paid.get("id").asString()).with(finance(tenant)))
                .andExpect(jsonPath("$.allocations.length()").value(2))
                .andExpect(jsonPath("$.allocations[0].installmentId").value(first))
                .andExpect(jsonPath("$.allocations[0].amount").value(50.00))
                .andExpect(jsonPath("$.allocations[1].installmentId").value(second))
                .andExpect(jsonPath("$.allocations[1].amount").value(300.00));
        mvc.perform(get(planPath(contract)).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.installments[0].paid").value(50.00))
                .andExpect(jsonPath("$.installments[0].status").value("PARTIALLY_PAID"))
                .andExpect(jsonPath("$.installments[1].paid").value(300.00))
                .andExpect(jsonPath("$.installments[1].status").value("PAID"))
                .andExpect(jsonPath("$.installments[2].paid").value(0.00))
                .andExpect(jsonPath("$.installments[2].status").value("PENDING"))
                .andExpect(jsonPath("$.collected").value(350.00));
    }

    @Test
    void listsPaymentsByFilterInTheCallersScope() throws Exception {
        String tenant = newTenant();
        UUID mine = activeContract(tenant, "sales1", "1000.00");
        UUID theirs = activeContract(tenant, "sales2", "1000.00");
        String small = record(tenant, mine, "10.00").get("id").asString();
        String big = record(tenant, mine, "500.00").get("id").asString();
        confirm(tenant, big);
        mvc.perform(postJson(
                                PAYMENTS,
                                payment(theirs, "20.00", "")
                                        .replace("BANK_TRANSFER", "ALIPAY")
                                        .replace(
                                                today().toString(),
                                                today().minusDays(40).toString()))
                        .with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isCreated());

        mvc.perform(get(PAYMENTS).with(finance(tenant)))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.items[0].receivedAt").value(today().toString()));
        mvc.perform(get(PAYMENTS).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get(PAYMENTS + "?contractId=" + theirs).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(PAYMENTS + "?status=CONFIRMED").with(finance(tenant)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(big));
        mvc.perform(get(PAYMENTS + "?method=ALIPAY&contractId=" + theirs).with(as(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get(PAYMENTS + "?amountMin=5&amountMax=10.00&sort=amount,asc")
                        .with(finance(tenant)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(small));
        mvc.perform(get(PAYMENTS + "?receivedFrom=" + today().minusDays(41) + "&receivedTo=" + today().minusDays(1))
                        .with(finance(tenant)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].method").value("ALIPAY"));
        mvc.perform(get(PAYMENTS + "?customerId=" + UUID.randomUUID()).with(finance(tenant)))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(PAYMENTS + "?amountMin=10&amountMax=5").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amountMax"));
        mvc.perform(get(PAYMENTS + "?amountMin=1e400").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amountMin"));
        mvc.perform(get(PAYMENTS + "?status=LOST").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(get(PAYMENTS + "?sort=reference,asc").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sort"));
    }
}
