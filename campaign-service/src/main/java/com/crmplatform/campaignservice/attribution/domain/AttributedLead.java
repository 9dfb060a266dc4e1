package com.crmplatform.campaignservice.attribution.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.time.Instant;
import java.util.UUID;

/** A lead counted for marketing: which channel and which campaign (if any) brought it. */
public record AttributedLead(String tenant, UUID leadId, LeadSource source, UUID campaignId, Instant capturedAt) {}
