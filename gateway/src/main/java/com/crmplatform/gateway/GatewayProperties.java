package com.crmplatform.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's own settings ({@code crm.gateway.*}).
 *
 * @param cors who may call the API from a browser
 * @param publicRateLimit the token bucket that guards the public campaign forms
 * @param backendTimeout how long a service may take before the caller gets 503 (imports can be slow)
 * @param bulkTimeout the same for the bulk routes (CSV imports, a campaign's sync)
 * @param maxConcurrentCallsPerService calls the gateway lets wait on one service at once; over it, 503 at once
 * @param requestLimits the largest request line and body the gateway passes on
 * @param console where the web console served at {@code /} logs its users in
 */
@ConfigurationProperties("crm.gateway")
record GatewayProperties(
        @DefaultValue Cors cors,
        @DefaultValue PublicRateLimit publicRateLimit,
        @DefaultValue("10s") Duration backendTimeout,
        @DefaultValue("120s") Duration bulkTimeout,
        @DefaultValue("512") int maxConcurrentCallsPerService,
        @DefaultValue RequestLimits requestLimits,
        @DefaultValue Console console) {

    /**
     * What the web console reads from {@code /console-config.json}: the Keycloak it logs in with.
     *
     * @param keycloakUrl Keycloak's base URL as the browser reaches it (also allowed by the console's CSP)
     * @param realm the realm
     * @param clientId the public client (authorization code + PKCE)
     */
    record Console(
            @DefaultValue("http://127.0.0.1:8180") String keycloakUrl,
            @DefaultValue("crm") String realm,
            @DefaultValue("crm-console") String clientId) {}

    /**
     * @param maxUriLength the longest path and query, in characters (the services' Tomcat refuses request heads over
     *     8 KB, token included)
     * @param maxBodySize the largest declared {@code Content-Length} of an API call
     * @param maxUploadSize the same for the bulk uploads (CSV imports)
     */
    record RequestLimits(
            @DefaultValue("4096") int maxUriLength,
            @DefaultValue("1MB") DataSize maxBodySize,
            @DefaultValue("12MB") DataSize maxUploadSize) {}

    /**
     * @param allowedOrigins origins of the front ends (exact matches, no wildcards)
     * @param maxAge how long a browser may cache a preflight answer
     */
    record Cors(
            @DefaultValue({"http://localhost:3000", "http://127.0.0.1:3000"})
            List<String> allowedOrigins,

            @DefaultValue("1h") Duration maxAge) {}

    /**
     * A token bucket per client IP: {@code capacity} requests at once, then {@code refillTokens} more every
     * {@code refillPeriod}.
     *
     * @param capacity the burst size (bucket size)
     * @param refillTokens tokens added every {@code refillPeriod}
     * @param refillPeriod the refill period
     * @param maxTrackedClients above this many buckets, idle (full) buckets are dropped
     * @param trustedProxyHops 0 = key on the TCP peer address; n = trust the last n {@code X-Forwarded-For} hops
     */
    record PublicRateLimit(
            @DefaultValue("20") int capacity,
            @DefaultValue("10") int refillTokens,
            @DefaultValue("1s") Duration refillPeriod,
            @DefaultValue("10000") int maxTrackedClients,
            @DefaultValue("0") int trustedProxyHops) {

        PublicRateLimit {
            if (capacity < 1 || refillTokens < 1 || refillPeriod.isNegative() || refillPeriod.isZero()) {
                throw new IllegalArgumentException(
                        "crm.gateway.public-rate-limit needs capacity >= 1, refill-tokens >= 1 and a positive refill-period");
            }
        }
    }
}
