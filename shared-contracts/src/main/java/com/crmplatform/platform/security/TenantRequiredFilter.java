package com.crmplatform.platform.security;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses an authenticated request whose token names no tenant: every piece of data belongs to one tenant. */
public class TenantRequiredFilter extends OncePerRequestFilter {

    private final ProblemResponseWriter problems;

    public TenantRequiredFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token
                && CurrentUserResolver.fromJwt(token.getToken()).isEmpty()) {
            problems.write(
                    request, response, ErrorCode.TENANT_MISSING, "The token carries no tenant (business line) claim");
            return;
        }
        chain.doFilter(request, response);
    }
}
