package com.crmplatform.dealservice.contract.web;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import com.crmplatform.dealservice.lineitem.domain.Money;
import com.crmplatform.dealservice.lineitem.web.LineItemRequest;
import java.util.List;

/** What the contract requests share: blank text is left out, a given currency is checked, lines are converted. */
final class ContractRequests {

    private ContractRequests() {}

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The ISO 4217 code upper-cased (400 on {@code currency} otherwise), or null when none was given. */
    static String currency(String code) {
        return text(code) == null ? null : Money.currency(code, "currency");
    }

    static List<LineItem> lines(List<LineItemRequest> lines) {
        return lines == null
                ? List.of()
                : lines.stream().map(LineItemRequest::toLineItem).toList();
    }
}
