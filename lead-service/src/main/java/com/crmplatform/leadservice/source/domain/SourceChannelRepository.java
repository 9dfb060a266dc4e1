package com.crmplatform.leadservice.source.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenants' source channels. */
public interface SourceChannelRepository {

    /** The tenant's channels, by code. */
    List<SourceChannel> findAll(String tenant);

    Optional<SourceChannel> find(String tenant, String code);

    /** Adds the channel; false (and nothing written) when the tenant already has its code. */
    boolean insert(String tenant, SourceChannel channel, String createdBy, Instant createdAt);

    /** Replaces the label, source and active flag; false when the tenant has no such code. */
    boolean update(String tenant, SourceChannel channel, Instant updatedAt);
}
