package com.crmplatform.billingservice.receivable.web;

import com.crmplatform.platform.error.InvalidRequestException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The {@code format} parameter and the {@code Accept} header of the reports that export CSV. */
final class Formats {

    private Formats() {}

    /** {@code csv} or {@code json} (any case); 400 on {@code format} otherwise. */
    static boolean csv(String format) {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new InvalidRequestException("format", "Format", "format must be csv or json");
        };
    }

    /** Whether {@code Accept} names {@code text/csv} (a wildcard is not a request for CSV); unreadable: no. */
    static boolean acceptsCsv(String accept) {
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream()
                    .anyMatch(
                            t -> "text".equals(t.getType()) && "csv".equals(t.getSubtype()) && t.getQualityValue() > 0);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
