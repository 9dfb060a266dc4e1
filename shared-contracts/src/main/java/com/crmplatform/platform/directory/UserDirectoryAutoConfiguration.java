package com.crmplatform.platform.directory;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The user directory every service uses to check users: Keycloak's admin API through a service account. */
@AutoConfiguration
@ConditionalOnClass(Keycloak.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(DirectoryProperties.class)
public class UserDirectoryAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Keycloak keycloakAdminClient(DirectoryProperties properties) {
        // The client fetches its token lazily, on the first directory call, so start-up does not need Keycloak.
        return KeycloakBuilder.builder()
                .serverUrl(properties.serverUrl())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    UserDirectory userDirectory(Keycloak keycloak, DirectoryProperties properties) {
        return new KeycloakUserDirectory(keycloak, properties);
    }
}
