package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much an outlet's claims weigh, TruthFinder-style: an outlet's trust is the share of its checked figures that
 * agreed with the records they joined, smoothed towards a prior (the seed table, else neutral), so a new outlet starts
 * neutral and a few claims move it little. The weight is trust relative to neutral, bounded so that no single outlet
 * outweighs two neutral ones and none counts for less than half of one.
 */
public final class SourceTrust {
    /** A new outlet's trust: as likely right as not. */
    static final double NEUTRAL = 0.5;
    /** the weight of a neutral outlet, and of a source whose outlet is unknown */
    public static final double NEUTRAL_WEIGHT = 1;
    /** The prior counts as this many checked figures: ten agreements or disagreements move trust about half way. */
    static final double PRIOR_STRENGTH = 10;
    /** bounds of a weight: two neutral sources (2.0) always outweigh any one */
    static final double MIN_WEIGHT = 0.5;
    static final double MAX_WEIGHT = 1.8;
    /** weights move in tenths, so a record's ranking does not change with every claim somewhere else */
    private static final int STEPS = 10;

    private final Map<String, Double> seeds;

    public SourceTrust(Map<String, Double> seeds) {
        seeds.forEach((outlet, t) -> {
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("trust of " + outlet + " must be in (0, 1): " + t);
            }
        });
        this.seeds = new TreeMap<>(seeds);
    }

    /** The seed table shipped with the service ({@code source-trust.tsv}). */
    public static SourceTrust seeded() {
        Map<String, Double> seeds = new TreeMap<>();
        try (InputStream in = SourceTrust.class.getResourceAsStream("source-trust.tsv")) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    seeds.put(f[0].trim(), Double.parseDouble(f[1].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceTrust(seeds);
    }

    public Map<String, Double> seeds() {
        return seeds;
    }

    /** The outlet of an article: its URL's host, lower case, without "www."; null without a readable host. */
    public static String outlet(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The seed trust of the outlet or of the nearest domain above it ("news.un.org" gets "un.org"'s), else neutral. */
    public double prior(String outlet) {
        for (String domain = outlet; domain != null; domain = parent(domain)) {
            Double seed = seeds.get(domain);
            if (seed != null) {
                return seed;
            }
        }
        return NEUTRAL;
    }

    private static String parent(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? null : domain.substring(dot + 1);
    }

    /** The outlet's weight after these checked figures: 1 is neutral, within [MIN_WEIGHT, MAX_WEIGHT]. */
    public double weight(String outlet, long agreed, long disagreed) {
        if (outlet == null) {
            return NEUTRAL_WEIGHT;
        }
        double trust = (agreed + PRIOR_STRENGTH * prior(outlet)) / (agreed + disagreed + PRIOR_STRENGTH);
        double stepped = Math.round(trust / NEUTRAL * NEUTRAL_WEIGHT * STEPS) / (double) STEPS;
        return Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, stepped));
    }

    /** How many of a claim's checked figures its record confirms and contradicts (a change of them may be negative). */
    public record Agreement(int agreed, int disagreed) {
        public static final Agreement NONE = new Agreement(0, 0);

        public Agreement plus(Agreement other) {
            return new Agreement(agreed + other.agreed, disagreed + other.disagreed);
        }

        public Agreement minus(Agreement other) {
            return new Agreement(agreed - other.agreed, disagreed - other.disagreed);
        }
    }

    /**
     * What a record's claims are judged against: its counts and outcome once two or more sources make them a
     * consensus, else null. While it stays the same, a claim judged once stays judged; when it changes, every claim of
     * the record is judged again.
     */
    public static String consensus(ResolutionRecord record) {
        if (record.sources() < 2) {
            return null;
        }
        Counts c = record.counts();
        return c.yes() + "|" + c.no() + "|" + c.abstain() + "|" + record.outcome();
    }

    /** Per outlet, what these claims of the record agree and disagree with in it (claims of no known outlet left out). */
    public static Map<String, Agreement> agreements(Collection<Claim> claims, ResolutionRecord record) {
        Map<String, Agreement> out = new TreeMap<>();
        for (Claim c : claims) {
            if (c.outlet() != null) {
                out.merge(c.outlet(), agreement(c.event(), record), Agreement::plus);
            }
        }
        return out;
    }

    /**
     * The claim's figures (the three counts and the outcome) against its record's: a record of one source is no
     * consensus yet, so it confirms and contradicts nothing.
     */
    public static Agreement agreement(VoteEvent claim, ResolutionRecord record) {
        if (record.sources() < 2) {
            return Agreement.NONE;
        }
        Counts c = claim.counts() == null ? Counts.NONE : claim.counts();
        Object[] stated = {c.yes(), c.no(), c.abstain(), claim.outcome()};
        Object[] held = {record.counts().yes(), record.counts().no(), record.counts().abstain(), record.outcome()};
        int agreed = 0;
        int disagreed = 0;
        for (int i = 0; i < stated.length; i++) {
            if (stated[i] != null && held[i] != null) {
                // a veto is a rejection: a source that says only "rejected" does not contradict it
                if (stated[i].equals(held[i]) || "rejected".equals(stated[i]) && "vetoed".equals(held[i])) {
                    agreed++;
                } else {
                    disagreed++;
                }
            }
        }
        return new Agreement(agreed, disagreed);
    }
}
