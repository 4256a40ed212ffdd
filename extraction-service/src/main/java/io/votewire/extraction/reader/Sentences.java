package io.votewire.extraction.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news prose into sentences with offsets: at line breaks, and at . ! ? followed by space and a capital,
 * digit or quote, except after abbreviations (U.S., Mr., Feb., No.) and single initials.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov",
            "amb", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
            "vs", "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "prof", "lt", "col", "sgt", "capt", "jr", "sr");

    /**
     * A sentence longer than this is cut, at its last space past half of it if it has one. No news sentence comes
     * near it (all UN members in one list make some 2,100; our longest labelled sentence has 1,009), and every
     * expression read per sentence then reads bounded text: an article without sentence ends costs the engine
     * linear time, not the square of its length (issue 17).
     */
    static final int MAX_CHARS = 4_000;

    private Sentences() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        char[] chars = text.toCharArray(); // the loop below is most of the work: an array, not charAt
        for (int i = 0; i < n; i++) {
            if (i - start >= MAX_CHARS) {
                int cut = lastSpace(chars, start + MAX_CHARS / 2, i);
                add(out, text, start, cut);
                start = cut;
            }
            char c = chars[i];
            if (c != '\n' && c != '.' && c != '!' && c != '?') {
                continue;
            }
            boolean boundary = false;
            int end = i + 1;
            if (c == '\n') {
                boundary = !continuesOnNextLine(text, start, i);
                end = i;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                boundary = true;
                while (end < n && "\"'”’)".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
            }
            if (boundary) {
                add(out, text, start, end);
                start = end;
                i = end - 1 < i ? i : end - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    /** The last space in [from, to), or {@code to} if there is none. */
    private static int lastSpace(char[] chars, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (isSpace(chars[i])) {
                return i;
            }
        }
        return to;
    }

    /**
     * Copy pasted from the web often breaks lines inside a sentence ("... led by Prime Minister\nViktor Orban, who");
     * a line that ends without punctuation and is not a title-case headline goes on in the next one.
     */
    private static boolean continuesOnNextLine(String text, int lineStart, int newline) {
        int from = lineStart;
        int to = newline;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to || newline + 1 >= text.length() || text.charAt(newline + 1) == '\n') {
            return false;
        }
        if (".!?:;\"”’)".indexOf(text.charAt(to - 1)) >= 0) {
            return false;
        }
        // the next line opens an item of a list ("- 2016: 125 - 37 - 22" then "- 2018: ..."): a line of its own
        int next = newline + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next + 1 < text.length() && "-•*·–—".indexOf(text.charAt(next)) >= 0 && text.charAt(next + 1) == ' ') {
            return false;
        }
        // the line's words, as runs between \s characters, and how many of them are capitalised
        int words = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i)) && (i == from || isSpace(text.charAt(i - 1)))) {
                words++;
                if (Character.isUpperCase(text.charAt(i))) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised < 0.7 * words;
    }

    /** What the regular expression \s matches. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean endsSentence(String text, int dot) {
        int j = dot + 1;
        while (j < text.length() && "\"'”’)".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'(".indexOf(next) >= 0)) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        // no abbreviation is longer than four letters: a longer word ends the sentence unless it has dots
        if (dot - w > 4) {
            int inner = text.indexOf('.', w);
            return inner < 0 || inner >= dot || startsSentence(text, j);
        }
        String word = text.substring(w, dot).toLowerCase();
        if (word.equals("no") || word.equals("nos")) {
            return !Character.isDigit(next); // "No. 5" but "voted no. Then"
        }
        if (ABBREVIATIONS.contains(word) || word.length() == 1) {
            return false;
        }
        // "U.S." / "U.N." end a sentence only before a word that usually starts one
        if (word.contains(".")) {
            return startsSentence(text, j);
        }
        return true;
    }

    private static final Set<String> OPENERS = Set.of("The", "It", "He", "She", "They", "We", "In", "On", "A", "An",
            "But", "And", "This", "That", "However", "Meanwhile", "After", "Before", "At", "Its", "His", "Her", "Then",
            "There", "These", "Those", "Some", "Many", "As", "When", "While", "Only", "Both", "Their", "Our", "Diplomats",
            "Officials", "Russia", "China", "France", "Britain", "Israel", "Washington", "Moscow", "Beijing");

    private static boolean startsSentence(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return OPENERS.contains(text.substring(at, e));
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }
}
