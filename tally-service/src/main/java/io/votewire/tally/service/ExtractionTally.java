package io.votewire.tally.service;

import io.votewire.contract.Article;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Counts;
import io.votewire.contract.Fingerprint;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.Claim;
import io.votewire.tally.domain.ExtractorVersion;
import io.votewire.tally.domain.ResolutionMatcher;
import io.votewire.tally.domain.ResolutionReconciler;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.persistence.StoredArticle;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.tally.persistence.ResolutionMerge;
import io.votewire.tally.persistence.StoredResolution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies what the extractor read in an article: stores its claims, attaches each to a resolution and recomputes
 * the records it touched, all in one transaction. Applying the same extraction twice changes nothing.
 */
@ApplicationScoped
public class ExtractionTally {
    /** Serialises resolution identity across tally instances: two of them must not both create the same vote. */
    private static final long IDENTITY_LOCK = 0x766f7465L;
    private static final int VOTE_TO_PUBLICATION_DAYS = 31;

    private final ResolutionMatcher matcher = new ResolutionMatcher();
    private final ResolutionReconciler reconciler = new ResolutionReconciler();

    /** The article itself, from topic "articles": its text and the "accepted" status, never downgrading a later one. */
    @Transactional
    public void recordArticle(Article article) {
        StoredArticle a = StoredArticle.findOrCreate(article.id());
        a.url = article.url();
        a.published = article.published();
        a.headline = article.headline();
        a.body = article.body();
        a.receivedAt = article.receivedAt();
    }

    @Transactional
    public void apply(ArticleExtraction x) {
        StoredArticle.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + IDENTITY_LOCK + ")")
                .getSingleResult();
        StoredArticle article = StoredArticle.findOrCreate(x.articleId());
        boolean done = StoredArticle.TALLIED.equals(article.status) || StoredArticle.FAILED.equals(article.status);
        if (done && x.extractorVersion().equals(article.extractorVersion)) {
            return; // redelivery
        }
        if (done && ExtractorVersion.isOlder(x.extractorVersion(), article.extractorVersion)) {
            return; // an older engine's late message: the newer claims stand
        }
        if (article.url == null) {
            article.url = x.url();
        }
        if (article.published == null) {
            article.published = x.published();
        }
        if (article.headline == null) {
            article.headline = x.headline();
        }
        article.extractorVersion = x.extractorVersion();
        article.updatedAt = Instant.now();
        if (x.error() != null) {
            article.status = StoredArticle.FAILED;
            article.error = x.error();
            return;
        }
        Set<String> touched = new TreeSet<>();
        for (StoredClaim old : StoredClaim.currentOfArticle(article.id)) {
            old.superseded = true;
            touched.add(old.resolutionId);
        }
        StoredClaim.flush();
        recompute(touched);
        String source = sourceOf(article, x.fingerprint());
        Set<String> usedByThisArticle = new HashSet<>();
        for (VoteEvent e : x.events() == null ? List.<VoteEvent>of() : x.events()) {
            Claim claim = new Claim(article.id, source, x.extractorVersion(), article.published, e);
            List<ResolutionRecord> candidates = new ArrayList<>();
            for (StoredResolution r : windowFor(e, article.published).load()) {
                // one article reports distinct votes: two of its events are never the same resolution
                if (!usedByThisArticle.contains(r.id)) {
                    candidates.add(Json.read(r.doc, ResolutionRecord.class));
                }
            }
            String rid = matcher.best(claim, candidates).map(ResolutionRecord::id).orElseGet(() -> newId(e));
            usedByThisArticle.add(rid);
            StoredClaim c = new StoredClaim();
            c.key = new StoredClaim.Key(e.eventId(), x.extractorVersion());
            c.articleId = article.id;
            c.source = source;
            c.resolutionId = rid;
            c.event = Json.write(e);
            c.createdAt = Instant.now();
            c.persist();
            StoredClaim.flush();
            recompute(Set.of(rid));
            touched.remove(rid);
        }
        recompute(touched);
        mergeDuplicates(usedByThisArticle);
        article.status = StoredArticle.TALLIED;
        article.error = null;
    }

    /**
     * The independent source an article tells: copies of one story (a wire text republished, or pushed twice under
     * different ids) share the first telling's source, so support counts outlets that reported, not copies.
     * Decided once per article, so a re-extraction keeps it.
     */
    private static String sourceOf(StoredArticle article, String fingerprintHex) {
        if (article.source != null) {
            return article.source;
        }
        Fingerprint fp = Fingerprint.parse(fingerprintHex);
        article.source = article.id;
        if (fp == null) {
            return article.source;
        }
        long[] bands = fp.bands();
        double best = 0;
        for (StoredArticle other : StoredArticle.sharingBands(bands, article.id)) {
            Fingerprint theirs = Fingerprint.parse(other.fingerprint);
            double similarity = theirs == null ? 0 : fp.similarity(theirs);
            if (theirs != null && fp.nearDuplicateOf(theirs) && similarity > best) {
                best = similarity;
                article.source = other.source;
            }
        }
        article.fingerprint = fingerprintHex;
        article.indexBands(bands);
        return article.source;
    }

    /** The stored records a vote could be: its body and kind, and a time around its date where it has one. */
    private record Window(String body, String kind, String from, String to) {
        List<StoredResolution> load() {
            return StoredResolution.candidates(body, kind, from, to);
        }
    }

    private static Window windowFor(VoteEvent e, String published) {
        LocalDate anchor = date(e.date());
        if (anchor != null) {
            return new Window(e.body(), e.kind(), anchor.minusDays(1).toString(), anchor.plusDays(1).toString());
        }
        LocalDate pub = date(published);
        Counts c = e.counts() == null ? Counts.NONE : e.counts();
        int counts = (c.yes() != null ? 1 : 0) + (c.no() != null ? 1 : 0) + (c.abstain() != null ? 1 : 0);
        // an undated vote with a count (an earlier vote recalled with its result) may be from any time; the matcher
        // asks more evidence of a vote far from the article
        if (pub != null && counts == 0) {
            return new Window(e.body(), e.kind(), pub.minusDays(VOTE_TO_PUBLICATION_DAYS).toString(), pub.plusDays(1).toString());
        }
        return new Window(e.body(), e.kind(), null, null);
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    /** Re-derives each record from its current claims; a record left without claims is removed. */
    void recompute(Set<String> resolutionIds) {
        for (String rid : resolutionIds) {
            List<StoredClaim> stored = StoredClaim.currentOfResolution(rid);
            StoredResolution r = StoredResolution.findById(rid);
            if (stored.isEmpty()) {
                if (r != null) {
                    r.delete();
                }
                continue;
            }
            List<Claim> claims = new ArrayList<>();
            for (StoredClaim c : stored) {
                StoredArticle a = StoredArticle.findById(c.articleId);
                claims.add(new Claim(c.articleId, c.source, c.key.extractorVersion(), a == null ? null : a.published,
                        Json.read(c.event, VoteEvent.class)));
            }
            ResolutionRecord record = reconciler.reconcile(rid, claims);
            String doc = Json.write(record);
            if (r == null) {
                r = new StoredResolution();
                r.id = rid;
            } else if (doc.equals(r.doc)) {
                continue;
            }
            r.body = record.body();
            r.kind = record.kind();
            r.voteDate = record.date();
            r.symbol = record.symbol();
            r.outcome = record.outcome();
            r.title = record.title();
            r.doc = doc;
            r.revision++;
            r.changeSeq = StoredResolution.nextChangeSeq();
            r.updatedAt = Instant.now();
            r.persist();
        }
    }

    /**
     * A record that now matches another one as well as a new claim would (say a thin "the US abstained on its own
     * text" record, once the US draft's record exists) is the same vote: its claims move to the better-supported
     * record and the merge is recorded. It is checked both ways (this record fits another, or a thin record fits
     * only this one) so the result does not depend on which arrived first. Two records that share an article are
     * never merged: one article reports distinct votes.
     */
    void mergeDuplicates(Set<String> resolutionIds) {
        for (String rid : resolutionIds) {
            StoredResolution r = StoredResolution.findById(rid);
            if (r == null) {
                continue;
            }
            Neighbourhood around = new Neighbourhood();
            ResolutionRecord record = Json.read(r.doc, ResolutionRecord.class);
            List<ResolutionRecord> others = around.otherCandidates(record);
            Optional<ResolutionRecord> same = matcher.best(asClaim(record), others);
            for (int i = 0; same.isEmpty() && i < others.size(); i++) {
                ResolutionRecord other = others.get(i);
                if (matcher.best(asClaim(other), around.otherCandidates(other)).filter(b -> b.id().equals(rid)).isPresent()) {
                    same = Optional.of(other);
                }
            }
            same.ifPresent(keep -> merge(record, keep));
        }
    }

    private static Claim asClaim(ResolutionRecord record) {
        VoteEvent asEvent = new VoteEvent(record.id(), record.body(), record.kind(), record.date(), record.title(),
                record.symbol(), record.sponsors(), record.counts(), record.outcome(), record.positions(), List.of(), 1.0);
        return new Claim(record.id(), record.id(), "merge", record.firstReported(), asEvent);
    }

    /**
     * The records one merge check compares, each window queried and each document parsed once: the check compares
     * every record of a vote's day with the others of theirs, and a day of the General Assembly can have dozens.
     */
    private static final class Neighbourhood {
        private final Map<Window, List<StoredResolution>> windows = new HashMap<>();
        private final Map<String, ResolutionRecord> docs = new HashMap<>();

        /** The records that could be the same vote as this one: none of them shares an article with it. */
        List<ResolutionRecord> otherCandidates(ResolutionRecord record) {
            Window w = windowFor(asClaim(record).event(), record.firstReported());
            List<ResolutionRecord> others = new ArrayList<>();
            for (StoredResolution o : windows.computeIfAbsent(w, Window::load)) {
                ResolutionRecord other = docs.computeIfAbsent(o.id, id -> Json.read(o.doc, ResolutionRecord.class));
                if (!o.id.equals(record.id()) && other.articles().stream().noneMatch(record.articles()::contains)) {
                    others.add(other);
                }
            }
            return others;
        }
    }

    /** Folds the less-supported of two records of one vote into the other, visibly. */
    private void merge(ResolutionRecord a, ResolutionRecord b) {
        boolean keepB = b.sources() > a.sources() || b.sources() == a.sources() && b.id().compareTo(a.id()) < 0;
        ResolutionRecord from = keepB ? a : b;
        String into = keepB ? b.id() : a.id();
        StoredClaim.update("resolutionId = ?1 where resolutionId = ?2", into, from.id());
        ResolutionMerge m = new ResolutionMerge();
        m.fromId = from.id();
        m.intoId = into;
        m.reason = "same vote: " + (from.title() == null ? from.id() : from.title());
        m.mergedAt = Instant.now();
        m.persist();
        ResolutionMerge.update("intoId = ?1 where intoId = ?2", into, from.id());
        StoredClaim.flush();
        recompute(new TreeSet<>(List.of(from.id(), into)));
    }

    /** Deterministic, so rebuilding from the topic gives the same ids. */
    private static String newId(VoteEvent first) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(first.eventId().getBytes(StandardCharsets.UTF_8));
            return "r-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
