package io.votewire.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record whose per-article lists the tally stores apart (issue 15: placeholders in the document, the articles in
 * {@code resolution_article}) is served as the same JSON, to the character, as the record with every list in place,
 * as documents were stored before and still are until the tally next writes them.
 */
@QuarkusTest
@WithTestResource(value = TallySchemaTestResource.class)
class ArticleListsTest {
    /** Three articles, two values of a count (and their conflict), one position; "B-9" sorts before "a-1" in Java. */
    private static final String WHOLE = document("[\"B-9\", \"a-1\", \"a-2\"]", "[\"B-9\", \"a-2\"]", "[\"a-1\"]",
            "[\"B-9\", \"a-1\", \"a-2\"]");
    private static final long YES_120 = 0x0123456789abcdefL;
    private static final long YES_121 = -2;
    private static final long FRA_YES = 42;
    private static final String APART = document("[\"#0000000000000000\"]", "[\"#0123456789abcdef\"]",
            "[\"#fffffffffffffffe\"]", "[\"#000000000000002a\"]");

    private static String document(String all, String yes120, String yes121, String fraYes) {
        String values = "[{\"value\":120,\"sources\":2,\"articles\":" + yes120 + "},{\"value\":121,\"sources\":1,\"articles\":" + yes121 + "}]";
        return "{\"id\":\"r-lists\",\"body\":\"GA\",\"sources\":3,\"counts\":{\"yes\":120,\"no\":3,\"abstain\":40},"
                + "\"positions\":{\"FRA\":\"yes\"},\"articles\":" + all + ",\"support\":{\"counts.yes\":" + values
                + ",\"positions.FRA\":[{\"value\":\"yes\",\"sources\":3,\"articles\":" + fraYes + "}]},"
                + "\"conflicts\":[{\"field\":\"counts.yes\",\"kind\":\"disagreement\",\"reason\":\"sources disagree\",\"values\":" + values + "}]}";
    }

    @BeforeEach
    void theRecordWithItsListsInPlace() throws Exception {
        try (Connection c = TallySchemaTestResource.owner()) {
            TallyRows.clear(c);
            TallyRows.resolution(c, "r-lists", "2025-03-01", WHOLE);
        }
    }

    @Test
    void aRecordWithItsListsApartIsServedAsTheWholeDocument() throws Exception {
        String whole = given().get("/resolutions/r-lists").then().statusCode(200).extract().asString();
        String wholeListed = given().get("/resolutions").then().statusCode(200).extract().asString();
        assertTrue(whole.contains("\"articles\": [\"B-9\", \"a-1\", \"a-2\"]"), whole);
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement();
             PreparedStatement ps = c.prepareStatement("update tally.resolution set doc = ?::jsonb, revision = 2 where id = 'r-lists'")) {
            ps.setString(1, APART);
            ps.executeUpdate();
            // rows in no particular order: the gateway orders each list's articles as the tally's Java does
            s.execute("insert into tally.resolution_article (resolution_id, article_id, lists) values "
                    + "('r-lists', 'a-2', array[" + FRA_YES + ", " + YES_120 + "]::bigint[]), "
                    + "('r-lists', 'a-1', array[" + YES_121 + ", " + FRA_YES + "]::bigint[]), "
                    + "('r-lists', 'B-9', array[" + YES_120 + ", " + FRA_YES + "]::bigint[])");
        }
        String apart = given().get("/resolutions/r-lists").then().statusCode(200).extract().asString();
        assertFalse(apart.contains("#"), apart);
        assertEquals(whole, apart);
        assertEquals(wholeListed, given().get("/resolutions").then().statusCode(200).extract().asString());
    }
}
