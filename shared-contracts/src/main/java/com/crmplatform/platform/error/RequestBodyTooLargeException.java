package com.crmplatform.platform.error;

import java.io.IOException;

/**
 * A request body grew past its limit while it was being read (a body sent without a length, chunked). An
 * {@link IOException}, because it is thrown from the body's input stream in the middle of a read; whoever reads it
 * (Jackson, a CSV import) fails, and {@link ProblemDetailsAdvice} answers 413 {@code PAYLOAD_TOO_LARGE}.
 */
public class RequestBodyTooLargeException extends IOException {

    private final long limit;

    public RequestBodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** This exception, when it is {@code e} or one of its causes (a reader may wrap it). */
    static RequestBodyTooLargeException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
