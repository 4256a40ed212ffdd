package io.votewire.extraction.reader;

import java.util.List;

/**
 * A UN member or observer state.
 *
 * @param names     every name news prose uses for the state itself (first = display name)
 * @param metonyms  capitals and institutions that stand for the state's government ("Moscow", "the Kremlin")
 * @param demonyms  adjectives and nationality nouns ("Russian"): never a vote by themselves
 */
public record State(String iso3, boolean member, List<String> names, List<String> metonyms, List<String> demonyms) {
    public String name() {
        return names.get(0);
    }
}
