package io.votewire.gateway.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.votewire.gateway.persistence.TallyReader;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * The resolutions that change, as one hot stream shared by every live dashboard: a single poll of the tally's
 * change sequence per interval, however many connections listen.
 */
@ApplicationScoped
public class ChangeFeed {
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final int BATCH = 500;

    private final TallyReader tally;
    private final Multi<TallyReader.ChangeRow> changes;
    private volatile long seen = -1;

    public ChangeFeed(TallyReader tally, @ConfigProperty(name = "votewire.gateway.change-poll", defaultValue = "PT1S") Duration every) {
        this.tally = tally;
        this.changes = Multi.createFrom().ticks().every(every)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> poll())
                .onFailure().invoke(e -> LOG.warnf("change feed: %s", e.getMessage()))
                .onFailure().retry().withBackOff(every, Duration.ofSeconds(30)).indefinitely()
                .broadcast().toAllSubscribers();
    }

    /** Changes after {@code since}: first those already in the database, then each new one as it happens. */
    public Multi<TallyReader.ChangeRow> after(long since) {
        List<TallyReader.ChangeRow> backlog = tally.changes(since, BATCH);
        long from = backlog.isEmpty() ? since : backlog.get(backlog.size() - 1).change();
        return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(backlog),
                changes.select().where(c -> c.change() > from));
    }

    private List<TallyReader.ChangeRow> poll() {
        if (seen < 0) {
            seen = tally.lastChange();
            return List.of();
        }
        List<TallyReader.ChangeRow> rows = tally.changes(seen, BATCH);
        if (!rows.isEmpty()) {
            seen = rows.get(rows.size() - 1).change();
        }
        return rows;
    }
}
