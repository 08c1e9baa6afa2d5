package io.parcours.common.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import io.vertx.core.buffer.Buffer;

/**
 * The one rule for a JSON request body, on GraphQL and REST alike: a JSON media type (repeated types allowed, see
 * {@link MediaTypes#isJsonRequest}), not empty, no byte order mark, nesting and number lengths bounded, and a JSON
 * object at the top (an empty body or {@code null} is not a request).
 */
public final class JsonBodies {

    /** Far above any request a client needs (a survey response of 50 answers of 5,000 characters is ~250 kB). */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_NUMBER_LENGTH = 64;
    private static final String OBJECT = "The body must be a JSON object";

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
            .build();

    private JsonBodies() {
    }

    /** What is wrong with the request's Content-Type, or null. */
    public static String contentTypeProblem(String contentType) {
        return MediaTypes.isJsonRequest(contentType) ? null : "Content-Type must be application/json";
    }

    /** What makes the body unreadable as a JSON object, or null; {@code what} says what the object must hold. */
    public static String bodyProblem(Buffer body, String what) {
        if (body == null || body.length() == 0) {
            return OBJECT + what + "; the body is empty";
        }
        if (body.length() >= 3 && body.getByte(0) == (byte) 0xEF && body.getByte(1) == (byte) 0xBB
                && body.getByte(2) == (byte) 0xBF) {
            return "The body must not start with a byte order mark (U+FEFF): send UTF-8 JSON without one";
        }
        try (JsonParser parser = JSON.createParser(body.getBytes())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return "Batched requests are not supported; send one JSON object" + what;
            }
            if (first != JsonToken.START_OBJECT) {
                return OBJECT + what + (first == null ? "; the body is blank" : "; it is " + shown(first));
            }
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                    parser.getDoubleValue(); // NaN and Infinity are not JSON; long mantissas are refused here
                }
            }
            return null;
        } catch (StreamConstraintsException tooDeepOrLong) {
            return "The body must be JSON nested at most " + MAX_DEPTH + " levels, with numbers of at most "
                    + MAX_NUMBER_LENGTH + " digits";
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            return "The body is not valid JSON" + (at == null ? "" : " (at line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")");
        } catch (IOException | RuntimeException unreadable) {
            return "The body is not valid JSON";
        }
    }

    private static String shown(JsonToken token) {
        return switch (token) {
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "a string";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "a number";
        };
    }
}
