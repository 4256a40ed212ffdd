package io.votewire.extraction.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersAndSentencesTest {
    @Test
    void numbersInDigitsAndWords() {
        assertEquals(93, Numbers.parse("ninety-three").getAsInt());
        assertEquals(141, Numbers.parse("one hundred and forty-one").getAsInt());
        assertEquals(1024, Numbers.parse("1,024").getAsInt());
        assertEquals(0, Numbers.parse("none").getAsInt());
        assertEquals(13, Numbers.parse("Thirteen").getAsInt());
    }

    @Test
    void sentencesKeepAbbreviationsAndOffsets() {
        String text = "The U.S. voted no. Mr. Nebenzia spoke on Feb. 24 at the U.N. Then it ended.\nHEADLINE WITHOUT STOP\nNext line.";
        List<Sentence> s = Sentences.split(text);
        assertEquals(List.of("The U.S. voted no.", "Mr. Nebenzia spoke on Feb. 24 at the U.N.", "Then it ended.",
                "HEADLINE WITHOUT STOP", "Next line."), s.stream().map(Sentence::text).toList());
        for (Sentence x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()));
        }
    }

    @Test
    void aTextWithoutSentenceEndsIsCutAtSpacesIntoSentencesOfBoundedLength() {
        String text = "Chile rejected the text; ".repeat(1_000) + "z".repeat(9_000);
        List<Sentence> s = Sentences.split(text);
        StringBuilder kept = new StringBuilder();
        for (Sentence x : s) {
            assertTrue(x.text().length() <= Sentences.MAX_CHARS, "sentence " + x.index() + ": " + x.text().length() + " characters");
            assertEquals(x.text(), text.substring(x.start(), x.end()));
            // cut at a space while there is one, so no word is split; the run without one is cut where it must be
            assertTrue(x.end() == text.length() || text.charAt(x.end()) == ' ' || text.charAt(x.end() - 1) == 'z',
                    "sentence " + x.index() + " ends inside a word, at " + x.end());
            kept.append(x.text());
        }
        assertEquals(text.replace(" ", ""), kept.toString().replace(" ", ""));
    }

    @Test
    void aLineBrokenInsideASentenceIsJoined() {
        List<Sentence> s = Sentences.split("Hungary, led by Prime Minister\nViktor Orban, voted against these amendments.");
        assertEquals(1, s.size());
    }
}
