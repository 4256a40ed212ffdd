package io.votewire.extraction.reader;

import com.fasterxml.jackson.databind.JsonNode;
import io.votewire.contract.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every keyed pattern of the engine finds exactly what its plain expression finds: over each sentence of our
 * labelled articles, the same sentences lower-cased, upper-cased and with typographic apostrophes, and random
 * splices of them. A key list that misses a way a match can start fails here, and so do the first characters of a
 * {@link FirstCharPattern}.
 */
class KeyedPatternTest {

    @Test
    void everyKeyedPatternFindsWhatItsExpressionFinds() throws Exception {
        List<String> texts = corpus();
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : List.of(SentenceFacts.class, ArticleReader.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == KeyedPattern.class) {
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
        }
        assertFalse(fields.isEmpty());
        for (Field f : fields) {
            KeyedPattern p = (KeyedPattern) f.get(null);
            for (String text : texts) {
                assertEquals(plain(p.pattern(), text), keyed(p, text), f.getName() + " in: " + text);
            }
        }
    }

    @Test
    void everyFirstCharPatternFindsWhatItsExpressionFinds() throws Exception {
        List<String> texts = corpus();
        int checked = 0;
        for (Class<?> c : List.of(SentenceFacts.class, ArticleReader.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == FirstCharPattern.class) {
                    f.setAccessible(true);
                    FirstCharPattern p = (FirstCharPattern) f.get(null);
                    for (String text : texts) {
                        assertEquals(plain(p.pattern(), text), firstChar(p, text), f.getName() + " in: " + text);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 0);
    }

    /** The first-letter quick no before the subject expression lets through every sentence the expression reads. */
    @Test
    void subjectQuickNoKeepsEveryMatch() throws Exception {
        for (String text : corpus()) {
            assertEquals(ArticleReader.PRONOUN_SUBJECT.matcher(text).lookingAt(), ArticleReader.pronounSubject(text), text);
        }
    }

    @Test
    void keysAreLowerCase() {
        assertThrows(IllegalArgumentException.class, () -> KeyedPattern.atWords(Pattern.compile("Voted"), "Voted"));
    }

    /** isObject reads the last word that is not "the" or "that" and the six before it, of a part of the sentence. */
    @Test
    void lastWordsEndAsTheSplitDoes() {
        Pattern breaks = Pattern.compile("[\\s,;:()\"“”]+");
        Random random = new Random(7);
        String[] pieces = {"a", "by", "the", "that", " ", ",", ";", ":", "(", ")", "\"", "“", "”", "\t", "\n"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            String[] full = breaks.split(s.substring(from, to).trim());
            String[] tail = SentenceFacts.lastWords(s, from, to);
            String[] fullTail = Arrays.copyOfRange(full, full.length - tail.length, full.length);
            assertArrayEquals(fullTail, tail, "'" + s + "'");
            if (tail.length > 0 && tail.length < full.length) {
                int last = tail.length - 1;
                while (tail[last].equals("the") || tail[last].equals("that")) {
                    last--;
                }
                assertEquals(6, last, "'" + s + "'");
            }
        }
    }

    private static List<String> plain(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> keyed(KeyedPattern p, String text) {
        List<String> out = new ArrayList<>();
        for (KeyedPattern.Scan scan = p.scan(text); scan.find(); ) {
            out.add(scan.match().start() + "-" + scan.match().end());
        }
        return out;
    }

    private static List<String> firstChar(FirstCharPattern p, String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.find(text, 0, text.length()); m != null; m = p.find(text, m.end(), text.length())) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private List<String> corpus() throws IOException, URISyntaxException {
        List<String> sentences = new ArrayList<>();
        Path dir = Path.of(getClass().getResource("/articles").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode a = Json.MAPPER.readTree(f.toFile());
                Sentences.split(a.get("body").asText()).forEach(s -> sentences.add(s.text()));
            }
        }
        List<String> texts = new ArrayList<>();
        for (String s : sentences) {
            texts.addAll(Arrays.asList(s, s.toLowerCase(Locale.ROOT), s.toUpperCase(Locale.ROOT), s.replace('\'', '’')));
        }
        Random random = new Random(24);
        for (int i = 0; i < 2_000; i++) {
            String a = sentences.get(random.nextInt(sentences.size()));
            String b = sentences.get(random.nextInt(sentences.size()));
            texts.add(a.substring(0, random.nextInt(a.length() + 1)) + b.substring(random.nextInt(b.length() + 1)));
        }
        return texts;
    }
}
