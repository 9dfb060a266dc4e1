package com.crmplatform.campaignservice.form.domain;

import com.crmplatform.platform.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a campaign's form: an ordered list of at most {@value #MAX_FIELDS} fields with unique keys, each either a
 * catalogue field ({@link CatalogueField}: type TEXT, the catalogue's label when none is given) or a custom field
 * (key {@value #KEY_PATTERN}, a label, a type); choice fields have 1 to {@value #MAX_OPTIONS} unique, non-blank
 * options and other fields none; labels and options are at most {@value #MAX_LABEL} characters; and every form asks
 * for a phone or an email. The first rule broken is a 400 {@code VALIDATION_FAILED} naming the field (e.g.
 * {@code fields[2].options}) with one of the codes below.
 */
public final class FormRules {

    public static final int MAX_FIELDS = 50;
    public static final int MAX_OPTIONS = 50;
    public static final int MAX_LABEL = 100;
    public static final String KEY_PATTERN = "[a-z][a-zA-Z0-9_]{0,39}";

    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    private FormRules() {}

    /** The checked fields with labels stripped (catalogue defaults filled in), or the first violation. */
    public static List<FormField> check(List<FormFieldDraft> drafts) {
        if (drafts.size() > MAX_FIELDS) {
            throw refused("fields", "TooManyFields", "a form has at most " + MAX_FIELDS + " fields");
        }
        List<FormField> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            FormField field = check(drafts.get(i), "fields[" + i + "]");
            if (!keys.add(field.key())) {
                throw refused("fields[" + i + "].key", "DuplicateKey", "key '" + field.key() + "' is used twice");
            }
            fields.add(field);
        }
        if (!keys.contains(CatalogueField.PHONE.key()) && !keys.contains(CatalogueField.EMAIL.key())) {
            throw refused("fields", "PhoneOrEmailRequired", "a form must ask for a phone or an email (or both)");
        }
        return List.copyOf(fields);
    }

    private static FormField check(FormFieldDraft draft, String path) {
        if (draft == null) {
            throw refused(path, "NotNull", "a field must not be null");
        }
        String key = draft.key() == null ? "" : draft.key().strip();
        if (key.isEmpty()) {
            throw refused(path + ".key", "NotBlank", "key is required");
        }
        if (!KEY.matcher(key).matches()) {
            throw refused(
                    path + ".key",
                    "KeyPattern",
                    "key must start with a lower-case letter, then up to 39 letters, digits or underscores");
        }
        Optional<CatalogueField> catalogue = CatalogueField.byKey(key);
        FieldType type = draft.type();
        String label = draft.label() == null ? "" : draft.label().strip();
        if (catalogue.isPresent()) {
            if (type != null && type != FieldType.TEXT) {
                throw refused(path + ".type", "CatalogueFieldType", "catalogue field '" + key + "' is of type TEXT");
            }
            type = FieldType.TEXT;
            if (label.isEmpty()) {
                label = catalogue.get().labelZh();
            }
        } else {
            if (type == null) {
                throw refused(path + ".type", "NotNull", "a custom field needs a type");
            }
            if (label.isEmpty()) {
                throw refused(path + ".label", "NotBlank", "a custom field needs a label");
            }
        }
        if (label.length() > MAX_LABEL) {
            throw refused(path + ".label", "Size", "label must be at most " + MAX_LABEL + " characters");
        }
        List<String> options = options(draft.options(), type, path + ".options");
        return new FormField(key, label, type, draft.required() != null && draft.required(), options);
    }

    private static List<String> options(List<String> given, FieldType type, String path) {
        List<String> options = given == null ? List.of() : given;
        if (!type.hasOptions()) {
            if (!options.isEmpty()) {
                throw refused(path, "OptionsNotAllowed", "only SINGLE_CHOICE and MULTI_CHOICE fields have options");
            }
            return List.of();
        }
        if (options.isEmpty()) {
            throw refused(path, "OptionsRequired", "a choice field needs at least one option");
        }
        if (options.size() > MAX_OPTIONS) {
            throw refused(path, "TooManyOptions", "a field has at most " + MAX_OPTIONS + " options");
        }
        List<String> stripped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            String option = options.get(j) == null ? "" : options.get(j).strip();
            String at = path + "[" + j + "]";
            if (option.isEmpty()) {
                throw refused(at, "BlankOption", "an option must not be blank");
            }
            if (option.length() > MAX_LABEL) {
                throw refused(at, "Size", "an option must be at most " + MAX_LABEL + " characters");
            }
            if (!seen.add(option)) {
                throw refused(at, "DuplicateOption", "option '" + option + "' is listed twice");
            }
            stripped.add(option);
        }
        return stripped;
    }

    private static InvalidRequestException refused(String field, String code, String message) {
        return new InvalidRequestException(field, code, message);
    }
}
