package io.votewire.tally.service;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.votewire.contract.Article;
import io.votewire.contract.Json;
import io.votewire.tally.persistence.StoredArticle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends every stored article through extraction again, by republishing it to topic {@code articles} (keyed by its
 * id, like ingest does). The extraction service reads it with its current engine; the tally then replaces the
 * claims of an older extractor version and recomputes the records. An article already read by the current
 * version is recognised downstream and changes nothing, so running this twice is harmless.
 */
@ApplicationScoped
public class Reextraction {
    private static final int PAGE = 200;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final MutinyEmitter<String> articles;

    public Reextraction(@Channel("reextract") MutinyEmitter<String> articles) {
        this.articles = articles;
    }

    /** @return how many articles were republished (each acknowledged by the broker) */
    public int republishAll() {
        int sent = 0;
        String after = "";
        while (true) {
            String from = after;
            List<StoredArticle> page = QuarkusTransaction.requiringNew().call(() -> StoredArticle.pageWithText(from, PAGE));
            if (page.isEmpty()) {
                return sent;
            }
            List<Uni<Void>> acks = new ArrayList<>();
            for (StoredArticle a : page) {
                Article article = new Article(Article.VERSION, a.id, a.url, a.published, a.headline, a.body, a.receivedAt);
                acks.add(articles.sendMessage(Message.of(Json.write(article))
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(a.id).build())));
            }
            Uni.join().all(acks).andFailFast().await().atMost(ACK_TIMEOUT);
            sent += page.size();
            after = page.get(page.size() - 1).id;
        }
    }
}
