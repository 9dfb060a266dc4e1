package com.crmplatform.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** The header rules of Spring Security's bearer token resolvers and firewall, without their regular expressions. */
class BearerTokensTests {

    /** Spring Security's own pattern, the reference these rules must agree with. */
    static final Pattern SPRING_BEARER =
            Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

    static final Pattern SPRING_HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.def-ghi_jkl~+/==", "bearer x", "BEARER a1", "Bearer eyJ0.eyJ1.c2ln"})
    void readsTheTokenOfAWellFormedHeader(String header) {
        var reference = SPRING_BEARER.matcher(header);
        assertThat(reference.matches()).isTrue();
        assertThat(BearerTokens.fromAuthorizationHeader(header)).isEqualTo(reference.group("token"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer ",
                "Bearer  abc",
                "Bearer abc def",
                "Bearer ab=c",
                "Bearer ===",
                "Bearerabc",
                "Bearer a\"b",
                "bearer"
            })
    void refusesAMalformedBearerHeaderAsAnInvalidToken(String header) {
        assertThat(SPRING_BEARER.matcher(header).matches()).isFalse();
        assertThatThrownBy(() -> BearerTokens.fromAuthorizationHeader(header))
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo("invalid_token"));
    }

    @Test
    void leavesOtherSchemesAndNoHeaderToOtherMechanisms() {
        assertThat(BearerTokens.fromAuthorizationHeader(null)).isNull();
        assertThat(BearerTokens.fromAuthorizationHeader("Basic dXNlcjpwYXNz")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "a\tb",
                "上海金港贸易",
                "emoji \uD83D\uDE00",
                "",
                "x\u0085y",
                "bad\u0000",
                "del\u007F",
                "line\nbreak",
                "unassigned\u0378",
                "lone\uD800"
            })
    void acceptsTheHeaderValuesSpringSecuritysFirewallAccepts(String value) {
        assertThat(HeaderValues.allowed(value))
                .isEqualTo(SPRING_HEADER_VALUE.matcher(value).matches());
    }
}
