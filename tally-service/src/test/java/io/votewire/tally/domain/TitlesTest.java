package io.votewire.tally.domain;

import io.votewire.contract.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitlesTest {
    private static Support one(String title) {
        return new Support(title, 1, List.of());
    }

    private static String title(List<Support> wordings, String body) {
        return Titles.best(wordings, List.of(), true, body, "resolution", null);
    }

    /** The wording that shares most words with the others: the one most sources describe alike. */
    @Test
    void theTitleIsTheWordingTheOthersAgreeWith() {
        List<Support> titles = List.of(one("a UN resolution condemning Russian actions in Ukraine"),
                one("a European-backed resolution criticizing Russia"),
                one("a resolution drafted by European countries and Kyiv"),
                one("a resolution that mirrors the rising international dissatisfaction"));
        assertEquals("European-backed resolution criticizing Russia", title(titles, "GA"));
    }

    /** A wording cut out of a clause ("... but was rejected") comes after any that ends as a noun phrase does. */
    @Test
    void aClauseFragmentComesLast() {
        List<Support> titles = List.of(
                new Support("the US resolution expressed regret over the loss of life in the Russia-Ukraine conflict but", 2, List.of()),
                one("The alternative US resolution"));
        assertEquals("Alternative US resolution", title(titles, "GA"));
        assertEquals("Security Council draft on the same subject",
                title(List.of(one("a Security Council draft on the same subject that")), "SC"));
    }

    /** Without a wording, or with one that has no word of its own, the body, kind and symbol say what it is. */
    @Test
    void withoutAWordingTheBodyAndKindNameIt() {
        assertEquals("Security Council resolution", title(List.of(), "SC"));
        assertEquals("Security Council resolution", title(List.of(one("text then")), "SC"));
        assertEquals("General Assembly amendment", Titles.best(List.of(), List.of(), true, "GA", "amendment", null));
        assertEquals("Security Council resolution S/RES/2774 (2025)",
                Titles.best(List.of(), List.of(), true, "SC", "resolution", "S/RES/2774 (2025)"));
    }

    /**
     * A thin mention joined the vote only by fitting it: its wording may belong to another text the article named,
     * so it names the record only where no claim with a count or symbol identified the vote.
     */
    @Test
    void aMentionsWordingNamesOnlyARecordOfMentions() {
        List<Support> mention = List.of(one("a draft backed by European countries demanding a withdrawal"));
        assertEquals("Security Council resolution", Titles.best(List.of(), mention, true, "SC", "resolution", null));
        assertEquals("Draft backed by European countries demanding a withdrawal",
                Titles.best(List.of(), mention, false, "SC", "resolution", null));
        assertEquals("US-drafted text", Titles.best(List.of(one("the US-drafted text")), mention, true, "SC", "resolution", null));
    }

    /** An extractor cuts long titles at a length: a word cut in half is dropped, a whole last word is kept. */
    @Test
    void aWordCutInHalfIsDropped() {
        String sentence = "The US asked Kyiv to withdraw a draft resolution demanding the withdrawal of Russian troops from Ukrainian territory.";
        List<Evidence> evidence = List.of(new Evidence(sentence, 0, sentence.length()));
        assertEquals("a draft resolution demanding the withdrawal of Russian troops from",
                Titles.whole("a draft resolution demanding the withdrawal of Russian troops from Uk", evidence));
        assertEquals("a draft resolution demanding the withdrawal of Russian troops from Ukrainian territory",
                Titles.whole("a draft resolution demanding the withdrawal of Russian troops from Ukrainian territory", evidence));
        assertEquals("Draft resolution demanding the withdrawal of Russian troops", title(List.of(
                one("a draft resolution demanding the withdrawal of Russian troops from")), "SC"));
    }
}
