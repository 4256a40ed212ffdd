package io.votewire.tally.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorVersionTest {
    @Test
    void versionsCompareByTheirNumbers() {
        assertTrue(ExtractorVersion.isOlder("rules-1.9", "rules-1.10"));
        assertTrue(ExtractorVersion.isOlder("rules-1.1", "rules-2.0"));
        assertFalse(ExtractorVersion.isOlder("rules-1.10", "rules-1.9"));
        assertFalse(ExtractorVersion.isOlder("rules-1.1", "rules-1.1"));
        assertFalse(ExtractorVersion.isOlder("rules-1.1", null));
    }
}
