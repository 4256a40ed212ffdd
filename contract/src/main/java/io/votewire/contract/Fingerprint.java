package io.votewire.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash signature of a text's word 3-shingles, so that copies of one story stay recognisable after an outlet
 * edits them (new byline, headline, a sentence added or cut): the share of equal slots of two signatures estimates
 * the Jaccard overlap of their shingle sets. It travels as hex; {@link #bands} lets a store index it (LSH): two
 * texts above {@link #NEAR_DUPLICATE} overlap almost surely share a band, unrelated texts almost never.
 */
public final class Fingerprint {
    public static final int SLOTS = 32;
    private static final int ROWS_PER_BAND = 4;
    public static final double NEAR_DUPLICATE = 0.7;
    private static final int SHINGLE = 3;

    /** The family of hash functions: the s-th is a murmur3 finaliser of the shingle's hash xor {@code SEEDS[s]}. */
    private static final int[] SEEDS = new int[SLOTS];
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (int s = 0; s < SLOTS; s++) {
            SEEDS[s] = 0x9E3779B9 * (s + 1);
        }
        for (int c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private final int[] slots;

    private Fingerprint(int[] slots) {
        this.slots = slots;
    }

    public static Fingerprint of(String text) {
        List<String> words = words(text);
        int[] slots = new int[SLOTS];
        Arrays.fill(slots, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= Math.max(words.size(), SHINGLE); i++) {
            int h = 17;
            for (int j = i; j < Math.min(i + SHINGLE, words.size()); j++) {
                h = 31 * h + words.get(j).hashCode(); // String.hashCode is specified, so signatures agree across JVMs
            }
            // the murmur3 finaliser of every slot's seed, a loop over arrays alone so the JIT can run it in vector
            // lanes: with the split below, this was a third of extraction's CPU when done slot by slot (JFR, #15)
            for (int s = 0; s < SLOTS; s++) {
                int x = h ^ SEEDS[s];
                x ^= x >>> 16;
                x *= 0x85EBCA6B;
                x ^= x >>> 13;
                x *= 0xC2B2AE35;
                x ^= x >>> 16;
                slots[s] = Math.min(slots[s], x & Integer.MAX_VALUE);
            }
        }
        return new Fingerprint(slots);
    }

    /**
     * The lower-cased text's words: its longest runs of letters and digits (Unicode categories L and N), as
     * {@code split("[^\\p{L}\\p{N}]+")} finds them without a regular expression's cost per character.
     */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(lower.length() / 5);
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean inWord = cp < 0x80 ? ASCII_WORD[cp] : isLetterOrNumber(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return words;
    }

    private static boolean isLetterOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Reads {@link #toString()}'s form; null for anything else (an older fingerprint, a damaged field). */
    public static Fingerprint parse(String hex) {
        if (hex == null || hex.length() != SLOTS * 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        int[] slots = new int[SLOTS];
        for (int s = 0; s < SLOTS; s++) {
            slots[s] = HexFormat.fromHexDigits(hex, s * 8, s * 8 + 8);
        }
        return new Fingerprint(slots);
    }

    /** Estimated Jaccard overlap of the two texts' shingles, 0 to 1. */
    public double similarity(Fingerprint other) {
        int same = 0;
        for (int s = 0; s < SLOTS; s++) {
            same += slots[s] == other.slots[s] ? 1 : 0;
        }
        return (double) same / SLOTS;
    }

    public boolean nearDuplicateOf(Fingerprint other) {
        return similarity(other) >= NEAR_DUPLICATE;
    }

    /** One key per band of {@value #ROWS_PER_BAND} slots, band number included so keys of different bands differ. */
    public long[] bands() {
        long[] keys = new long[SLOTS / ROWS_PER_BAND];
        for (int b = 0; b < keys.length; b++) {
            long k = b;
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                k = k * 0x9E3779B97F4A7C15L + slots[b * ROWS_PER_BAND + r];
            }
            keys[b] = k;
        }
        return keys;
    }

    @Override
    public String toString() {
        StringBuilder hex = new StringBuilder(SLOTS * 8);
        for (int s : slots) {
            hex.append(HexFormat.of().toHexDigits(s));
        }
        return hex.toString();
    }

}
