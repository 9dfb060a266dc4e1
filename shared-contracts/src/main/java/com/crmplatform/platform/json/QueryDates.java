package com.crmplatform.platform.json;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;

/**
 * The query-parameter side of {@link StrictJsonInput}'s year range: {@code ?createdFrom=-999999999-01-01T00:00:00Z}
 * parses as an {@link Instant} but overflows on its way to PostgreSQL (a 500), and year 0 or 10000 is no date a
 * client means. Dates and times in query parameters parse as Spring parses them (ISO, and RFC 1123 for instants) and
 * are refused outside the years 1 to 9999: Spring turns the refusal into a 400 {@code INVALID_PARAMETER} naming the
 * parameter. Registered after Spring's own formatters, so these win for every parameter of these types.
 */
public final class QueryDates {

    private QueryDates() {}

    public static void register(FormatterRegistry registry) {
        registry.addFormatterForFieldType(Instant.class, new YearRange<>(new InstantFormatter(), instant -> instant));
        registry.addFormatterForFieldType(
                LocalDate.class,
                new YearRange<>(
                        new IsoFormatter<>(LocalDate::parse),
                        date -> date.atStartOfDay(ZoneOffset.UTC).toInstant()));
        registry.addFormatterForFieldType(
                OffsetDateTime.class,
                new YearRange<>(new IsoFormatter<>(OffsetDateTime::parse), OffsetDateTime::toInstant));
    }

    private record IsoFormatter<T>(Function<String, T> parser) implements Formatter<T> {

        @Override
        public T parse(String text, Locale locale) {
            return parser.apply(text);
        }

        @Override
        public String print(T value, Locale locale) {
            return value.toString();
        }
    }

    private record YearRange<T>(Formatter<T> formatter, Function<T, Instant> instant) implements Formatter<T> {

        @Override
        public T parse(String text, Locale locale) throws ParseException {
            T value = formatter.parse(text, locale);
            Instant moment = instant.apply(value);
            if (moment.isBefore(StrictJsonInput.EARLIEST) || moment.isAfter(StrictJsonInput.LATEST)) {
                throw new IllegalArgumentException("'" + text + "' is not between the years 1 and 9999");
            }
            return value;
        }

        @Override
        public String print(T value, Locale locale) {
            return formatter.print(value, locale);
        }
    }
}
