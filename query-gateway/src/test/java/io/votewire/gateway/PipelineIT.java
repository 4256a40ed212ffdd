package io.votewire.gateway;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Json;
import io.votewire.testkit.EmbeddedKafka;
import io.votewire.testkit.EmbeddedPg;
import io.votewire.testkit.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end on a real KRaft broker and a real PostgreSQL, each service from its packaged jar as its own process:
 * newsroom POST to ingest, dashboard GET from the gateway.
 */
class PipelineIT {
    private static EmbeddedKafka kafka;
    private static EmbeddedPg pg;
    private static ServiceProcess ingest;
    private static ServiceProcess extraction;
    private static ServiceProcess tally;
    private static ServiceProcess gateway;
    private static Map<String, String> env;
    private static Path logs;
    private static String adminToken;
    private static String apiKey;

    @BeforeAll
    static void startPipeline() throws Exception {
        kafka = EmbeddedKafka.startEphemeral();
        String password = UUID.randomUUID().toString();
        String readerPassword = UUID.randomUUID().toString();
        pg = EmbeddedPg.start(0, null, password, readerPassword);
        adminToken = UUID.randomUUID().toString();
        env = Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "DB_URL", pg.jdbcUrl(),
                "DB_USER", EmbeddedPg.USER, "DB_PASSWORD", password, "VOTEWIRE_ADMIN_TOKEN", adminToken,
                // the gateway reads with its read-only login, as deployed
                "DB_READ_USER", EmbeddedPg.READER, "DB_READ_PASSWORD", readerPassword);
        logs = Files.createDirectories(Path.of("target", "pipeline-logs"));
        tally = ServiceProcess.start("tally-service", env, logs);
        extraction = ServiceProcess.start("extraction-service", env, logs);
        ingest = ServiceProcess.start("ingest-service", env, logs);
        gateway = ServiceProcess.start("query-gateway", env, logs);
        apiKey = given().baseUri(ingest.managementUrl()).header("Authorization", "Bearer " + adminToken)
                .contentType(ContentType.JSON).body(Map.of("newsroom", "pipeline test", "rate_per_minute", 100_000))
                .post("/admin/keys").then().statusCode(201).extract().path("key");
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        for (ServiceProcess p : new ServiceProcess[] {gateway, ingest, extraction, tally}) {
            if (p != null) {
                p.close();
            }
        }
        if (pg != null) {
            pg.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void theFiveSeedsGiveTheThreeVotesOf24February2025() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String id = "seed-" + seed.getFileName().toString().replace(".txt", "");
                post(Map.of("id", id, "body", Files.readString(seed)));
                ids.add(id);
            }
        }
        awaitTallied(ids);

        List<Map<String, Object>> items = given().baseUri(gateway.baseUrl()).queryParam("limit", 200)
                .get("/resolutions").then().statusCode(200).extract().jsonPath().getList("items");
        List<List<Integer>> counts = new ArrayList<>();
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> c = (Map<String, Integer>) item.get("counts");
            counts.add(Arrays.asList(c.get("yes"), c.get("no"), c.get("abstain")));
        }
        assertTrue(counts.contains(List.of(93, 18, 65)), "the European-Ukrainian GA resolution, got " + counts);
        assertTrue(counts.contains(List.of(93, 8, 73)), "the amended US GA draft, got " + counts);
        assertTrue(counts.contains(List.of(10, 0, 5)), "the Security Council resolution (no = 0 follows from 15 members), got " + counts);

        // what sources got wrong stays visible without winning: one article's "rejected" for the US draft, one's Iran
        Map<String, Object> usDraft = items.get(counts.indexOf(List.of(93, 8, 73)));
        assertEquals("adopted", usDraft.get("outcome"));
        assertTrue(String.valueOf(usDraft.get("conflicts")).contains("rejected"), "the rejected claim is a conflict: " + usDraft.get("conflicts"));
        Map<String, Object> european = items.get(counts.indexOf(List.of(93, 18, 65)));
        assertTrue(String.valueOf(european.get("conflicts")).matches("(?s).*uncorroborated.*IRN.*"),
                "Iran among the 18 is one source's claim: " + european.get("conflicts"));
        assertEquals(3, counts.stream().filter(c -> c.get(0) != null).count(), "one record per real vote, got " + counts);
        // and nothing else is listed: the amendments' thin mentions wait on their articles; each record has a title
        assertEquals(3, items.size(), "only the three votes are listed, got " + counts);
        items.forEach(item -> assertTrue(item.get("title") instanceof String t && !t.isBlank(), "a title: " + item));
        assertEquals("24 Feb", european.get("date_text"), "the seeds say February 24 and no year");

        String rid = given().baseUri(gateway.baseUrl()).get("/articles/" + ids.get(0)).then().statusCode(200)
                .extract().jsonPath().getString("events[0].resolution_id");
        given().baseUri(gateway.baseUrl()).get("/resolutions/" + rid).then().statusCode(200)
                .body("id", equalTo(rid));
    }

    /**
     * Trust per source: the UN's press release and a wire story, independent tellings of one council vote, disagree
     * on the counts one to one; the UN's figures win, and each claim's outlet shows its weight, the wire's below the
     * UN's once it has been found to disagree.
     */
    @Test
    void aUnSourcesFiguresWinAOneToOneDisagreementAndEachSourceShowsItsWeight() {
        post(Map.of("id", "trust-un", "url", "https://press.un.org/en/2031/sc99999.doc.htm", "published", "2031-05-07",
                "body", "The Security Council on Tuesday adopted resolution 2901 (2031) on the protection of maritime"
                        + " corridors by a vote of 13 in favour to none against, with 2 abstentions. Speaking after the vote,"
                        + " the representative of Panama welcomed the text."));
        post(Map.of("id", "trust-wire", "url", "https://www.wire-example.test/world/2031/05/07/council-corridors",
                "published", "2031-05-07", "body", "NEW YORK (Wire) - Diplomats said the measure on shipping lanes,"
                        + " resolution 2901 (2031), passed the 15-member UN Security Council with 12 votes in favour, none"
                        + " against and 3 abstentions, after weeks of talks over its wording. Several delegations complained"
                        + " that the final draft was weaker than hoped."));
        awaitTallied(List.of("trust-un", "trust-wire"));
        String rid = given().baseUri(gateway.baseUrl()).get("/articles/trust-un").then().statusCode(200).extract()
                .jsonPath().getString("events[0].resolution_id");
        assertEquals(rid, given().baseUri(gateway.baseUrl()).get("/articles/trust-wire").then().extract()
                .jsonPath().getString("events[0].resolution_id"), "one vote: the same symbol");
        given().baseUri(gateway.baseUrl()).get("/resolutions/" + rid).then().statusCode(200)
                .body("sources", equalTo(2)).body("counts.yes", equalTo(13)).body("counts.abstain", equalTo(2))
                .body("support.'counts.yes'.value", equalTo(List.of(13, 12)));
        JsonPath sources = given().baseUri(gateway.baseUrl()).get("/resolutions/" + rid + "/sources").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("trust-un", "trust-wire"), sources.getList("claims.article_id"));
        assertEquals(List.of("press.un.org", "wire-example.test"), sources.getList("claims.outlet"));
        List<Float> weights = sources.getList("claims.weight", Float.class);
        assertEquals(1.8f, weights.get(0), "the UN's pages are seeded high and agreed with the record");
        assertTrue(weights.get(1) <= 1.0f, "a new outlet starts neutral and loses when it disagrees: " + weights);
    }

    @Test
    void killingTheTallyMidStreamLosesNothingAndCountsNothingTwice() throws Exception {
        int n = 120;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "kill-" + i;
            ids.add(id);
            post(Map.of("id", id, "published", "2031-03-0" + (1 + i % 9), "body",
                    "The UN General Assembly on Monday adopted resolution A/RES/86/" + (300 + i)
                            // (counts the Assembly's 193 seats can hold: more is no UN vote to the reader)
                            + " on cooperation by a recorded vote of " + (100 + i % 60) + " in favour to 7 against, with 12 abstentions."));
            if (i == n / 3) {
                tally.kill();
            }
        }
        tally.start();
        awaitTallied(ids);
        Map<String, Integer> perResolution = new HashMap<>();
        for (String id : ids) {
            JsonPath a = given().baseUri(gateway.baseUrl()).get("/articles/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals(1, a.getList("events").size(), "one vote in " + id);
            perResolution.merge(a.getString("events[0].resolution_id"), 1, Integer::sum);
        }
        assertEquals(n, perResolution.size(), "every article its own resolution");
        for (String rid : perResolution.keySet()) {
            given().baseUri(gateway.baseUrl()).get("/resolutions/" + rid).then().statusCode(200).body("sources", equalTo(1));
        }
    }

    /** Editors keep the page open: a vote tallied after it loaded appears as a card, and its page shows the positions. */
    @Test
    void theLivePageShowsANewVoteWithoutReloading() throws Exception {
        try (Browser b = Browser.start()) {
            WebDriver browser = b.driver();
            browser.get(gateway.baseUrl() + "/");
            await("the page is live").atMost(Duration.ofSeconds(30))
                    .until(() -> "live".equals(browser.findElement(By.id("live")).getText()));
            String id = "live-" + UUID.randomUUID();
            post(Map.of("id", id, "published", "2031-06-02", "body", "On Monday the UN General Assembly passed a text"
                    + " on the protection of coral reefs by 150 votes to 2, with 9 abstentions. France voted in favour."));
            awaitTallied(List.of(id));
            // the list re-renders as change events arrive, so the card is looked up in one script call, not held
            String found = await("the new card").atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> (String) ((JavascriptExecutor) browser)
                    .executeScript("const c = [...document.querySelectorAll('.card')].find(c => c.textContent.includes('coral reefs'));"
                            + " return c ? c.dataset.id + '|' + c.textContent : null;"), java.util.Objects::nonNull);
            String rid = found.substring(0, found.indexOf('|'));
            assertTrue(found.contains("150 yes · 2 no · 9 abstain"), found);
            await("the resolution page").atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                if (browser.findElements(By.id("resolution")).isEmpty()) {
                    browser.findElement(By.cssSelector(".card[data-id='" + rid + "']")).click();
                }
                return browser.findElements(By.cssSelector(".group.yes .chip")).stream().anyMatch(c -> c.getText().equals("France"));
            });
            await("the evidence sentence").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> browser.findElement(By.id("sources")).getText().contains("coral reefs"));
        }
    }

    /**
     * A reader's way through the page: the list filtered from its form (and the filter kept in the address), a
     * resolution's world map coloured by position with its legend, a small state beside it and a tooltip by keyboard,
     * then a country's page with its record over time and whom it votes with.
     */
    @Test
    void aReaderFiltersOpensTheMapAndComparesCountries() throws Exception {
        String first = "map-" + UUID.randomUUID();
        String second = "map-" + UUID.randomUUID();
        post(Map.of("id", first, "published", "2031-07-01", "body", "On Tuesday the UN General Assembly adopted a text"
                + " on desert locust control by 120 votes to 4, with 11 abstentions. Brazil and Kenya voted in favour, while Norway voted against."));
        post(Map.of("id", second, "published", "2031-08-05", "body", "On Monday the UN General Assembly adopted a text"
                + " on locust early warning by 131 votes to 2, with 9 abstentions. Brazil, Kenya and Norway voted in favour, and Fiji abstained."));
        awaitTallied(List.of(first, second));
        try (Browser b = Browser.start()) {
            WebDriver browser = b.driver();
            JavascriptExecutor js = (JavascriptExecutor) browser;
            browser.get(gateway.baseUrl() + "/");
            WebElement search = await("the filter form").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> browser.findElement(By.cssSelector("#filters input[name=q]")), java.util.Objects::nonNull);
            search.sendKeys("locust");
            browser.findElement(By.cssSelector("#filters select[name=country] option[value=NOR]")).click();
            // choosing a country re-renders the form for its address: the vote is chosen in the new one
            await("the vote filter").atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                browser.findElement(By.cssSelector("#filters select[name=vote] option[value=no]")).click();
                return browser.getCurrentUrl().contains("vote=no");
            });
            await("the filtered list").atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                List<WebElement> cards = browser.findElements(By.cssSelector("#cards .card"));
                return cards.size() == 1 && cards.get(0).getText().contains("desert locust control");
            });
            String address = browser.getCurrentUrl();
            assertTrue(address.contains("q=locust") && address.contains("country=NOR") && address.contains("vote=no"), address);

            // the same address shared: the other vote of the two is one filter away
            browser.get(gateway.baseUrl() + "/#/?q=locust&country=FJI");
            browser.navigate().refresh();
            await("the shared view").atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                List<WebElement> cards = browser.findElements(By.cssSelector("#cards .card"));
                return cards.size() == 1 && cards.get(0).getText().contains("locust early warning");
            });
            browser.findElement(By.cssSelector("#cards .card")).click();

            await("the map").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> browser.findElements(By.cssSelector("#map path.state")).size() > 150);
            assertEquals("rgb(0, 114, 178)", js.executeScript(
                    "return getComputedStyle(document.querySelector('#map path[data-iso=BRA]')).fill"), "Brazil in the colour of yes");
            assertEquals(3, browser.findElements(By.cssSelector("#map path.state.pos-yes")).size(), "Brazil, Kenya, Norway");
            String legend = browser.findElement(By.cssSelector("#map-section .legend")).getText();
            for (String entry : List.of("yes (3)", "no (0)", "abstain (1)", "absent (0)", "not recorded")) {
                assertTrue(legend.contains(entry), legend);
            }
            // Fiji is a speck at world scale: listed beside the map, in its colour
            WebElement fiji = browser.findElement(By.xpath("//ul[@id='small-states']/li[a[text()='Fiji']]"));
            assertTrue(fiji.getText().contains("abstain"), fiji.getText());
            assertEquals(1, fiji.findElements(By.cssSelector(".swatch.pos-abstain")).size());
            // by keyboard: a shape takes the focus and says whose it is, how it voted and on whose word
            WebElement kenya = browser.findElement(By.cssSelector("#map path[data-iso=KEN]"));
            assertEquals("0", kenya.getAttribute("tabindex"));
            js.executeScript("arguments[0].focus()", kenya);
            WebElement tip = browser.findElement(By.id("map-tip"));
            assertTrue(tip.isDisplayed() && tip.getText().startsWith("Kenya voted yes") && tip.getText().contains("1 source"), tip.getText());
            assertTrue(browser.findElement(By.cssSelector(".group.abstain")).getText().contains("Fiji"));
            assertTrue(browser.findElement(By.cssSelector(".group.no")).getText().contains("not named"), "2 voted no, none named");

            browser.findElement(By.xpath("//div[contains(@class,'group') and contains(@class,'yes')]//a[text()='Brazil']")).click();
            await("the country page").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> browser.findElement(By.cssSelector("#country h1")).getText().startsWith("Brazil"));
            assertEquals(2, browser.findElements(By.cssSelector("#positions svg.timeline circle.pos-yes")).size());
            List<String> agreement = browser.findElements(By.cssSelector("#agreement tbody tr")).stream().map(WebElement::getText).toList();
            assertEquals(3, agreement.size(), String.valueOf(agreement));
            assertTrue(agreement.get(0).matches("Kenya\\s+100%\\s+2 of 2 votes"), String.valueOf(agreement));
            assertTrue(agreement.get(1).matches("Norway\\s+50%\\s+1 of 2 votes"), String.valueOf(agreement));
            assertTrue(agreement.get(2).matches("Fiji\\s+0%\\s+0 of 1 vote"), String.valueOf(agreement));
        }
    }

    /** Debian's chromium, headless, through Debian's chromedriver. */
    private record Browser(WebDriver driver, ChromeDriverService service) implements AutoCloseable {
        static Browser start() throws Exception {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("votewire.chromium", "/usr/bin/chromium"));
            // no background networking: this machine's closed network refuses it, and a test must not need it
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("votewire.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), service);
        }

        @Override
        public void close() {
            driver.quit();
            service.stop();
        }
    }

    /**
     * An operator's retry of a failed article: it fails in extraction (over the engine's limit), the limit is raised,
     * the tally's {@code POST /admin/reprocess} sends it through again and it ends tallied; reprocessing it again
     * counts nothing twice.
     */
    @Test
    void aFailedArticleReprocessedOnceFixedEndsTalliedAndReprocessingAgainCountsNothingTwice() throws Exception {
        String id = "reprocess-" + UUID.randomUUID();
        Map<String, String> article = Map.of("id", id, "published", "2031-04-08", "body", "The UN General Assembly on"
                + " Monday adopted resolution A/RES/86/777 on river cooperation with 131 votes for, 6 against"
                + " and 14 abstaining." + " Delegates from river basin states spoke before the vote.".repeat(10));
        Map<String, String> tooSmall = new HashMap<>(env);
        tooSmall.put("VOTEWIRE_MAX_ARTICLE_CHARS", "500"); // the cause the operator will fix
        extraction.close();
        extraction = ServiceProcess.start("extraction-service", "extraction-limited", tooSmall, logs);
        try {
            post(article);
            awaitStatus(List.of(id), "failed");
        } finally {
            // the operator raises the limit: extraction with its default again
            extraction.close();
            extraction = ServiceProcess.start("extraction-service", env, logs);
        }
        JsonPath failed = given().baseUri(gateway.baseUrl()).get("/articles/" + id).then().extract().jsonPath();
        assertTrue(failed.getString("error").contains("limit"), failed.getString("error"));
        // posting it again is no retry: the id is kept
        given().baseUri(ingest.baseUrl()).header("Authorization", "Bearer " + apiKey).contentType(ContentType.JSON)
                .body(article).post("/articles").then().statusCode(200);

        reprocess(id);
        awaitTallied(List.of(id));
        String rid = given().baseUri(gateway.baseUrl()).get("/articles/" + id).then().extract().jsonPath()
                .getString("events[0].resolution_id");
        String record = given().baseUri(gateway.baseUrl()).get("/resolutions/" + rid).then().statusCode(200)
                .body("articles", equalTo(List.of(id))).body("sources", equalTo(1))
                .body("counts.yes", equalTo(131)).extract().asString();

        // again: extraction answers the newer attempt, the tally reads it and changes nothing
        reprocess(id);
        List<ArticleExtraction> answers = await("extraction answered the second reprocessing").atMost(Duration.ofSeconds(60))
                .until(() -> extractions(id), a -> a.size() == 3);
        assertEquals(List.of(0, 1, 2), answers.stream().map(ArticleExtraction::attempt).toList());
        assertTrue(answers.get(0).error().contains("limit"), answers.get(0).error());
        assertNull(answers.get(2).error());
        awaitTallyRead();
        given().baseUri(gateway.baseUrl()).get("/articles/" + id).then().body("status", equalTo("tallied"));
        given().baseUri(gateway.baseUrl()).get("/resolutions/" + rid).then().statusCode(200)
                .body(equalTo(record));
    }

    private static void reprocess(String id) {
        given().baseUri(tally.managementUrl()).header("Authorization", "Bearer " + adminToken).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(id))).post("/admin/reprocess").then().statusCode(202)
                .body("republished", equalTo(1));
    }

    /** Every extraction of the article on "vote-events", in order. */
    private static List<ArticleExtraction> extractions(String id) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ArticleExtraction> found = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor("vote-events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> c.position(p) < end.get(p))) {
                c.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.equals(r.key())) {
                        found.add(Json.read(r.value(), ArticleExtraction.class));
                    }
                });
            }
        }
        return found;
    }

    /** Until the tally's consumer group has committed every "vote-events" record there is now. */
    private static void awaitTallyRead() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("tally")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> end = new HashMap<>();
            for (var e : admin.listOffsets(committed.keySet().stream().filter(p -> p.topic().equals("vote-events"))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet()) {
                end.put(e.getKey(), e.getValue().offset());
            }
            await("the tally read every extraction").atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> now = admin.listConsumerGroupOffsets("tally")
                        .partitionsToOffsetAndMetadata().get();
                return end.entrySet().stream().allMatch(e -> now.get(e.getKey()) != null
                        && now.get(e.getKey()).offset() >= e.getValue());
            });
        }
    }

    private static void post(Map<String, String> article) {
        given().baseUri(ingest.baseUrl()).header("Authorization", "Bearer " + apiKey).contentType(ContentType.JSON)
                .body(article).post("/articles")
                .then().statusCode(202);
    }

    private static void awaitTallied(List<String> ids) {
        awaitStatus(ids, "tallied");
    }

    private static void awaitStatus(List<String> ids, String status) {
        await("articles " + status).atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(250)).until(() -> {
            for (String id : ids) {
                var r = given().baseUri(gateway.baseUrl()).get("/articles/" + id);
                if (r.statusCode() != 200 || !status.equals(r.jsonPath().getString("status"))) {
                    return false;
                }
            }
            return true;
        });
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
