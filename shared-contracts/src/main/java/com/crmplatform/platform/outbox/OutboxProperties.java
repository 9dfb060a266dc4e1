package com.crmplatform.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval pause between relay runs when the outbox is empty
 * @param batchSize events sent per relay transaction
 * @param sendTimeout how long to wait for the broker's acknowledgement of one event
 * @param maxBackoff longest pause between attempts while Kafka is unreachable
 * @param retention how long published events are kept (for audit and replays) before they are purged
 */
@ConfigurationProperties("crm.outbox")
public record OutboxProperties(
        Duration pollInterval, int batchSize, Duration sendTimeout, Duration maxBackoff, Duration retention) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        batchSize = batchSize <= 0 ? 500 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }
}
