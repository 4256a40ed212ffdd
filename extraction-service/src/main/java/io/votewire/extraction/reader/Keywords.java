package io.votewire.extraction.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words a sentence is checked for as substrings of its lower-case text ("vot", "abstain"): the quick no before a
 * costly pattern. The words of all sets and the keys of all {@link KeyedPattern}s make one automaton, so a text is read
 * once for all of them ({@link #read}), instead of once per word or per pattern.
 */
final class Keywords {
    private static final List<String> WORDS = new ArrayList<>();
    private static final Map<String, Integer> IDS = new HashMap<>();
    /** Per word, the patterns it is a key of. */
    private static final List<int[]> KEY_OF = new ArrayList<>();
    /** Per pattern, whether it matches only where a word (or a symbol) starts. */
    private static boolean[] atWordStarts = new boolean[0];
    /** Made on the first read after a set or a pattern is added, which happens only as classes load. */
    private static volatile Automaton automaton;

    private final long[] ids;

    private Keywords(long[] ids) {
        this.ids = ids;
    }

    static synchronized Keywords of(String... words) {
        long[] ids = new long[0];
        for (String w : words) {
            int id = id(w);
            if (ids.length <= id >> 6) {
                ids = Arrays.copyOf(ids, (id >> 6) + 1);
            }
            ids[id >> 6] |= 1L << id;
        }
        automaton = null;
        return new Keywords(ids);
    }

    /** Makes {@code keys} the keys of pattern number {@code pattern}. */
    static synchronized void keysOf(int pattern, boolean wordStart, String... keys) {
        for (String k : keys) {
            int id = id(k);
            int[] of = KEY_OF.get(id);
            of = Arrays.copyOf(of, of.length + 1);
            of[of.length - 1] = pattern;
            KEY_OF.set(id, of);
        }
        if (atWordStarts.length <= pattern) {
            atWordStarts = Arrays.copyOf(atWordStarts, pattern + 1);
        }
        atWordStarts[pattern] = wordStart;
        automaton = null;
    }

    private static int id(String word) {
        if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("keywords and keys are lower case and not empty: '" + word + "'");
        }
        return IDS.computeIfAbsent(word, w -> {
            WORDS.add(w);
            KEY_OF.add(new int[0]);
            return WORDS.size() - 1;
        });
    }

    /** Whether the text holds one of the words. */
    boolean in(KeyedPattern.Text text) {
        long[] found = text.reading().found;
        for (int i = 0; i < ids.length; i++) {
            if ((ids[i] & found[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a text's lower-case characters for every word and key there is, in one pass of the automaton:
     * one table step per character, where walking the trie from every character was the engine's largest cost.
     */
    static Reading read(char[] lower) {
        Automaton a = automaton;
        if (a == null) {
            a = automaton();
        }
        Reading r = new Reading(a);
        // the table in locals and the words found out of line: the loop is one load per character. Two runs of the
        // automaton go at once, over each half of the text, so neither waits on the other's loads. The second
        // starts the longest word before the middle: by the middle it is where a run from the start would be.
        char[] next = a.next;
        int[] ascii = a.ascii;
        int width = a.width;
        int ending = a.firstEnding;
        int n = lower.length;
        int mid = Math.min(n, (n + a.longest) / 2);
        int j = Math.max(0, mid - a.longest);
        int first = 0;
        int second = 0;
        for (int i = 0; j < n; i++, j++) {
            if (i < mid) {
                char c = lower[i];
                first = next[first * width + (c < 128 ? ascii[c] : a.number(c))];
                if (first >= ending) {
                    r.wordsEndAt(lower, first, i);
                }
            }
            char c = lower[j];
            second = next[second * width + (c < 128 ? ascii[c] : a.number(c))];
            if (second >= ending && j >= mid) {
                r.wordsEndAt(lower, second, j);
            }
        }
        r.sortKeys();
        return r;
    }

    private static synchronized Automaton automaton() {
        if (automaton == null) {
            automaton = new Automaton();
        }
        return automaton;
    }

    /** A word start, or any other character that is not a space (read in the lower-case text: a letter stays one). */
    private static boolean startsMatch(char[] text, int i) {
        char c = text[i];
        return isWord(c) ? i == 0 || !isWord(text[i - 1]) : !Character.isWhitespace(c);
    }

    private static boolean isWord(char c) {
        // most characters are ASCII: a range test is much cheaper than the Unicode property lookup
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    /** What one text holds: which words, and per pattern the places where its keys start, left to right. */
    static final class Reading {
        private final Automaton automaton;
        final long[] found;
        /**
         * The keys as found, pattern and place for each, in {@code pairs[0, pairInts)}: an array per pattern cost
         * more than the rest of the reading.
         */
        private int[] pairs = new int[32];
        private int pairInts;
        /** Once sorted: per pattern its places, in order, from {@code keyStart[pattern]} on. */
        private int[] keys;
        private int[] keyStart;
        private int[] keyCount;

        private Reading(Automaton automaton) {
            this.automaton = automaton;
            found = new long[(automaton.words >> 6) + 1];
        }

        /** Whether no set or pattern was made since the text was read. */
        boolean current() {
            return automaton == Keywords.automaton;
        }

        /** Notes the words that end at {@code i}, those of automaton state {@code state} (see {@link Automaton#outputs}). */
        private void wordsEndAt(char[] text, int state, int i) {
            int[] o = automaton.outputs;
            int k = automaton.outputsAt[state - automaton.firstEnding];
            for (int words = o[k++]; words > 0; words--) {
                int w = o[k++];
                int from = i + 1 - o[k++];
                found[w >> 6] |= 1L << w;
                int start = -1; // whether from is where a match that opens with \b can start, once a key asks
                int keys = o[k++];
                for (int end = k + keys; k < end; k++) {
                    int p = o[k] >> 1;
                    boolean wordStart = (o[k] & 1) != 0;
                    if (wordStart && start < 0) {
                        start = startsMatch(text, from) ? 1 : 0;
                    }
                    if (start != 0 || !wordStart) {
                        addKey(p, from);
                    }
                }
            }
        }

        private void addKey(int pattern, int at) {
            if (pairInts == pairs.length) {
                pairs = Arrays.copyOf(pairs, 2 * pairInts);
            }
            pairs[pairInts++] = pattern;
            pairs[pairInts++] = at;
        }

        /**
         * Keys are found where they end, so a long one can come after a shorter one that starts later, and the
         * second run finds its keys while the first is still finding its own: puts each
         * pattern's places in order, once each (two of its keys can start at one place).
         */
        private void sortKeys() {
            int patterns = automaton.patterns;
            keyStart = new int[patterns + 1];
            keyCount = new int[patterns];
            keys = new int[pairInts / 2];
            for (int k = 0; k < pairInts; k += 2) {
                keyStart[pairs[k] + 1]++;
            }
            for (int p = 0; p < patterns; p++) {
                keyStart[p + 1] += keyStart[p];
            }
            for (int k = 0; k < pairInts; k += 2) {
                int p = pairs[k];
                int from = keyStart[p];
                // insertion into the pattern's places so far, in order, once each
                int kept = keyCount[p];
                int v = pairs[k + 1];
                int j = from + kept - 1;
                while (j >= from && keys[j] > v) {
                    j--;
                }
                if (j >= from && keys[j] == v) {
                    continue;
                }
                System.arraycopy(keys, j + 1, keys, j + 2, from + kept - j - 1);
                keys[j + 1] = v;
                keyCount[p] = kept + 1;
            }
        }

        int keyCount(int pattern) {
            return pattern < keyCount.length ? keyCount[pattern] : 0;
        }

        int keyAt(int pattern, int i) {
            return keys[keyStart[pattern] + i];
        }
    }

    /**
     * The words as an Aho-Corasick automaton over the characters they use: a state per prefix of a word, and from
     * each state and character the state of the longest word prefix the text then ends with.
     */
    private static final class Automaton {
        final int words;
        /** The length of the longest word. */
        final int longest;
        /** How many patterns there are. */
        final int patterns;
        /**
         * What each state where words end notes, in one array (its reads were pointer chases through per-state and
         * per-word arrays, most of a text's reading): from {@code outputsAt[state - firstEnding]}, the number of words
         * the text ends with there (longest first), then per word its id, its length, its number of keys and per key
         * its pattern times two, plus one where the pattern matches only where a word starts.
         */
        final int[] outputs;
        final int[] outputsAt;
        /** Per ASCII character, its number among the characters of the words (0: none has it). */
        final int[] ascii = new int[128];
        /** The other characters the words use, sorted, with their numbers. */
        private final char[] others;
        private final int[] otherNumbers;
        final int width;
        /** Per state and character number (row state times the width), the next state. */
        final char[] next;
        /** The states from this number on are those where the text ends with a word. */
        final int firstEnding;

        Automaton() {
            words = WORDS.size();
            patterns = Keywords.atWordStarts.length;
            longest = WORDS.stream().mapToInt(String::length).max().orElse(0);
            StringBuilder other = new StringBuilder();
            int chars = 0;
            for (String w : WORDS) {
                for (char c : w.toCharArray()) {
                    if (c < 128 && ascii[c] == 0) {
                        ascii[c] = ++chars;
                    } else if (c >= 128 && other.indexOf(String.valueOf(c)) < 0) {
                        other.append(c);
                    }
                }
            }
            others = other.toString().toCharArray();
            Arrays.sort(others);
            otherNumbers = new int[others.length];
            for (int i = 0; i < others.length; i++) {
                otherNumbers[i] = ++chars;
            }
            width = chars + 1;
            // the trie of the words: goto[state * width + character], 0 where it has no such child
            int[] trie = new int[width * 64];
            List<Integer> wordAt = new ArrayList<>(List.of(-1));
            for (int id = 0; id < words; id++) {
                int state = 0;
                for (char c : WORDS.get(id).toCharArray()) {
                    int slot = state * width + number(c);
                    if (trie[slot] == 0) {
                        if ((wordAt.size() + 1) * width > trie.length) {
                            trie = Arrays.copyOf(trie, trie.length * 2);
                        }
                        trie[slot] = wordAt.size();
                        wordAt.add(-1);
                    }
                    state = trie[slot];
                }
                wordAt.set(state, id);
            }
            int states = wordAt.size();
            int[] go = new int[states * width];
            int[][] ends = new int[states][];
            int[] fail = new int[states];
            // breadth first, so a state's fail state is complete before the state is
            int[] queue = new int[states];
            int head = 0;
            int tail = 0;
            for (int k = 1; k < width; k++) {
                int child = trie[k];
                go[k] = child;
                if (child != 0) {
                    queue[tail++] = child;
                }
            }
            while (head < tail) {
                int state = queue[head++];
                int w = wordAt.get(state);
                int[] inherited = ends[fail[state]];
                ends[state] = w < 0 ? inherited : inherited == null ? new int[] {w} : prepend(w, inherited);
                for (int k = 1; k < width; k++) {
                    int child = trie[state * width + k];
                    if (child != 0) {
                        fail[child] = go[fail[state] * width + k];
                        go[state * width + k] = child;
                        queue[tail++] = child;
                    } else {
                        go[state * width + k] = go[fail[state] * width + k];
                    }
                }
            }
            // numbered in breadth-first order (the shallow states, where the text mostly is, lie together in memory),
            // first those where no word ends, so a state's number says whether one does
            if (states > Character.MAX_VALUE + 1) {
                throw new IllegalStateException("more keyword states than a char numbers: " + states);
            }
            int[] rank = new int[states];
            int ranked = 1;
            for (int k = 0; k < tail; k++) {
                if (ends[queue[k]] == null) {
                    rank[queue[k]] = ranked++;
                }
            }
            firstEnding = ranked;
            for (int k = 0; k < tail; k++) {
                if (ends[queue[k]] != null) {
                    rank[queue[k]] = ranked++;
                }
            }
            next = new char[states * width];
            int[][] ending = new int[states][];
            for (int state = 0; state < states; state++) {
                ending[rank[state]] = ends[state];
                for (int k = 0; k < width; k++) {
                    next[rank[state] * width + k] = (char) rank[go[state * width + k]];
                }
            }
            outputsAt = new int[states - firstEnding];
            List<Integer> out = new ArrayList<>();
            for (int state = firstEnding; state < states; state++) {
                outputsAt[state - firstEnding] = out.size();
                out.add(ending[state].length);
                for (int w : ending[state]) {
                    int[] keyOf = KEY_OF.get(w);
                    out.addAll(List.of(w, WORDS.get(w).length(), keyOf.length));
                    for (int p : keyOf) {
                        out.add(2 * p + (Keywords.atWordStarts[p] ? 1 : 0));
                    }
                }
            }
            outputs = out.stream().mapToInt(Integer::intValue).toArray();
        }

        private static int[] prepend(int w, int[] rest) {
            int[] out = new int[rest.length + 1];
            out[0] = w;
            System.arraycopy(rest, 0, out, 1, rest.length);
            return out;
        }

        int number(char c) {
            if (c < 128) {
                return ascii[c];
            }
            int i = Arrays.binarySearch(others, c);
            return i >= 0 ? otherNumbers[i] : 0;
        }
    }
}
