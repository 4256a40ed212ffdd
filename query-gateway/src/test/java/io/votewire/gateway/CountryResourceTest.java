package io.votewire.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = TallySchemaTestResource.class)
class CountryResourceTest {
    /** Four votes; France is not recorded in the last, Germany was absent from the third. */
    @BeforeEach
    void fourVotes() throws Exception {
        List<String> positions = List.of(
                "{\"FRA\":\"yes\",\"DEU\":\"yes\",\"RUS\":\"no\",\"USA\":\"yes\"}",
                "{\"FRA\":\"abstain\",\"DEU\":\"yes\",\"RUS\":\"no\",\"USA\":\"no\"}",
                "{\"FRA\":\"yes\",\"DEU\":\"absent\",\"RUS\":\"yes\",\"USA\":\"yes\"}",
                "{\"DEU\":\"yes\",\"RUS\":\"no\"}");
        try (Connection c = TallySchemaTestResource.owner()) {
            TallyRows.clear(c);
            for (int i = 0; i < positions.size(); i++) {
                TallyRows.resolution(c, "v-" + i, "2025-03-1" + i, "{\"id\":\"v-" + i + "\",\"body\":\"GA\",\"sources\":1,\"positions\":" + positions.get(i) + "}");
            }
        }
    }

    @Test
    void everyMemberAndObserverHasItsName() {
        // 193 members, two observers and the Republic of China, a former member (China's seat until 1971)
        given().get("/countries").then().statusCode(200)
                .body("countries", hasSize(196))
                .body("countries.findAll { it.member }", hasSize(193))
                .body("countries.find { it.iso3 == 'TWN' }.name", equalTo("Republic of China"))
                .body("countries.find { it.iso3 == 'TWN' }.member", equalTo(false))
                .body("countries.find { it.iso3 == 'PRK' }.name", equalTo("North Korea"))
                .body("countries.find { it.iso3 == 'PSE' }.member", equalTo(false));
    }

    @Test
    void aCountrysRecordCarriesItsName() {
        given().get("/countries/fra/votes").then().statusCode(200).body("country", equalTo("FRA"))
                .body("name", equalTo("France")).body("votes", hasSize(3));
    }

    /** Shares over the votes both took part in: Germany's absence and France's missing record count for neither side. */
    @Test
    void agreementIsTheShareOfVotesBothCastAlikeClosestFirst() {
        var out = given().get("/countries/FRA/agreement").then().statusCode(200)
                .body("country", equalTo("FRA")).body("name", equalTo("France"))
                .extract().jsonPath();
        List<Map<String, Object>> rows = out.getList("agreement");
        assertRow(rows.get(0), "USA", "United States", 3, 2, 0.667f);
        assertRow(rows.get(1), "DEU", "Germany", 2, 1, 0.5f);
        assertRow(rows.get(2), "RUS", "Russia", 3, 1, 0.333f);
        given().get("/countries/DEU/agreement").then().statusCode(200)
                .body("agreement.iso3", equalTo(List.of("FRA", "USA", "RUS")))
                .body("agreement.together", equalTo(List.of(2, 2, 3)));
    }

    private static void assertRow(Map<String, Object> row, String iso3, String name, int together, int agreed, float share) {
        assertEquals(Map.of("iso3", iso3, "name", name, "together", together,
                "agreed", agreed, "share", share), row);
    }

    @Test
    void anUnknownOrMalformedCountryGetsAReason() {
        given().get("/countries/XYZ/agreement").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("XYZ"));
        given().get("/countries/France/agreement").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("alpha-3"));
        given().get("/countries/ZZZ/votes").then().statusCode(200).body("votes", hasSize(0));
    }
}
