package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;

/** A service this call depends on is down, slow or its circuit is open; nothing was changed. */
public class ServiceUnavailableException extends CrmException {

    public ServiceUnavailableException(String service, Throwable cause) {
        super(ErrorCode.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", service + " is unavailable, try again later");
        initCause(cause);
    }
}
