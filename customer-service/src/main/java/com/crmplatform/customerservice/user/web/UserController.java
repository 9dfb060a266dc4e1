package com.crmplatform.customerservice.user.web;

import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The people of the caller's tenant, as the identity provider knows them (not as clients claim them). */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserDirectory directory;

    UserController(UserDirectory directory) {
        this.directory = directory;
    }

    /** The active salespeople of the caller's tenant: whom leads and customers can be assigned to. */
    @GetMapping("/salespeople")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    List<SalespersonResponse> salespeople(CurrentUser user) {
        return directory.salespeople(user.tenant()).stream()
                .map(SalespersonResponse::from)
                .sorted(Comparator.comparing(SalespersonResponse::username))
                .toList();
    }
}
