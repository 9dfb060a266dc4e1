package com.crmplatform.platform.feign;

import feign.Feign;
import feign.codec.ErrorDecoder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Defaults for every {@code @FeignClient}: the caller's token relayed and problem+json decoded into a typed
 * error. Timeouts, the Resilience4j circuit breaker around each client and its time limiter are set in
 * {@code crm-platform-defaults.yml}; idempotent clients opt into retries with {@code IdempotentFeignConfiguration}.
 */
@AutoConfiguration
@ConditionalOnClass(Feign.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformFeignAutoConfiguration {

    @Bean
    TokenRelayInterceptor tokenRelayInterceptor() {
        return new TokenRelayInterceptor();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorDecoder.class)
    ErrorDecoder problemErrorDecoder(JsonMapper jsonMapper) {
        return new ProblemErrorDecoder(jsonMapper);
    }
}
