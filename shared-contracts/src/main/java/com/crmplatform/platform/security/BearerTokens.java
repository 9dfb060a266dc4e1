package com.crmplatform.platform.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;

/**
 * The bearer token of an {@code Authorization} header (RFC 6750 section 2.1), read with the rules of Spring
 * Security's resolvers but without their regular expression: matching a 1.5 KB token against it was about a
 * tenth of each request's CPU, in the gateway and again in the service (docs/benchmarks.md). Used by both.
 */
public final class BearerTokens {

    private static final String SCHEME = "Bearer ";

    private BearerTokens() {}

    /**
     * The token, or null when the header is absent or of another scheme.
     *
     * @throws OAuth2AuthenticationException {@code invalid_token} when it says Bearer but the token is malformed
     */
    public static String fromAuthorizationHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, "bearer", 0, "bearer".length())) {
            return null;
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !isToken68(header, SCHEME.length())) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return header.substring(SCHEME.length());
    }

    /** {@code b64token}: one or more of {@code A-Z a-z 0-9 - . _ ~ + /}, then any number of {@code =}. */
    private static boolean isToken68(String value, int start) {
        int end = value.length();
        while (end > start && value.charAt(end - 1) == '=') {
            end--;
        }
        if (end == start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isTokenChar(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }
}
