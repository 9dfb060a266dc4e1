package com.crmplatform.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
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

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(GatewayProperties properties) {
        TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom()
                .timeoutDuration(properties.backendTimeout())
                .cancelRunningFuture(true)
                .build();
        CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .permittedNumberOfCallsInHalfOpenState(3)
                .build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(timeLimiter)
                .circuitBreakerConfig(circuitBreaker)
                .build());
    }
}
