package com.crmplatform.platform.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Keycloak admin API is and which service account reads it.
 *
 * @param serverUrl Keycloak's base URL, e.g. {@code http://127.0.0.1:8180}
 * @param realm the realm holding the platform's users
 * @param clientId a confidential client with a service account holding {@code view-users} and {@code query-users}
 * @param clientSecret that client's secret
 * @param cacheTtl how long answers are reused before Keycloak is asked again
 */
@ConfigurationProperties("crm.directory")
public record DirectoryProperties(
        String serverUrl, String realm, String clientId, String clientSecret, Duration cacheTtl) {

    public DirectoryProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(60) : cacheTtl;
    }
}
