package io.votewire.extraction.reader;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Words a sentence is checked for as substrings of its lower-case text ("vot", "abstain"): the quick no before a
 * costly pattern. All sets share one table, so a sentence is read once for every word of every set, instead of once
 * per word.
 */
final class Keywords {
    /** Every word of every set, by id, with its lookup by the first two characters; replaced whole when a set is made. */
    private static volatile Table table = new Table(new String[0]);

    private final long[] ids;

    private Keywords(long[] ids) {
        this.ids = ids;
    }

    static synchronized Keywords of(String... words) {
        Map<String, Integer> known = new HashMap<>();
        String[] all = table.words;
        for (int i = 0; i < all.length; i++) {
            known.put(all[i], i);
        }
        long[] ids = new long[0];
        for (String w : words) {
            if (w.isEmpty() || !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("keywords are lower case and not empty: '" + w + "'");
            }
            Integer id = known.get(w);
            if (id == null) {
                id = all.length;
                all = Arrays.copyOf(all, id + 1);
                all[id] = w;
                known.put(w, id);
            }
            if (ids.length <= id >> 6) {
                ids = Arrays.copyOf(ids, (id >> 6) + 1);
            }
            ids[id >> 6] |= 1L << id;
        }
        table = new Table(all);
        return new Keywords(ids);
    }

    /** Whether the text holds one of the words. */
    boolean in(KeyedPattern.Text text) {
        long[] found = text.keywords();
        for (int i = 0; i < ids.length; i++) {
            if ((ids[i] & found[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** How many words the sets have between them: a text read before a set was made reads itself again. */
    static int size() {
        return table.words.length;
    }

    /** The words of all sets found in a lower-case text, as bits by id. */
    static long[] find(String lower) {
        Table t = table;
        long[] found = new long[(t.words.length >> 6) + 1];
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (c < 128) {
                mark(lower, i, t.byFirst[c], t, found);
                char d = i + 1 < n ? lower.charAt(i + 1) : 128;
                if (d < 128) {
                    mark(lower, i, t.byFirstTwo[c << 7 | d], t, found);
                }
            }
            mark(lower, i, t.other, t, found);
        }
        return found;
    }

    private static void mark(String lower, int at, int[] ids, Table t, long[] found) {
        if (ids == null) {
            return;
        }
        for (int id : ids) {
            if (lower.startsWith(t.words[id], at)) {
                found[id >> 6] |= 1L << id;
            }
        }
    }

    private static final class Table {
        final String[] words;
        /** Words of one character, by it. */
        final int[][] byFirst = new int[128][];
        /** Longer words by their first two characters, both ASCII. */
        final int[][] byFirstTwo = new int[128 * 128][];
        /** Words that do not start with two ASCII characters. */
        final int[] other;

        Table(String[] words) {
            this.words = words;
            int[] other = new int[0];
            for (int id = 0; id < words.length; id++) {
                String w = words[id];
                char c = w.charAt(0);
                if (c < 128 && w.length() == 1) {
                    byFirst[c] = add(byFirst[c], id);
                } else if (c < 128 && w.charAt(1) < 128) {
                    byFirstTwo[c << 7 | w.charAt(1)] = add(byFirstTwo[c << 7 | w.charAt(1)], id);
                } else {
                    other = add(other, id);
                }
            }
            this.other = other.length == 0 ? null : other;
        }

        private static int[] add(int[] ids, int id) {
            int[] grown = ids == null ? new int[1] : Arrays.copyOf(ids, ids.length + 1);
            grown[grown.length - 1] = id;
            return grown;
        }
    }
}
