package io.votewire.extraction.reader;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The words and marks the rules read, each with a number (its id), looked up straight from the text without cutting
 * a string: a word the rules never read costs a hash of its characters and no allocation, and rules compare ids, not
 * strings. An open-addressed table of lower-case words; the text's characters are folded to lower case and "’" to
 * "'" as they are hashed and compared.
 */
public final class Vocabulary {
    private final List<String> words;
    /** The words' characters, by id: compared with the text's without a string's index checks. */
    private final char[][] chars;
    private final int[] table;
    /** Per slot, the hash of its word: a word that only shares the slot is told apart without comparing characters. */
    private final int[] hashes;
    private final int mask;
    /** The longest word: a longer one is no word of the vocabulary, without hashing it. */
    private final int longest;

    Vocabulary(Collection<String> vocabulary) {
        words = vocabulary.stream().map(w -> w.toLowerCase(Locale.ROOT).replace('’', '\'')).distinct().sorted().toList();
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        table = new int[size];
        hashes = new int[size];
        Arrays.fill(table, -1);
        mask = size - 1;
        longest = words.stream().mapToInt(String::length).max().orElse(0);
        chars = words.stream().map(String::toCharArray).toArray(char[][]::new);
        for (int id = 0; id < words.size(); id++) {
            String word = words.get(id);
            int hash = hash(word.toCharArray(), 0, word.length());
            int slot = hash & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id;
            hashes[slot] = hash;
        }
    }

    int size() {
        return words.size();
    }

    String word(int id) {
        return words.get(id);
    }

    /** The id of the word {@code text[start, end)}, or -1 where the vocabulary holds no such word. */
    int lookup(char[] text, int start, int end) {
        if (end - start > longest) {
            return -1;
        }
        int hash = hash(text, start, end);
        int slot = hash & mask;
        for (int id; (id = table[slot]) >= 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameWord(chars[id], text, start, end)) {
                return id;
            }
        }
        return -1;
    }

    int id(String word) {
        return lookup(word.toCharArray(), 0, word.length());
    }

    /**
     * Which ids are the given words (those the vocabulary holds): a set to test a token's id against, as bits (bit
     * id % 64 of word id / 64), an eighth of the memory of a flag per word for the rules' many word sets.
     */
    long[] idsOf(Collection<String> of) {
        long[] out = new long[(words.size() + Long.SIZE - 1) / Long.SIZE];
        for (String w : of) {
            int id = id(w);
            if (id >= 0) {
                out[id >> 6] |= 1L << id;
            }
        }
        return out;
    }

    private static boolean sameWord(char[] word, char[] text, int start, int end) {
        if (word.length != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (word[i - start] != fold(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(text[i]);
        }
        return h ^ h >>> 16;
    }

    private static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if (c < 128) {
            return c;
        }
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }
}
