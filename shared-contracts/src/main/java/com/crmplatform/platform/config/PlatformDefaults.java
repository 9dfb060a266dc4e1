package com.crmplatform.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code crm-platform-defaults.yml} as the lowest-precedence property source of every service, so the
 * platform's settings (virtual threads, graceful shutdown, actuator, Kafka producer safety, Feign timeouts,
 * circuit breakers, log correlation) are written once; a service's own {@code application.yml} overrides them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "crm-platform-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(RESOURCE)) {
            try {
                for (PropertySource<?> source :
                        new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE))) {
                    environment.getPropertySources().addLast(source);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
