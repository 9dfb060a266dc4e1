package com.crmplatform.leadservice.conversion.web;

import com.crmplatform.leadservice.conversion.domain.ConversionRequest;
import com.crmplatform.leadservice.conversion.domain.ConversionService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Converting a lead into a customer (线索 → 客户). */
@RestController
class ConversionController {

    private final ConversionService conversions;

    ConversionController(ConversionService conversions) {
        this.conversions = conversions;
    }

    @PostMapping("/api/v1/leads/{id}/convert")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ConversionResponse convert(
            @PathVariable UUID id, @Valid @RequestBody(required = false) ConvertLeadRequest request, CurrentUser user) {
        ConversionRequest choices = request == null ? ConversionRequest.DEFAULTS : request.toConversionRequest();
        return ConversionResponse.from(conversions.convert(id, choices, user));
    }
}
