package com.crmplatform.leadservice.importing.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.leadservice.importing.domain.ImportReport;
import com.crmplatform.leadservice.importing.domain.LeadImportService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ImportController.class)
class ImportControllerTests {

    static final MockMultipartFile CSV = new MockMultipartFile(
            "file",
            "leads.csv",
            "text/csv",
            "name,phone,source\nZhang San,13800000000,WEBSITE\n".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LeadImportService imports;

    @Test
    void adminSalesAndMarketingImport() throws Exception {
        given(imports.importCsv(any(), anyBoolean(), any())).willReturn(new ImportReport(0, 0, 0, 0, List.of()));
        for (String role : new String[] {"crm-admin", "crm-sales", "crm-marketing"}) {
            mvc.perform(multipart("/api/v1/leads/import").file(CSV).with(user("acme", "acme-user", role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0));
        }
    }

    @Test
    void refusesFinanceAndCallsWithoutToken() throws Exception {
        mvc.perform(multipart("/api/v1/leads/import").file(CSV).with(user("acme", "acme-finance", "crm-finance")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(multipart("/api/v1/leads/import").file(CSV))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(imports);
    }

    @Test
    void refusesAMissingEmptyOrOversizeFile() throws Exception {
        mvc.perform(multipart("/api/v1/leads/import").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("file"));
        mvc.perform(multipart("/api/v1/leads/import")
                        .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("CSV_BAD_HEADER"));
        mvc.perform(multipart("/api/v1/leads/import")
                        .file(new MockMultipartFile(
                                "file", "big.csv", "text/csv", new byte[(int) ImportController.MAX_FILE_SIZE + 1]))
                        .with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        verifyNoInteractions(imports);
    }
}
