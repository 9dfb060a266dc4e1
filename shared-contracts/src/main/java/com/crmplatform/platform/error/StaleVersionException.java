package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;
import java.util.Map;

/**
 * Optimistic locking lost: someone changed the resource since the client read it. Answers 409
 * {@code STALE_VERSION} with the {@code currentVersion}, so the client can reload and retry.
 */
public class StaleVersionException extends CrmException {

    public StaleVersionException(String detail, long currentVersion) {
        super(
                ErrorCode.STALE_VERSION,
                ErrorCode.STALE_VERSION.name(),
                detail,
                null,
                Map.of("currentVersion", currentVersion));
    }
}
