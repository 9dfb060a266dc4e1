package com.crmplatform.dealservice.pipeline.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT /api/v1/pipeline-stages/loss-reasons}: the tenant's labels for built-in reasons and its own reasons.
 * Built-in reasons stay whether sent or not.
 */
record UpdateLossReasonsRequest(@NotNull @Size(max = 50) List<@NotNull @Valid Reason> lossReasons) {

    Map<String, String> toLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        lossReasons.forEach(r -> labels.put(r.code(), r.label().strip()));
        return labels;
    }

    record Reason(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be 2-32 upper-case letters, digits, _")
            String code,

            @NotBlank @Size(max = 100) String label) {}
}
