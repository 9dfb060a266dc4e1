package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.campaignservice.form.domain.CampaignForm;
import com.crmplatform.campaignservice.form.domain.CatalogueField;
import com.crmplatform.campaignservice.form.domain.FieldType;
import com.crmplatform.campaignservice.form.domain.FormField;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.platform.csv.CsvReader;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.security.CurrentUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members from a CSV file (business cards or a sign-up sheet typed into a spreadsheet): the header names the form's
 * fields by key or label, each data row is checked against the campaign's current form and created, merged into the
 * member with the same phone or e-mail, or refused with its reasons. The valid rows are written in one transaction.
 */
@Service
public class MemberImportService {

    /** The most data rows a file may have. */
    public static final int MAX_ROWS = 10_000;

    /** The largest file accepted, in bytes. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final MemberService members;

    MemberImportService(MemberService members) {
        this.members = members;
    }

    @Transactional
    public ImportReport importCsv(UUID campaignId, byte[] file, CurrentUser user) {
        if (file.length > MAX_BYTES) {
            throw new CrmException(
                    ErrorCode.PAYLOAD_TOO_LARGE, "CSV_TOO_LARGE", "The file is larger than 5 MB", "file", Map.of());
        }
        CampaignInfo campaign = members.openForEntry(campaignId, user);
        CampaignForm form = campaign.form();
        List<List<String>> records = CsvReader.read(file);
        if (records.isEmpty()) {
            throw badHeader(form, "The file is empty; its first line must name the form's fields", List.of());
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new CrmException(
                    ErrorCode.VALIDATION_FAILED,
                    "CSV_TOO_MANY_ROWS",
                    "The file has " + (records.size() - 1) + " rows; at most " + MAX_ROWS + " are accepted",
                    "file",
                    Map.of("maxRows", MAX_ROWS));
        }
        List<FormField> columns = header(form, records.getFirst());
        List<AnswerCheck> checks = new ArrayList<>(records.size() - 1);
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != columns.size()) {
                FieldViolation count = new FieldViolation(
                        "row", "FieldCount", "expected " + columns.size() + " fields, found " + record.size());
                checks.add(new AnswerCheck(form.version(), Map.of(), null, null, null, List.of(count)));
            } else {
                checks.add(AnswerValidation.check(form, answers(columns, record)));
            }
        }
        List<CaptureOutcome> outcomes = members.capture(campaign, checks, MemberOrigin.OFFLINE, user.id());
        return ImportReport.of(outcomes.stream()
                .map(o -> new CaptureOutcome(o.index() + 1, o.outcome(), o.member(), o.errors()))
                .toList());
    }

    /** A row's cells by field key; a MULTI_CHOICE cell lists its options separated by {@code ;}. */
    private static Map<String, Object> answers(List<FormField> columns, List<String> record) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            FormField field = columns.get(i);
            String cell = record.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            answers.put(
                    field.key(),
                    field.type() == FieldType.MULTI_CHOICE && !field.isCatalogue()
                            ? Arrays.stream(cell.split("[;；]"))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList()
                            : cell);
        }
        return answers;
    }

    /**
     * The form field of each column: a column names a field by its key, its label, or (catalogue fields) the
     * catalogue's Chinese or English label, in any letter case; 400 {@code CSV_BAD_HEADER} otherwise.
     */
    private static List<FormField> header(CampaignForm form, List<String> names) {
        Map<String, FormField> byName = new HashMap<>();
        for (FormField field : form.fields()) {
            CatalogueField.byKey(field.key()).ifPresent(catalogue -> {
                byName.putIfAbsent(lower(catalogue.labelZh()), field);
                byName.putIfAbsent(lower(catalogue.labelEn()), field);
            });
            byName.putIfAbsent(lower(field.label()), field);
        }
        form.fields().forEach(field -> byName.put(lower(field.key()), field));

        List<FormField> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String name : names) {
            FormField field = byName.get(lower(name));
            if (field == null) {
                unknown.add(name.strip());
            } else if (columns.contains(field)) {
                repeated.add(name.strip());
            }
            columns.add(field);
        }
        if (!unknown.isEmpty() || !repeated.isEmpty()) {
            List<String> problems = new ArrayList<>(unknown);
            problems.addAll(repeated);
            throw badHeader(
                    form,
                    "The first line must name the form's fields"
                            + (unknown.isEmpty() ? "" : "; unknown: " + unknown)
                            + (repeated.isEmpty() ? "" : "; repeated: " + repeated),
                    problems);
        }
        return columns;
    }

    private static CrmException badHeader(CampaignForm form, String detail, List<String> unknown) {
        List<String> known = form.fields().stream().map(FormField::key).toList();
        return new CrmException(
                ErrorCode.VALIDATION_FAILED,
                "CSV_BAD_HEADER",
                detail,
                "file",
                Map.of("unknownColumns", unknown, "knownColumns", known));
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
