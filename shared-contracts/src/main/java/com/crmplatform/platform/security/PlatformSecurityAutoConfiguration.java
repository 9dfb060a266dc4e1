package com.crmplatform.platform.security;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.config.WebConventionsAutoConfiguration;
import com.crmplatform.platform.error.ProblemResponseWriter;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server for the Keycloak realm: a valid token is required for everything
 * but the probes ({@code /readyz}, {@code /livez}), health and Prometheus metrics (these two reachable on the
 * management port only), API docs and the paths a service declares public ({@code crm.security.public-paths}); the
 * token must carry a tenant; roles are checked per method with {@code @PreAuthorize}.
 */
@AutoConfiguration(
        after = WebConventionsAutoConfiguration.class,
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    private static final List<String> ALWAYS_OPEN = List.of(
            "/livez",
            "/readyz",
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/actuator/metrics",
            "/actuator/metrics/**",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            "/swagger-ui.html",
            "/error");

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(
            HttpSecurity http, SecurityProperties properties, ProblemResponseWriter problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(ALWAYS_OPEN.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers(properties.publicPaths().toArray(String[]::new))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtConverter()))
                        .authenticationEntryPoint((request, response, e) -> problems.write(
                                request, response, ErrorCode.UNAUTHENTICATED, "A valid bearer token is required"))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                request, response, ErrorCode.ACCESS_DENIED, "Your roles do not allow this call")))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                                (request, response, e) -> problems.write(
                                        request,
                                        response,
                                        ErrorCode.UNAUTHENTICATED,
                                        "A valid bearer token is required"))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                request, response, ErrorCode.ACCESS_DENIED, "Your roles do not allow this call")))
                .addFilterAfter(new TenantRequiredFilter(problems), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** The resource server takes this bean: the Authorization header read without a regular expression. */
    @Bean
    @ConditionalOnMissingBean
    BearerTokenResolver bearerTokenResolver() {
        return request -> BearerTokens.fromAuthorizationHeader(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    /**
     * Spring Security's strict firewall, checking header values without a regular expression (see HeaderValues). A
     * request it refuses ({@code //}, {@code ;}, an encoded {@code .} or {@code /} in the path) is answered 400
     * {@code MALFORMED_REQUEST} as problem+json, not by the container's error page.
     */
    @Bean
    WebSecurityCustomizer headerValuesFirewall(ProblemResponseWriter problems) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        return web -> web.httpFirewall(firewall)
                .requestRejectedHandler((request, response, e) -> problems.write(
                        request,
                        response,
                        ErrorCode.MALFORMED_REQUEST,
                        "The request's path or headers are not allowed"
                                + " (e.g. '//', ';' or an encoded '.' or '/' in the path)"));
    }

    /** Wraps the resource server's decoder (Boot's, from the issuer) so each token is verified once until it expires. */
    @Bean
    static BeanPostProcessor cachingJwtDecoderPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)) {
                    return new CachingJwtDecoder(decoder, new VerifiedTokenCache());
                }
                return bean;
            }
        };
    }

    @Bean
    WebMvcConfigurer currentUserArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserResolver());
            }
        };
    }
}
