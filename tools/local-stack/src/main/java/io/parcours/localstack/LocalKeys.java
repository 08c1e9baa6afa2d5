package io.parcours.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * The local platform's stand-in for the identity provider: one RSA key pair kept in the state folder.
 * Services trust its public key ({@code QUARKUS_OIDC_PUBLIC_KEY}); tokens carry Keycloak's claim shape.
 */
final class LocalKeys {

    static final String ISSUER = "http://127.0.0.1/parcours-local";
    private static final String PRIVATE = "private.key";
    private static final String PUBLIC = "public.key";
    private static final long TOKEN_SECONDS = 12 * 3600;

    private final PrivateKey privateKey;

    private LocalKeys(PrivateKey privateKey) {
        this.privateKey = privateKey;
    }

    static void createIfMissing(Path directory) throws IOException, GeneralSecurityException {
        if (Files.exists(directory.resolve(PRIVATE))) {
            return;
        }
        Files.createDirectories(directory);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(directory.resolve(PUBLIC), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        Files.writeString(directory.resolve(PRIVATE), Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
    }

    static LocalKeys load(Path directory) throws IOException, GeneralSecurityException {
        byte[] encoded = Base64.getDecoder().decode(Files.readString(directory.resolve(PRIVATE)).trim());
        return new LocalKeys(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded)));
    }

    String token(String workspace, List<String> roles) {
        return Jwt.issuer(ISSUER)
                .subject(workspace + "-" + String.join("-", roles))
                .claim("preferred_username", String.join("-", roles) + "@" + workspace)
                .claim("workspace", workspace)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(TOKEN_SECONDS)
                .sign(privateKey);
    }
}
