package io.votewire.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.votewire.gateway.persistence.TallyReader;
import io.votewire.gateway.service.ChangeFeed;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change stream loses no change between its backlog and the live feed, and an instance serves a capped number. */
@QuarkusTest
@WithTestResource(value = TallySchemaTestResource.class)
class ChangeStreamTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    ChangeFeed feed;

    @TestHTTPResource("/changes/stream")
    URL stream;

    @BeforeEach
    void threeResolutions() throws Exception {
        try (Connection c = TallySchemaTestResource.owner()) {
            TallyRows.clear(c);
            for (int i = 1; i <= 3; i++) {
                TallyRows.resolution(c, "c-" + i, "2025-04-0" + i, "{\"id\":\"c-" + i + "\"}");
            }
        }
    }

    /** The backlog is read when the stream is asked for; a change the feed publishes before it is consumed still comes. */
    @Test
    void aChangePublishedWhileTheBacklogIsOutComesToo() throws Exception {
        Multi<TallyReader.ChangeRow> changes = feed.after(0);
        long change;
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement()) {
            TallyRows.resolution(c, "c-4", "2025-04-04", "{\"id\":\"c-4\"}");
            ResultSet rs = s.executeQuery("select change_seq from tally.resolution where id = 'c-4'");
            rs.next();
            change = rs.getLong(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> feed.lastChange().orElse(-1) >= change);
        List<String> ids = changes.select().first(4).map(TallyReader.ChangeRow::id).collect().asList()
                .await().atMost(Duration.ofSeconds(10));
        assertEquals(List.of("c-1", "c-2", "c-3", "c-4"), ids);
    }

    /** More waiting than one stream sends: the stream sends what it can, says where to resume, and ends. */
    @Test
    void aLongBacklogEndsWithAResync() throws Exception {
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement()) {
            s.execute("insert into tally.resolution (id, body, kind, doc, ident, revision, change_seq, updated_at) "
                    + "select 'm-' || n, 'GA', 'resolution', '{}'::jsonb, '{}', 1, nextval('tally.resolution_change_seq'), now() "
                    + "from generate_series(1, 600) n");
        }
        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(stream + "?since=0")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                return in.lines().toList(); // to the end of the stream
            }
        }, "the stream ends after its backlog");
        List<String> events = lines.stream().filter(l -> l.startsWith("event:")).map(l -> l.substring(6).strip()).toList();
        assertEquals(501, events.size(), "500 changes and a resync");
        assertEquals("resync", events.get(500));
        List<String> ids = lines.stream().filter(l -> l.startsWith("id:")).map(l -> l.substring(3).strip()).toList();
        String resumeFrom = ids.get(ids.size() - 1);
        assertEquals(ids.get(ids.size() - 2), resumeFrom, "the resync names the last change sent");
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"since\":\"" + resumeFrom + "\"")), String.join("\n", lines.subList(lines.size() - 5, lines.size())));
        // resuming from it gives the rest, not the same again
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select count(*) from tally.resolution where change_seq > " + Long.parseLong(resumeFrom));
            rs.next();
            assertEquals(103, rs.getInt(1));
        }
    }

    @Test
    void pastTheCapAClientIsToldToComeBack() throws Exception {
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) { // the test profile's cap
                HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(stream + "?since=0")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, r.statusCode());
                open.add(r);
            }
            given().get("/changes/stream?since=0").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "10").body("detail", containsString("3 change streams"));
        } finally {
            for (HttpResponse<InputStream> r : open) {
                r.body().close();
            }
        }
        // a stream's place is given back when its client goes
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(stream + "?since=0")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            r.body().close();
            return r.statusCode() == 200;
        });
    }
}
