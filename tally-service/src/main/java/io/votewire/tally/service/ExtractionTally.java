package io.votewire.tally.service;

import io.votewire.contract.Article;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.ArticleLists;
import io.votewire.contract.Counts;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.Claim;
import io.votewire.tally.domain.ExtractorVersion;
import io.votewire.tally.domain.RecordTally;
import io.votewire.tally.domain.ResolutionMatcher;
import io.votewire.tally.domain.ResolutionReconciler;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.domain.SourceTrust;
import io.votewire.tally.persistence.KeptArticle;
import io.votewire.tally.persistence.StoredArticle;
import io.votewire.tally.persistence.StoredArticleLists;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.tally.persistence.DayLinks;
import io.votewire.tally.persistence.ResolutionMerge;
import io.votewire.tally.persistence.SharedArticles;
import io.votewire.tally.persistence.StoredResolution;
import io.votewire.tally.persistence.StoredTally;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Applies what the extractor read in articles: stores their claims, attaches each to a resolution and updates the
 * records they touched, a batch of messages in one transaction. Each claim is added to its record's stored tally
 * (cost: the claim's facts); a record is recomputed from all its claims only when claims leave it (re-extraction,
 * merge) or it has no tally yet. Applying the same extraction twice changes nothing.
 */
@ApplicationScoped
public class ExtractionTally {
    /** Advisory-lock namespace of identity decisions, taken per body and kind. */
    private static final long IDENTITY_LOCKS = 0x766f7465L << 32;
    /** claims written (and let go of) after this many articles: a few round trips for many claims */
    private static final int SETTLE_EVERY = 50;
    private static final int VOTE_TO_PUBLICATION_DAYS = 31;
    /** records whose tally is kept in memory between batches, at most (a hot vote's is a few MB, most are small) */
    private static final int CACHED_TALLIES = 4096;
    /**
     * A record of more articles than this has its tally kept in memory only, not stored at every batch: at 4,000
     * articles a vote, writing its 4 MB tally to PostgreSQL was the largest part of a batch (JFR at 100 articles/s,
     * hot). An instance without it in memory makes it from the record's claims.
     */
    static final int STORED_TALLY_MAX_ARTICLES = 150;

    private final ResolutionMatcher matcher = new ResolutionMatcher();
    private final ResolutionReconciler reconciler = new ResolutionReconciler();
    private final NearDuplicates nearDuplicates;
    private final SourceWeights sourceWeights;
    private final TallyCache tallies = new TallyCache(CACHED_TALLIES);
    private final int storedTallyMaxArticles;
    /** how fresh records are: from extraction, and from ingest's receipt, to the committed tally */
    private final Timer extractedToTallied;
    private final Timer receivedToTallied;

    @Inject
    public ExtractionTally(NearDuplicates nearDuplicates, SourceWeights sourceWeights, MeterRegistry meters) {
        this(nearDuplicates, sourceWeights, meters, STORED_TALLY_MAX_ARTICLES);
    }

    /** With another size past which tallies are not stored: tests make large records of a few claims. */
    ExtractionTally(NearDuplicates nearDuplicates, SourceWeights sourceWeights, MeterRegistry meters,
                    int storedTallyMaxArticles) {
        this.storedTallyMaxArticles = storedTallyMaxArticles;
        this.nearDuplicates = nearDuplicates;
        this.sourceWeights = sourceWeights;
        this.extractedToTallied = freshness(meters, "votewire.extracted.to.tallied", "from an extraction to its claims in the records");
        this.receivedToTallied = freshness(meters, "votewire.received.to.tallied", "from ingest's receipt of an article to its claims in the records");
    }

    private static Timer freshness(MeterRegistry meters, String name, String description) {
        return Timer.builder(name).description(description).publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .register(meters);
    }

    /** The article itself, from topic "articles": its row if it has none yet, and its text. */
    @Transactional
    public void recordArticle(Article article) {
        recordArticles(List.of(article));
    }

    /**
     * A batch of articles: rows made as "accepted" where there are none, texts kept apart from the rows; nothing a
     * batch of vote-events holds is waited for, and no row is read (issue 15: loading, dirty-checking and rewriting
     * whole rows was two fifths of the CPU samples of the tally's consumers at 100 hot articles/s, JFR).
     */
    @Transactional
    public void recordArticles(List<Article> articles) {
        StoredArticle.createAll(articles.stream().map(Article::id).toList());
        KeptArticle.keep(articles);
    }

    public void apply(ArticleExtraction x) {
        applyAll(List.of(x));
    }

    /**
     * Applies a batch: sources first (a short transaction of their own), then the claims in one transaction, in
     * which every record the batch touched gets its document (and change feed entry) once.
     */
    public void applyAll(List<ArticleExtraction> batch) {
        nearDuplicates.assignSources(batch);
        Map<String, Instant> received = new HashMap<>();
        List<Records> done = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            received.clear();
            done.clear();
            List<String> tallied = new ArrayList<>();
            lockWhatTheyDecide(batch);
            Records records = new Records();
            Map<String, StoredArticle> articles = StoredArticle.findOrCreateAll(batch.stream().map(ArticleExtraction::articleId).toList());
            records.readAround(batch, articles);
            for (int i = 0; i < batch.size(); i++) {
                if (applyOne(batch.get(i), articles.get(batch.get(i).articleId()), records)) {
                    tallied.add(batch.get(i).articleId());
                }
                if (i % SETTLE_EVERY == SETTLE_EVERY - 1) {
                    records.settle();
                }
            }
            records.publish();
            received.putAll(KeptArticle.receivedAt(tallied));
            done.add(records);
        });
        done.forEach(Records::keepTallies); // committed: the next batch may take them
        Instant now = Instant.now();
        received.values().forEach(at -> receivedToTallied.record(Duration.between(at, now)));
        batch.stream().map(ArticleExtraction::extractedAt).filter(Objects::nonNull)
                .forEach(at -> extractedToTallied.record(Duration.between(at, now)));
    }

    /**
     * Two transactions can only race on records of one body and kind: a claim's candidates and merges never leave
     * them. Those are locked, all at once and in order, so instances deciding about other votes never wait for each
     * other and cannot deadlock.
     */
    private static void lockWhatTheyDecide(List<ArticleExtraction> batch) {
        TreeSet<Long> keys = new TreeSet<>();
        Set<String> articles = new HashSet<>();
        for (ArticleExtraction x : batch) {
            articles.add(x.articleId());
            for (VoteEvent e : x.events() == null ? List.<VoteEvent>of() : x.events()) {
                keys.add(IDENTITY_LOCKS | ((e.body() + "|" + e.kind()).hashCode() & 0xffffffffL));
            }
        }
        for (String bodyAndKind : StoredResolution.bodiesAndKindsOfArticles(articles)) {
            keys.add(IDENTITY_LOCKS | (bodyAndKind.hashCode() & 0xffffffffL));
        }
        Locks.take(keys);
    }

    /** @return whether the article's claims were tallied now */
    private boolean applyOne(ArticleExtraction x, StoredArticle article, Records records) {
        boolean done = StoredArticle.TALLIED.equals(article.status) || StoredArticle.FAILED.equals(article.status);
        // an operator had a failed article processed again: the answer to that newer attempt is taken, once
        boolean retried = StoredArticle.FAILED.equals(article.status) && x.attempt() > article.attempt;
        if (done && x.extractorVersion().equals(article.extractorVersion) && !retried) {
            return false; // redelivery, or an answer to an older attempt
        }
        if (done && ExtractorVersion.isOlder(x.extractorVersion(), article.extractorVersion)) {
            return false; // an older engine's late message: the newer claims stand
        }
        article.attempt = Math.max(article.attempt, x.attempt());
        if (article.url == null) {
            article.url = x.url();
        }
        if (article.outlet == null) {
            article.outlet = SourceTrust.outlet(article.url);
        }
        if (article.published == null) {
            article.published = x.published();
        }
        if (article.headline == null) {
            article.headline = x.headline();
        }
        String previous = article.extractorVersion;
        article.extractorVersion = x.extractorVersion();
        article.updatedAt = Instant.now();
        if (x.error() != null) {
            article.status = StoredArticle.FAILED;
            article.error = x.error();
            return false;
        }
        if (previous != null) {
            supersede(article.id, records);
        }
        String source = article.source;
        Set<String> usedByThisArticle = new HashSet<>();
        Set<String> created = new TreeSet<>();
        for (VoteEvent e : x.events() == null ? List.<VoteEvent>of() : x.events()) {
            Claim claim = new Claim(article.id, source, x.extractorVersion(), article.published, e, article.outlet);
            List<ResolutionRecord> candidates = new ArrayList<>();
            for (ResolutionRecord r : records.candidates(windowFor(e, article.published))) {
                // one article reports distinct votes: two of its events are never the same resolution
                if (!usedByThisArticle.contains(r.id())) {
                    candidates.add(r);
                }
            }
            String rid = matcher.best(claim, candidates).map(ResolutionRecord::id).orElse(null);
            if (rid == null) {
                rid = newId(e);
                created.add(rid);
            }
            usedByThisArticle.add(rid);
            StoredClaim c = new StoredClaim();
            c.key = new StoredClaim.Key(e.eventId(), x.extractorVersion());
            c.articleId = article.id;
            c.source = source;
            c.resolutionId = rid;
            c.event = Json.write(e);
            c.createdAt = Instant.now();
            records.touch(rid);
            c.persist();
            records.settleLater(c);
            records.add(rid, claim);
        }
        records.sharedBy(article.id, article.published == null, usedByThisArticle);
        mergeDuplicates(usedByThisArticle, records);
        placeRivalledMentions(created, records);
        article.status = StoredArticle.TALLIED;
        article.error = null;
        return true;
    }

    /** A re-extraction: the article's claims of the older engine leave their records, which are recomputed. */
    private static void supersede(String articleId, Records records) {
        Set<String> touched = new TreeSet<>();
        for (StoredClaim old : StoredClaim.currentOfArticle(articleId)) {
            records.settleLater(old);
            old.superseded = true;
            touched.add(old.resolutionId);
        }
        StoredClaim.flush();
        records.articleLeft(articleId);
        touched.forEach(rid -> records.left(rid, articleId));
        touched.forEach(records::recompute);
    }

    /**
     * Where the records a vote could be are, by index: its body and kind, a time around its date (or its article's)
     * where it has one, the same symbol, the same three counts whatever the date.
     */
    private static StoredResolution.Window windowFor(VoteEvent e, String published) {
        Counts c = e.counts() == null ? Counts.NONE : e.counts();
        return window(e.body(), e.kind(), e.date(), e.symbol() == null ? null : ResolutionMatcher.normalSymbol(e.symbol()),
                c, published);
    }

    /** The window a record so placed is merge-checked in (as {@link #otherCandidates} asks, from its document). */
    private static StoredResolution.Window windowFor(StoredResolution.Place p) {
        return window(p.body(), p.kind(), p.voteDate(), p.symbolKey(), new Counts(p.yes(), p.no(), p.abstain()),
                p.firstReported());
    }

    private static StoredResolution.Window window(String body, String kind, String date, String symbolKey, Counts c,
                                                  String published) {
        LocalDate anchor = date(date);
        LocalDate from = anchor == null ? null : anchor.minusDays(1);
        LocalDate to = anchor == null ? null : anchor.plusDays(1);
        if (anchor == null && date(published) != null) {
            // an undated vote was held by the time its article appeared, within weeks when nothing else says so
            anchor = date(published);
            from = anchor.minusDays(VOTE_TO_PUBLICATION_DAYS);
            to = anchor.plusDays(1);
        }
        return new StoredResolution.Window(body, kind, text(from), text(to),
                text(anchor == null ? null : anchor.plusDays(VOTE_TO_PUBLICATION_DAYS)), symbolKey, c.yes(), c.no(), c.abstain());
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
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

    /** A record and the tally it is derived from, as this transaction has them. */
    private static final class Touched {
        StoredResolution row;
        RecordTally tally;
        ResolutionRecord ident;
        /** the claims this batch added: checked against the record it makes, for their outlets' trust */
        final List<Claim> added = new ArrayList<>();
        /** claims left the record (re-extraction, merge): all its claims are judged again */
        boolean claimsLeft;
        /** the articles whose claims in the record this batch added or took away: their lists are written */
        final Set<String> articlesChanged = new TreeSet<>();
        /** claims of unknown articles joined it (a merge): all its lists are written again */
        boolean relist;
    }

    /**
     * The records one transaction touches: each tally is read once (or taken from the instance's cache), its
     * identity columns follow every claim (later claims of the batch are matched against them), and its document is
     * written once, at the end. The records around the batch's votes are read at its start, a few queries for all
     * its messages; a window beyond them is read when first asked about.
     */
    private final class Records {
        private final Map<String, Touched> touched = new TreeMap<>();
        private final List<Object> settled = new ArrayList<>();
        /** where every record read or touched stands; within the transaction only this batch changes those of the
         * bodies and kinds it locked, so a row read once stays as read until the batch touches it */
        private final Neighbourhood neighbourhood = new Neighbourhood();
        /** what the matcher reads of the records read and not touched: their identity documents, parsed when asked */
        private final Map<String, String> idents = new HashMap<>();
        private final Map<String, ResolutionRecord> parsed = new HashMap<>();
        /** pairs of records ("a|b", a < b) known to share an article, or not to */
        private final Map<String, Boolean> shared = new HashMap<>();
        /** pairs this batch's articles made, not yet stored */
        private final List<SharedArticles.Pair> pendingPairs = new ArrayList<>();
        /**
         * Records this batch made since what was known about shared articles was last forgotten: all their claims are
         * the batch's, so every other record one of their articles is in is known ({@link #sharedBy}).
         */
        private final Set<String> fresh = new HashSet<>();
        /** the outlets' weights the batch derives its records with */
        private final ToDoubleFunction<String> weights = sourceWeights.current();
        /** the revision of the tallies this batch writes, once it writes them */
        private long tallyRevision;

        /** Reads the records the batch's votes could be, and those that could be the same vote as them. */
        void readAround(List<ArticleExtraction> batch, Map<String, StoredArticle> articles) {
            List<StoredResolution.Window> windows = new ArrayList<>();
            for (ArticleExtraction x : batch) {
                String published = articles.get(x.articleId()).published != null ? articles.get(x.articleId()).published : x.published();
                for (VoteEvent e : x.events() == null ? List.<VoteEvent>of() : x.events()) {
                    windows.add(windowFor(e, published));
                }
            }
            read(windows);
            Set<String> around = new TreeSet<>();
            windows.forEach(w -> around.addAll(neighbourhood.in(w)));
            read(around.stream().map(id -> windowFor(neighbourhood.placeOf(id))).toList());
        }

        private void read(Collection<StoredResolution.Window> windows) {
            for (Neighbourhood.Fetch f : neighbourhood.missing(windows)) {
                List<StoredResolution.Neighbour> rows = StoredResolution.neighbours(f.body(), f.kind(), f.all(), f.days(),
                        f.symbols(), f.counts());
                for (StoredResolution.Neighbour n : rows) {
                    if (!touched.containsKey(n.id())) {
                        idents.putIfAbsent(n.id(), n.ident());
                    }
                }
                neighbourhood.read(f, rows, touched.keySet());
            }
        }

        /** The records in a window as they are now, by id (merges try them in turn). */
        List<ResolutionRecord> candidates(StoredResolution.Window w) {
            read(List.of(w));
            List<ResolutionRecord> out = new ArrayList<>();
            for (String id : neighbourhood.in(w)) {
                Touched t = touched.get(id);
                out.add(t != null ? t.ident : parsed.computeIfAbsent(id, k -> Json.read(idents.get(k), ResolutionRecord.class)));
            }
            return out;
        }

        boolean shareAnArticle(ResolutionRecord a, ResolutionRecord b) {
            Boolean known = shared.get(pair(a.id(), b.id()));
            if (known == null) {
                learnShared(List.of(List.of(a.id(), b.id())));
                known = shared.get(pair(a.id(), b.id()));
            }
            return known;
        }

        /**
         * Learns, in one query, which records around this one share an article with it or with each other: those
         * the merge check asks about (its window, and the window of each record in it).
         */
        void learnSharedAround(String rid) {
            ResolutionRecord record = ident(rid);
            if (record == null) {
                return;
            }
            List<List<String>> pairs = new ArrayList<>();
            for (ResolutionRecord other : candidates(windowFor(asClaim(record).event(), record.firstReported()))) {
                pairs.add(List.of(rid, other.id()));
                if (!matcher.couldChoose(asClaim(other), record)) {
                    continue; // its own candidates are not asked about (mergeDuplicates)
                }
                for (ResolutionRecord third : candidates(windowFor(asClaim(other).event(), other.firstReported()))) {
                    pairs.add(List.of(other.id(), third.id()));
                }
            }
            learnShared(pairs);
        }

        private void learnShared(List<List<String>> pairs) {
            Map<String, List<String>> unknown = new TreeMap<>();
            for (List<String> p : pairs) {
                String a = p.get(0);
                String b = p.get(1);
                String key = pair(a, b);
                if (a.equals(b) || shared.containsKey(key)) {
                    continue;
                }
                if (fresh.contains(a) || fresh.contains(b)) {
                    shared.put(key, false);
                    continue;
                }
                unknown.put(key, List.of(a, b));
            }
            writePairs();
            Set<List<String>> sharing = SharedArticles.sharing(unknown.values());
            unknown.forEach((key, p) -> shared.put(key, sharing.contains(p)));
        }

        private static String pair(String a, String b) {
            return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        }

        /** An article's events went to these records: every two of them now share it. */
        void sharedBy(String articleId, boolean undated, Set<String> rids) {
            for (String a : rids) {
                for (String b : rids) {
                    if (a.compareTo(b) < 0) {
                        shared.put(a + "|" + b, true);
                        pendingPairs.add(new SharedArticles.Pair(a, b, articleId, undated));
                    }
                }
            }
        }

        /** The pairs this batch's articles made so far, stored: before anything reads or moves stored ones. */
        void writePairs() {
            SharedArticles.add(pendingPairs);
            pendingPairs.clear();
        }

        /** The article's claims were superseded: the records they were in no longer share it. */
        void articleLeft(String articleId) {
            writePairs();
            SharedArticles.forget(articleId);
            forgetShared();
        }

        /** Claims of {@code from} (of one article, or all of them when it is null) moved to {@code into}. */
        void claimsMoved(String from, String into, String articleId) {
            writePairs();
            SharedArticles.moved(from, into, articleId);
            forgetShared();
        }

        /** Claims left records (re-extraction, merge): what was known about shared articles may no longer hold. */
        private void forgetShared() {
            shared.clear();
            fresh.clear();
        }

        /** A claim that will not change again once written. */
        void settleLater(Object entity) {
            settled.add(entity);
        }

        /**
         * Writes the claims so far and lets go of them: a flush checks each entity the transaction holds, so a batch
         * holding all its claims would cost the square of its size.
         */
        void settle() {
            var em = StoredArticle.getEntityManager();
            em.flush();
            settled.forEach(em::detach);
            settled.clear();
        }

        /**
         * Reads the record's tally before a claim of it is stored, so a tally made from its claims lacks that one:
         * the one this instance kept if the record's row is still at its revision, else the stored one, else (a
         * large record, or one made before tallies were stored) one made from its claims.
         */
        void touch(String rid) {
            touched.computeIfAbsent(rid, id -> {
                Touched t = new Touched();
                t.row = StoredResolution.findById(id);
                if (t.row == null) {
                    t.tally = RecordTally.of(List.of()).weighedBy(weights);
                    fresh.add(id);
                    return t;
                }
                t.tally = tallies.take(id, t.row.tallyRevision, t.row.revision)
                        .or(() -> StoredTally.stateOf(id).map(state -> RecordTally.of(Json.read(state, RecordTally.State.class))))
                        .orElseGet(() -> RecordTally.of(StoredClaim.claimsOfResolution(id))).weighedBy(weights);
                ResolutionRecord read = parsed.get(id);
                t.ident = read != null ? read : Json.read(t.row.ident, ResolutionRecord.class);
                neighbourhood.place(id, t.row.place());
                return t;
            });
        }

        void add(String rid, Claim claim) {
            touch(rid);
            Touched t = touched.get(rid);
            t.tally.add(claim);
            t.added.add(claim);
            t.articlesChanged.add(claim.articleId());
            refresh(rid, t);
        }

        /** The article's claims left the record (a re-extraction). */
        void left(String rid, String articleId) {
            touch(rid);
            touched.get(rid).articlesChanged.add(articleId);
        }

        /** Another record's claims joined it (a merge). */
        void relist(String rid) {
            touch(rid);
            touched.get(rid).relist = true;
        }

        /** Re-derives a record from all its current claims; one left without claims is removed (its tally with it). */
        void recompute(String rid) {
            touch(rid);
            Touched t = touched.get(rid);
            t.claimsLeft = true;
            t.tally = RecordTally.of(StoredClaim.claimsOfResolution(rid)).weighedBy(weights);
            if (!t.tally.isEmpty()) {
                refresh(rid, t);
                return;
            }
            if (t.row != null) {
                t.row.delete();
            }
            // deleted now: a claim later in the batch may make a record of the same id again
            StoredResolution.flush();
            neighbourhood.place(rid, null);
            t.row = null;
            t.ident = null;
        }

        /** The record as it is now, or null when it was removed. */
        ResolutionRecord ident(String rid) {
            Touched t = touched.get(rid);
            return t == null ? null : t.ident;
        }

        private void refresh(String rid, Touched t) {
            ResolutionRecord record = reconciler.derive(rid, t.tally);
            t.ident = record.identity();
            boolean created = t.row == null;
            if (created) {
                t.row = new StoredResolution();
                t.row.id = rid;
            }
            StoredResolution r = t.row;
            r.body = record.body();
            r.kind = record.kind();
            r.voteDate = record.date();
            r.symbol = record.symbol();
            r.symbolKey = record.symbol() == null ? null : ResolutionMatcher.normalSymbol(record.symbol());
            r.outcome = record.outcome();
            r.title = record.title();
            r.firstReported = record.firstReported();
            r.yes = record.counts().yes();
            r.no = record.counts().no();
            r.abstain = record.counts().abstain();
            r.listed = record.listed();
            r.ident = Json.write(t.ident);
            if (created) {
                r.doc = r.ident; // its document proper is written by publish(), in this transaction
                r.updatedAt = Instant.now();
                r.persist();
            }
            // the record may have entered or left windows read before
            neighbourhood.place(rid, r.place());
        }

        /**
         * Each touched record as its claims make it; one whose own claims give no day takes the one day the other
         * votes of its undated articles give ({@link ResolutionRecord#withDayOfItsArticles}). The dayless records
         * such articles link to the touched ones are derived again as well, so a day that comes or goes reaches them
         * whichever article came first.
         */
        private Map<String, ResolutionRecord> deriveSharingDays() {
            StoredClaim.flush();
            writePairs();
            Set<String> around = new TreeSet<>();
            DayLinks.of(present()).values().forEach(around::addAll);
            around.removeAll(touched.keySet());
            Map<String, String> days = new HashMap<>(DayLinks.ownDays(around));
            around.stream().filter(rid -> !days.containsKey(rid)).forEach(this::touch);
            Map<String, ResolutionRecord> derived = new TreeMap<>();
            for (String rid : present()) {
                ResolutionRecord record = reconciler.derive(rid, touched.get(rid).tally);
                derived.put(rid, record);
                if (record.ownDay() != null) {
                    days.put(rid, record.ownDay());
                }
            }
            Map<String, Set<String>> links = DayLinks.of(derived.keySet());
            Set<String> unread = new TreeSet<>();
            links.values().forEach(unread::addAll);
            unread.removeAll(derived.keySet());
            unread.removeAll(days.keySet());
            days.putAll(DayLinks.ownDays(unread));
            derived.replaceAll((rid, record) -> record.withDayOfItsArticles(
                    links.getOrDefault(rid, Set.of()).stream().map(days::get).filter(Objects::nonNull).toList()));
            return derived;
        }

        /** The touched records that exist (not removed). */
        private Set<String> present() {
            Set<String> out = new TreeSet<>();
            touched.forEach((rid, t) -> {
                if (t.row != null) {
                    out.add(rid);
                }
            });
            return out;
        }

        /**
         * Writes each touched record's document, its lists and tally; a changed document or list gets a revision and
         * a change number, every tally the batch's tally revision. The lists are written for the articles whose
         * claims the batch changed, all of them for a record merged into or stored with its lists in place (before
         * issue 15's V13, or by an earlier version). A large record's tally is not written but its stored one removed,
         * so nobody reads a tally that lacks this batch's claims (instances of earlier versions included: they too
         * make a missing tally from the claims). The batch's claims are checked against the records they made, and
         * their outlets learn from it.
         */
        void publish() {
            List<StoredResolution> changed = new ArrayList<>();
            Map<String, SourceWeights.Judgement> judged = new TreeMap<>();
            Map<String, String> states = new TreeMap<>();
            Map<String, StoredArticleLists.Change> lists = new TreeMap<>();
            Set<String> unstored = new TreeSet<>();
            Map<String, ResolutionRecord> derived = deriveSharingDays();
            touched.forEach((rid, t) -> {
                if (t.row == null) {
                    judged.put(rid, new SourceWeights.Judgement(null, List.of(), t.claimsLeft));
                    return;
                }
                ResolutionRecord record = derived.get(rid);
                judged.put(rid, new SourceWeights.Judgement(record, t.added, t.claimsLeft));
                boolean replace = t.relist || !ArticleLists.apart(t.row.doc);
                Map<String, long[]> rows = new TreeMap<>();
                (replace ? t.tally.articles() : t.articlesChanged).forEach(a -> rows.put(a, t.tally.listsOf(a)));
                if (replace || !rows.isEmpty()) {
                    lists.put(rid, new StoredArticleLists.Change(replace, rows));
                }
                String doc = StoredArticleLists.document(record);
                if (!doc.equals(t.row.doc) || t.row.revision == 0 || lists.containsKey(rid)) {
                    t.row.doc = doc;
                    t.row.revision++;
                    t.row.updatedAt = Instant.now();
                    changed.add(t.row);
                }
                if (t.tally.articles().size() > storedTallyMaxArticles) {
                    unstored.add(rid);
                } else {
                    states.put(rid, Json.write(t.tally.state()));
                }
            });
            if (!states.isEmpty() || !unstored.isEmpty()) {
                tallyRevision = StoredResolution.nextTallyRevision();
                states.keySet().forEach(rid -> touched.get(rid).row.tallyRevision = tallyRevision);
                unstored.forEach(rid -> touched.get(rid).row.tallyRevision = tallyRevision);
            }
            if (!changed.isEmpty()) {
                List<Long> seqs = StoredResolution.nextChangeSeqs(changed.size());
                for (int i = 0; i < changed.size(); i++) {
                    changed.get(i).changeSeq = seqs.get(i);
                }
            }
            StoredTally.write(states);
            StoredTally.remove(unstored);
            StoredArticleLists.write(lists);
            sourceWeights.judge(judged, StoredClaim::claimsOfResolution);
        }

        /** After the commit: the tallies written, for the next batch to take. */
        void keepTallies() {
            touched.forEach((rid, t) -> {
                if (t.row != null) {
                    tallies.keep(rid, tallyRevision, t.row.revision, t.tally);
                }
            });
        }
    }

    /**
     * A record that now matches another one as well as a new claim would (say a thin "the US abstained on its own
     * text" record, once the US draft's record exists) is the same vote: its claims move to the better-supported
     * record and the merge is recorded. It is checked both ways (this record fits another, or a thin record fits
     * only this one) so the result does not depend on which arrived first. Two records that share an article are
     * never merged: one article reports distinct votes.
     */
    private void mergeDuplicates(Set<String> resolutionIds, Records records) {
        for (String rid : resolutionIds) {
            ResolutionRecord record = records.ident(rid);
            if (record == null) {
                continue;
            }
            records.learnSharedAround(rid);
            List<ResolutionRecord> others = otherCandidates(record, records);
            // a record of mentions is placed by its own best alone (below, or as the record asked about): a vote it
            // fits no better than another vote around (two adopted that day) does not take it
            boolean mentions = ResolutionMatcher.isThin(asClaim(record).event());
            Optional<ResolutionRecord> same = matcher.best(asClaim(record), mentions ? others
                    : others.stream().filter(other -> !ResolutionMatcher.isThin(asClaim(other).event())).toList());
            for (int i = 0; same.isEmpty() && !mentions && i < others.size(); i++) {
                ResolutionRecord other = others.get(i);
                // most records around are far from fitting this one (the Council's counts recur over the years):
                // their own candidates are found only when this one could be their best
                if (matcher.couldChoose(asClaim(other), record)
                        && matcher.best(asClaim(other), otherCandidates(other, records)).filter(b -> b.id().equals(rid)).isPresent()) {
                    same = Optional.of(other);
                }
            }
            same.ifPresent(keep -> merge(record, keep, records));
        }
    }

    /**
     * A thin mention ("the Assembly adopted the text", no count or symbol) joins the only vote it fits among the
     * records present when it arrives; when a new vote arrives that it fits as well, it is placed again as if both
     * had been there first: it goes to the one it fits better by its own evidence, or waits in a record of its own
     * when it fits both alike, so where a mention ends up does not depend on which vote arrived first. Asked only of
     * the records an article creates (a vote's first report), about the mentions of the records around them.
     */
    private void placeRivalledMentions(Set<String> created, Records records) {
        for (String rid : created) {
            ResolutionRecord rival = records.ident(rid);
            if (rival == null || ResolutionMatcher.isThin(asClaim(rival).event())) {
                continue; // merged away, or a mention itself
            }
            Map<String, ResolutionRecord> around = new TreeMap<>();
            for (ResolutionRecord other : otherCandidates(rival, records)) {
                if (!ResolutionMatcher.isThin(asClaim(other).event())) {
                    around.put(other.id(), other);
                }
            }
            StoredClaim.flush();
            for (Map.Entry<String, List<StoredClaim>> held : StoredClaim.mentionsIn(around.keySet()).entrySet()) {
                for (StoredClaim row : held.getValue()) {
                    placeAgain(row, around.get(held.getKey()), rival, records);
                }
            }
        }
    }

    /** Moves the mention out of its record when, the record's other claims and the rival weighed alike, it is not its best. */
    private void placeAgain(StoredClaim row, ResolutionRecord holder, ResolutionRecord rival, Records records) {
        List<Claim> claims = StoredClaim.claimsOfResolution(holder.id());
        Claim mention = null;
        List<Claim> rest = new ArrayList<>();
        for (Claim c : claims) {
            if (c.eventId().equals(row.key.eventId()) && c.extractorVersion().equals(row.key.extractorVersion())) {
                mention = c;
            } else {
                rest.add(c);
            }
        }
        if (mention == null || rest.isEmpty() || !matcher.couldChoose(mention, rival)) {
            return;
        }
        ResolutionRecord without = reconciler.reconcile(holder.id(), rest).identity();
        Optional<ResolutionRecord> best = matcher.best(mention, List.of(without, rival));
        if (best.filter(b -> b.id().equals(holder.id())).isPresent()) {
            return;
        }
        String into = best.isPresent() ? rival.id() : apartId(mention.event(), records);
        StoredClaim.update("resolutionId = ?1 where key.eventId = ?2 and key.extractorVersion = ?3", into,
                row.key.eventId(), row.key.extractorVersion());
        records.left(holder.id(), mention.articleId());
        records.recompute(holder.id());
        records.add(into, mention);
        records.claimsMoved(holder.id(), into, mention.articleId()); // a record made here holds a claim of an article of another batch
    }

    /** The id a mention waiting apart gets: its own first id (as when it arrives with both votes there), if free. */
    private static String apartId(VoteEvent mention, Records records) {
        String id = newId(mention);
        return records.ident(id) == null && StoredResolution.findById(id) == null ? id : newId(mention.eventId() + "|apart");
    }

    private static Claim asClaim(ResolutionRecord record) {
        VoteEvent asEvent = new VoteEvent(record.id(), record.body(), record.kind(), record.date(), record.title(),
                record.symbol(), record.sponsors(), record.counts(), record.outcome(), record.positions(), List.of(), 1.0,
                record.monthDay());
        return new Claim(record.id(), record.id(), "merge", record.firstReported(), asEvent);
    }

    /** The records that could be the same vote as this one: none of them shares an article with it. */
    private static List<ResolutionRecord> otherCandidates(ResolutionRecord record, Records records) {
        List<ResolutionRecord> others = new ArrayList<>();
        for (ResolutionRecord other : records.candidates(windowFor(asClaim(record).event(), record.firstReported()))) {
            if (!other.id().equals(record.id()) && !records.shareAnArticle(record, other)) {
                others.add(other);
            }
        }
        return others;
    }

    /** Folds the less-supported of two records of one vote into the other, visibly. */
    private void merge(ResolutionRecord a, ResolutionRecord b, Records records) {
        boolean keepB = b.sources() > a.sources() || b.sources() == a.sources() && b.id().compareTo(a.id()) < 0;
        ResolutionRecord from = keepB ? a : b;
        String into = keepB ? b.id() : a.id();
        StoredClaim.flush();
        // current and superseded claims apart, each by its own partial index: one statement was a scan of all claims
        StoredClaim.update("resolutionId = ?1 where resolutionId = ?2 and superseded = false", into, from.id());
        StoredClaim.update("resolutionId = ?1 where resolutionId = ?2 and superseded = true", into, from.id());
        ResolutionMerge m = new ResolutionMerge();
        m.fromId = from.id();
        m.intoId = into;
        m.reason = "same vote: " + (from.title() == null ? from.id() : from.title());
        m.mergedAt = Instant.now();
        m.persist();
        ResolutionMerge.update("intoId = ?1 where intoId = ?2", into, from.id());
        StoredClaim.flush();
        records.claimsMoved(from.id(), into, null);
        records.relist(into);
        new TreeSet<>(List.of(from.id(), into)).forEach(records::recompute);
    }

    /** Deterministic, so rebuilding from the topic gives the same ids. */
    private static String newId(VoteEvent first) {
        return newId(first.eventId());
    }

    private static String newId(String seed) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return "r-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
