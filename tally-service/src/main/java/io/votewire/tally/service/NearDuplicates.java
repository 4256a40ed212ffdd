package io.votewire.tally.service;

import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Fingerprint;
import io.votewire.tally.persistence.StoredArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The independent source each article tells: copies of one story (a wire text republished, or pushed twice under
 * different ids) share the first telling's source, so support counts outlets that reported, not copies. Decided
 * once per article (a re-extraction keeps it), in a short transaction of its own before a batch is tallied: two
 * instances can only race here on copies sharing an LSH band, so the bands' buckets are locked just for this step.
 */
@ApplicationScoped
public class NearDuplicates {
    private static final long SOURCE_LOCKS = 0x766f7466L << 32;
    private static final int BAND_BUCKETS = 256;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void assignSources(List<ArticleExtraction> batch) {
        Map<String, Fingerprint> fingerprints = new LinkedHashMap<>();
        TreeSet<Long> buckets = new TreeSet<>();
        for (ArticleExtraction x : batch) {
            if (x.error() == null) {
                Fingerprint fp = Fingerprint.parse(x.fingerprint());
                fingerprints.put(x.articleId(), fp);
                for (long band : fp == null ? new long[0] : fp.bands()) {
                    buckets.add(SOURCE_LOCKS | Math.floorMod(band, BAND_BUCKETS));
                }
            }
        }
        if (fingerprints.isEmpty()) {
            return;
        }
        Locks.take(buckets);
        Map<String, StoredArticle> articles = StoredArticle.findOrCreateAll(fingerprints.keySet());
        Map<String, long[]> bands = new LinkedHashMap<>();
        fingerprints.forEach((id, fp) -> {
            if (articles.get(id).source == null && fp != null) {
                bands.put(id, fp.bands());
            }
        });
        Map<Long, List<StoredArticle.Telling>> known = StoredArticle.tellingsByBand(
                bands.values().stream().flatMapToLong(Arrays::stream).boxed().collect(Collectors.toSet()));
        // a candidate shares bands with many of the batch's articles (a hot vote's reports): parsed once, not per article
        Map<String, Fingerprint> parsed = new HashMap<>();
        fingerprints.forEach((id, fp) -> {
            StoredArticle article = articles.get(id);
            if (article.source != null) {
                return;
            }
            article.source = id;
            if (fp == null) {
                return;
            }
            article.fingerprint = fp.toString();
            parsed.put(id, fp);
            assign(article, fp, bands.get(id), known, parsed);
        });
        StoredArticle.indexBands(bands);
    }

    /** The most similar near-duplicate's source (the first by id among equals); later articles of the batch see it. */
    private static void assign(StoredArticle article, Fingerprint fp, long[] bands, Map<Long, List<StoredArticle.Telling>> known,
                               Map<String, Fingerprint> parsed) {
        TreeMap<String, StoredArticle.Telling> sharing = new TreeMap<>();
        for (long band : bands) {
            known.getOrDefault(band, List.of()).forEach(t -> sharing.put(t.id(), t));
        }
        double best = 0;
        for (StoredArticle.Telling other : sharing.values()) {
            Fingerprint theirs = parsed.computeIfAbsent(other.id(), k -> Fingerprint.parse(other.fingerprint()));
            double similarity = theirs == null ? 0 : fp.similarity(theirs);
            if (theirs != null && fp.nearDuplicateOf(theirs) && similarity > best) {
                best = similarity;
                article.source = other.source();
            }
        }
        StoredArticle.Telling self = new StoredArticle.Telling(article.id, article.fingerprint, article.source);
        for (long band : bands) {
            known.computeIfAbsent(band, k -> new ArrayList<>()).add(self);
        }
    }
}
