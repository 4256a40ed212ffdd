package io.votewire.extraction.reader;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the characters every one of its matches starts with. {@link Matcher#find()} tries all
 * the alternatives of an expression at every character of the text; this tries the expression only where one of
 * those characters stands. It is for texts that are not read by the {@link Keywords} (a whole article, a window
 * before a word) and for expressions whose keys would be too common to key. The expressions must not use ^.
 * {@code KeyedPatternTest} checks that each finds what its plain expression finds.
 */
final class FirstCharPattern {
    private final Pattern pattern;
    private final boolean[] ascii = new boolean[128];
    private final String others;
    /** Whether every alternative that opens with a letter or digit opens with \b. */
    private final boolean atWordStarts;

    private FirstCharPattern(Pattern pattern, String firstChars, boolean atWordStarts) {
        this.pattern = pattern;
        this.atWordStarts = atWordStarts;
        StringBuilder others = new StringBuilder();
        boolean anyCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 || pattern.pattern().startsWith("(?i)");
        for (char c : firstChars.toCharArray()) {
            if (c < 128) {
                ascii[c] = true;
                if (anyCase) {
                    ascii[Character.toLowerCase(c)] = true;
                    ascii[Character.toUpperCase(c)] = true;
                }
            } else {
                others.append(c);
            }
        }
        this.others = others.toString();
    }

    /**
     * For an expression whose alternatives open with \b where they open with a letter or digit. The first characters
     * of a case-insensitive expression (by a flag, or by (?i) at its start) count in either case.
     */
    static FirstCharPattern atWords(Pattern pattern, String firstChars) {
        return new FirstCharPattern(pattern, firstChars, true);
    }

    static FirstCharPattern anywhere(Pattern pattern, String firstChars) {
        return new FirstCharPattern(pattern, firstChars, false);
    }

    Pattern pattern() {
        return pattern;
    }

    /** As {@code pattern().matcher(text).find()}. */
    boolean foundIn(CharSequence text) {
        return find(text, 0, text.length()) != null;
    }

    /**
     * As {@code pattern().matcher(text).region(from, to).useTransparentBounds(true).find()}: the matcher of the
     * first match in [from, to), or null.
     */
    Matcher find(CharSequence text, int from, int to) {
        Matcher m = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128 ? !ascii[c] : others.indexOf(c) < 0) {
                continue;
            }
            // inside a word \b fails: a letter after a letter is no match of such an expression
            if (atWordStarts && i > 0 && isAsciiWord(c) && isAsciiWord(text.charAt(i - 1))) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true);
            }
            if (m.region(i, to).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private static boolean isAsciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
