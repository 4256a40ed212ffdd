package io.votewire.extraction.reader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aLineBrokenInsideASentenceIsJoined() {
        List<Sentence> s = Sentences.split("Hungary, led by Prime Minister\nViktor Orban, voted against these amendments.");
        assertEquals(1, s.size());
    }
}
