package com.crmplatform.campaignservice.campaigntype.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenants' own campaign types (the built-in ones are not stored). */
public interface CampaignTypeRepository {

    /** The tenant's own types, by code. */
    List<CampaignType> findAll(String tenant);

    Optional<CampaignType> find(String tenant, String code);

    /** Adds the type; false (and nothing written) when the tenant already has its code. */
    boolean insert(String tenant, CampaignType type, String createdBy, Instant createdAt);

    /** Replaces the label and active flag; false when the tenant has no such code. */
    boolean update(String tenant, CampaignType type, Instant updatedAt);
}
