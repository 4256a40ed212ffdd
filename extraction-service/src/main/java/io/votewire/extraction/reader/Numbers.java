package io.votewire.extraction.reader;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a count written in digits ("1,024") or words ("ninety-three", "a hundred and forty-one", "none"). */
public final class Numbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("none", 0), Map.entry("nil", 0), Map.entry("one", 1), Map.entry("a", 1),
            Map.entry("single", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    /**
     * A number phrase as a regex fragment, for patterns that look for counts. The words are tried only after a
     * letter that starts one of them ({@code (?=[otfsenza])}): a number in digits that fails its pattern then fails
     * at once, not after thirty word alternatives.
     */
    public static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})*|(?=[otfsenza])(?:(?:(?:one|a) hundred(?:\\s+and)?[\\s-]+)?(?:"
            + "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
            // the teens before the units they begin with: "seventeen" is no "seven" and a stray "teen"
            + "|zero|none|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|one|two|three|four|five|six|seven|eight|nine|ten)|(?:one|a) hundred))";
    /** What every {@link #NUMBER} starts with, in lower case: a digit or the beginning of a number word. */
    static final String[] KEYS = KeyedPattern.digitsAnd("a hundred", "one", "two", "three", "thirt",
            "four", "forty", "five", "fift", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "zero", "none");
    private static final Pattern SPLIT = Pattern.compile("[\\s-]+");

    private Numbers() {
    }

    /** Every number word {@link #wordValue} knows. */
    static Set<String> words() {
        return WORDS.keySet();
    }

    /** The value of one lower-case number word or run of digits ("twelve", "140"), else -1: no parsing of phrases. */
    static int wordValue(String word) {
        if (word.isEmpty() || word.length() > 9) {
            return -1;
        }
        if (Character.isDigit(word.charAt(0))) {
            int v = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c == ',') {
                    continue;
                }
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
        Integer v = WORDS.get(word);
        return v == null ? -1 : v;
    }

    public static OptionalInt parse(String phrase) {
        String p = phrase.trim().toLowerCase().replace(",", "");
        if (p.isEmpty()) {
            return OptionalInt.empty();
        }
        if (Character.isDigit(p.charAt(0))) {
            try {
                return OptionalInt.of(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        int total = 0;
        boolean any = false;
        for (String w : SPLIT.split(p)) {
            if (w.equals("and")) {
                continue;
            }
            if (w.equals("hundred")) {
                total = (total == 0 ? 1 : total) * 100;
                any = true;
                continue;
            }
            Integer v = WORDS.get(w);
            if (v == null) {
                return OptionalInt.empty();
            }
            total += v;
            any = true;
        }
        return any ? OptionalInt.of(total) : OptionalInt.empty();
    }
}
