package io.votewire.ingest.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.votewire.ingest.security.Newsrooms;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import io.votewire.testkit.Topics;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The failure between keeping an article and publishing it, injected in the real database: a commit that fails
 * (a deferred trigger raises at COMMIT, as a lost connection or a serialization failure would), on the real broker.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class OutboxTest {
    @Inject
    AgroalDataSource db;
    @Inject
    Newsrooms newsrooms;

    private String newsroomKey() {
        return (String) newsrooms.create("outbox " + UUID.randomUUID(), 10_000, null).get("key");
    }

    /**
     * The case: the commit of the receipt fails. Before the outbox the article had been published by then,
     * the client was told nothing was kept, and its retry with other content was accepted and published as well.
     */
    @Test
    void aFailedCommitKeepsAndPublishesNothingSoTheRetryIsTheOnlyVersion() throws Exception {
        String key = newsroomKey();
        String id = "commit-fails-" + UUID.randomUUID();
        sql("create table if not exists commit_fault (article_id text primary key)",
                """
                create or replace function fail_commit() returns trigger language plpgsql as $$
                begin
                    if exists (select 1 from commit_fault where article_id = new.id) then
                        raise exception 'injected: the commit fails' using errcode = '40001';
                    end if;
                    return null;
                end $$""",
                "drop trigger if exists fail_commit on article_receipt",
                "create constraint trigger fail_commit after insert on article_receipt deferrable initially deferred"
                        + " for each row execute function fail_commit()");
        sql("insert into commit_fault values ('" + id + "')");
        try {
            given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                    .body(Map.of("id", id, "body", "The first version.")).post("/articles")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
        } finally {
            sql("drop trigger fail_commit on article_receipt");
        }
        assertEquals(0, count("select count(*) from article_receipt where id = ?", id), "no receipt");
        assertEquals(0, count("select count(*) from article_outbox where article_id = ?", id), "nothing to publish");

        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(Map.of("id", id, "body", "The second version.")).post("/articles").then().statusCode(202);
        List<ConsumerRecord<String, String>> published = Topics.allWithKey("articles", id);
        assertEquals(1, published.size(), "published once: " + published);
        assertTrue(published.get(0).value().contains("The second version."), published.get(0).value());
    }

    /**
     * The relay's commit fails once after Kafka acknowledged the batch (as when the relay dies there): the rows stay
     * and are published again, as the same record, which consumers ignore; then they leave the outbox for good.
     */
    @Test
    void aRelayThatFailsAfterTheAcknowledgementPublishesTheSameRecordAgainAndThenNeverMore() throws Exception {
        String key = newsroomKey();
        String id = "relay-fails-" + UUID.randomUUID();
        sql("create table if not exists relay_fault (article_id text primary key)",
                "create sequence if not exists relay_fault_seq",
                """
                create or replace function fail_relay_once() returns trigger language plpgsql as $$
                begin
                    if exists (select 1 from relay_fault where article_id = old.article_id) then
                        if nextval('relay_fault_seq') = 1 then
                            raise exception 'injected: the relay fails between the acknowledgement and its commit';
                        end if;
                    end if;
                    return null;
                end $$""",
                "drop trigger if exists fail_relay_once on article_outbox",
                "create constraint trigger fail_relay_once after delete on article_outbox deferrable initially deferred"
                        + " for each row execute function fail_relay_once()",
                "insert into relay_fault values ('" + id + "')");
        String article = "{\"id\":\"" + id + "\",\"body\":\"The Assembly voted.\"}";
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(article).post("/articles")
                .then().statusCode(202);

        try {
            await("the outbox row published and removed").atMost(Duration.ofSeconds(30))
                    .until(() -> count("select count(*) from article_outbox where article_id = ?", id) == 0);
        } finally {
            sql("drop trigger fail_relay_once on article_outbox");
        }
        List<ConsumerRecord<String, String>> published = Topics.allWithKey("articles", id);
        assertEquals(2, published.size(), "sent, not marked, sent again: " + published);
        assertEquals(published.get(0).value(), published.get(1).value(), "the same record both times");

        Thread.sleep(2_000); // two polls of the relay: nothing more goes out
        assertEquals(2, Topics.allWithKey("articles", id).size());
        assertEquals(1, count("select count(*) from article_receipt where id = ?", id));
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(article).post("/articles")
                .then().statusCode(200).body("duplicate", equalTo(true));
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private long count(String query, String id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
