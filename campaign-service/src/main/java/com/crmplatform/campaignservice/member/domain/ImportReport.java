package com.crmplatform.campaignservice.member.domain;

import java.util.List;

/** The answer to an import: counts, and each data row's outcome (index = row, 1 = the line after the header). */
public record ImportReport(int total, int created, int merged, int invalid, List<CaptureOutcome> rows) {

    public static ImportReport of(List<CaptureOutcome> rows) {
        int created = 0;
        int merged = 0;
        int invalid = 0;
        for (CaptureOutcome row : rows) {
            switch (row.outcome()) {
                case CREATED -> created++;
                case MERGED -> merged++;
                case INVALID -> invalid++;
            }
        }
        return new ImportReport(rows.size(), created, merged, invalid, List.copyOf(rows));
    }
}
