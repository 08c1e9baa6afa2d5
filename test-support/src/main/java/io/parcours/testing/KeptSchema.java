package io.parcours.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Each service keeps its schema in its module folder (schema.graphql) so that every change shows in a diff and the
 * federation composition check reads the same text. After an intended change, run the tests with
 * -Dparcours.schema.update=true and commit the file.
 */
public final class KeptSchema {

    public static final Path FILE = Path.of("schema.graphql");

    private KeptSchema() {
    }

    public static void check(String running) {
        try {
            if (Boolean.getBoolean("parcours.schema.update")) {
                Files.writeString(FILE, running);
            }
            assertThat(Files.exists(FILE)).as(FILE.toAbsolutePath() + " is missing: run the tests with "
                    + "-Dparcours.schema.update=true").isTrue();
            assertThat(running).as("The schema changed: review it, then run the tests with -Dparcours.schema.update=true "
                    + "and commit " + FILE).isEqualTo(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
