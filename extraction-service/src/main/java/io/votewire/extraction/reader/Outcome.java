package io.votewire.extraction.reader;

import java.util.Locale;

/** How a vote on a text ended, as the events report it ({@link #label()}). */
public enum Outcome {
    ADOPTED, REJECTED, VETOED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
