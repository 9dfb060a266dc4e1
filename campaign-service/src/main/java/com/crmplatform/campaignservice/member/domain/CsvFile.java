package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV from strict UTF-8 bytes (a leading byte order mark, as Excel writes it, is skipped): commas, fields
 * optionally in double quotes with {@code ""} for a quote, line breaks inside quotes, CRLF or LF; empty lines are
 * skipped.
 */
final class CsvFile {

    private CsvFile() {}

    /** The records, header first; 400 {@code CSV_NOT_UTF8} when the bytes are not UTF-8 text. */
    static List<List<String>> read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CrmException(
                    ErrorCode.VALIDATION_FAILED,
                    "CSV_NOT_UTF8",
                    "The file is not UTF-8 text; save it as \"CSV UTF-8\"",
                    "file",
                    Map.of());
        }
        return parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                started = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                started = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, record, field, started);
                record = new ArrayList<>();
                field.setLength(0);
                started = false;
            } else {
                field.append(c);
                started = true;
            }
        }
        end(records, record, field, started);
        return records;
    }

    private static void end(List<List<String>> records, List<String> record, StringBuilder field, boolean started) {
        if (started || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
    }
}
