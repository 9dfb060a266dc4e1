package com.crmplatform.platform.sample;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints exercising each platform convention: validation, errors, paging, roles, current user. */
@RestController
class SampleController {

    record SampleRequest(
            @NotBlank @Size(max = 10) String name,
            @Email String email,
            Kind kind,
            java.time.LocalDate due,
            java.time.Instant at,
            Integer count,
            java.util.List<String> tags) {}

    enum Kind {
        A,
        B
    }

    @PostMapping("/samples")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    Map<String, Object> create(@Valid @RequestBody SampleRequest request, CurrentUser user) {
        return Map.of("name", request.name(), "tenant", user.tenant(), "userId", user.id());
    }

    @GetMapping("/samples")
    PageResponse<String> list(
            @org.springframework.web.bind.annotation.RequestParam(required = false) String keyword,
            @org.springframework.web.bind.annotation.RequestParam(required = false) java.time.Instant from,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate day,
            @Sortable(
                            value = {"name", "createdAt"},
                            defaultSort = "createdAt,desc")
                    PageQuery page) {
        return PageResponse.of(
                List.of(page.orderBy(Map.of("name", "name", "createdAt", "created_at"), "id")),
                page.page(),
                page.size(),
                1);
    }

    @GetMapping("/samples/{id}")
    Map<String, Object> get(@PathVariable java.util.UUID id) {
        throw new NotFoundException("Sample", id);
    }

    @PostMapping("/samples/upload")
    Map<String, Object> upload(
            @org.springframework.web.bind.annotation.RequestPart("file")
                    org.springframework.web.multipart.MultipartFile file) {
        return Map.of("size", file.getSize());
    }

    /** Open in PlatformEdgeIT ({@code crm.security.public-paths}), so a raw socket can send it bodies. */
    @GetMapping("/samples/open")
    Map<String, Object> openSearch(
            @org.springframework.web.bind.annotation.RequestParam(required = false) String keyword) {
        return Map.of("keyword", String.valueOf(keyword));
    }

    @PostMapping("/samples/open")
    Map<String, Object> open(@RequestBody Map<String, Object> body) {
        return Map.of("fields", body.size());
    }

    @PostMapping("/samples/{id}/conflict")
    Map<String, Object> conflict(@PathVariable String id) {
        throw new ConflictException("SAMPLE_DUPLICATE", "A sample with this name exists", Map.of("existingId", id));
    }
}
