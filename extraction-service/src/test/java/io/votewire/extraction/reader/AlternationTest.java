package io.votewire.extraction.reader;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A factored alternation matches what the plain one matches, group by group, also where a shorter alternative and a
 * longer one both fit and what follows decides (so the order of trying them shows).
 */
class AlternationTest {
    private static final String[] PIECES = {"a", "b", "A", "ab", "ba", "b?", "(?:a|b)", "\\b", "a+", ""};

    @Test
    void factoredMatchesAsPlain() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String[] alternatives = new String[1 + random.nextInt(6)];
            for (int i = 0; i < alternatives.length; i++) {
                StringBuilder a = new StringBuilder();
                for (int n = random.nextInt(4); n > 0; n--) {
                    a.append(PIECES[random.nextInt(PIECES.length)]);
                }
                alternatives[i] = a.toString();
            }
            boolean anyCase = random.nextBoolean();
            int flags = anyCase ? Pattern.CASE_INSENSITIVE : 0;
            Pattern plain = Pattern.compile("(?:" + String.join("|", alternatives) + ")(b*)(a?)", flags);
            Pattern factored = Pattern.compile(Alternation.of(anyCase, alternatives) + "(b*)(a?)", flags);
            for (int t = 0; t < 10; t++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(9); n > 0; n--) {
                    text.append("abA ".charAt(random.nextInt(4)));
                }
                assertEquals(matches(plain, text), matches(factored, text), factored.pattern() + " in '" + text + "'");
            }
        }
    }

    @Test
    void sharedOpeningsAreReadOnce() {
        assertEquals("(?:vot(?:ed (?:against|no)|ing against)|opposed)",
                Alternation.of(true, "voted against", "voting against", "opposed", "voted no"));
    }

    private static List<String> matches(Pattern p, CharSequence text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1) + ":" + m.group(2));
        }
        return out;
    }
}
