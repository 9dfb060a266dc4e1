package com.crmplatform.billingservice.payment.domain;

/** How the money arrived. */
public enum PaymentMethod {
    BANK_TRANSFER,
    CASH,
    CHECK,
    ALIPAY,
    WECHAT_PAY,
    OTHER
}
