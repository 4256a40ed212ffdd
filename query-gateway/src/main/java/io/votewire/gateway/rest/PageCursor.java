package io.votewire.gateway.rest;

import io.votewire.gateway.persistence.TallyReader;
import jakarta.ws.rs.BadRequestException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where the next page starts: the sort key and id of the last row given out, opaque to clients (base64 of
 * "kind\nkey\nid"). Every part is checked before it reaches a query: a cursor is client input like any other.
 *
 * @param key the vote date ("" when undated) for kind "d", the change sequence number for kind "u"
 */
record PageCursor(String key, String id) {
    /** By vote date, newest first. */
    static final String BY_DATE = "d";
    /** By change, most recent first. */
    static final String BY_CHANGE = "u";

    static PageCursor after(TallyReader.ResolutionHead last, String kind) {
        return BY_CHANGE.equals(kind) ? new PageCursor(String.valueOf(last.change()), last.id()) : byDate(last.voteDate(), last.id());
    }

    /** After a row of a listing by vote date (undated rows sort last, as ""). */
    static PageCursor byDate(String voteDate, String id) {
        return new PageCursor(voteDate == null ? "" : voteDate, id);
    }

    String encode(String kind) {
        String raw = kind + "\n" + key + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a page of this kind, or null for the first page; 400 with the part that is wrong. */
    static PageCursor decode(String cursor, String kind) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw refused(cursor, kind, "it is not base64url");
        }
        if (parts.length != 3 || !parts[0].equals(kind)) {
            throw refused(cursor, kind, "it is not of this listing's kind");
        }
        if (!Params.isId(parts[2])) {
            throw refused(cursor, kind, "its id part is not an id");
        }
        if (!(BY_CHANGE.equals(kind) ? isChange(parts[1]) : parts[1].isEmpty() || isDate(parts[1]))) {
            throw refused(cursor, kind, BY_CHANGE.equals(kind) ? "its change part is not a change number" : "its date part is not a date");
        }
        return new PageCursor(parts[1], parts[2]);
    }

    private static boolean isChange(String s) {
        try {
            return Long.parseLong(s) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Dates as the tally stores them: yyyy-mm-dd, nothing else (a longer or looser text would sort differently). */
    private static boolean isDate(String s) {
        try {
            return LocalDate.parse(s).toString().equals(s);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static BadRequestException refused(String cursor, String kind, String why) {
        String shown = cursor.length() > 100 ? cursor.substring(0, 100) + "…" : cursor;
        return new BadRequestException("cursor '" + shown + "' is not one this service gave out for this listing"
                + (BY_CHANGE.equals(kind) ? " (sort=updated)" : "") + ": " + why);
    }
}
