package com.crmplatform.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths request paths of this service open without a token (e.g. a campaign's public form)
 */
@ConfigurationProperties("crm.security")
public record SecurityProperties(List<String> publicPaths) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
