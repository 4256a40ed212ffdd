package io.votewire.tally.service;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.votewire.contract.Article;
import io.votewire.contract.Json;
import io.votewire.tally.persistence.KeptArticle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Sends stored articles through extraction again, by republishing them to topic {@code articles} (keyed by id,
 * like ingest does). The extraction service reads them with its current engine, and the tally takes what it reads:
 * <ul>
 *     <li>{@link #republishAll}, after an engine upgrade: claims of a newer extractor version replace the older ones;
 *     an article already read by the current version changes nothing, so running it twice is harmless.</li>
 *     <li>{@link #reprocess}, once the cause of a failure is fixed: each failed (or named) article goes out as its
 *     next attempt, which the tally takes once for a failed article, whatever the extractor version; an article
 *     already tallied ignores it, so reprocessing twice counts nothing twice.</li>
 * </ul>
 */
@ApplicationScoped
public class Reextraction {
    private static final int PAGE = 200;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    /** What a reprocessing did: articles republished, and the named ones the tally holds no text of. */
    public record Reprocessed(int republished, List<String> notKept) {
    }

    private final MutinyEmitter<String> articles;

    public Reextraction(@Channel("reextract") MutinyEmitter<String> articles) {
        this.articles = articles;
    }

    /** @return how many articles were republished (each acknowledged by the broker) */
    public int republishAll() {
        return republish(after -> KeptArticle.page(after, PAGE, false), KeptArticle::attempt);
    }

    /** Every failed article whose text the tally holds, each as its next attempt. */
    public Reprocessed reprocessFailed() {
        return new Reprocessed(republish(after -> KeptArticle.page(after, PAGE, true), a -> a.attempt() + 1), List.of());
    }

    /** The named articles, each as its next attempt; those the tally holds no text of are named in the answer. */
    public Reprocessed reprocess(Collection<String> ids) {
        TreeSet<String> wanted = new TreeSet<>(ids);
        List<KeptArticle> kept = QuarkusTransaction.requiringNew().call(() -> KeptArticle.of(wanted));
        kept.forEach(a -> wanted.remove(a.id()));
        send(kept, a -> a.attempt() + 1);
        return new Reprocessed(kept.size(), List.copyOf(wanted));
    }

    private int republish(Function<String, List<KeptArticle>> pageAfter, Function<KeptArticle, Integer> attempt) {
        int sent = 0;
        String after = "";
        while (true) {
            String from = after;
            List<KeptArticle> page = QuarkusTransaction.requiringNew().call(() -> pageAfter.apply(from));
            if (page.isEmpty()) {
                return sent;
            }
            send(page, attempt);
            sent += page.size();
            after = page.get(page.size() - 1).id();
        }
    }

    private void send(List<KeptArticle> stored, Function<KeptArticle, Integer> attempt) {
        List<Uni<Void>> acks = new ArrayList<>();
        for (KeptArticle a : stored) {
            Article article = new Article(Article.VERSION, a.id(), a.url(), a.published(), a.headline(), a.body(),
                    a.receivedAt(), attempt.apply(a));
            acks.add(articles.sendMessage(Message.of(Json.write(article))
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(a.id()).build())));
        }
        if (!acks.isEmpty()) {
            Uni.join().all(acks).andFailFast().await().atMost(ACK_TIMEOUT);
        }
    }
}
