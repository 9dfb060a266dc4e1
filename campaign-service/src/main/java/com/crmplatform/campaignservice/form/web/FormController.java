package com.crmplatform.campaignservice.form.web;

import com.crmplatform.campaignservice.form.domain.FormService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's capture form: admins and marketing edit it, everyone who reads campaigns reads it. */
@RestController
@RequestMapping("/api/v1/campaigns/{id}/form")
class FormController {

    private final FormService forms;

    FormController(FormService forms) {
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing', 'crm-sales', 'crm-finance')")
    FormResponse get(@PathVariable UUID id, @RequestParam(required = false) @Min(1) Integer version, CurrentUser user) {
        return FormResponse.from(forms.get(id, version, user));
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing')")
    FormResponse save(@PathVariable UUID id, @Valid @RequestBody FormRequest request, CurrentUser user) {
        return FormResponse.from(forms.save(id, request.toDrafts(), user));
    }
}
