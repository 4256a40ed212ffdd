package io.votewire.extraction.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.votewire.contract.Article;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Fingerprint;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.extraction.engine.VoteExtractor;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Backfills an archive without the pipeline: extracts from files (.txt bodies, .json articles, .ndjson) or NDJSON
 * on standard input and writes one {@link ArticleExtraction} per article as NDJSON to standard output. An article
 * that fails gets its error in the output line; the run goes on.
 *
 * <pre>java -cp extraction-service/target/quarkus-app/lib/main/*:extraction-service/target/classes \
 *      io.votewire.extraction.batch.ArchiveExtract archive/*.json &gt; events.ndjson</pre>
 */
public final class ArchiveExtract {
    private final Function<Article, List<VoteEvent>> engine;
    private final PrintWriter out;

    ArchiveExtract(PrintWriter out) {
        this(out, new VoteExtractor()::extract);
    }

    ArchiveExtract(PrintWriter out, Function<Article, List<VoteEvent>> engine) {
        this.out = out;
        this.engine = engine;
    }

    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        ArchiveExtract run = new ArchiveExtract(out);
        if (args.length == 0) {
            run.ndjson(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "stdin");
        }
        for (String arg : args) {
            run.file(Path.of(arg));
        }
        out.flush();
    }

    void file(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            try (BufferedReader r = Files.newBufferedReader(f)) {
                ndjson(r, name);
            }
        } else if (name.endsWith(".json")) {
            JsonNode node = Json.MAPPER.readTree(f.toFile());
            if (node.isArray()) {
                node.forEach(a -> article(a, name));
            } else {
                article(node, name);
            }
        } else {
            String id = name.replaceFirst("\\.[^.]*$", "");
            extract(new Article(Article.VERSION, id, null, null, null, Files.readString(f), Instant.now()));
        }
    }

    void ndjson(BufferedReader r, String source) throws IOException {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (!line.isBlank()) {
                try {
                    article(Json.MAPPER.readTree(line), source + ":" + n);
                } catch (IOException e) {
                    failed(source + ":" + n, "malformed JSON: " + e.getMessage());
                }
            }
        }
    }

    private void article(JsonNode a, String fallbackId) {
        String id = a.path("id").isTextual() ? a.get("id").asText() : fallbackId;
        if (!a.path("body").isTextual()) {
            failed(id, "no 'body' text");
            return;
        }
        extract(new Article(Article.VERSION, id, text(a, "url"), text(a, "published"), text(a, "headline"),
                a.get("body").asText(), Instant.now()));
    }

    private static String text(JsonNode a, String field) {
        return a.path(field).isTextual() ? a.get(field).asText() : null;
    }

    private void extract(Article a) {
        try {
            out.println(Json.write(new ArticleExtraction(ArticleExtraction.VERSION, a.id(), VoteExtractor.VERSION,
                    a.published(), a.url(), a.headline(), Fingerprint.of(a.body()).toString(), engine.apply(a), null, Instant.now())));
        } catch (RuntimeException | Error e) {
            // an Error too (a StackOverflowError deep in an expression): one article must not end the backfill
            failed(a.id(), "the extraction engine failed: " + e);
        }
    }

    private void failed(String id, String reason) {
        out.println(Json.write(new ArticleExtraction(ArticleExtraction.VERSION, id, VoteExtractor.VERSION, null, null,
                null, null, null, reason, Instant.now())));
    }
}
