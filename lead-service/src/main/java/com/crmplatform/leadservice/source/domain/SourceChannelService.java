package com.crmplatform.leadservice.source.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's source catalogue: reading it, and (admins; the controller checks the role) extending it. */
@Service
public class SourceChannelService {

    private final SourceChannelRepository channels;
    private final Clock clock;

    SourceChannelService(SourceChannelRepository channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SourceCatalogue catalogue(CurrentUser user) {
        return SourceCatalogue.of(channels.findAll(user.tenant()));
    }

    /**
     * Adds a channel: 400 with {@code field: code} for a built-in source's name, 409 {@code SOURCE_CHANNEL_EXISTS}
     * when the tenant already has the code (active or not: codes are never reused, leads keep theirs).
     */
    @Transactional
    public SourceChannel create(SourceChannel channel, CurrentUser admin) {
        if (Arrays.stream(LeadSource.values()).anyMatch(source -> source.name().equals(channel.code()))) {
            throw new InvalidRequestException(
                    "code", "BuiltInSource", "code must not be the name of a built-in source");
        }
        if (!channels.insert(admin.tenant(), channel, admin.id(), clock.instant())) {
            throw new ConflictException(
                    "SOURCE_CHANNEL_EXISTS",
                    "Your tenant already has a source channel " + channel.code(),
                    Map.of("code", channel.code()));
        }
        return channel;
    }

    /** Replaces a channel's label, source and active flag; 404 for a code the tenant does not have. */
    @Transactional
    public SourceChannel update(SourceChannel channel, CurrentUser admin) {
        if (!channels.update(admin.tenant(), channel, clock.instant())) {
            throw new CrmException(
                    ErrorCode.NOT_FOUND,
                    "SOURCE_CHANNEL_NOT_FOUND",
                    "Source channel " + channel.code() + " was not found");
        }
        return channel;
    }

    /**
     * The source a lead gets when given this {@code source} and {@code channel} (see {@link ChannelRules}); 400
     * {@code VALIDATION_FAILED} with {@code field: channel} (or {@code source}) otherwise.
     *
     * @param currentChannel the lead's channel before an edit (null for a new lead): keeping it is allowed even
     *     once it was deactivated, so a lead of a retired channel can still be edited
     */
    @Transactional(readOnly = true)
    public LeadSource sourceFor(String tenant, LeadSource source, String channel, String currentChannel) {
        Map<String, SourceChannel> usable = channel == null
                ? Map.of()
                : channels.find(tenant, channel)
                        .filter(found -> found.active() || channel.equals(currentChannel))
                        .map(found -> Map.of(found.code(), found))
                        .orElse(Map.of());
        ChannelRules.Resolution resolution = ChannelRules.resolve(source, channel, usable);
        resolution.refusal().ifPresent(violation -> {
            throw new InvalidRequestException(violation.field(), violation.code(), violation.message());
        });
        return resolution.source();
    }

    /** The tenant's active channels by code, read once for a whole import. */
    @Transactional(readOnly = true)
    public Map<String, SourceChannel> activeChannels(String tenant) {
        return channels.findAll(tenant).stream()
                .filter(SourceChannel::active)
                .collect(Collectors.toMap(SourceChannel::code, channel -> channel));
    }
}
