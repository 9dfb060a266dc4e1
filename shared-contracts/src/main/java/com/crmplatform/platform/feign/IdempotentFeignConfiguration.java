package com.crmplatform.platform.feign;

import feign.Retryer;
import org.springframework.context.annotation.Bean;

/**
 * Opt-in for Feign clients whose calls are idempotent (reads, or writes keyed by an idempotency key):
 * {@code @FeignClient(configuration = IdempotentFeignConfiguration.class)}. A call that failed on the network
 * (connect refused, timeout) is retried up to three times with backoff, inside the circuit breaker.
 */
public class IdempotentFeignConfiguration {

    @Bean
    Retryer idempotentRetryer() {
        return new Retryer.Default(100, 1000, 3);
    }
}
