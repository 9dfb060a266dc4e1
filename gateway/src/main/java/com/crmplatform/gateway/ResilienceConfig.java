package com.crmplatform.gateway;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defaults for every route's circuit breaker. Resilience4j's own time limit is 1 s, far too short for imports,
 * so it is set from {@code crm.gateway.backend-timeout}. Only exceptions (refused connection, timeout) count as
 * failures: a 4xx or 5xx answered by a service is passed through and does not trip the breaker.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfig {

    /** Circuit breakers whose calls are bulk uploads: they get {@code crm.gateway.bulk-timeout}. */
    static final String[] BULK_ROUTES = {"lead-import", "campaign-bulk"};

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(GatewayProperties properties) {
        CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .permittedNumberOfCallsInHalfOpenState(3)
                // A client's oversized chunked body is no failure of the service (else clients could open it).
                .ignoreException(e -> BodyTooLargeException.in(e) != null)
                .build();
        return factory -> {
            factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                    .timeLimiterConfig(timeLimit(properties.backendTimeout()))
                    .circuitBreakerConfig(circuitBreaker)
                    .build());
            factory.configure(
                    builder -> builder.timeLimiterConfig(timeLimit(properties.bulkTimeout()))
                            .circuitBreakerConfig(circuitBreaker),
                    BULK_ROUTES);
        };
    }

    private static TimeLimiterConfig timeLimit(Duration timeout) {
        return TimeLimiterConfig.custom()
                .timeoutDuration(timeout)
                .cancelRunningFuture(true)
                .build();
    }

    /**
     * Spring Cloud CircuitBreaker also puts each route behind a Resilience4j bulkhead, by default 25 concurrent
     * calls: 64 clients creating leads filled it, every refused call counted as a failure and the breaker opened
     * (docs/benchmarks.md). The limit is set high enough for real load and still bounds what waits on one service.
     */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> bulkheadDefaults(GatewayProperties properties) {
        BulkheadConfig bulkhead = BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentCallsPerService())
                .maxWaitDuration(Duration.ZERO)
                .build();
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(bulkhead)
                .build());
    }
}
