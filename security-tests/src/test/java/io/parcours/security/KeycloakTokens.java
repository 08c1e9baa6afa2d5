package io.parcours.security;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Tokens issued by the running Keycloak, the way apps get them, plus the bad ones a service must refuse. */
final class KeycloakTokens {

    private final KeycloakServer keycloak;

    KeycloakTokens(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** Password grant of a realm login (demo logins: password = login) through the parcours-cli client. */
    String password(String login) {
        return token("parcours", Map.of("grant_type", "password", "client_id", "parcours-cli", "username", login,
                "password", login));
    }

    /** Client-credentials grant of the mobile-app backend: role collector, workspace demo. */
    String mobileBackend() {
        return token("parcours", Map.of("grant_type", "client_credentials", "client_id", "parcours-mobile-backend",
                "client_secret", "parcours-mobile-backend-secret"));
    }

    /** A genuine token of Keycloak's master realm: right server, wrong realm (issuer and keys). */
    String otherRealm() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin"));
    }

    /** A genuine token whose signature is replaced by one from a key Keycloak never had. */
    String forged(String login) {
        String[] parts = password(login).split("\\.");
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(generator.generateKeyPair().getPrivate());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A genuine token of a client whose tokens live one second, after it has expired. */
    String expired(String login) {
        String admin = otherRealm();
        String clientId = "expiring-" + System.nanoTime();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "1"),
                        "protocolMappers", List.of(Map.of("name", "workspace", "protocol", "openid-connect",
                                "protocolMapper", "oidc-usermodel-attribute-mapper", "config", Map.of(
                                        "user.attribute", "workspace", "claim.name", "workspace",
                                        "jsonType.label", "String", "access.token.claim", "true")))))
                .post(keycloak.url() + "/admin/realms/parcours/clients").then().statusCode(201);
        String token = token("parcours", Map.of("grant_type", "password", "client_id", clientId, "username", login,
                "password", login));
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return token;
    }

    private String token(String realm, Map<String, String> form) {
        return given().formParams(form).post(keycloak.realmUrl(realm) + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
