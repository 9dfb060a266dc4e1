package com.crmplatform.billingservice.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.BillingServiceIT;
import com.crmplatform.contracts.billing.PaymentEvents;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** A request repeated with the same {@code Idempotency-Key} never records a payment twice. */
class IdempotencyIT extends BillingServiceIT {

    @Test
    void aRepeatAnswersTheFirstPaymentAgainAndRecordsNothing() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "100.00");
        String key = UUID.randomUUID().toString();

        JsonNode first = body(mvc.perform(keyed(payment(contract, "40.00", ""), key, tenant))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andReturn());
        String id = first.get("id").asString();
        confirm(tenant, id);
        // The same request again (a client retrying after a lost answer), even written differently: the same payment.
        mvc.perform(keyed(payment(contract, "40.0", "").replace("\"CNY\"", "\"cny\""), key, tenant))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", "/api/v1/payments/" + id))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.amount").value(40.00))
                .andExpect(jsonPath("$.status").value("CONFIRMED"));

        assertThat(count("SELECT count(*) FROM payment WHERE tenant = ?", tenant))
                .isEqualTo(1);
        assertThat(published(id, PaymentEvents.RECORDED)).hasSize(1);
    }

    @Test
    void theSameKeyForAnotherPaymentIsRefused() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "100.00");
        String key = UUID.randomUUID().toString();
        String id = body(mvc.perform(keyed(payment(contract, "40.00", ""), key, tenant))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();

        mvc.perform(keyed(payment(contract, "41.00", ""), key, tenant))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("IDEMPOTENCY_KEY_REUSED"))
                .andExpect(jsonPath("$.paymentId").value(id));
        mvc.perform(keyed(payment(contract, "40.00", "").replace("BANK-1", "BANK-2"), key, tenant))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("IDEMPOTENCY_KEY_REUSED"));
        assertThat(count("SELECT count(*) FROM payment WHERE tenant = ?", tenant))
                .isEqualTo(1);
    }

    @Test
    void keysBelongToTheirUserAndARefusedRequestLeavesTheKeyFree() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "100.00");
        String key = UUID.randomUUID().toString();

        mvc.perform(keyed(payment(contract, "150.00", ""), key, tenant))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("OVER_COLLECTION"));
        mvc.perform(keyed(payment(contract, "50.00", ""), key, tenant)).andExpect(status().isCreated());
        // Finance happens to use the same key: another user's key, another payment.
        mvc.perform(postJson(PAYMENTS, payment(contract, "50.00", ""))
                        .header("Idempotency-Key", key)
                        .with(finance(tenant)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"));
        assertThat(count("SELECT count(*) FROM payment WHERE tenant = ?", tenant))
                .isEqualTo(2);
    }

    private MockHttpServletRequestBuilder keyed(String body, String key, String tenant) {
        return postJson(PAYMENTS, body).header("Idempotency-Key", key).with(as(tenant, "sales1", "crm-sales"));
    }
}
