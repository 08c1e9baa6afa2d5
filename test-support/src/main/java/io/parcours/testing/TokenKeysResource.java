package io.parcours.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes the service trust a key pair generated for this test run, the way it trusts Keycloak's
 * realm key in production. The private key reaches {@link Tokens} through a system property,
 * which both class loaders of a Quarkus test see.
 */
public class TokenKeysResource implements QuarkusTestResourceLifecycleManager {

    public static final String PRIVATE_KEY_PROPERTY = "parcours.test.private-key";
    public static final String ISSUER = "https://auth.parcours.test/realms/parcours";

    @Override
    public Map<String, String> start() {
        KeyPair keys = rsaKeyPair();
        System.setProperty(PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        return Map.of(
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "quarkus.oidc.token.issuer", ISSUER);
    }

    public static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        System.clearProperty(PRIVATE_KEY_PROPERTY);
    }
}
