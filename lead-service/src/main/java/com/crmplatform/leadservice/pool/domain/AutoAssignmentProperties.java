package com.crmplatform.leadservice.pool.domain;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.lead.auto-assignment.*}.
 *
 * @param enabledCacheTtl how long an instance remembers whether a tenant assigns automatically, so a capture in a
 *     tenant without auto-assignment costs no extra query; a change made on another instance is seen after this
 */
@ConfigurationProperties("crm.lead.auto-assignment")
@Validated
public record AutoAssignmentProperties(
        @DefaultValue("10s") @NotNull Duration enabledCacheTtl) {}
