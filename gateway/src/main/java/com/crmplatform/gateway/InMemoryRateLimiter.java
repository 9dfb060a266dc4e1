package com.crmplatform.gateway;

import com.crmplatform.gateway.GatewayProperties.PublicRateLimit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * A token bucket per (route, key), kept in this process: no Redis needed. Each gateway instance counts on its
 * own, so with n instances a client gets up to n times the limit; fine for guarding public forms against floods.
 *
 * <p>Memory stays bounded: above {@code maxTrackedClients} buckets, full (idle) buckets are dropped since they
 * carry no state; if that is not enough (a flood from very many addresses) all buckets are reset.
 */
final class InMemoryRateLimiter implements RateLimiter<PublicRateLimit> {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    static final String BURST_CAPACITY_HEADER = "X-RateLimit-Burst-Capacity";
    static final String RETRY_AFTER_HEADER = "Retry-After";

    private final PublicRateLimit limit;
    private final LongSupplier nanoClock;
    private final double tokensPerNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    InMemoryRateLimiter(PublicRateLimit limit) {
        this(limit, System::nanoTime);
    }

    InMemoryRateLimiter(PublicRateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.tokensPerNano =
                (double) limit.refillTokens() / limit.refillPeriod().toNanos();
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        long now = nanoClock.getAsLong();
        String key = routeId + '|' + id;
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            evictIfFull(now);
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit.capacity(), now));
        }
        return Mono.just(bucket.tryConsume(now));
    }

    int trackedClients() {
        return buckets.size();
    }

    private void evictIfFull(long now) {
        if (buckets.size() < limit.maxTrackedClients()) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        if (buckets.size() >= limit.maxTrackedClients()) {
            buckets.clear();
        }
    }

    @Override
    public Map<String, PublicRateLimit> getConfig() {
        return Map.of();
    }

    @Override
    public Class<PublicRateLimit> getConfigClass() {
        return PublicRateLimit.class;
    }

    @Override
    public PublicRateLimit newConfig() {
        return limit;
    }

    private final class Bucket {

        private double tokens;
        private long lastRefill;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastRefill = now;
        }

        synchronized Response tryConsume(long now) {
            refill(now);
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(REMAINING_HEADER, Long.toString((long) tokens));
            headers.put(BURST_CAPACITY_HEADER, Integer.toString(limit.capacity()));
            if (!allowed) {
                double waitSeconds = (1 - tokens) / tokensPerNano / 1e9;
                headers.put(RETRY_AFTER_HEADER, Long.toString(Math.max(1, (long) Math.ceil(waitSeconds))));
            }
            return new Response(allowed, headers);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.capacity();
        }

        private void refill(long now) {
            long elapsed = now - lastRefill;
            if (elapsed > 0) {
                tokens = Math.min(limit.capacity(), tokens + elapsed * tokensPerNano);
                lastRefill = now;
            }
        }
    }
}
