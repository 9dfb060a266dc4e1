package com.crmplatform.leadservice.importing.domain;

import java.util.List;

/** The answer to an import: counts, and every row's outcome in file order. */
public record ImportReport(int total, int created, int duplicates, int invalid, List<ImportRow> rows) {

    static ImportReport of(List<ImportRow> rows) {
        int created = 0;
        int duplicates = 0;
        int invalid = 0;
        for (ImportRow row : rows) {
            switch (row.outcome()) {
                case CREATED -> created++;
                case DUPLICATE -> duplicates++;
                case INVALID -> invalid++;
            }
        }
        return new ImportReport(rows.size(), created, duplicates, invalid, rows);
    }
}
