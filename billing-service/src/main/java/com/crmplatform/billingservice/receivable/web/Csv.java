package com.crmplatform.billingservice.receivable.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV exports (RFC 4180: comma-separated, CRLF, quoted when needed), UTF-8 with a byte-order mark so spreadsheet
 * programs read Chinese text right. Text cells are written so that a spreadsheet never runs them: a cell starting with
 * {@code = + - @}, a tab or a carriage return (a formula, CSV injection) gets a leading apostrophe. Numbers are ours,
 * plain decimals ({@code -12.50} stays a number).
 */
final class Csv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {}

    /** Whether the client asked for CSV: {@code ?format=csv}, or {@code Accept: text/csv} without a format. */
    static boolean wanted(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return Formats.csv(format);
        }
        return accept != null && Formats.acceptsCsv(accept);
    }

    /** The rows as a downloadable file named {@code name}.csv. */
    static ResponseEntity<String> file(String name, List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM).append(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .body(csv.toString());
    }

    /** A text cell: neutralized if a spreadsheet would take it for a formula, quoted if it holds , " CR or LF. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String text(Object value) {
        return value == null ? "" : text(value.toString());
    }

    private static String line(List<String> cells) {
        return cells.stream().collect(Collectors.joining(",")) + "\r\n";
    }
}
