package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.campaignservice.form.domain.CampaignForm;
import com.crmplatform.campaignservice.form.domain.CatalogueField;
import com.crmplatform.campaignservice.form.domain.FieldType;
import com.crmplatform.campaignservice.form.domain.FormField;
import com.crmplatform.contracts.common.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a person's answers against one version of a campaign's form, the same way for the public page, the JSON
 * API, offline entry and CSV import. Each refused answer gets one error with a stable code:
 *
 * <ul>
 *   <li>{@code Required} — a required field was left empty; {@code MustBeTrue} — a required CONSENT not ticked
 *   <li>{@code UnknownField} — a key the form does not have
 *   <li>{@code InvalidType} — e.g. a number or list where text is expected
 *   <li>{@code TooLong} — longer than the catalogue field's maximum, or 500 characters for a custom text
 *   <li>{@code InvalidCharacters} — control characters or unpaired surrogates
 *   <li>{@code InvalidNumber}, {@code InvalidDate} (yyyy-MM-dd), {@code NotAnOption}
 *   <li>{@code InvalidPhone} (5–20 digits, optional leading +, spaces and dashes allowed), {@code InvalidEmail}
 *   <li>{@code PhoneOrEmailRequired} — neither phone nor e-mail answered
 * </ul>
 */
public final class AnswerValidation {

    /** The longest answer to a custom TEXT field. */
    public static final int MAX_CUSTOM_TEXT = 500;

    /** The longest text accepted as a NUMBER. */
    static final int MAX_NUMBER_TEXT = 40;

    private static final String PHONE = CatalogueField.PHONE.key();
    private static final String EMAIL = CatalogueField.EMAIL.key();
    private static final String NAME = CatalogueField.NAME.key();

    private AnswerValidation() {}

    /**
     * @param raw answers by key: Strings, Booleans, Numbers, Lists of Strings; null or blank means unanswered
     */
    public static AnswerCheck check(CampaignForm form, Map<String, ?> raw) {
        List<FieldViolation> errors = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        form.fields().forEach(field -> known.add(field.key()));
        raw.keySet().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .forEach(key ->
                        errors.add(new FieldViolation(shorten(key), "UnknownField", "the form has no such field")));

        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            Object value = raw.get(field.key());
            if (isBlank(value)) {
                if (field.required()) {
                    errors.add(
                            field.type() == FieldType.CONSENT && !field.isCatalogue()
                                    ? new FieldViolation(field.key(), "MustBeTrue", "must be ticked")
                                    : new FieldViolation(field.key(), "Required", "is required"));
                }
                continue;
            }
            Object answer = field.isCatalogue() ? catalogueText(field, value, errors) : custom(field, value, errors);
            if (answer != null) {
                answers.put(field.key(), answer);
            }
        }

        String phone = (String) answers.get(PHONE);
        String email = (String) answers.get(EMAIL);
        boolean contactRefused = errors.stream()
                .anyMatch(e -> e.field().equals(PHONE) || e.field().equals(EMAIL));
        if (phone == null && email == null && !contactRefused) {
            String field = known.contains(PHONE) || !known.contains(EMAIL) ? PHONE : EMAIL;
            errors.add(new FieldViolation(field, "PhoneOrEmailRequired", "a phone number or an e-mail is required"));
        }
        return new AnswerCheck(
                form.version(),
                answers,
                (String) answers.get(NAME),
                Contacts.normalizePhone(phone),
                Contacts.normalizeEmail(email),
                errors);
    }

    private static Object catalogueText(FormField field, Object value, List<FieldViolation> errors) {
        CatalogueField catalogue = CatalogueField.byKey(field.key()).orElseThrow();
        String text = text(field, value, catalogue.maxLength(), errors);
        if (text == null) {
            return null;
        }
        if (catalogue == CatalogueField.PHONE && Contacts.normalizePhone(text) == null) {
            errors.add(new FieldViolation(
                    field.key(), "InvalidPhone", "must be 5 to 20 digits, optionally with a leading +"));
            return null;
        }
        if (catalogue == CatalogueField.EMAIL) {
            String email = Contacts.normalizeEmail(text);
            if (email == null) {
                errors.add(new FieldViolation(field.key(), "InvalidEmail", "must be an e-mail address"));
            }
            return email;
        }
        return text;
    }

    private static Object custom(FormField field, Object value, List<FieldViolation> errors) {
        return switch (field.type()) {
            case TEXT -> text(field, value, MAX_CUSTOM_TEXT, errors);
            case NUMBER -> number(field, value, errors);
            case DATE -> date(field, value, errors);
            case SINGLE_CHOICE -> {
                String choice = text(field, value, MAX_CUSTOM_TEXT, errors);
                yield choice == null ? null : option(field, choice, errors) ? choice : null;
            }
            case MULTI_CHOICE -> choices(field, value, errors);
            case CONSENT -> consent(field, value, errors);
        };
    }

    private static String text(FormField field, Object value, int maxLength, List<FieldViolation> errors) {
        if (!(value instanceof String raw)) {
            errors.add(new FieldViolation(field.key(), "InvalidType", "must be text"));
            return null;
        }
        String text = raw.strip();
        if (hasUnwantedCharacter(text)) {
            errors.add(new FieldViolation(field.key(), "InvalidCharacters", "contains control characters"));
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            errors.add(new FieldViolation(field.key(), "TooLong", "must be at most " + maxLength + " characters"));
            return null;
        }
        return text;
    }

    private static BigDecimal number(FormField field, Object value, List<FieldViolation> errors) {
        try {
            BigDecimal number = switch (value) {
                case BigDecimal decimal -> decimal;
                case Integer i -> BigDecimal.valueOf(i);
                case Long l -> BigDecimal.valueOf(l);
                case String text when text.strip().length() <= MAX_NUMBER_TEXT -> new BigDecimal(text.strip());
                default -> null;
            };
            // An exponent like 1e999999 is exact but no answer anyone means; keep what fits NUMERIC comfortably.
            if (number != null && number.precision() - number.scale() <= 30 && number.scale() <= 10) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.add(new FieldViolation(field.key(), "InvalidNumber", "must be a decimal number such as 12.5"));
        return null;
    }

    private static String date(FormField field, Object value, List<FieldViolation> errors) {
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE)
                        .toString();
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        errors.add(new FieldViolation(field.key(), "InvalidDate", "must be a date as yyyy-MM-dd"));
        return null;
    }

    private static boolean option(FormField field, String choice, List<FieldViolation> errors) {
        if (field.options().contains(choice)) {
            return true;
        }
        errors.add(new FieldViolation(field.key(), "NotAnOption", "must be one of " + field.options()));
        return false;
    }

    private static List<String> choices(FormField field, Object value, List<FieldViolation> errors) {
        if (!(value instanceof Collection<?> list)) {
            errors.add(new FieldViolation(field.key(), "InvalidType", "must be a list of options"));
            return null;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof String choice)) {
                errors.add(new FieldViolation(field.key(), "InvalidType", "must be a list of options"));
                return null;
            }
            if (!option(field, choice.strip(), errors)) {
                return null;
            }
            chosen.add(choice.strip());
        }
        return List.copyOf(chosen);
    }

    private static Boolean consent(FormField field, Object value, List<FieldViolation> errors) {
        Boolean ticked = switch (value) {
            case Boolean b -> b;
            case String text when text.strip().equalsIgnoreCase("true") -> true;
            case String text when text.strip().equalsIgnoreCase("false") -> false;
            default -> null;
        };
        if (ticked == null) {
            errors.add(new FieldViolation(field.key(), "InvalidType", "must be true or false"));
        } else if (field.required() && !ticked) {
            errors.add(new FieldViolation(field.key(), "MustBeTrue", "must be ticked"));
            return null;
        }
        return ticked;
    }

    private static boolean isBlank(Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty();
    }

    static boolean hasUnwantedCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String key) {
        String safe = key.length() > 64 ? key.substring(0, 64) + "…" : key;
        return hasUnwantedCharacter(safe) ? "?" : safe;
    }
}
