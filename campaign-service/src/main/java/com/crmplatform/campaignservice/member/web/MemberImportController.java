package com.crmplatform.campaignservice.member.web;

import com.crmplatform.campaignservice.member.domain.MemberImportService;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/campaigns/{id}/members/import}: members from a CSV file, with a report per row. */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/members/import")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing')")
class MemberImportController {

    private final MemberImportService imports;

    MemberImportController(MemberImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CaptureReport importFile(
            @PathVariable UUID campaignId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            CurrentUser user)
            throws IOException {
        if (file == null) {
            throw new InvalidRequestException("file", "NotNull", "a CSV file is required as the multipart part 'file'");
        }
        if (file.getSize() > MemberImportService.MAX_BYTES) {
            throw tooLarge();
        }
        return CaptureReport.from(imports.importCsv(campaignId, file.getBytes(), user));
    }

    /** The file as the request body ({@code Content-Type: text/csv}); read no further than the size limit. */
    @PostMapping(consumes = "text/csv")
    CaptureReport importBody(@PathVariable UUID campaignId, InputStream body, CurrentUser user) throws IOException {
        byte[] file = body.readNBytes((int) MemberImportService.MAX_BYTES + 1);
        if (file.length > MemberImportService.MAX_BYTES) {
            throw tooLarge();
        }
        return CaptureReport.from(imports.importCsv(campaignId, file, user));
    }

    private static CrmException tooLarge() {
        return new CrmException(
                ErrorCode.PAYLOAD_TOO_LARGE, "CSV_TOO_LARGE", "The file is larger than 5 MB", "file", Map.of());
    }
}
