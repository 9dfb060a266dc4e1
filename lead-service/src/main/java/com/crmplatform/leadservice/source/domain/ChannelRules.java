package com.crmplatform.leadservice.source.domain;

import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.contracts.lead.LeadSource;
import java.util.Map;
import java.util.Optional;

/**
 * Which source a lead gets from the {@code source} and {@code channel} it was given, against the tenant's active
 * channels: a channel must be one of them; without a source the lead gets the channel's, with one they must agree;
 * without a channel the source is required.
 */
public final class ChannelRules {

    private ChannelRules() {}

    /**
     * The lead's source, or the violation (field {@code channel}, or {@code source} when neither was given).
     *
     * @param usable the channels the lead may get, by code (the tenant's active ones, and a lead's current one)
     */
    public static Resolution resolve(LeadSource source, String channel, Map<String, SourceChannel> usable) {
        if (channel == null) {
            return source == null
                    ? Resolution.refused(
                            new FieldViolation("source", "NotNull", "is required unless a channel is given"))
                    : Resolution.of(source);
        }
        SourceChannel known = usable.get(channel);
        if (known == null) {
            return Resolution.refused(new FieldViolation(
                    "channel", "ActiveChannel", "'" + channel + "' is not an active source channel of your tenant"));
        }
        if (source != null && source != known.source()) {
            return Resolution.refused(new FieldViolation(
                    "channel",
                    "SourceMismatch",
                    "channel " + channel + " belongs under source " + known.source() + ", not " + source));
        }
        return Resolution.of(known.source());
    }

    /** A source, or why there is none. */
    public record Resolution(LeadSource source, FieldViolation violation) {

        static Resolution of(LeadSource source) {
            return new Resolution(source, null);
        }

        static Resolution refused(FieldViolation violation) {
            return new Resolution(null, violation);
        }

        public Optional<FieldViolation> refusal() {
            return Optional.ofNullable(violation);
        }
    }
}
