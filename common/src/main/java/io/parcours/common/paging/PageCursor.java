package io.parcours.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import io.parcours.common.error.ValidationException;

/**
 * Position in a listing ordered by creation time, then id. Opaque to clients: base64url of
 * {@code epochMicros:uuid}. Keyset positions stay valid when rows are added or archived before them.
 */
public record PageCursor(Instant createdAt, UUID id) {

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        String raw = micros + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @param argument the argument the cursor came in, named in the error */
    public static PageCursor decode(String argument, String cursor) throws ValidationException {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            long micros = Long.parseLong(raw.substring(0, colon));
            return new PageCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(raw.substring(colon + 1)));
        } catch (RuntimeException notACursor) {
            throw ValidationException.of(argument, "must be a cursor returned by this API");
        }
    }
}
