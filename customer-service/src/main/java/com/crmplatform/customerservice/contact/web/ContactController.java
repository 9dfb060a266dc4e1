package com.crmplatform.customerservice.contact.web;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.customerservice.contact.domain.Contact;
import com.crmplatform.customerservice.contact.domain.ContactService;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contacts under their customer, and a search across the contacts of the customers the caller may see. */
@RestController
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing', 'crm-finance')")
class ContactController {

    private static final String BASE = "/api/v1/customers/{customerId}/contacts";

    private final ContactService contacts;

    ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping(BASE)
    List<ContactResponse> list(@PathVariable UUID customerId, CurrentUser user) {
        return contacts.list(customerId, user).stream()
                .map(ContactResponse::from)
                .toList();
    }

    @GetMapping(BASE + "/{contactId}")
    ContactResponse get(@PathVariable UUID customerId, @PathVariable UUID contactId, CurrentUser user) {
        return ContactResponse.from(contacts.get(customerId, contactId, user));
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ResponseEntity<ContactResponse> create(
            @PathVariable UUID customerId, @Valid @RequestBody ContactRequest request, CurrentUser user) {
        Contact contact =
                contacts.create(customerId, request.toDetails(), Boolean.TRUE.equals(request.primary()), user);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customerId + "/contacts/" + contact.id()))
                .body(ContactResponse.from(contact));
    }

    @PutMapping(BASE + "/{contactId}")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ContactResponse update(
            @PathVariable UUID customerId,
            @PathVariable UUID contactId,
            @Valid @RequestBody ContactRequest request,
            CurrentUser user) {
        if (request.version() == null) {
            throw new InvalidRequestException("version", "NotNull", "version is required");
        }
        return ContactResponse.from(contacts.update(
                customerId, contactId, request.toDetails(), request.primary(), request.version(), user));
    }

    /** Deleting the primary contact needs {@code newPrimaryContactId}: another contact that becomes primary. */
    @DeleteMapping(BASE + "/{contactId}")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ResponseEntity<Void> delete(
            @PathVariable UUID customerId,
            @PathVariable UUID contactId,
            @RequestParam(required = false) UUID newPrimaryContactId,
            CurrentUser user) {
        contacts.delete(customerId, contactId, newPrimaryContactId, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/contacts")
    PageResponse<ContactResponse> search(
            @RequestParam(required = false) @Size(max = 100) String keyword,
            @Sortable(
                            value = {"name", "createdAt", "updatedAt"},
                            defaultSort = "name,asc")
                    PageQuery page,
            CurrentUser user) {
        String cleaned = keyword == null || keyword.isBlank() ? null : keyword.strip();
        return contacts.search(cleaned, page, user).map(ContactResponse::from);
    }
}
