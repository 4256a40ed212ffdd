package io.votewire.contract;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintTest {
    private static final String WIRE = """
            UNITED NATIONS (Wire) - The General Assembly on Thursday adopted a resolution calling for an immediate \
            humanitarian truce, with 120 countries voting in favour, 14 against and 45 abstaining. The text, drafted by \
            a group of Arab states, demands unhindered access for aid convoys and the release of all civilians held \
            captive. Diplomats said the margin was wider than expected after several European governments changed \
            their position overnight. Two delegations, Nauru and Palau, opposed the measure, while Canada proposed an \
            amendment that failed to win the two-thirds majority it needed. Assembly resolutions are not legally \
            binding but carry political weight, and the vote was the first time the body had spoken on the crisis \
            since fighting began three weeks ago.""";

    @Test
    void anEditedCopyOfAStoryIsANearDuplicate() {
        String republished = "By Staff Reporter, Daily Courier\n" + WIRE.replace("Diplomats said", "Envoys said")
                + " Subscribe to our newsletter for more world news.";
        Fingerprint a = Fingerprint.of(WIRE);
        Fingerprint b = Fingerprint.of(republished);
        assertTrue(a.nearDuplicateOf(b), "similarity " + a.similarity(b));
        assertEquals(1.0, a.similarity(Fingerprint.of(WIRE)));
        boolean sharesABand = false;
        for (long x : a.bands()) {
            for (long y : b.bands()) {
                sharesABand |= x == y;
            }
        }
        assertTrue(sharesABand);
    }

    @Test
    void anotherStoryOfTheSameVoteIsNot() {
        String other = """
                Countries at the United Nations backed a call for a humanitarian truce on Thursday. The vote in the \
                193-member General Assembly was 120 in favour and 14 against, with 45 abstentions. Washington, a close \
                ally of Israel, opposed the text, saying it failed to condemn the attacks that started the war. Arab \
                diplomats welcomed the result and said they would press the Security Council to act.""";
        Fingerprint a = Fingerprint.of(WIRE);
        assertFalse(a.nearDuplicateOf(Fingerprint.of(other)), "similarity " + a.similarity(Fingerprint.of(other)));
    }

    /** Signatures are compared with those stored by earlier versions (the tally's LSH index): they must not change. */
    @Test
    void theSignatureIsTheOneEarlierVersionsMade() {
        assertEquals("00dc461002a6d772025d12af0180495100c9214e00246c69028d001a00d084f60110903401212858013d08cf0223fe1404"
                + "ace1f902e65030007558460444cf7c0369fb910335c2a7003332d1002ca3500014f27000f340d1009c12d700171001015157f0"
                + "022f3ca600e9a29a02c4857f0021c30c02a3ea0802a0bf8400cfa8b0", Fingerprint.of(WIRE).toString());
    }

    /** The words are the regular expression's: runs of letters and digits of any script, and nothing else. */
    @Test
    void wordsAreRunsOfLettersAndDigitsOfAnyScript() {
        for (String text : List.of(WIRE, "", "  ,;", "Côte d'Ivoire, TÜRKİYE and São Tomé", "Россия и Китай 12-3",
                "قرار ٣٤٥ اعتمد", "联合国大会 2026年", "Ⅻ session, 2² and ½ of ¼", "𝐀𝐁 bold 😀 faces 😀x",
                "e\u0301 combining", "lone \uD800 surrogate \uDC00", "under_score co-op 3.5 ºC", "ends with a word")) {
            List<String> expected = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isEmpty()).toList();
            assertEquals(expected, Fingerprint.words(text), text);
        }
    }

    @Test
    void travelsAsHex() {
        Fingerprint a = Fingerprint.of(WIRE);
        assertEquals(a.toString(), Fingerprint.parse(a.toString()).toString());
        assertNull(Fingerprint.parse("4a93f97c3d583c49"));
        assertNull(Fingerprint.parse(null));
        assertEquals(1.0, Fingerprint.of("").similarity(Fingerprint.of("   ")));
    }
}
