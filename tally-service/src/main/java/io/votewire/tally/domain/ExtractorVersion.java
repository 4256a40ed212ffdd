package io.votewire.tally.domain;

/**
 * Orders extractor versions such as {@code rules-1.10} by their numbers, so that after a re-extraction an older
 * engine's late message (a replica not yet upgraded, a redelivery) cannot replace a newer engine's claims.
 */
public final class ExtractorVersion {
    private ExtractorVersion() {
    }

    static int compare(String a, String b) {
        String[] x = numbers(a);
        String[] y = numbers(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? parse(x[i]) : 0;
            long q = i < y.length ? parse(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return a.compareTo(b);
    }

    public static boolean isOlder(String candidate, String than) {
        return than != null && compare(candidate, than) < 0;
    }

    private static String[] numbers(String v) {
        String digits = v.replaceAll("^[^0-9]*", "");
        return digits.isEmpty() ? new String[0] : digits.split("[^0-9]+");
    }

    private static long parse(String n) {
        try {
            return n.isEmpty() ? 0 : Long.parseLong(n);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
