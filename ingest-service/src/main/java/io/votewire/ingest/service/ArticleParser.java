package io.votewire.ingest.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.votewire.contract.Article;
import io.votewire.contract.Json;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns request bytes into validated {@link Submission}s, or says precisely why it can't. Framework-free. */
public final class ArticleParser {
    private static final Set<String> FIELDS = Set.of("id", "url", "published", "headline", "body");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:~-]{1,200}");
    private static final int MAX_DEPTH = 32;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final IntakeLimits limits;

    public ArticleParser(IntakeLimits limits) {
        this.limits = limits;
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }

    public Submission parseOne(byte[] json) {
        return fromNode(readTree(decode(json), "request body"), "");
    }

    /** A JSON array of articles, read one article at a time. */
    public List<Submission> parseArray(InputStream body) {
        List<Submission> out = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(capped(body))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InvalidArticle(400, "the request body is empty: expected a JSON array of articles");
            }
            if (t != JsonToken.START_ARRAY) {
                throw new InvalidArticle(400, "a batch must be a JSON array of articles (or NDJSON)");
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new InvalidArticle(400, "malformed JSON: the array is not closed");
                }
                checkRoomFor(out);
                out.add(fromNode(mapper.readTree(p), "item " + out.size() + ": "));
            }
            if (p.nextToken() != null) {
                throw new InvalidArticle(400, "malformed JSON: content after the array");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidArticle(400, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw unreadable(e);
        }
        return requireNonEmpty(out);
    }

    /** One JSON article per line, read a line at a time; blank lines are skipped. */
    public List<Submission> parseNdjson(InputStream body) {
        List<Submission> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(capped(body), StandardCharsets.UTF_8.newDecoder()))) {
            String line;
            for (int n = 1; (line = lines.readLine()) != null; n++) {
                if (line.isBlank()) {
                    continue;
                }
                checkRoomFor(out);
                String where = "line " + n + ": ";
                JsonNode node;
                try {
                    node = readTree(line, "line");
                } catch (InvalidArticle e) {
                    throw new InvalidArticle(e.status(), where + e.getMessage());
                }
                out.add(fromNode(node, where));
            }
        } catch (CharacterCodingException e) {
            throw new InvalidArticle(400, "the request body is not valid UTF-8");
        } catch (IOException e) {
            throw unreadable(e);
        }
        return requireNonEmpty(out);
    }

    private void checkRoomFor(List<Submission> batch) {
        if (batch.size() == limits.batch().maxItems()) {
            throw new InvalidArticle(413, "the batch holds more than " + limits.batch().maxItems()
                    + " articles; send it in parts");
        }
    }

    /** The body as it arrives, refused at the first byte past the cap, so a batch never sits whole in memory. */
    private InputStream capped(InputStream body) {
        int max = limits.batch().maxBytes();
        return new FilterInputStream(body) {
            private long left = max;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, (int) Math.min(length, left + 1));
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                left -= n;
                if (left < 0) {
                    throw new InvalidArticle(413, "the batch is larger than " + max + " bytes; send it in parts");
                }
            }
        };
    }

    private static InvalidArticle unreadable(IOException e) {
        return new InvalidArticle(400, "the request body could not be read: " + e.getMessage());
    }

    private static List<Submission> requireNonEmpty(List<Submission> batch) {
        if (batch.isEmpty()) {
            throw new InvalidArticle(400, "the batch holds no article");
        }
        return batch;
    }

    private JsonNode readTree(String text, String what) {
        if (text.isBlank()) {
            throw new InvalidArticle(400, "the " + what + " is empty: expected a JSON article");
        }
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidArticle(400, "the " + what + " is empty: expected a JSON article");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidArticle(400, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static String decode(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticle(400, "the request body is not valid UTF-8");
        }
    }

    private Submission fromNode(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new InvalidArticle(400, where + "an article must be a JSON object, not " + node.getNodeType().name().toLowerCase());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!FIELDS.contains(name)) {
                throw new InvalidArticle(400, where + "unknown field '" + name + "' (allowed: id, url, published, headline, body)");
            }
        }
        String body = text(node, "body", where);
        if (body == null) {
            throw new InvalidArticle(400, where + "'body' is required");
        }
        if (body.isBlank()) {
            throw new InvalidArticle(400, where + "'body' is empty");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > limits.maxArticleBytes()) {
            throw new InvalidArticle(413, where + "'body' is larger than " + limits.maxArticleBytes() + " bytes");
        }
        if (body.indexOf('\0') >= 0) {
            throw new InvalidArticle(400, where + "'body' contains a NUL character");
        }
        String url = oneLine(text(node, "url", where), "url", where);
        String headline = oneLine(text(node, "headline", where), "headline", where);
        String published = text(node, "published", where);
        if (published != null) {
            checkDate(published, where);
        }
        String hash = sha256(String.join("\u0001", nullToEmpty(url), nullToEmpty(headline), body));
        String id = text(node, "id", where);
        if (id == null) {
            id = "a-" + hash.substring(0, 24);
        } else if (!ID.matcher(id).matches()) {
            throw new InvalidArticle(400, where + "'id' must be 1-200 characters of letters, digits and . _ : ~ -");
        }
        Submission s = new Submission(id, url, published, headline, body, hash);
        long record = recordBytes(s);
        if (record > limits.maxRecordBytes()) {
            throw new InvalidArticle(413, where + "the article would be a message of " + record + " bytes (all its "
                    + "fields as JSON, escapes included), over the limit of " + limits.maxRecordBytes() + " bytes");
        }
        return s;
    }

    /** The size of the record ingest will publish, counted as it is written, not kept. */
    private static long recordBytes(Submission s) {
        long[] count = {0};
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        try {
            Json.MAPPER.writeValue(counter, new Article(Article.VERSION, s.id(), s.url(), s.published(), s.headline(),
                    s.body(), Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidArticle(400, where + "'" + field + "' must be a string, not " + v.getNodeType().name().toLowerCase());
        }
        return v.textValue();
    }

    /**
     * A url or headline is one line of text: a control character is no part of it, and NUL is refused by PostgreSQL
     * downstream, where an article accepted here would end dead-lettered and unknown.
     */
    private static String oneLine(String value, String field, String where) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                if (Character.isISOControl(value.charAt(i))) {
                    throw new InvalidArticle(400, where + "'" + field + "' contains a control character (U+"
                            + String.format("%04X", (int) value.charAt(i)) + ")");
                }
            }
        }
        return value;
    }

    private static void checkDate(String published, String where) {
        try {
            if (published.length() == 10) {
                LocalDate.parse(published);
            } else {
                try {
                    OffsetDateTime.parse(published);
                } catch (DateTimeParseException e) {
                    LocalDateTime.parse(published);
                }
            }
        } catch (DateTimeParseException e) {
            throw new InvalidArticle(400, where + "'published' must be an ISO date (2025-02-24) or date-time (2025-02-24T18:00:00Z)");
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
