package io.parcours.testing;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Bearer tokens shaped like Keycloak's: realm roles under realm_access.roles, a workspace claim. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String workspace, String... roles) {
        return claims(workspace, roles).sign(trustedKey());
    }

    public static String withoutWorkspace(String... roles) {
        return Jwt.issuer(TokenKeysResource.ISSUER).subject("someone")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(300).sign(trustedKey());
    }

    /** Signed with a key the service has never seen. */
    public static String forged(String workspace, String... roles) {
        return claims(workspace, roles).sign(TokenKeysResource.rsaKeyPair().getPrivate());
    }

    public static String expired(String workspace, String... roles) {
        return claims(workspace, roles).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(trustedKey());
    }

    /** Valid for {@code seconds} more. */
    public static String expiringIn(int seconds, String workspace, String... roles) {
        return claims(workspace, roles).expiresIn(seconds).sign(trustedKey());
    }

    public static String fromOtherIssuer(String workspace, String... roles) {
        return claims(workspace, roles).issuer("https://elsewhere.test/realms/other").sign(trustedKey());
    }

    private static JwtClaimsBuilder claims(String workspace, String... roles) {
        return Jwt.issuer(TokenKeysResource.ISSUER)
                .subject(workspace + "-user")
                .claim("workspace", workspace)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(300);
    }

    private static PrivateKey trustedKey() {
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(TokenKeysResource.PRIVATE_KEY_PROPERTY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (Exception e) {
            throw new IllegalStateException("The token key resource has not started", e);
        }
    }
}
