package com.crmplatform.leadservice.source.web;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.source.domain.SourceChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/leads/sources}: a new channel; an absent {@code source} is OTHER, an absent {@code active} true. */
record NewSourceChannelRequest(
        @NotNull @Pattern(regexp = SourceChannel.CODE_PATTERN, message = SourceChannel.CODE_MESSAGE)
        String code,

        @NotBlank @Size(max = 100) String label,
        LeadSource source,
        Boolean active) {

    SourceChannel toChannel() {
        return new SourceChannelRequest(label, source, active).toChannel(code);
    }
}
