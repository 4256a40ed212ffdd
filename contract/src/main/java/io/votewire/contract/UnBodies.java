package io.votewire.contract;

import java.util.Map;
import java.util.Set;

/** What is known about the bodies that vote: how many members each has, and who can veto. */
public final class UnBodies {
    public static final Set<String> PERMANENT_MEMBERS = Set.of("CHN", "FRA", "GBR", "RUS", "USA");
    private static final Map<String, Integer> MEMBERS = Map.of("GA", 193, "SC", 15, "HRC", 47);

    private UnBodies() {
    }

    /** Number of members that can vote in the body, or null when unknown (OTHER). */
    public static Integer members(String body) {
        return MEMBERS.get(body);
    }
}
