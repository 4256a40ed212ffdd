package io.votewire.tally.domain;

import io.votewire.contract.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A record's title: the best short description among the ways its claims name the vote. Sources word one text
 * differently ("a European-backed resolution criticizing Russia", "a resolution drafted by European countries and
 * Kyiv"), so the title is the wording that shares most words with the others (weighted by their sources); a wording
 * cut off in the middle of a clause ("... conflict but") comes last, one without a word of its own ("text then") is
 * none. The wording of a thin mention (no count, no symbol: it joined the vote only by fitting it) names the vote only
 * where no claim identified it by itself; otherwise, and without any wording, the body and kind say what it is.
 */
public final class Titles {
    /** Words a noun phrase does not end with: a title ending in one was cut out of a longer clause. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "and", "or", "but", "that", "which", "who",
            "whose", "while", "then", "as", "to", "of", "in", "on", "for", "with", "by", "from", "at", "it", "its", "their");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    /** Words that tell one text from another, compared by their first letters ("Russia", "Russian"). */
    private static final int STEM = 5;
    /** Past this, a description reads as a sentence. */
    private static final int SHORT = 90;
    private static final Map<String, String> BODIES = Map.of("GA", "General Assembly", "SC", "Security Council",
            "HRC", "Human Rights Council");

    private Titles() {
    }

    /**
     * The title as its article has it, without a last word the reader cut in half (an extractor cuts long titles at
     * a length): where the sentence it came from goes on with a letter right after it, that word is dropped.
     */
    static String whole(String title, List<Evidence> evidence) {
        if (title == null || title.isBlank() || evidence == null || !Character.isLetterOrDigit(title.charAt(title.length() - 1))) {
            return title;
        }
        for (Evidence e : evidence) {
            int at = e.text() == null ? -1 : e.text().indexOf(title);
            int after = at + title.length();
            if (at >= 0 && after < e.text().length() && Character.isLetterOrDigit(e.text().charAt(after))) {
                int space = title.lastIndexOf(' ');
                return space < 0 ? null : title.substring(0, space).strip();
            }
        }
        return title;
    }

    /**
     * The best of the candidate titles (each with its sources), readable; from body and kind when there is none.
     *
     * @param mentions the wordings of thin mentions, used only where the record has no claim of its own weight
     */
    static String best(List<Support> candidates, List<Support> mentions, boolean identified, String body, String kind,
                       String symbol) {
        return best(candidates, body, kind, symbol).or(() -> identified ? Optional.empty() : best(mentions, body, kind, symbol))
                .orElseGet(() -> fallback(body, kind, symbol));
    }

    private static Optional<String> best(List<Support> candidates, String body, String kind, String symbol) {
        // each wording's words are found once, not again in every comparison (a hot vote's many wordings made this
        // a tenth of the tally's CPU at 100 articles/s, JFR, #15)
        List<Set<String>> stemsOf = candidates.stream().map(s -> Candidate.stems(String.valueOf(s.value()))).toList();
        List<Candidate> readable = new ArrayList<>();
        for (Support s : candidates) {
            Candidate c = new Candidate(String.valueOf(s.value()), s.sources());
            if (!c.stems.isEmpty()) {
                c.agreement = c.agreement(candidates, stemsOf);
                readable.add(c);
            }
        }
        Comparator<Candidate> order = Comparator.comparing((Candidate c) -> c.fragment)
                .thenComparing(c -> c.text.length() > SHORT)
                .thenComparingInt(c -> -c.agreement)
                .thenComparingInt(c -> -Math.min(c.stems.size(), 8))
                .thenComparingInt(c -> c.text.length())
                .thenComparing(c -> c.text);
        return readable.stream().min(order).map(c -> c.text);
    }

    /** "Security Council resolution", "General Assembly amendment", with its symbol where known. */
    private static String fallback(String body, String kind, String symbol) {
        String what = BODIES.getOrDefault(body, "UN") + " " + (kind == null ? "resolution" : kind);
        return symbol == null ? what : what + " " + symbol;
    }

    /** One wording: readable (no leading article, no dangling end word, capitalised) and the words it shares. */
    private static final class Candidate {
        final String raw;
        final String text;
        final boolean fragment;
        final int sources;
        final Set<String> stems;
        int agreement;

        Candidate(String title, int sources) {
            this.raw = title;
            String[] words = title.strip().split("\\s+");
            int from = 0;
            int to = words.length;
            while (from < to && DETERMINERS.contains(words[from].toLowerCase(Locale.ROOT))) {
                from++;
            }
            boolean dangling = false;
            while (to > from && DANGLING.contains(bare(words[to - 1]))) {
                to--;
                dangling = true;
            }
            String text = String.join(" ", List.of(words).subList(from, to)).replaceAll("[,;:]+$", "");
            this.text = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
            this.fragment = dangling;
            this.sources = sources;
            this.stems = stems(text);
        }

        /** Its own sources and those of every other wording that shares one of its words ({@code stemsOf}: theirs). */
        int agreement(List<Support> all, List<Set<String>> stemsOf) {
            int n = sources;
            for (int i = 0; i < all.size(); i++) {
                if (!String.valueOf(all.get(i).value()).equals(raw) && stemsOf.get(i).stream().anyMatch(stems::contains)) {
                    n += all.get(i).sources();
                }
            }
            return n;
        }

        private static String bare(String word) {
            return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        }

        private static Set<String> stems(String text) {
            Set<String> out = new HashSet<>();
            for (String w : ResolutionMatcher.words(text)) {
                out.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
            return out;
        }
    }
}
