package com.crmplatform.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body a service reads ({@code crm.web.*}); larger ones are answered 413 at once.
 *
 * @param maxBodySize any body (JSON): 1 MB, as at the gateway
 * @param maxBulkBodySize the body of a bulk path: 12 MB, as the gateway's {@code max-upload-size} (a CSV file of
 *     10 MB and its multipart framing, or a batch of 1,000 campaign members)
 * @param bulkPaths the service's bulk paths (Ant patterns), e.g. {@code /api/v1/leads/import}
 */
@ConfigurationProperties("crm.web")
public record RequestLimitsProperties(DataSize maxBodySize, DataSize maxBulkBodySize, List<String> bulkPaths) {

    public RequestLimitsProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        maxBulkBodySize = maxBulkBodySize == null ? DataSize.ofMegabytes(12) : maxBulkBodySize;
        bulkPaths = bulkPaths == null ? List.of() : List.copyOf(bulkPaths);
    }
}
