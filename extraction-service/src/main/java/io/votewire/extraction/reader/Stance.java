package io.votewire.extraction.reader;

import java.util.Locale;

/** How a state voted on a text, as the events report it ({@link #label()}). */
public enum Stance {
    YES, NO, ABSTAIN, ABSENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stance of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
