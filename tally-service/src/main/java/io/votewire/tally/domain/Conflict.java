package io.votewire.tally.domain;

import java.util.List;

/**
 * Something a reader of a record should know about a field, with the values involved.
 *
 * @param kind {@code disagreement} (sources state different values), {@code inconsistency} (the value contradicts
 *             what is known: membership, counts, veto rules) or {@code uncorroborated} (one source alone names it
 *             where several others list that side and leave it out); the first two make a record disputed
 */
public record Conflict(String field, String kind, String reason, List<Support> values) {
    public static Conflict disagreement(String field, List<Support> values) {
        return new Conflict(field, "disagreement", "sources disagree", values);
    }

    public static Conflict inconsistency(String field, String reason, List<Support> values) {
        return new Conflict(field, "inconsistency", reason, values);
    }

    public static Conflict uncorroborated(String field, String reason, List<Support> values) {
        return new Conflict(field, "uncorroborated", reason, values);
    }

    public boolean disputes() {
        return !"uncorroborated".equals(kind);
    }
}
