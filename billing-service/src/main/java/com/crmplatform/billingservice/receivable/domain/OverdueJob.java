package com.crmplatform.billingservice.receivable.domain;

import com.crmplatform.billingservice.calendar.domain.BusinessCalendar;
import com.crmplatform.contracts.billing.ReceivableEvents;
import com.crmplatform.platform.outbox.Outbox;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily overdue job: announces each installment that passed its due date not fully paid, once per installment and
 * due date ({@code installment-overdue} event, for reminders). An installment of an ACTIVE contract is overdue the day
 * after its due date while confirmed payments leave part of it unpaid and the contract is not fully collected.
 * One batch per transaction; the installment stores the due date it was announced for in the same transaction as the
 * event, and several instances share the work with {@code SKIP LOCKED}.
 */
@Component
public class OverdueJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final OverdueRepository overdue;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final OverdueProperties properties;
    private final BusinessCalendar calendar;

    OverdueJob(
            OverdueRepository overdue,
            Outbox outbox,
            TransactionTemplate transaction,
            OverdueProperties properties,
            BusinessCalendar calendar) {
        this.overdue = overdue;
        this.outbox = outbox;
        this.transaction = transaction;
        this.properties = properties;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${crm.billing.overdue.cron:0 15 0 * * *}", zone = "${crm.billing.time-zone:Asia/Shanghai}")
    void scheduled() {
        int announced = run(calendar.today());
        if (announced > 0) {
            log.info("Announced {} newly overdue installments", announced);
        }
    }

    /** Announces what is newly overdue on {@code today}; answers how many installments. */
    public int run(LocalDate today) {
        int total = 0;
        int done;
        do {
            Integer count = transaction.execute(status -> batch(today));
            done = count == null ? 0 : count;
            total += done;
        } while (done == properties.batchSize());
        return total;
    }

    private int batch(LocalDate today) {
        List<NewlyOverdue> due = overdue.markNewlyOverdue(today, properties.batchSize());
        for (NewlyOverdue d : due) {
            outbox.publish(ReceivableEvents.INSTALLMENT_OVERDUE, d.event().contractId(), d.tenant(), d.event());
        }
        return due.size();
    }
}
