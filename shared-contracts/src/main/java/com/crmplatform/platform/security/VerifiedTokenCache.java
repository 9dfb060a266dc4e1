package com.crmplatform.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Bearer tokens whose signature and claims were already verified, until they expire. A client sends the same
 * token for minutes, and checking its RSA signature again on every call was a tenth of the CPU a request cost in
 * the gateway and in each service (docs/benchmarks.md). Only a token that passed the full check is kept, and only
 * until its {@code exp}; a token without {@code exp} is never kept. Used by the services ({@link
 * CachingJwtDecoder}) and by the gateway's reactive decoder.
 */
public final class VerifiedTokenCache {

    /** Enough for the active users of one instance; a token is a few KB, so this stays a few MB of heap. */
    public static final int DEFAULT_MAX_ENTRIES = 1000;

    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Clock clock;

    public VerifiedTokenCache(int maxEntries, Clock clock) {
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public VerifiedTokenCache() {
        this(DEFAULT_MAX_ENTRIES, Clock.systemUTC());
    }

    /** The verified token, or null when it was never verified here or has expired since. */
    public Jwt get(String token) {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            return null;
        }
        if (expired(jwt, clock.instant())) {
            verified.remove(token, jwt);
            return null;
        }
        return jwt;
    }

    /** Remembers a token that has just passed verification. */
    public void put(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return;
        }
        if (verified.size() >= maxEntries) {
            Instant now = clock.instant();
            verified.values().removeIf(kept -> expired(kept, now));
            if (verified.size() >= maxEntries) {
                verified.clear(); // simpler than LRU, and a full cache only costs one verification per token
            }
        }
        verified.put(token, jwt);
    }

    int size() {
        return verified.size();
    }

    private static boolean expired(Jwt jwt, Instant now) {
        return !now.isBefore(jwt.getExpiresAt());
    }
}
