package com.crmplatform.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform once for every end-to-end class of the run and stops it when the run ends: six JVMs, Kafka
 * and Keycloak take minutes to start on two cores, far too long to pay per class.
 */
final class PlatformExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RunningPlatform.class, key -> RunningPlatform.start(), RunningPlatform.class);
    }

    /** Closed by JUnit when the root context closes, i.e. after the last class of the run. */
    private record RunningPlatform() implements AutoCloseable {

        static RunningPlatform start() {
            try {
                Platform.up();
                return new RunningPlatform();
            } catch (Exception e) {
                throw new IllegalStateException("The platform did not start", e);
            }
        }

        @Override
        public void close() throws Exception {
            Platform.down();
        }
    }
}
