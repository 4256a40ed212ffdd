package io.votewire.gateway.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Query parameter checks with reasons a client can act on (each becomes a 400 problem). */
final class Params {
    static final int MAX_LIMIT = 200;
    /** Article ids as ingest accepts them, resolution ids as the tally makes them. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:~-]{1,200}");

    private Params() {
    }

    static int limit(String param) {
        try {
            int limit = Integer.parseInt(param);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestException("limit must be an integer from 1 to " + MAX_LIMIT + ", not '" + param + "'");
    }

    static void oneOf(String name, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new BadRequestException(name + " must be one of " + new TreeSet<>(allowed) + ", not '" + value + "'");
        }
    }

    static String date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date like 2025-02-24, not '" + value + "'");
        }
    }

    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** An id of another shape names nothing: 404 without asking the database (which refuses NUL, for one). */
    static String id(String what, String value) {
        if (!isId(value)) {
            throw new NotFoundException("no " + what + " with id '" + value + "'");
        }
        return value;
    }

    /** Free text: stripped, null when blank; control characters are no words of a title. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new BadRequestException(name + " must not contain control characters");
        }
        return value.strip();
    }

    static String iso3(String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[A-Za-z]{3}")) {
            throw new BadRequestException("country must be an ISO 3166-1 alpha-3 code like UKR, not '" + value + "'");
        }
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
