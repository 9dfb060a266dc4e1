package com.crmplatform.campaignservice.publicpage.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The visitor's address as the gateway saw it: the first hop of X-Forwarded-For when present, else the connection's
 * remote address. Only ever hashed (page views), never stored.
 */
final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            int comma = forwarded.indexOf(',');
            String first = (comma < 0 ? forwarded : forwarded.substring(0, comma)).strip();
            if (!first.isEmpty()) {
                return first.length() > MAX_LENGTH ? first.substring(0, MAX_LENGTH) : first;
            }
        }
        return request.getRemoteAddr();
    }
}
