package io.votewire.extraction.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words a sentence is checked for as substrings of its lower-case text ("vot", "abstain"): the quick no before a
 * costly pattern. The words of all sets and the keys of all {@link KeyedPattern}s make one trie, so a text is read
 * once for all of them ({@link #read}), instead of once per word or per pattern.
 */
final class Keywords {
    private static final List<String> WORDS = new ArrayList<>();
    private static final Map<String, Integer> IDS = new HashMap<>();
    /** Per word, the patterns it is a key of. */
    private static final List<int[]> KEY_OF = new ArrayList<>();
    /** Per pattern, whether it matches only where a word (or a symbol) starts. */
    private static boolean[] atWordStarts = new boolean[0];
    /** Made anew whenever a set or a pattern is added, which happens only as classes load. */
    private static volatile Trie trie = new Trie();

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
        trie = new Trie();
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
        trie = new Trie();
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

    /** Reads a text (and its lower-case characters) for every word and key there is. */
    static Reading read(String text, char[] lower) {
        Trie t = trie;
        Reading r = new Reading(t);
        int n = lower.length;
        for (int i = 0; i < n; i++) {
            char c = lower[i];
            int node = c < 128 ? t.root[c] : t.child(0, c);
            int start = -1; // whether i is where a match that opens with \b can start, once a key asks
            for (int j = i; node > 0; node = ++j < n ? t.child(node, lower[j]) : 0) {
                int w = t.wordAt[node];
                if (w < 0) {
                    continue;
                }
                r.found[w >> 6] |= 1L << w;
                for (int p : t.keyOf[w]) {
                    if (t.atWordStarts[p] && start < 0) {
                        start = startsMatch(text, i) ? 1 : 0;
                    }
                    if (start != 0 || !t.atWordStarts[p]) {
                        r.addKey(p, i);
                    }
                }
            }
        }
        return r;
    }

    /** A word start, or any other character that is not a space. */
    private static boolean startsMatch(String text, int i) {
        char c = text.charAt(i);
        return isWord(c) ? i == 0 || !isWord(text.charAt(i - 1)) : !Character.isWhitespace(c);
    }

    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** What one text holds: which words, and per pattern the places where its keys start, left to right. */
    static final class Reading {
        private final Trie trie;
        final long[] found;
        private final int[][] keyAt;
        private final int[] keyCount;

        private Reading(Trie trie) {
            this.trie = trie;
            found = new long[(trie.words >> 6) + 1];
            keyAt = new int[trie.atWordStarts.length][];
            keyCount = new int[trie.atWordStarts.length];
        }

        /** Whether no set or pattern was made since the text was read. */
        boolean current() {
            return trie == Keywords.trie;
        }

        private void addKey(int pattern, int at) {
            int n = keyCount[pattern];
            int[] a = keyAt[pattern];
            if (n > 0 && a[n - 1] == at) {
                return; // two keys of the pattern start here
            }
            if (a == null || n == a.length) {
                keyAt[pattern] = a = a == null ? new int[4] : Arrays.copyOf(a, n * 2);
            }
            a[n] = at;
            keyCount[pattern] = n + 1;
        }

        int keyCount(int pattern) {
            return pattern < keyCount.length ? keyCount[pattern] : 0;
        }

        int keyAt(int pattern, int i) {
            return keyAt[pattern][i];
        }
    }

    /** The words as a trie over the characters they use. */
    private static final class Trie {
        final int words;
        final int[] wordAt;
        final int[][] keyOf;
        final boolean[] atWordStarts;
        /** Per ASCII character, its number among the characters of the words (0: none has it). */
        private final int[] ascii = new int[128];
        /** The other characters the words use, sorted, with their numbers. */
        private final char[] others;
        private final int[] otherNumbers;
        private final int width;
        private final int[] next;
        /** The nodes after the root, by ASCII character. */
        final int[] root = new int[128];

        Trie() {
            words = WORDS.size();
            keyOf = KEY_OF.toArray(int[][]::new);
            atWordStarts = Keywords.atWordStarts.clone();
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
            int[] next = new int[width * 64];
            int[] wordAt = new int[64];
            Arrays.fill(wordAt, -1);
            int nodes = 1;
            for (int id = 0; id < words; id++) {
                int node = 0;
                for (char c : WORDS.get(id).toCharArray()) {
                    int slot = node * width + number(c);
                    if (next[slot] == 0) {
                        if (nodes == wordAt.length) {
                            wordAt = Arrays.copyOf(wordAt, nodes * 2);
                            Arrays.fill(wordAt, nodes, nodes * 2, -1);
                            next = Arrays.copyOf(next, nodes * 2 * width);
                        }
                        next[slot] = nodes++;
                    }
                    node = next[slot];
                }
                wordAt[node] = id;
            }
            this.next = next;
            this.wordAt = wordAt;
            for (char c = 0; c < 128; c++) {
                root[c] = child(0, c);
            }
        }

        private int number(char c) {
            if (c < 128) {
                return ascii[c];
            }
            int i = Arrays.binarySearch(others, c);
            return i >= 0 ? otherNumbers[i] : 0;
        }

        /** The node after {@code c}, or 0 where no word goes on with it. */
        int child(int node, char c) {
            int k = number(c);
            return k == 0 ? 0 : next[node * width + k];
        }
    }
}
