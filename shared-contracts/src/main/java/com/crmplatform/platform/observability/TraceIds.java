package com.crmplatform.platform.observability;

import java.util.Optional;
import org.slf4j.MDC;

/** The current request's trace id, as Micrometer Tracing puts it in the logging context. */
public final class TraceIds {

    private TraceIds() {}

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get("traceId")).filter(id -> !id.isBlank());
    }
}
