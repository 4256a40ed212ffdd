package io.votewire.extraction.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gazetteer: all 193 UN members, the observer states and a former member, with every common name, capital and demonym, from
 * {@code states.tsv}. Finds state mentions in text by scanning word tokens once and looking phrases of up to
 * {@link #MAX_WORDS} tokens up in a map, longest first; matching is case-sensitive so "us", "chad" and "turkey" in
 * lower case are never states.
 */
public final class States {
    private static final int MAX_WORDS = 9;

    /** Names that are also common words in capitals ("TURKEY", "CHAD"): a heading's, not a state's. */
    private static final Set<String> CAPITALS_NOT_STATES = Set.of("TURKEY", "CHAD", "JORDAN", "GEORGIA", "CHINA", "GUINEA", "NIGER", "AMERICA");

    private static final States INSTANCE = load();

    private final Map<String, State> byIso3 = new LinkedHashMap<>();
    private final Map<String, Entry> phrases = new HashMap<>();
    /** Every proper word-prefix of a phrase ("United", "United Arab"): a lookup goes on only while it is one. */
    private final Set<String> prefixes = new HashSet<>();
    /**
     * The hashes of the first words of all phrases, as bits: a capitalised word whose bit is clear starts no state's
     * name, and is passed without building its string (most capitalised words are no state).
     */
    private final long[] firstWords = new long[FIRST_WORD_BITS >> 6];
    private static final int FIRST_WORD_BITS = 1 << 16;

    private record Entry(State state, StateMention.Form form) {
    }

    public static States get() {
        return INSTANCE;
    }

    private static States load() {
        States s = new States();
        try (InputStream in = States.class.getResourceAsStream("states.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                // a former member voted in its years ("the Republic of China", China's seat until 1971)
                State state = new State(f[0], f[1].equals("member") || f[1].equals("former"), list(f, 2), list(f, 3), list(f, 4));
                s.byIso3.put(state.iso3(), state);
                state.names().forEach(n -> s.add(n, state, StateMention.Form.NAME));
                state.metonyms().forEach(n -> s.add(n, state, StateMention.Form.METONYM));
                state.demonyms().forEach(n -> s.add(n, state, StateMention.Form.DEMONYM));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    private static List<String> list(String[] fields, int i) {
        return i < fields.length && !fields[i].isBlank() ? List.of(fields[i].split(";")) : List.of();
    }

    private void add(String phrase, State state, StateMention.Form form) {
        String key = key(phrase);
        addKey(key, new Entry(state, form));
        // "the Netherlands" / "The Gambia": also match with a capital article at a sentence start
        if (key.startsWith("the ")) {
            addKey("The " + key.substring(4), new Entry(state, form));
        }
        // "FIJI voted against", "AGAINST: ISRAEL, PERU": a name in capitals, as some outlets open a story or write a
        // heading
        String capitals = key.toUpperCase(Locale.ROOT);
        if (form == StateMention.Form.NAME && !capitals.equals(key) && !key.startsWith("the ") && !CAPITALS_NOT_STATES.contains(capitals)) {
            addKey(capitals, new Entry(state, form));
        }
    }


    private void addKey(String key, Entry entry) {
        phrases.putIfAbsent(key, entry);
        List<int[]> words = tokens(key, 0, key.length());
        int bit = firstWordBit(key.substring(0, words.get(0)[1]).hashCode());
        firstWords[bit >> 6] |= 1L << bit;
        for (int n = 1; n < words.size(); n++) {
            prefixes.add(key.substring(0, words.get(n - 1)[1]));
        }
    }

    /** Normalises typography so "Côte d’Ivoire" and "Côte d'Ivoire" are one key; words joined by single spaces. */
    static String key(CharSequence phrase) {
        StringBuilder b = new StringBuilder();
        int prevEnd = -1;
        for (int[] t : tokens(phrase, 0, phrase.length())) {
            if (prevEnd >= 0 && t[0] > prevEnd) {
                b.append(' ');
            }
            b.append(phrase.subSequence(t[0], t[1]).toString().replace('’', '\''));
            prevEnd = t[1];
        }
        return b.toString();
    }

    /** Word tokens of [from, to), as {@link #tokenEnd} cuts them. */
    static List<int[]> tokens(CharSequence text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (int i = skipSpace(text, from, to); i < to; i = skipSpace(text, out.get(out.size() - 1)[1], to)) {
            out.add(new int[] {i, tokenEnd(text, i, to)});
        }
        return out;
    }

    private static int skipSpace(CharSequence text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Where the token starting at {@code i} (not a space) ends: an abbreviation with dots ("U.S.", "U.K."), a word
     * with its apostrophe parts ("Côte d'Ivoire", "Russia's"), or any other character alone. A hand loop: this runs
     * on every sentence and a regular expression was the engine's largest cost.
     */
    private static int tokenEnd(CharSequence text, int i, int to) {
        int j = i;
        while (j + 1 < to && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            j += 2;
        }
        if (j - i >= 4) {
            return j;
        }
        if (!Character.isLetterOrDigit(text.charAt(i))) {
            return i + 1;
        }
        j = i;
        while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        while (j + 1 < to && (text.charAt(j) == '\'' || text.charAt(j) == '’') && Character.isLetter(text.charAt(j + 1))) {
            j++;
            while (j < to && Character.isLetter(text.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    public Collection<State> all() {
        return byIso3.values();
    }

    public Optional<State> byIso3(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    /**
     * Mentions inside [from, to) of the text, left to right, longest match first, never overlapping. Tokens are cut
     * as the scan goes, and looked past only from a capitalised one (only those can start a state's name).
     */
    public List<StateMention> find(String text, int from, int to) {
        List<StateMention> out = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        String[] keys = new String[MAX_WORDS];
        int[] ends = new int[MAX_WORDS];
        int i = skipSpace(text, from, to);
        while (i < to) {
            char at = text.charAt(i);
            // a lower-case ASCII letter at once, before the Unicode test
            if (at >= 'a' && at <= 'z' || !Character.isUpperCase(at) || i > from && !startsToken(text, i)) {
                i++;
                continue;
            }
            int first = tokenEnd(text, i, to);
            if (!mayStartName(text, i, first)) {
                i = first;
                continue;
            }
            key.setLength(0);
            int built = 0;
            for (int start = i, end = first; built < MAX_WORDS; ) {
                if (built > 0 && start > ends[built - 1]) {
                    key.append(' ');
                }
                for (int c = start; c < end; c++) {
                    char ch = text.charAt(c);
                    key.append(ch == '’' ? '\'' : ch);
                }
                keys[built] = key.toString();
                ends[built++] = end;
                if (!prefixes.contains(keys[built - 1]) || (start = skipSpace(text, end, to)) >= to) {
                    break;
                }
                end = tokenEnd(text, start, to);
            }
            StateMention found = null;
            for (int n = built; n >= 1 && found == null; n--) {
                String k = keys[n - 1];
                int end = ends[n - 1];
                Entry e = phrases.get(k);
                if (e == null) {
                    String bare = stripPossessive(k);
                    if (bare != null) {
                        e = phrases.get(bare);
                        end -= k.length() - bare.length();
                    }
                }
                if (e != null) {
                    found = new StateMention(e.state(), i, end, e.form());
                    out.add(found);
                    i = skipSpace(text, ends[n - 1], to);
                }
            }
            if (found == null) {
                i = first;
            }
        }
        return out;
    }

    /**
     * Whether a token starts at {@code i} as {@link #tokenEnd} cuts the text: after a character that is no part of
     * a word, and not as the apostrophe part of one ("d'Ivoire", "O'Brien"). Lets the scan pass lower-case words
     * a character at a time instead of cutting them into tokens.
     */
    private static boolean startsToken(CharSequence text, int i) {
        char prev = text.charAt(i - 1);
        if (Character.isLetterOrDigit(prev)) {
            return false;
        }
        return !(prev == '\'' || prev == '’') || i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2));
    }

    /** Whether the token [start, end), or it without a possessive "'s", may be the first word of a phrase. */
    private boolean mayStartName(CharSequence text, int start, int end) {
        int h = 0;
        int beforeS = 0;
        for (int c = start; c < end; c++) {
            char ch = text.charAt(c);
            if (c == end - 2) {
                beforeS = h;
            }
            h = 31 * h + (ch == '’' ? '\'' : ch);
        }
        int bit = firstWordBit(h);
        if ((firstWords[bit >> 6] & 1L << bit) != 0) {
            return true;
        }
        if (end - start > 2 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
            bit = firstWordBit(beforeS);
            return (firstWords[bit >> 6] & 1L << bit) != 0;
        }
        return false;
    }

    private static int firstWordBit(int hash) {
        return (hash ^ hash >>> 16) & (FIRST_WORD_BITS - 1);
    }

    private static String stripPossessive(String key) {
        if (key.endsWith("'s")) {
            return key.substring(0, key.length() - 2);
        }
        return null;
    }
}
