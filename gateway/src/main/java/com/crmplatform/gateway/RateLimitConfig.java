package com.crmplatform.gateway;

import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The beans the public route's {@code RequestRateLimiter} filter refers to: the in-memory token bucket and the
 * client-IP key. Both are also the filter's defaults (the only RateLimiter and KeyResolver in the context).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

    @Bean
    InMemoryRateLimiter inMemoryRateLimiter(GatewayProperties properties) {
        return new InMemoryRateLimiter(properties.publicRateLimit());
    }

    /**
     * The client's IP address. By default the TCP peer; behind n trusted proxies, the n-th address from the right
     * of {@code X-Forwarded-For} (never the left-most one, which the client can forge).
     */
    @Bean
    KeyResolver clientIpKeyResolver(GatewayProperties properties) {
        int hops = properties.publicRateLimit().trustedProxyHops();
        RemoteAddressResolver resolver =
                hops > 0 ? XForwardedRemoteAddressResolver.maxTrustedIndex(hops) : new RemoteAddressResolver() {};
        return exchange -> Mono.justOrEmpty(resolver.resolve(exchange)).map(RateLimitConfig::host);
    }

    private static String host(InetSocketAddress address) {
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
