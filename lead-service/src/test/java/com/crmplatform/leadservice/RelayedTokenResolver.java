package com.crmplatform.leadservice;

import com.crmplatform.platform.security.BearerTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.stereotype.Component;

/**
 * The integration tests authenticate with MockMvc JWTs, which carry no {@code Authorization} header. To prove the
 * header is relayed to other services, a test sends {@link #HEADER} besides its MockMvc JWT: this resolver lets that
 * one value through untouched (the MockMvc JWT authenticates the call) and resolves every other token as usual.
 */
@Component
public class RelayedTokenResolver implements BearerTokenResolver {

    public static final String TOKEN = "relayed-test-token";
    public static final String HEADER = "Bearer " + TOKEN;

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return HEADER.equals(header) ? null : BearerTokens.fromAuthorizationHeader(header);
    }
}
