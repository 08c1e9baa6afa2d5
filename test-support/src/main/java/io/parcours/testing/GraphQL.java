package io.parcours.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Posts GraphQL documents to the real /graphql endpoint. */
public final class GraphQL {

    private GraphQL() {
    }

    public static Response post(String token, String document, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    /** Posts and expects HTTP 200; returns the JSON body. */
    public static JsonPath call(String token, String document, Map<String, Object> variables) {
        return post(token, document, variables).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath call(String token, String document) {
        return call(token, document, Map.of());
    }
}
