package io.votewire.extraction.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the keys every one of its matches starts with: lower-case prefixes such as "voted",
 * "abstain" or a digit. Finding visits only the places where a key starts and runs the expression there, instead
 * of trying its dozens of alternatives at every character; that trying was most of the engine's time. The keys
 * must cover every match ({@code KeyedPatternTest} compares each pattern with its plain expression); the matches
 * are then exactly the expression's.
 */
final class KeyedPattern {
    static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    /** The ten digits and these words: the keys of an expression that starts with a number or a word. */
    static String[] digitsAnd(String... words) {
        String[] keys = Arrays.copyOf(DIGITS, DIGITS.length + words.length);
        System.arraycopy(words, 0, keys, DIGITS.length, words.length);
        return keys;
    }

    private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();

    private final Pattern pattern;
    /** This pattern's place in a {@link Text}'s matchers. */
    private final int id = COUNT.getAndIncrement();
    /** Whether the expression opens with \b: then a key that starts with a letter or digit starts a word too. */
    private final boolean wordStart;
    private final String[][] keysByFirst = new String[128][];
    /** Per first character, the second and third characters its keys go on with: a quick no before the keys. */
    private final CharSet[] second = new CharSet[128];
    private final CharSet[] third = new CharSet[128];
    private final String[] otherKeys;
    private final String[] keys;
    /** A matcher per thread for {@link #foundIn}, whose scan ends before it returns: made once, not per call. */
    private final ThreadLocal<Matcher> spare;

    private KeyedPattern(Pattern pattern, boolean wordStart, String... keys) {
        this.pattern = pattern;
        this.wordStart = wordStart;
        this.keys = keys.clone();
        List<String> other = new ArrayList<>();
        for (String key : keys) {
            if (key.isEmpty() || !key.equals(key.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("keys are lower case and not empty: '" + key + "'");
            }
            char first = key.charAt(0);
            if (first >= 128) {
                other.add(key);
                continue;
            }
            String[] old = keysByFirst[first];
            String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = key;
            keysByFirst[first] = grown;
            (second[first] == null ? second[first] = new CharSet() : second[first]).add(key, 1);
            (third[first] == null ? third[first] = new CharSet() : third[first]).add(key, 2);
        }
        otherKeys = other.toArray(String[]::new);
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
        return new Scan(text, spare.get().reset(text.text)).find();
    }

    Scan scan(String text) {
        return scan(new Text(text));
    }

    Scan scan(Text text) {
        return new Scan(text);
    }

    private boolean mayStartAt(Text t, int i) {
        String lower = t.lower;
        char c = lower.charAt(i);
        if (c >= 128) {
            for (String key : otherKeys) {
                if (lower.startsWith(key, i)) {
                    return true;
                }
            }
            return false;
        }
        String[] keys = keysByFirst[c];
        if (keys == null) {
            return false;
        }
        if (!second[c].mayBe(lower, i + 1) || !third[c].mayBe(lower, i + 2)) {
            return false;
        }
        for (String key : keys) {
            if (lower.startsWith(key, i)) {
                return true;
            }
        }
        return false;
    }

    /** The ASCII characters keys have at one place, or "any" where a key is shorter or has another character. */
    private static final class CharSet {
        private long low;
        private long high;
        private boolean any;

        void add(String key, int at) {
            char c = at < key.length() ? key.charAt(at) : 128;
            if (c >= 128) {
                any = true;
            } else if (c < 64) {
                low |= 1L << c;
            } else {
                high |= 1L << (c - 64);
            }
        }

        boolean mayBe(String text, int at) {
            if (any) {
                return true;
            }
            char c = at < text.length() ? text.charAt(at) : 128;
            return c < 64 ? (low >>> c & 1) != 0 : c < 128 && (high >>> (c - 64) & 1) != 0;
        }
    }

    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /**
     * A text made ready for any number of scans: lower-cased char by char (so every offset stays the text's), and
     * the places where a match that opens with \b can start (word starts and every other character that is not a
     * space), found once.
     */
    static final class Text {
        final String text;
        final String lower;
        private int[] starts;
        private long[] keywords;
        private int keywordsRead;
        /** Per pattern, the matcher its scans of this text share (one scan of a pattern runs at a time). */
        private Matcher[] matchers = new Matcher[0];

        Text(String text) {
            this.text = text;
            char[] c = text.toCharArray();
            for (int i = 0; i < c.length; i++) {
                c[i] = Character.toLowerCase(c[i]);
            }
            this.lower = new String(c);
        }

        /** Which {@link Keywords} the text holds, read once (again only if a set was made since). */
        long[] keywords() {
            int size = Keywords.size();
            if (keywords == null || keywordsRead != size) {
                keywords = Keywords.find(lower);
                keywordsRead = size;
            }
            return keywords;
        }

        private int[] starts() {
            if (starts == null) {
                int[] s = new int[text.length()];
                int n = 0;
                boolean prevWord = false;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    boolean word = isWord(c);
                    if (word ? !prevWord : !Character.isWhitespace(c)) {
                        s[n++] = i;
                    }
                    prevWord = word;
                }
                starts = Arrays.copyOf(s, n);
            }
            return starts;
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
        private int next;
        /** Per key, where it next starts at or after {@code from} (-1: nowhere, -2: not looked for yet). */
        private int[] keyAt;

        private Scan(Text t) {
            this.t = t;
        }

        private Scan(Text t, Matcher m) {
            this.t = t;
            this.m = m;
        }

        boolean find() {
            int n = t.text.length();
            if (wordStart) {
                int[] starts = t.starts();
                while (next < starts.length && starts[next] < from) {
                    next++;
                }
                for (; next < starts.length; next++) {
                    if (tryAt(starts[next], n)) {
                        return true;
                    }
                }
            } else {
                // a match may start anywhere: the keys' own next places, found by indexOf, are the only candidates
                if (keyAt == null) {
                    keyAt = new int[keys.length];
                    Arrays.fill(keyAt, -2);
                }
                while (from < n) {
                    int at = n;
                    for (int k = 0; k < keys.length; k++) {
                        if (keyAt[k] != -1 && keyAt[k] < from) {
                            keyAt[k] = t.lower.indexOf(keys[k], from);
                        }
                        if (keyAt[k] >= 0 && keyAt[k] < at) {
                            at = keyAt[k];
                        }
                    }
                    if (at == n) {
                        break;
                    }
                    match().region(at, n);
                    if (m.lookingAt()) {
                        from = Math.max(m.end(), at + 1);
                        return true;
                    }
                    from = at + 1;
                }
            }
            from = n;
            return false;
        }

        private boolean tryAt(int i, int n) {
            if (!mayStartAt(t, i)) {
                return false;
            }
            match().region(i, n);
            if (!m.lookingAt()) {
                return false;
            }
            from = Math.max(m.end(), i + 1);
            return true;
        }

        /** The last match found; made on first use (most scans find no key at all) and kept by the text. */
        Matcher match() {
            if (m == null) {
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
