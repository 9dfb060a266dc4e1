package com.crmplatform.billingservice.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.BillingServiceIT;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Finance's receivables on a fixed day (2026-06-15, Shanghai): per contract with filters, aging buckets at their
 * boundaries, sums by customer, owner and month, and the CSV exports.
 *
 * <pre>
 * X/sales1 CNY 1000: installments due 06-20 200 (not yet due), 06-01 300 (14 days), 04-30 100 (46), 04-01 150 (75),
 *                    02-01 50 (134, paid on 05-10); 150 unscheduled                          → OVERDUE 550
 * Z/sales1 USD  360: due 06-15 10, 06-14 20, 05-16 30, 05-15 40, 04-16 50, 04-15 60, 03-17 70, 03-16 80 → OVERDUE 350
 * Y/sales2 CNY  500: paid 200 on 05-20 and 300 on 06-01                                      → PAID
 * X/sales2 CNY  300: nothing planned, nothing paid                                           → OUTSTANDING
 * </pre>
 */
class ReceivableIT extends BillingServiceIT {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final String RECEIVABLES = "/api/v1/receivables";

    String tenant;
    UUID customerX = UUID.randomUUID();
    UUID customerY = UUID.randomUUID();
    UUID customerZ = UUID.randomUUID();
    UUID overdueCny;
    UUID overdueUsd;
    UUID paid;
    UUID untouched;

    @BeforeEach
    void fourContracts() throws Exception {
        tenant = newTenant();
        clock.setToday(TODAY);
        overdueCny = contractOf(customerX, "sales1", "1000.00", "CNY");
        overdueUsd = contractOf(customerZ, "sales1", "360.00", "USD");
        paid = contractOf(customerY, "sales2", "500.00", "CNY");
        untouched = contractOf(customerX, "sales2", "300.00", "CNY");
        plan(overdueCny, """
                {"dueDate":"2026-06-20","amount":200},{"dueDate":"2026-06-01","amount":300},
                {"dueDate":"2026-04-30","amount":100},{"dueDate":"2026-04-01","amount":150},
                {"dueDate":"2026-02-01","amount":50}""");
        plan(overdueUsd, """
                {"dueDate":"2026-06-15","amount":10},{"dueDate":"2026-06-14","amount":20},
                {"dueDate":"2026-05-16","amount":30},{"dueDate":"2026-05-15","amount":40},
                {"dueDate":"2026-04-16","amount":50},{"dueDate":"2026-04-15","amount":60},
                {"dueDate":"2026-03-17","amount":70},{"dueDate":"2026-03-16","amount":80}""");
        collect(overdueCny, "50.00", "2026-05-10");
        collect(paid, "200.00", "2026-05-20");
        collect(paid, "300.00", "2026-06-01");
    }

    @Test
    void listsEachContractsReceivableWithFilters() throws Exception {
        mvc.perform(get(RECEIVABLES).with(finance(tenant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.items[0].contractId").value(overdueCny.toString()))
                .andExpect(jsonPath("$.items[0].status").value("OVERDUE"))
                .andExpect(jsonPath("$.items[0].amount").value(1000.00))
                .andExpect(jsonPath("$.items[0].planned").value(800.00))
                .andExpect(jsonPath("$.items[0].collected").value(50.00))
                .andExpect(jsonPath("$.items[0].recordedUnconfirmed").value(0.00))
                .andExpect(jsonPath("$.items[0].outstanding").value(950.00))
                .andExpect(jsonPath("$.items[0].overdue").value(550.00))
                .andExpect(jsonPath("$.items[1].contractId").value(overdueUsd.toString()))
                .andExpect(jsonPath("$.items[1].overdue").value(350.00));
        mvc.perform(get(planPath(overdueCny)).with(finance(tenant)))
                .andExpect(jsonPath("$.overdue").value(550.00));

        expectContracts("?status=overdue", overdueCny, overdueUsd);
        expectContracts("?status=PAID", paid);
        expectContracts("?status=outstanding", untouched);
        expectContracts("?customerId=" + customerX, overdueCny, untouched);
        expectContracts("?ownerId=" + idOf(tenant, "sales2"), paid, untouched);
        expectContracts("?currency=usd", overdueUsd);
        expectContracts("?currency=CNY&status=overdue", overdueCny);
        mvc.perform(get(RECEIVABLES + "?sort=amount,asc&size=1&page=1").with(as(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.items[0].contractId").value(overdueUsd.toString()))
                .andExpect(jsonPath("$.totalElements").value(4));
        mvc.perform(get(RECEIVABLES + "?status=late").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(get(RECEIVABLES + "?currency=EURO").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("currency"));
        mvc.perform(get(RECEIVABLES + "?sort=title,asc").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sort"));
    }

    @Test
    void agesWhatIsOwedByDaysPastDuePerCurrency() throws Exception {
        mvc.perform(get(RECEIVABLES + "/aging").with(finance(tenant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-06-15"))
                .andExpect(jsonPath("$.currencies.length()").value(2))
                .andExpect(jsonPath("$.currencies[0].currency").value("CNY"))
                .andExpect(jsonPath("$.currencies[0].contracts").value(2))
                .andExpect(jsonPath("$.currencies[0].notYetDue").value(200.00))
                .andExpect(jsonPath("$.currencies[0].days1To30").value(300.00))
                .andExpect(jsonPath("$.currencies[0].days31To60").value(100.00))
                .andExpect(jsonPath("$.currencies[0].days61To90").value(150.00))
                .andExpect(jsonPath("$.currencies[0].over90Days").value(0.00))
                .andExpect(jsonPath("$.currencies[0].unscheduled").value(500.00))
                .andExpect(jsonPath("$.currencies[0].total").value(1250.00))
                .andExpect(jsonPath("$.currencies[1].currency").value("USD"))
                .andExpect(jsonPath("$.currencies[1].notYetDue").value(10.00))
                .andExpect(jsonPath("$.currencies[1].days1To30").value(50.00))
                .andExpect(jsonPath("$.currencies[1].days31To60").value(90.00))
                .andExpect(jsonPath("$.currencies[1].days61To90").value(130.00))
                .andExpect(jsonPath("$.currencies[1].over90Days").value(80.00))
                .andExpect(jsonPath("$.currencies[1].unscheduled").value(0.00))
                .andExpect(jsonPath("$.currencies[1].total").value(360.00));

        clock.setToday(TODAY.plusDays(1)); // a day later everything moves one day
        mvc.perform(get(RECEIVABLES + "/aging?currency=USD").with(finance(tenant)))
                .andExpect(jsonPath("$.currencies.length()").value(1))
                .andExpect(jsonPath("$.currencies[0].notYetDue").value(0.00))
                .andExpect(jsonPath("$.currencies[0].days1To30").value(30.00))
                .andExpect(jsonPath("$.currencies[0].days31To60").value(70.00))
                .andExpect(jsonPath("$.currencies[0].days61To90").value(110.00))
                .andExpect(jsonPath("$.currencies[0].over90Days").value(150.00));
        mvc.perform(get(RECEIVABLES + "/aging?ownerId=" + idOf(tenant, "sales2"))
                        .with(finance(tenant)))
                .andExpect(jsonPath("$.currencies[0].total").value(300.00))
                .andExpect(jsonPath("$.currencies[0].unscheduled").value(300.00));
    }

    @Test
    void sumsByCustomerOwnerAndMonth() throws Exception {
        mvc.perform(get(RECEIVABLES + "/summary?groupBy=customer&currency=CNY").with(finance(tenant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy").value("customer"))
                .andExpect(jsonPath("$.rows[?(@.key == '" + customerX + "')].contracts")
                        .value(2))
                .andExpect(jsonPath("$.rows[?(@.key == '" + customerX + "')].amount")
                        .value(1300.00))
                .andExpect(jsonPath("$.rows[?(@.key == '" + customerX + "')].collected")
                        .value(50.00))
                .andExpect(jsonPath("$.rows[?(@.key == '" + customerX + "')].outstanding")
                        .value(1250.00))
                .andExpect(jsonPath("$.rows[?(@.key == '" + customerX + "')].overdue")
                        .value(550.00))
                .andExpect(jsonPath("$.rows[?(@.key == '" + customerY + "')].collected")
                        .value(500.00))
                .andExpect(jsonPath("$.rows.length()").value(2));
        mvc.perform(get(RECEIVABLES + "/summary?groupBy=OWNER").with(as(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.rows[?(@.key == '" + idOf(tenant, "sales2") + "')].amount")
                        .value(800.00))
                .andExpect(jsonPath("$.rows[?(@.key == '" + idOf(tenant, "sales2") + "')].outstanding")
                        .value(300.00));
        mvc.perform(get(RECEIVABLES + "/summary?groupBy=month").with(finance(tenant)))
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].key").value("2026-05"))
                .andExpect(jsonPath("$.rows[0].payments").value(2))
                .andExpect(jsonPath("$.rows[0].collected").value(250.00))
                .andExpect(jsonPath("$.rows[1].key").value("2026-06"))
                .andExpect(jsonPath("$.rows[1].collected").value(300.00));
        mvc.perform(get(RECEIVABLES + "/summary?groupBy=month&from=2026-06&to=2026-06")
                        .with(finance(tenant)))
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].key").value("2026-06"));
        mvc.perform(get(RECEIVABLES + "/summary?groupBy=month&from=2026-07&to=2026-06")
                        .with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get(RECEIVABLES + "/summary?groupBy=day").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("groupBy"));
        mvc.perform(get(RECEIVABLES + "/summary").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("groupBy"));
    }

    @Test
    void exportsCsvThatASpreadsheetCannotRun() throws Exception {
        UUID tricky = UUID.randomUUID();
        var payload = contract(tricky, customerY, idOf(tenant, "sales1"), "70.00", "CNY", "ACTIVE", 2, null);
        contracts.apply(
                tenant,
                new com.crmplatform.contracts.deal.ContractChanged(
                        tricky,
                        "@SUM(A1)",
                        "=HYPERLINK(\"http://evil\",\"click\"), \"quoted\"\nnext line",
                        payload.customerId(),
                        null,
                        payload.amount(),
                        "CNY",
                        payload.approvedAmount(),
                        "ACTIVE",
                        null,
                        "-1+2",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "x",
                        payload.changedAt(),
                        2,
                        null));

        String csv =
                csv(mvc.perform(get(RECEIVABLES + "?format=csv&sort=number,asc").with(finance(tenant)))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                        .andExpect(header().string("Content-Disposition", "attachment; filename=\"receivables.csv\"")));
        List<String> lines = List.of(csv.split("\r\n", -1));
        assertThat(lines.getFirst())
                .isEqualTo("contractId,contractNumber,title,customerId,ownerId,currency,contractStatus,amount,planned,"
                        + "collected,recordedUnconfirmed,outstanding,overdue,status");
        assertThat(lines).hasSize(7); // header, five contracts, the empty rest after the last CRLF
        assertThat(csv)
                .contains(tricky
                        + ",'@SUM(A1),\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\"), \"\"quoted\"\"\nnext line\","
                        + customerY + ",'-1+2,CNY,ACTIVE,70.00,0.00,0.00,0.00,70.00,0.00,OUTSTANDING")
                .contains(overdueCny + ",HT-2026-")
                .contains(",CNY,ACTIVE,1000.00,800.00,50.00,0.00,950.00,550.00,OVERDUE");

        String byAccept = csv(
                mvc.perform(get(RECEIVABLES + "?status=paid").accept("text/csv").with(finance(tenant)))
                        .andExpect(status().isOk()));
        assertThat(byAccept.split("\r\n")).hasSize(2);
        assertThat(byAccept).contains(paid + ",").contains(",500.00,0.00,500.00,0.00,0.00,0.00,PAID");
        mvc.perform(get(RECEIVABLES + "?format=json")
                        .accept("text/csv, application/json")
                        .with(finance(tenant)))
                .andExpect(jsonPath("$.totalElements").value(5));
        mvc.perform(get(RECEIVABLES).accept("*/*").with(finance(tenant)))
                .andExpect(jsonPath("$.items").isArray());
        mvc.perform(get(RECEIVABLES + "?format=xml").with(finance(tenant)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("format"));

        String summary = csv(mvc.perform(
                        get(RECEIVABLES + "/summary?groupBy=month&format=csv").with(finance(tenant)))
                .andExpect(status().isOk())
                .andExpect(
                        header().string("Content-Disposition", "attachment; filename=\"receivables-by-month.csv\"")));
        assertThat(summary)
                .isEqualTo("key,currency,payments,collected\r\n2026-05,CNY,2,250.00\r\n2026-06,CNY,1,300.00\r\n");
        String byOwner = csv(mvc.perform(get(RECEIVABLES + "/summary?groupBy=owner&currency=USD")
                        .accept("text/csv")
                        .with(finance(tenant)))
                .andExpect(status().isOk()));
        assertThat(byOwner)
                .isEqualTo("key,currency,contracts,amount,planned,collected,recordedUnconfirmed,outstanding,overdue\r\n"
                        + idOf(tenant, "sales1") + ",USD,1,360.00,360.00,0.00,0.00,360.00,350.00\r\n");
    }

    private UUID contractOf(UUID customer, String owner, String amount, String currency) {
        UUID id = UUID.randomUUID();
        contracts.apply(tenant, contract(id, customer, idOf(tenant, owner), amount, currency, "ACTIVE", 2, null));
        return id;
    }

    private void plan(UUID contract, String installments) throws Exception {
        mvc.perform(putJson(planPath(contract), "{\"version\":0,\"installments\":[" + installments + "]}")
                        .with(finance(tenant)))
                .andExpect(status().isOk());
    }

    private void collect(UUID contract, String amount, String receivedAt) throws Exception {
        String id = body(mvc.perform(
                                postJson(PAYMENTS, payment(contract, amount, "").replace(TODAY.toString(), receivedAt))
                                        .with(finance(tenant)))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
        confirm(tenant, id);
    }

    private void expectContracts(String query, UUID... expected) throws Exception {
        String[] ids = java.util.Arrays.stream(expected).map(UUID::toString).toArray(String[]::new);
        mvc.perform(get(RECEIVABLES + query).with(finance(tenant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(expected.length))
                .andExpect(jsonPath("$.items[*].contractId", Matchers.containsInAnyOrder(ids)));
    }

    /** The CSV body without its byte-order mark (checked here). */
    private static String csv(ResultActions result) throws Exception {
        byte[] bytes = result.andReturn().getResponse().getContentAsByteArray();
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return text.substring(1);
    }
}
