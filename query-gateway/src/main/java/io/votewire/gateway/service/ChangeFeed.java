package io.votewire.gateway.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.votewire.gateway.persistence.TallyReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The resolutions that change, from one poll of the tally's change sequence per interval however many dashboards
 * listen: a hot stream for the server-sent events, and every record's current revision in memory, so that a poller
 * whose copy is current is answered "not modified" without the database. A record removed (merged into another, or
 * left without claims by a re-extraction) leaves no change behind; a full reload now and then forgets it. While the
 * polls fail, nothing is answered from memory.
 */
@ApplicationScoped
public class ChangeFeed {
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final int BATCH = 500;

    private final TallyReader tally;
    private final Duration every;
    private final Duration reloadEvery;
    private final BroadcastProcessor<TallyReader.ChangeRow> live = BroadcastProcessor.create();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "change-feed");
        t.setDaemon(true);
        return t;
    });
    private volatile Map<String, Long> revisions = new ConcurrentHashMap<>();
    private volatile long seen = -1;
    private volatile long freshUntil;
    private long nextReload;

    public ChangeFeed(TallyReader tally,
                      @ConfigProperty(name = "votewire.gateway.change-poll", defaultValue = "PT0.25S") Duration every,
                      @ConfigProperty(name = "votewire.gateway.revision-reload", defaultValue = "PT30S") Duration reloadEvery) {
        this.tally = tally;
        this.every = every;
        this.reloadEvery = reloadEvery;
    }

    void start(@Observes StartupEvent e) {
        poller.scheduleWithFixedDelay(this::poll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent e) {
        poller.shutdownNow();
    }

    /**
     * Changes after {@code since}: first those already in the database, then each new one as it happens. The live
     * feed is subscribed before the backlog is read, so a change published meanwhile is held, and sent unless the
     * backlog had it. A backlog of {@value #BATCH} or more sends its first {@value #BATCH} and completes: the client
     * resumes from the last one.
     */
    public Multi<TallyReader.ChangeRow> after(long since) {
        Follower follower = new Follower(since);
        Cancellable subscription = live.subscribe().with(follower::accept);
        List<TallyReader.ChangeRow> backlog;
        try {
            backlog = tally.changes(since, BATCH);
        } catch (RuntimeException e) {
            subscription.cancel();
            throw e;
        }
        if (backlog.size() == BATCH) {
            subscription.cancel();
            return Multi.createFrom().iterable(backlog);
        }
        return Multi.createFrom().emitter(out -> {
            out.onTermination(subscription::cancel);
            follower.start(out, backlog);
        });
    }

    /** One stream's view of the live feed: holds what arrives until its backlog is sent, then passes on what is new. */
    private static final class Follower {
        private final List<TallyReader.ChangeRow> held = new ArrayList<>();
        private MultiEmitter<? super TallyReader.ChangeRow> out;
        private long last;

        Follower(long since) {
            this.last = since;
        }

        synchronized void accept(TallyReader.ChangeRow c) {
            if (out == null) {
                held.add(c);
            } else {
                sendIfNew(c);
            }
        }

        synchronized void start(MultiEmitter<? super TallyReader.ChangeRow> out, List<TallyReader.ChangeRow> backlog) {
            this.out = out;
            backlog.forEach(this::sendIfNew);
            held.forEach(this::sendIfNew);
            held.clear();
        }

        /** Both the backlog and the live feed come in change order: anything not past the last sent was sent. */
        private void sendIfNew(TallyReader.ChangeRow c) {
            if (c.change() > last) {
                last = c.change();
                out.emit(c);
            }
        }
    }

    /** The record's current revision as of the last poll; empty when unknown here or the polls lag behind. */
    public OptionalLong revision(String id) {
        Long r = fresh() ? revisions.get(id) : null;
        return r == null ? OptionalLong.empty() : OptionalLong.of(r);
    }

    /** The last change seen; empty while the polls lag behind. */
    public OptionalLong lastChange() {
        return fresh() && seen >= 0 ? OptionalLong.of(seen) : OptionalLong.empty();
    }

    private boolean fresh() {
        return System.nanoTime() - freshUntil < 0;
    }

    private void poll() {
        try {
            long now = System.nanoTime();
            if (seen < 0) {
                seen = tally.lastChange(); // read before the revisions: later changes come in by the polls
                reload();
            } else {
                for (List<TallyReader.ChangeRow> rows; !(rows = tally.changes(seen, BATCH)).isEmpty(); ) {
                    for (TallyReader.ChangeRow c : rows) {
                        revisions.merge(c.id(), c.revision(), Math::max);
                        seen = c.change();
                        live.onNext(c);
                    }
                    if (rows.size() < BATCH) {
                        break;
                    }
                }
                if (now - nextReload >= 0) {
                    reload();
                }
            }
            // a poll late by more than a few intervals makes memory too old to answer from
            freshUntil = System.nanoTime() + Math.max(every.toNanos() * 4, Duration.ofSeconds(1).toNanos());
        } catch (RuntimeException e) {
            LOG.warnf("change feed: %s", e.getMessage());
        }
    }

    private void reload() {
        Map<String, Long> all = new ConcurrentHashMap<>();
        for (TallyReader.ChangeRow c : tally.revisions()) {
            all.put(c.id(), c.revision());
        }
        revisions = all;
        nextReload = System.nanoTime() + reloadEvery.toNanos();
    }
}
