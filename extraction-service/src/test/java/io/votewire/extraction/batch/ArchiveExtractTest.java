package io.votewire.extraction.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.votewire.contract.Json;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveExtractTest {
    /** An Error from the engine (a stack overflow deep in an expression) fails that article, and the backfill goes on. */
    @Test
    void anErrorFromTheEngineFailsOneArticleAndTheRunGoesOn() throws IOException {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        ArchiveExtract run = new ArchiveExtract(out, a -> {
            if (a.id().equals("deep")) {
                throw new StackOverflowError();
            }
            return List.of();
        });
        run.ndjson(new BufferedReader(new StringReader("""
                {"id":"deep","body":"a"}
                {"id":"fine","body":"b"}
                """)), "test");
        out.flush();
        List<String> lines = text.toString().lines().toList();
        assertEquals(2, lines.size(), text.toString());
        JsonNode failed = Json.MAPPER.readTree(lines.get(0));
        assertEquals("deep", failed.get("article_id").asText());
        assertTrue(failed.get("error").asText().contains("StackOverflowError"), failed.toString());
        JsonNode fine = Json.MAPPER.readTree(lines.get(1));
        assertEquals("fine", fine.get("article_id").asText());
        assertTrue(fine.get("error").isNull(), fine.toString());
    }
}
