package io.votewire.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Identifies the story an article tells, whatever the outlet did to it: the body's letters and digits only, lower
 * case, from its first 40 words on (republishers change bylines, headlines and trailing boilerplate, rarely the lead).
 */
public final class Fingerprint {
    private static final int WORDS = 40;

    private Fingerprint() {
    }

    public static String of(String body) {
        String[] words = body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        StringBuilder lead = new StringBuilder();
        int taken = 0;
        for (String w : words) {
            if (!w.isEmpty() && taken++ < WORDS) {
                lead.append(w).append(' ');
            }
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(lead.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
