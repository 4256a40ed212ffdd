package io.votewire.extraction.reader;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TokenizerTest {
    /** Besides the cue and number words, the tokenizer knows only the words its rules read: here two. */
    private final Tokenizer tokenizer = new Tokenizer(States.get(), Tokenizer.vocabulary(Set.of("and", "pro")));

    private List<String> kinds(String text) {
        return tokenizer.tokens(text).stream().map(t -> t.kind() + ":" + (t.state() != null ? t.state().iso3() : t.kind() == Token.Kind.NUMBER ? String.valueOf(t.number()) : t.text())).toList();
    }

    @Test
    void statesAreOneTokenEachAndWordsNoRuleReadsAreEmpty() {
        assertEquals(List.of("STATE:PRK", "WORD:and", "STATE:BIH", "PUNCT:,", "WORD:", "WORD:", "WORD:and", "STATE:NPL"),
                kinds("Democratic People’s Republic of Korea AND Bosnia-Herzegovina, Russian envoys and Nepal"));
    }

    @Test
    void numbersInDigitsAndWordsCarryTheirValue() {
        List<Token> t = tokenizer.tokens("1,234 voted; Twelve did not, a few");
        assertEquals(1234, t.get(0).number());
        assertEquals(12, t.get(3).number());
        assertEquals(Token.Kind.WORD, t.get(7).kind()); // "a" is no number here
    }

    @Test
    void compoundNumberWordsAreOneNumber() {
        assertEquals(List.of("NUMBER:93", "WORD:and", "NUMBER:21", "WORD:and", "NUMBER:40", "NUMBER:5"),
                kinds("Ninety-three and twenty one and forty 5"));
    }

    @Test
    void hundredsInWordsAreOneNumber() {
        assertEquals(List.of("NUMBER:191", "WORD:", "PUNCT:,", "NUMBER:100", "PUNCT:,", "WORD:and", "NUMBER:112"),
                kinds("One hundred ninety-one states, a hundred, and one hundred and twelve"));
        assertEquals(List.of("NUMBER:107", "PUNCT:,", "NUMBER:120", "WORD:"), kinds("one hundred seven, a hundred twenty delegations"));
        assertEquals(List.of("NUMBER:130", "NUMBER:5"), kinds("one hundred thirty 5"));
    }

    @Test
    void everyCompoundInALongRunOfNumberWordsIsJoinedAndNothingElseIsLost() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            expected.addAll(List.of("NUMBER:21", "NUMBER:32", "NUMBER:40"));
        }
        expected.add("NUMBER:90");
        assertEquals(expected, kinds("twenty one thirty-two forty ".repeat(2_000) + "ninety"));
    }

    @Test
    void aHyphenWithASpaceBesideItIsADashAndOneInsideAWordIsNot() {
        assertEquals(List.of("NUMBER:12", "PUNCT:—", "WORD:against", "WORD:pro", "PUNCT:-", "WORD:", "PUNCT:—", "BREAK:\n", "PUNCT:—"),
                kinds("12 - against pro-forma –\n—"));
        assertEquals(List.of("NUMBER:2", "PUNCT:—", "STATE:PER"), kinds("two -- Peru"));
    }

    @Test
    void cuesAreAnnotatedOnTheirFirstTokenLongestPhraseFirst() {
        List<Token> t = tokenizer.tokens("Peru did not vote, Chile voted against and Fiji was non-voting");
        assertEquals(Stance.ABSENT, t.get(1).cue());
        assertEquals(3, t.get(1).cueLength());
        assertNull(t.get(6).cue()); // "voted" alone is no cue
        assertEquals(Stance.NO, t.get(7).cue());
        assertEquals(Stance.ABSENT, t.get(11).cue());
    }

    /** "on Feb. 24", "Dec. 3", "Sept. 9": a month's abbreviation keeps its dot before a day; a sentence's end does not. */
    @Test
    void aMonthsAbbreviationBeforeADayEndsNoClause() {
        for (String text : List.of("on Feb. 24 in voting", "on Dec. 3 in voting", "on Sept. 9 in voting")) {
            assertEquals(0, tokenizer.tokens(text).stream().filter(Token::endsClause).count(), text);
        }
        assertEquals(1, tokenizer.tokens("They met in Feb. Then 24 voted no").stream().filter(Token::endsClause).count());
    }
}
