package com.crmplatform.billingservice.payment.web;

import com.crmplatform.billingservice.payment.domain.PaymentMethod;
import com.crmplatform.billingservice.payment.domain.PaymentRecorder;
import com.crmplatform.billingservice.payment.domain.PaymentService;
import com.crmplatform.billingservice.payment.domain.PaymentStatus;
import com.crmplatform.billingservice.payment.domain.RecordedPayment;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments (回款): sales record them for their own contracts, finance records, confirms and reverses any of the
 * tenant's, admins read; marketing none.
 */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

    private final PaymentRecorder recorder;
    private final PaymentService payments;

    PaymentController(PaymentRecorder recorder, PaymentService payments) {
        this.recorder = recorder;
        this.payments = payments;
    }

    /** 201 with the payment; a repeat under the same {@code Idempotency-Key} answers the same payment again. */
    @PostMapping
    @PreAuthorize("hasAnyRole('crm-sales', 'crm-finance')")
    ResponseEntity<PaymentResponse> record(
            @Valid @RequestBody RecordPaymentRequest request,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean allowOverCollection,
            CurrentUser user) {
        RecordedPayment recorded = recorder.record(
                request.toNewPayment(), IdempotencyKeys.check(idempotencyKey), allowOverCollection, user);
        return ResponseEntity.created(
                        URI.create("/api/v1/payments/" + recorded.payment().id()))
                .header(IdempotencyKeys.REPLAYED_HEADER, String.valueOf(recorded.replayed()))
                .body(PaymentResponse.from(recorded.payment()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-finance')")
    PaymentDetailResponse get(@PathVariable UUID id, CurrentUser user) {
        return PaymentDetailResponse.from(payments.details(id, user));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-finance')")
    PageResponse<PaymentResponse> list(
            @RequestParam(required = false) UUID contractId,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) PaymentStatus status,
            @RequestParam(required = false) PaymentMethod method,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
            @RequestParam(required = false) @Digits(integer = 17, fraction = 2) BigDecimal amountMin,
            @RequestParam(required = false) @Digits(integer = 17, fraction = 2) BigDecimal amountMax,
            @Sortable(
                            value = {"receivedAt", "createdAt", "amount"},
                            defaultSort = "receivedAt,desc")
                    PageQuery page,
            CurrentUser user) {
        var filter = PaymentFilters.of(
                contractId, customerId, status, method, receivedFrom, receivedTo, amountMin, amountMax);
        return payments.list(filter, page, user).map(PaymentResponse::from);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasRole('crm-finance')")
    PaymentResponse confirm(@PathVariable UUID id, CurrentUser user) {
        return PaymentResponse.from(payments.confirm(id, user));
    }

    @PostMapping("/{id}/reverse")
    @PreAuthorize("hasRole('crm-finance')")
    PaymentResponse reverse(
            @PathVariable UUID id, @Valid @RequestBody ReversePaymentRequest request, CurrentUser user) {
        return PaymentResponse.from(payments.reverse(id, request.reason().strip(), user));
    }
}
