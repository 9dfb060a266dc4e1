package com.crmplatform.customerservice.contact.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.customerservice.customer.domain.CustomerVisibility;
import com.crmplatform.platform.paging.PageQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Contacts, always within one tenant. */
public interface ContactRepository {

    void insert(Contact contact);

    /** Inserts many new contacts in JDBC batches (a campaign sync). */
    void insertAll(List<Contact> contacts);

    void update(Contact contact);

    void delete(String tenant, UUID id);

    Optional<Contact> find(String tenant, UUID customerId, UUID id);

    /** A customer's contacts, primary first, then by name. */
    List<Contact> ofCustomer(String tenant, UUID customerId);

    /** The customer's primary contact loses the flag. */
    void demotePrimary(String tenant, UUID customerId);

    /** Contacts of live customers the caller may see, matching the keyword in name, phone or email. */
    PageResponse<Contact> search(String tenant, CustomerVisibility visibility, String keyword, PageQuery page);
}
