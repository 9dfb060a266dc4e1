package com.crmplatform.billingservice.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.BillingServiceIT;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;

/**
 * The ledger holds: the database itself refuses to edit or delete payments, entries and allocations, and money adds
 * up to the cent however many small amounts make it.
 */
class LedgerIT extends BillingServiceIT {

    @Test
    void theDatabaseRefusesToEditOrDeleteTheLedger() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        putPlan(tenant, contract);
        String id = record(tenant, contract, "100.00").get("id").asString();
        confirm(tenant, id);

        String[] refused = {
            "UPDATE payment SET amount = 1 WHERE id = CAST(:id AS UUID)",
            "UPDATE payment SET received_at = received_at - 1 WHERE id = CAST(:id AS UUID)",
            "UPDATE payment SET contract_id = gen_random_uuid() WHERE id = CAST(:id AS UUID)",
            "UPDATE payment SET status = 'RECORDED', confirmed_by = NULL, confirmed_at = NULL WHERE id = CAST(:id AS UUID)",
            "UPDATE payment SET confirmed_by = 'someone else' WHERE id = CAST(:id AS UUID)",
            "DELETE FROM payment WHERE id = CAST(:id AS UUID)",
            "UPDATE payment_entry SET amount = 1 WHERE payment_id = CAST(:id AS UUID)",
            "DELETE FROM payment_entry WHERE payment_id = CAST(:id AS UUID)",
            "UPDATE payment_allocation SET amount = 1 WHERE payment_id = CAST(:id AS UUID)",
            "DELETE FROM payment_allocation WHERE payment_id = CAST(:id AS UUID)",
            "TRUNCATE payment_entry",
            "TRUNCATE payment_allocation",
            "TRUNCATE payment CASCADE",
        };
        for (String sql : refused) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("id", id).update())
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("payment");
        }
        mvc.perform(get(PAYMENTS + "/" + id).with(finance(tenant)))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.amount").value(100.00))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.allocations[0].amount").value(100.00));
        // The one change a payment allows: a step forward in its life, once.
        assertThat(jdbc.sql("UPDATE payment SET status = 'REVERSED', reversed_by = 'x', reversed_at = now(),"
                                + " reversal_reason = 'test' WHERE id = CAST(:id AS UUID)")
                        .param("id", id)
                        .update())
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE payment SET reversal_reason = 'other' WHERE id = CAST(:id AS UUID)")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aThousandCentsAndAThousandDimesAddUpExactly() throws Exception {
        String tenant = newTenant();
        UUID cents = activeContract(tenant, "sales1", "10.00");
        UUID dimes = activeContract(tenant, "sales1", "333.10");
        String[] mix = {"0.10", "0.20", "0.70"};
        for (int i = 0; i < 1000; i++) {
            confirm(tenant, record(tenant, cents, "0.01").get("id").asString());
            confirm(tenant, record(tenant, dimes, mix[i % 3]).get("id").asString());
        }

        // The raw JSON text, not a double: 1,000 × 0.01 summed in binary floating point is 9.999999999999831.
        assertThat(planJson(tenant, cents)).contains("\"collected\":10.00,").contains("\"outstanding\":0.00,");
        assertThat(planJson(tenant, dimes)).contains("\"collected\":333.10,").contains("\"outstanding\":0.00,");
        double floating = 0;
        for (int i = 0; i < 1000; i++) {
            floating += Double.parseDouble(mix[i % 3]);
        }
        assertThat(BigDecimal.valueOf(floating)).isNotEqualByComparingTo("333.10");
        assertThat(jdbc.sql("SELECT sum(amount) FROM payment_entry e WHERE e.tenant = ? AND kind = 'CONFIRMED'")
                        .param(tenant)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("343.10");
        mvc.perform(postJson(PAYMENTS, payment(cents, "0.01", "")).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("OVER_COLLECTION"));
    }

    private String planJson(String tenant, UUID contract) throws Exception {
        return mvc.perform(get(planPath(contract)).with(finance(tenant)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void putPlan(String tenant, UUID contract) throws Exception {
        JsonNode plan = body(mvc.perform(putJson(
                                planPath(contract),
                                "{\"version\":0,\"installments\":[{\"dueDate\":\"" + today() + "\",\"amount\":500}]}")
                        .with(finance(tenant)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(plan.get("version").asInt()).isEqualTo(1);
    }
}
