package com.crmplatform.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** A {@link JwtDecoder} that verifies each distinct token once until it expires (see {@link VerifiedTokenCache}). */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokenCache cache;

    public CachingJwtDecoder(JwtDecoder delegate, VerifiedTokenCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        Jwt jwt = delegate.decode(token);
        cache.put(token, jwt);
        return jwt;
    }
}
