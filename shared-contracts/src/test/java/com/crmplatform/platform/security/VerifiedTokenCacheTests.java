package com.crmplatform.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A verified token is reused until its exp, never after, and never without one. */
class VerifiedTokenCacheTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aTokenIsVerifiedOnceUntilItExpires() {
        AtomicInteger verifications = new AtomicInteger();
        JwtDecoder verifying = token -> {
            verifications.incrementAndGet();
            return jwt(NOW.plusSeconds(300));
        };
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifying, new VerifiedTokenCache(10, clockAt(NOW)));

        decoder.decode("token-a");
        decoder.decode("token-a");
        decoder.decode("token-b");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredTokenIsVerifiedAgain() {
        VerifiedTokenCache atExpiry = new VerifiedTokenCache(10, clockAt(NOW.plusSeconds(300)));
        atExpiry.put("token", jwt(NOW.plusSeconds(300)));

        assertThat(atExpiry.get("token")).isNull();
        assertThat(atExpiry.size()).isZero();
    }

    @Test
    void aTokenWithoutExpiryIsNeverKept() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10, clockAt(NOW));
        cache.put("token", jwt(null));

        assertThat(cache.get("token")).isNull();
    }

    @Test
    void aFullCacheStaysWithinItsBound() {
        VerifiedTokenCache cache = new VerifiedTokenCache(3, clockAt(NOW));
        for (int i = 0; i < 10; i++) {
            cache.put("token-" + i, jwt(NOW.plusSeconds(300)));
        }

        assertThat(cache.size()).isLessThanOrEqualTo(3);
        assertThat(cache.get("token-9")).isNotNull();
    }

    private static Jwt jwt(Instant expiresAt) {
        Jwt.Builder builder = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("user")
                .issuedAt(NOW.minusSeconds(10));
        return expiresAt == null
                ? builder.build()
                : builder.expiresAt(expiresAt).build();
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
