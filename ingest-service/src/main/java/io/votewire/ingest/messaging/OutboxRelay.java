package io.votewire.ingest.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.votewire.contract.Retry;
import io.votewire.ingest.persistence.ArticleOutbox;
import io.votewire.ingest.service.IntakeLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the outbox to Kafka: claims a batch of rows (locked, so other instances' relays skip them), sends them
 * all, awaits the acknowledgements together and deletes the acknowledged rows in the same transaction. A crash
 * between the acknowledgement and the commit leaves the rows, which are published again: the same record twice,
 * which every consumer ignores (they deduplicate by article id). Nothing is deleted before Kafka has it.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final ArticleOutbox outbox;
    private final ArticlePublisher publisher;
    private final IntakeLimits.Outbox settings;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(ArticleOutbox outbox, ArticlePublisher publisher, IntakeLimits limits) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.settings = limits.outbox();
    }

    /** What one pass did: rows claimed, and whether the broker could not be reached. */
    record Pass(int claimed, boolean outage) {
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the batch in flight finish, so a normal shutdown publishes nothing twice. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wake.release();
        thread.join(settings.ackTimeout().plusSeconds(5).toMillis());
    }

    /** An article was accepted: publish it now rather than at the next poll. */
    public void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void run() {
        long backoff = 100;
        while (running) {
            try {
                wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                Pass pass;
                do {
                    pass = relayOnce();
                } while (running && !pass.outage() && pass.claimed() == settings.batchSize());
                if (!pass.outage()) {
                    backoff = 100;
                    continue;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("publishing the outbox failed, retrying: %s", e);
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
    }

    /** One batch in one transaction: claim, send, await, delete what Kafka acknowledged. */
    Pass relayOnce() {
        Duration ackTimeout = settings.ackTimeout();
        return QuarkusTransaction.requiringNew().timeout((int) ackTimeout.plusSeconds(30).toSeconds()).call(() -> {
            List<ArticleOutbox.Pending> batch = outbox.claim(settings.batchSize());
            // sent with the transaction suspended: context propagation would otherwise hand it to the producer's
            // callbacks, which then still hold it on their own threads when it commits (and the commit fails)
            List<CompletableFuture<Void>> acks = QuarkusTransaction.suspendingExisting()
                    .call(() -> batch.stream().map(publisher::send).toList());
            long deadline = System.nanoTime() + ackTimeout.toNanos();
            List<String> published = new ArrayList<>();
            boolean outage = false;
            for (int i = 0; i < batch.size(); i++) {
                ArticleOutbox.Pending article = batch.get(i);
                try {
                    acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    published.add(article.articleId());
                } catch (TimeoutException e) {
                    outage = true;
                } catch (ExecutionException e) {
                    if (Retry.isOutage(e.getCause())) {
                        outage = true;
                    } else {
                        // a record too large for the topic, a denied topic: the same every time until an operator
                        // changes the broker; it stays kept, and waits so the others are not held behind it
                        LOG.errorf("the broker refused article %s, retrying in %s: %s", article.articleId(),
                                settings.refusedRetry(), e.getCause());
                        outbox.postpone(article.articleId(), e.getCause().toString(), settings.refusedRetry());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while awaiting acknowledgements", e);
                }
            }
            outbox.remove(published);
            if (outage) {
                LOG.warnf("the broker did not acknowledge %d of %d articles; they stay in the outbox",
                        batch.size() - published.size(), batch.size());
            }
            return new Pass(batch.size(), outage);
        });
    }
}
