package io.votewire.gateway;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/** A cursor-paged listing read to its end, as a client does: each page's next is the following page's cursor. */
final class Pages {
    private Pages() {
    }

    /** The items under {@code field} of every page of {@code path}, {@code limit} a page, in order. */
    static List<Object> all(String path, int limit, String field) {
        List<Object> items = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().queryParam("limit", limit);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList(field));
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }
}
