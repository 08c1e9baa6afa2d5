package io.parcours.feedback.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Survey links as tokens: the link's fields (compact JSON, base64url) and their HMAC-SHA256 under the platform's link
 * secret. Nothing is stored per link, so every replica checks any link; a changed byte fails the check.
 */
@ApplicationScoped
public class LinkSigner {

    /** Longer tokens are refused before any work. */
    public static final int MAX_TOKEN_LENGTH = 600;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    LinkSigner(@ConfigProperty(name = "parcours.links.secret") String secret) {
        if (secret.length() < 32) {
            throw new IllegalStateException("parcours.links.secret must be at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String sign(SurveyLink link) {
        JsonObject fields = new JsonObject().put("k", switch (link.kind()) {
            case PUBLIC -> "p";
            case PERSONAL -> "i";
            case UNSUBSCRIBE -> "u";
        }).put("w", link.workspaceId());
        if (link.kind() == SurveyLink.Kind.UNSUBSCRIBE) {
            fields.put("r", link.respondentRef()).put("n", link.nonce());
        } else {
            fields.put("s", link.surveyId());
        }
        if (link.kind() == SurveyLink.Kind.PERSONAL) {
            fields.put("r", link.respondentRef()).put("t", link.touchpointId())
                    .put("x", link.expiresAt().getEpochSecond()).put("n", link.nonce());
        }
        String payload = ENCODER.encodeToString(fields.encode().getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The link, if the token is one this platform signed; empty for anything else. */
    public Optional<SurveyLink> verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            return Optional.of(link(new JsonObject(new String(DECODER.decode(payload), StandardCharsets.UTF_8))));
        } catch (IllegalArgumentException | DecodeException | ClassCastException | NullPointerException garbled) {
            return Optional.empty(); // signed by us but not our shape cannot happen; a garbled one is invalid
        }
    }

    private static SurveyLink link(JsonObject fields) {
        String workspace = fields.getString("w");
        String survey = fields.getString("s");
        if (workspace == null || (survey == null && !"u".equals(fields.getString("k")))) {
            throw new IllegalArgumentException("incomplete link");
        }
        return switch (fields.getString("k")) {
            case "u" -> SurveyLink.unsubscribe(workspace, fields.getString("r"), fields.getString("n"));
            case "p" -> SurveyLink.publicLink(workspace, survey);
            case "i" -> new SurveyLink(SurveyLink.Kind.PERSONAL, workspace, survey, fields.getString("r"),
                    fields.getString("t"), Instant.ofEpochSecond(fields.getLong("x")), fields.getString("n"));
            default -> throw new IllegalArgumentException("unknown link kind");
        };
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
