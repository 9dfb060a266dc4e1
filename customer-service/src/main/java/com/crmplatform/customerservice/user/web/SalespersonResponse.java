package com.crmplatform.customerservice.user.web;

import com.crmplatform.platform.directory.DirectoryUser;

/** A salesperson as front ends show them in assignment lists. */
record SalespersonResponse(String id, String username, String displayName) {

    static SalespersonResponse from(DirectoryUser user) {
        return new SalespersonResponse(user.id(), user.username(), user.displayName());
    }
}
