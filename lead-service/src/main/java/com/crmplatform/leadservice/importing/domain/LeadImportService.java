package com.crmplatform.leadservice.importing.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.contracts.lead.LeadCreated;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.ContactDetails;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadProfile;
import com.crmplatform.leadservice.lead.domain.LeadRepository;
import com.crmplatform.leadservice.lead.domain.NewLead;
import com.crmplatform.leadservice.lead.domain.autoassign.AutoAssigner;
import com.crmplatform.leadservice.source.domain.ChannelRules;
import com.crmplatform.leadservice.source.domain.SourceChannel;
import com.crmplatform.leadservice.source.domain.SourceChannelService;
import com.crmplatform.platform.csv.CsvReader;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports leads from a CSV file: the header names the columns, each data row becomes a lead (CREATED), is
 * refused as a duplicate of a lead in the tenant or earlier in the file (DUPLICATE), or is refused with the
 * reasons (INVALID). A refused row writes nothing; valid rows are inserted in batches, all in one transaction.
 */
@Service
public class LeadImportService {

    /** The columns a file may have, in any order and letter case. */
    public static final List<String> COLUMNS = List.of(
            "name",
            "company",
            "title",
            "phone",
            "email",
            "otherContact",
            "source",
            "channel",
            "campaignId",
            "industry",
            "city",
            "notes");

    private static final Map<String, String> BY_LOWER_CASE =
            COLUMNS.stream().collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), c -> c));

    private final LeadRepository leads;
    private final Outbox outbox;
    private final AutoAssigner autoAssigner;
    private final Validator validator;
    private final Clock clock;
    private final SourceChannelService sources;

    LeadImportService(
            LeadRepository leads,
            Outbox outbox,
            AutoAssigner autoAssigner,
            Validator validator,
            Clock clock,
            SourceChannelService sources) {
        this.leads = leads;
        this.outbox = outbox;
        this.autoAssigner = autoAssigner;
        this.validator = validator;
        this.clock = clock;
        this.sources = sources;
    }

    @Transactional
    public ImportReport importCsv(byte[] file, boolean allowDuplicate, CurrentUser user) {
        List<List<String>> records = CsvReader.read(file);
        if (records.isEmpty()) {
            throw badHeader("The file is empty; its first line must name the columns", List.of(), List.of("name"));
        }
        Map<String, Integer> columns = header(records.getFirst());
        Instant now = clock.instant();
        boolean salesperson = user.hasRole(Roles.SALES) && !user.isAdmin();
        // Once per file, not per row; a file without the column needs none.
        Map<String, SourceChannel> channels =
                columns.containsKey("channel") ? sources.activeChannels(user.tenant()) : Map.of();

        ImportRow[] outcomes = new ImportRow[records.size() - 1];
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() != columns.size()) {
                outcomes[i - 1] = ImportRow.invalid(
                        i,
                        List.of(new FieldViolation(
                                "row",
                                "FieldCount",
                                "expected " + columns.size() + " fields, found " + record.size())));
                continue;
            }
            List<FieldViolation> errors = new ArrayList<>();
            ImportedLead row = toImportedLead(columns, record, errors);
            for (ConstraintViolation<ImportedLead> violation : validator.validate(row)) {
                errors.add(new FieldViolation(
                        violation.getPropertyPath().toString(),
                        violation
                                .getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        violation.getMessage()));
            }
            LeadSource source = null;
            if (errors.stream()
                    .noneMatch(error ->
                            error.field().equals("source") || error.field().equals("channel"))) {
                ChannelRules.Resolution resolution = ChannelRules.resolve(row.source(), row.channel(), channels);
                resolution.refusal().ifPresent(errors::add);
                source = resolution.source();
            }
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(FieldViolation::field));
                outcomes[i - 1] = ImportRow.invalid(i, errors);
                continue;
            }
            NewLead draft = new NewLead(
                    new ContactDetails(
                            row.name(), row.company(), row.title(), row.phone(), row.email(), row.otherContact()),
                    new LeadProfile(row.industry(), row.city(), row.notes(), Map.of()),
                    source,
                    row.channel(),
                    row.campaignId());
            candidates.add(new Candidate(i, Lead.capture(draft, user.tenant(), user.id(), salesperson, now)));
        }

        List<Lead> created = new ArrayList<>();
        Map<String, UUID> known = allowDuplicate ? new HashMap<>() : existingContacts(user.tenant(), candidates);
        for (Candidate candidate : candidates) {
            Lead lead = candidate.lead();
            List<String> keys = keys(lead.contact());
            UUID existing = allowDuplicate
                    ? null
                    : keys.stream()
                            .map(known::get)
                            .filter(Objects::nonNull)
                            .findFirst()
                            .orElse(null);
            if (existing != null) {
                outcomes[candidate.row() - 1] = ImportRow.duplicate(candidate.row(), existing);
                continue;
            }
            keys.forEach(key -> known.putIfAbsent(key, lead.id()));
            created.add(lead);
            outcomes[candidate.row() - 1] = ImportRow.created(candidate.row(), lead.id());
        }
        // Owners of the tenant's round-robin, if on, are set before the insert; the created events still say what
        // was captured (no owner), as for a single capture, and the assigned events follow.
        List<Lead> inserted = autoAssigner.assignAllIfEnabled(user.tenant(), created);
        leads.insertAll(inserted);
        outbox.publishAll(
                LeadEvents.CREATED,
                user.tenant(),
                created.stream().map(Lead::created).toList(),
                LeadCreated::leadId);
        autoAssigner.recordAssignments(user.tenant(), created, inserted);
        return ImportReport.of(Arrays.asList(outcomes));
    }

    private Map<String, UUID> existingContacts(String tenant, List<Candidate> candidates) {
        // One import at a time per tenant, and no single capture of the tenant meanwhile: the check stays true.
        leads.lockAllContacts(tenant);
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (Candidate candidate : candidates) {
            ContactDetails contact = candidate.lead().contact();
            if (contact.normalizedPhone() != null) {
                phones.add(contact.normalizedPhone());
            }
            if (contact.normalizedEmail() != null) {
                emails.add(contact.normalizedEmail());
            }
        }
        return new HashMap<>(leads.findDuplicates(tenant, phones, emails));
    }

    private static List<String> keys(ContactDetails contact) {
        List<String> keys = new ArrayList<>(2);
        if (contact.normalizedPhone() != null) {
            keys.add("p:" + contact.normalizedPhone());
        }
        if (contact.normalizedEmail() != null) {
            keys.add("e:" + contact.normalizedEmail());
        }
        return keys;
    }

    /** Column name → index; 400 {@code CSV_BAD_HEADER} for unknown, repeated or missing columns. */
    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String raw = names.get(i).strip();
            String column = BY_LOWER_CASE.get(raw.toLowerCase(Locale.ROOT));
            if (column == null) {
                unknown.add(raw);
            } else if (columns.putIfAbsent(column, i) != null) {
                repeated.add(raw);
            }
        }
        List<String> missing = new ArrayList<>();
        if (!columns.containsKey("name")) {
            missing.add("name");
        }
        // A row may leave the source to its channel.
        if (!columns.containsKey("source") && !columns.containsKey("channel")) {
            missing.add("source");
        }
        if (!columns.containsKey("phone") && !columns.containsKey("email")) {
            missing.add("phone or email");
        }
        if (!unknown.isEmpty() || !repeated.isEmpty() || !missing.isEmpty()) {
            List<String> problems = new ArrayList<>(unknown);
            problems.addAll(repeated);
            throw badHeader(
                    "The first line must name the columns: " + String.join(", ", COLUMNS)
                            + (unknown.isEmpty() ? "" : "; unknown: " + unknown)
                            + (repeated.isEmpty() ? "" : "; repeated: " + repeated)
                            + (missing.isEmpty() ? "" : "; missing: " + missing),
                    problems,
                    missing);
        }
        return columns;
    }

    private static CrmException badHeader(String detail, List<String> unknown, List<String> missing) {
        return new CrmException(
                ErrorCode.VALIDATION_FAILED,
                "CSV_BAD_HEADER",
                detail,
                "file",
                Map.of("unknownColumns", unknown, "missingColumns", missing, "knownColumns", COLUMNS));
    }

    private static ImportedLead toImportedLead(
            Map<String, Integer> columns, List<String> record, List<FieldViolation> errors) {
        LeadSource source = null;
        String sourceText = cell(columns, record, "source");
        if (sourceText != null) {
            try {
                source = LeadSource.valueOf(sourceText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation(
                        "source",
                        "InvalidValue",
                        "'" + sourceText + "' is not one of " + Arrays.toString(LeadSource.values())));
            }
        }
        UUID campaignId = null;
        String campaignText = cell(columns, record, "campaignId");
        if (campaignText != null) {
            try {
                campaignId = UUID.fromString(campaignText);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("campaignId", "InvalidValue", "'" + campaignText + "' is not a UUID"));
            }
        }
        return new ImportedLead(
                cell(columns, record, "name"),
                cell(columns, record, "company"),
                cell(columns, record, "title"),
                cell(columns, record, "phone"),
                cell(columns, record, "email"),
                cell(columns, record, "otherContact"),
                source,
                cell(columns, record, "channel"),
                campaignId,
                cell(columns, record, "industry"),
                cell(columns, record, "city"),
                cell(columns, record, "notes"));
    }

    private static String cell(Map<String, Integer> columns, List<String> record, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private record Candidate(int row, Lead lead) {}
}
