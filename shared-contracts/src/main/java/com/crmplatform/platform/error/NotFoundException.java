package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;

/**
 * The resource does not exist for this caller. Also used when it exists but belongs to another tenant or to
 * another salesperson: the caller must not learn that it exists.
 */
public class NotFoundException extends CrmException {

    public NotFoundException(String resource, Object id) {
        super(
                ErrorCode.NOT_FOUND,
                resource.toUpperCase(java.util.Locale.ROOT) + "_NOT_FOUND",
                resource + " " + id + " was not found");
    }
}
