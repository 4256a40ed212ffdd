package io.votewire.extraction.reader;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the keys every one of its matches starts with: lower-case prefixes such as "voted",
 * "abstain" or a digit. Finding visits only the places where a key starts and runs the expression there, instead
 * of trying its dozens of alternatives at every character; that trying was most of the engine's time. The keys of
 * all patterns are found in one pass over a text ({@link Keywords}). The keys must cover every match
 * ({@code KeyedPatternTest} compares each pattern with its plain expression); the matches are then exactly the
 * expression's.
 */
final class KeyedPattern {
    static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** The ten digits and these words: the keys of an expression that starts with a number or a word. */
    static String[] digitsAnd(String... words) {
        String[] keys = Arrays.copyOf(DIGITS, DIGITS.length + words.length);
        System.arraycopy(words, 0, keys, DIGITS.length, words.length);
        return keys;
    }

    private final Pattern pattern;
    /** This pattern's place in a text's key places and matchers. */
    private final int id = COUNT.getAndIncrement();
    /** A matcher per thread for {@link #foundIn}, whose scan ends before it returns: made once, not per call. */
    private final ThreadLocal<Matcher> spare;

    /** @param wordStart whether the expression opens with \b: then a key that starts with a letter or digit starts a word too */
    private KeyedPattern(Pattern pattern, boolean wordStart, String... keys) {
        this.pattern = pattern;
        Keywords.keysOf(id, wordStart, keys);
        spare = ThreadLocal.withInitial(() -> pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false));
    }

    /** For an expression that opens with \b (or a lookbehind and \b). */
    static KeyedPattern atWords(Pattern pattern, String... keys) {
        return new KeyedPattern(pattern, true, keys);
    }

    /** For an expression whose matches may start inside a word. */
    static KeyedPattern anywhere(Pattern pattern, String... keys) {
        return new KeyedPattern(pattern, false, keys);
    }

    Pattern pattern() {
        return pattern;
    }

    /** As {@code pattern().matcher(text).find()}. */
    boolean foundIn(String text) {
        return foundIn(new Text(text));
    }

    boolean foundIn(Text text) {
        return new Scan(text, 0, text.text.length(), false, true).find();
    }

    /**
     * As {@code foundIn(text.text.substring(from, to))}, but read from the text's own keys, and \b and lookbehinds
     * see the characters around (a word cut by the window is no word). For expressions without ^.
     */
    boolean foundIn(Text text, int from, int to) {
        return new Scan(text, from, to, true, true).find();
    }

    /** The matches in {@code [from, to)} of the text, as {@link #foundIn(Text, int, int)} finds them. */
    Scan scan(Text text, int from, int to) {
        return new Scan(text, from, to, true, false);
    }

    Scan scan(String text) {
        return scan(new Text(text));
    }

    Scan scan(Text text) {
        return new Scan(text, 0, text.text.length(), false, false);
    }

    /** Whether any of the keys is in the text: a quick no derived from the keys, where no match can be. */
    boolean mayBeIn(Text text) {
        return text.reading().keyCount(id) > 0;
    }

    /**
     * A text made ready for any number of scans: lower-cased char by char (so every offset stays the text's), and
     * read once by the {@link Keywords} for the places where each pattern's keys start.
     */
    static final class Text {
        final String text;
        final String lower;
        /** The lower-case text as characters, for the keywords' pass. */
        private final char[] lowerChars;
        private Keywords.Reading reading;
        /** Per pattern, the matcher its scans of this text share (one scan of a pattern runs at a time). */
        private Matcher[] matchers = new Matcher[0];

        Text(String text) {
            this.text = text;
            char[] c = text.toCharArray();
            if (lowerCharByChar(c)) {
                this.lower = new String(c);
                this.lowerChars = c;
                return;
            }
            // String.toLowerCase maps char by char as Character.toLowerCase does, but for what lowerCharByChar
            // leaves to it: it lengthens "İ", reads a final "Σ" by its context, maps a surrogate pair as one
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length() || text.indexOf('Σ') >= 0) {
                c = text.toCharArray();
                for (int i = 0; i < c.length; i++) {
                    c[i] = Character.toLowerCase(c[i]);
                }
                lower = new String(c);
            }
            this.lower = lower;
            this.lowerChars = lower.toCharArray();
        }

        /**
         * Lower-cases the characters in place, in one pass, where each maps on its own as in {@code
         * String.toLowerCase(Locale.ROOT)}; false (the characters partly mapped) at one that may not: "İ", "Σ", a
         * surrogate.
         */
        private static boolean lowerCharByChar(char[] c) {
            for (int i = 0; i < c.length; i++) {
                char ch = c[i];
                if (ch < 128) {
                    c[i] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
                } else if (ch == 'İ' || ch == 'Σ' || Character.isSurrogate(ch)) {
                    return false;
                } else {
                    c[i] = Character.toLowerCase(ch);
                }
            }
            return true;
        }

        /** What the keywords find in the text, read once (again only if a pattern or set was made since). */
        Keywords.Reading reading() {
            if (reading == null || !reading.current()) {
                reading = Keywords.read(lowerChars);
            }
            return reading;
        }
    }

    /**
     * The matches in one text, left to right, as {@link Matcher#find()} gives them. Scans of one pattern on one text
     * share a matcher, so they must not interleave (none of the readers nests them).
     */
    final class Scan {
        private final Text t;
        private Matcher m;
        private int from;
        private final int to;
        /** Whether $ ends at {@code to}, as it would in the substring. */
        private final boolean window;
        /** Whether the scan ends before its caller reads a match, so it may use the thread's spare matcher. */
        private final boolean once;
        private int next;

        private Scan(Text t, int from, int to, boolean window, boolean once) {
            this.t = t;
            this.from = from;
            this.to = to;
            this.window = window;
            this.once = once;
        }

        boolean find() {
            Keywords.Reading r = t.reading();
            for (int count = r.keyCount(id); next < count; ) {
                int at = r.keyAt(id, next++);
                if (at < from) {
                    continue;
                }
                if (at >= to) {
                    break;
                }
                match().region(at, to).useAnchoringBounds(window);
                if (m.lookingAt()) {
                    from = Math.max(m.end(), at + 1);
                    return true;
                }
            }
            from = to;
            return false;
        }

        /**
         * The last match found; made on first use (most scans find no key at all) and kept by the text, or the
         * thread's spare one reset to the text.
         */
        Matcher match() {
            if (m == null && once) {
                m = spare.get().reset(t.text);
            } else if (m == null) {
                if (t.matchers.length <= id) {
                    t.matchers = Arrays.copyOf(t.matchers, Math.max(id + 1, COUNT.get()));
                }
                m = t.matchers[id];
                if (m == null) {
                    m = t.matchers[id] = pattern.matcher(t.text).useTransparentBounds(true).useAnchoringBounds(false);
                }
            }
            return m;
        }
    }
}
