package com.crmplatform.leadservice.importing.web;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.leadservice.importing.domain.ImportReport;
import com.crmplatform.leadservice.importing.domain.LeadImportService;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.security.CurrentUser;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/leads/import}: leads from a CSV upload, with a report per row. */
@RestController
@RequestMapping("/api/v1/leads")
class ImportController {

    static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

    private final LeadImportService imports;

    ImportController(LeadImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing')")
    ImportResponse importCsv(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean allowDuplicate,
            CurrentUser user)
            throws IOException {
        if (file == null) {
            // A missing file is a body validation failure here (VALIDATION_FAILED, field "file"), like an empty one.
            throw new InvalidRequestException("file", "NotNull", "a CSV file is required as the multipart part 'file'");
        }
        if (file.getSize() > MAX_FILE_SIZE) {
            // The container refuses larger multipart requests first; this keeps the limit if that one is raised.
            throw new MaxUploadSizeExceededException(MAX_FILE_SIZE);
        }
        if (file.isEmpty()) {
            throw new CrmException(
                    ErrorCode.VALIDATION_FAILED,
                    "CSV_BAD_HEADER",
                    "The file is empty; its first line must name the columns",
                    "file",
                    Map.of());
        }
        ImportReport report = imports.importCsv(file.getBytes(), allowDuplicate, user);
        return ImportResponse.from(report);
    }
}
