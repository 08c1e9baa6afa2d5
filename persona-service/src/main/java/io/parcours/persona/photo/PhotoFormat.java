package io.parcours.persona.photo;

import java.util.Arrays;
import java.util.Optional;

/** The image types a persona photo may have, each recognised by its first bytes (not only by what the client says). */
enum PhotoFormat {
    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),
    JPEG("image/jpeg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),
    WEBP("image/webp", "RIFF".getBytes());

    final String mediaType;
    private final byte[] signature;

    PhotoFormat(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    static Optional<PhotoFormat> of(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(type)).findFirst();
    }

    /** Whether the bytes start as this format's files do (WebP: "RIFF", a size, then "WEBP"). */
    boolean matches(byte[] bytes) {
        if (bytes.length < 12 || !Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length)) {
            return false;
        }
        return this != WEBP || Arrays.equals(bytes, 8, 12, "WEBP".getBytes(), 0, 4);
    }
}
