package io.parcours.persona;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.parcours.persona.support.Personas;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Persona photos: uploaded, served by their content's address with caching, replaced, refused. */
@QuarkusTest
class PersonaPhotoTest {

    private final String workspace = "photos-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void anUploadedPhotoIsServedAtItsAddressForGoodAndAReplacedOneIsGone() throws IOException {
        Object id = Personas.create(editor, Personas.minimal("Pictured")).get("id");
        byte[] png = image("png", Color.ORANGE);

        Response uploaded = upload(editor, id, "image/png", png);
        uploaded.then().statusCode(200);
        String url = uploaded.jsonPath().getString("avatarUrl");
        assertThat(url).matches("/api/v1/persona-photos/[0-9a-f]{64}");
        assertThat(avatarUrl(id)).isEqualTo(url);

        Response served = given().get(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.asByteArray()).isEqualTo(png);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
        given().header("If-None-Match", served.header("ETag")).get(url).then().statusCode(304);

        // The web app's form sends the persona back with the address as it read it.
        Map<String, Object> input = Personas.minimal("Pictured again");
        input.put("avatarUrl", url);
        int version = uploaded.jsonPath().getInt("version");
        assertThat(GraphQL.call(editor, Personas.UPDATE, Map.of("id", id, "input", input, "v", version))
                .getString("data.updatePersona.avatarUrl")).isEqualTo(url);

        String replaced = upload(editor, id, "image/jpeg", image("jpg", Color.BLUE)).then().statusCode(200)
                .extract().jsonPath().getString("avatarUrl");
        assertThat(replaced).isNotEqualTo(url);
        assertThat(given().get(replaced).contentType()).isEqualTo("image/jpeg");
        given().get(url).then().statusCode(404);
    }

    @Test
    void aPhotoDroppedByAnEditGoesUnlessAnotherPersonaStillShowsIt() throws IOException {
        Object first = Personas.create(editor, Personas.minimal("First")).get("id");
        Object second = Personas.create(editor, Personas.minimal("Second")).get("id");
        byte[] png = image("png", Color.MAGENTA);
        String url = upload(editor, first, "image/png", png).then().statusCode(200).extract().jsonPath()
                .getString("avatarUrl");
        Response again = upload(editor, second, "image/png", png);
        assertThat(again.jsonPath().getString("avatarUrl")).as("the same content, the same address").isEqualTo(url);

        Map<String, Object> elsewhere = Personas.minimal("First");
        elsewhere.put("avatarUrl", "https://images.example.com/first.png");
        assertThat(GraphQL.call(editor, Personas.UPDATE, Map.of("id", first, "input", elsewhere, "v", version(first)))
                .getString("data.updatePersona.avatarUrl")).isEqualTo("https://images.example.com/first.png");
        given().get(url).then().statusCode(200);

        Map<String, Object> none = Personas.minimal("Second");
        assertThat(GraphQL.call(editor, Personas.UPDATE, Map.of("id", second, "input", none, "v", version(second)))
                .getString("data.updatePersona.avatarUrl")).isNull();
        given().get(url).then().statusCode(404);
    }

    @Test
    void aRefusedUploadNamesTheRuleAndChangesNothing() throws IOException {
        Object id = Personas.create(editor, Personas.minimal("Guarded")).get("id");
        byte[] png = image("png", Color.GREEN);

        Response anonymous = upload(null, id, "image/png", png);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.jsonPath().getString("detail")).as("a 401 that says what is missing")
                .startsWith("A bearer token is needed");
        upload(Tokens.of(workspace, "viewer"), id, "image/png", png).then().statusCode(403);
        upload(Tokens.of("other-" + workspace, "editor"), id, "image/png", png).then().statusCode(404);
        refused(upload(editor, id, "image/gif", png), 415, "must be sent as image/png, image/jpeg or image/webp");
        refused(upload(editor, id, "image/jpeg", png), 422, "is sent as image/jpeg but its bytes are not such an image");
        refused(upload(editor, id, "image/png", "<svg onload=alert(1)>".getBytes()), 422,
                "is sent as image/png but its bytes are not such an image");
        byte[] large = new byte[1024 * 1024 + 1];
        System.arraycopy(png, 0, large, 0, png.length);
        refused(upload(editor, id, "image/png", large), 413, "must be at most 1 MB (1048576 bytes), not 1048577");

        assertThat(avatarUrl(id)).isNull();
        given().get("/api/v1/persona-photos/not-an-address").then().statusCode(404);
        given().get("/api/v1/persona-photos/" + "0".repeat(64)).then().statusCode(404);
    }

    private static Response upload(String token, Object personaId, String type, byte[] bytes) {
        var request = given().contentType(type).body(bytes);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.put("/api/v1/personas/" + personaId + "/photo");
    }

    private static void refused(Response response, int status, String rule) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("violations[0].field")).isEqualTo("photo");
        assertThat(response.jsonPath().getString("violations[0].rule")).isEqualTo(rule);
    }

    private int version(Object id) {
        return GraphQL.call(editor, "query($id: ID!) { persona(id: $id) { version } }", Map.of("id", id))
                .getInt("data.persona.version");
    }

    private String avatarUrl(Object id) {
        return GraphQL.call(editor, "query($id: ID!) { persona(id: $id) { avatarUrl } }", Map.of("id", id))
                .getString("data.persona.avatarUrl");
    }

    private static byte[] image(String format, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 32, 32);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
