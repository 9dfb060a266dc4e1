package com.crmplatform.campaignservice.campaign.web;

import com.crmplatform.platform.error.InvalidRequestException;

/** The version a client read, for optimistic locking: {@code version} in the body, else {@code If-Match: "3"}. */
final class Versions {

    private Versions() {}

    static int expected(Integer bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidRequestException(
                    "version", "NotNull", "the version you read is required (body 'version' or If-Match header)");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            int version = Integer.parseInt(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InvalidRequestException("If-Match", "InvalidFormat", "If-Match must be a version such as \"3\"");
    }
}
