package io.parcours.persona.photo;

/** An upload refused for what it is (its size, its type, its bytes), with the HTTP status that says so. */
class PhotoRefusal extends RuntimeException {

    final int status;

    PhotoRefusal(int status, String rule) {
        super(rule);
        this.status = status;
    }
}
