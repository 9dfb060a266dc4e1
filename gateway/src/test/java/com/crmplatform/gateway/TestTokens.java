package com.crmplatform.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signs RS256 access tokens shaped like the realm's (iss, sub, realm_access.roles, tenant) with a test key. */
final class TestTokens {

    private final RSAKey key;

    TestTokens() {
        this.key = generate("gateway-test-key");
    }

    String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    String withTenant(String issuer, String tenant) {
        return sign(key, claims(issuer).claim("tenant", tenant).build());
    }

    String withoutTenant(String issuer) {
        return sign(key, claims(issuer).build());
    }

    String expired(String issuer) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(
                key,
                claims(issuer)
                        .claim("tenant", "acme")
                        .issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))
                        .build());
    }

    /** Same claims, signed by a key the issuer never published. */
    String signedByStranger(String issuer) {
        return sign(
                generate(key.getKeyID()), claims(issuer).claim("tenant", "acme").build());
    }

    /** Signed by a key with an id the issuer has not published (yet): the gateway must fetch the keys again. */
    String signedWithNewKeyId(String issuer) {
        return sign(
                generate("rotated-" + UUID.randomUUID()),
                claims(issuer).claim("tenant", "acme").build());
    }

    private static JWTClaimsSet.Builder claims(String issuer) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", "acme-sales1")
                .claim("realm_access", Map.of("roles", List.of("crm-sales")))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signingKey.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
