package io.parcours.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.common.Channel;

/**
 * A derived map carries every field of every touchpoint: each field of Touchpoint, found by reflection, is given a
 * value of its own, and the copy must have it, except the fields that identify or date the copy itself. A field added
 * to Touchpoint and forgotten by JourneyCopy fails here.
 */
class JourneyCopyTest {

    /** What the copy has of its own: new ids, its journey and stage, its version and dates. */
    private static final Set<String> OWN = Set.of("id", "journeyId", "stageId", "version", "createdAt", "updatedAt");

    @Test
    void everyTouchpointFieldIsCopied() throws Exception {
        Journey journey = new Journey();
        journey.id = UUID.randomUUID();
        journey.workspaceId = "w";
        journey.name = "Current";
        Stage stage = Stage.of(journey, "Buy", 1);
        Touchpoint original = new Touchpoint();
        List<Field> fields = touchpointFields();
        for (Field field : fields) {
            field.set(original, distinct(field));
        }
        original.journeyId = journey.id;
        original.stageId = stage.id;
        original.workspaceId = journey.workspaceId;

        JourneyCopy copy = JourneyCopy.of(new JourneyMap(journey, List.of(stage), Map.of(stage.id, List.of(original))),
                MapType.FUTURE_STATE, null);

        Touchpoint copied = copy.touchpoints().get(0);
        for (Field field : fields) {
            if (!OWN.contains(field.getName())) {
                assertThat(field.get(copied)).as(field.getName()).isEqualTo(field.get(original));
            }
        }
        assertThat(copied.id).isNotEqualTo(original.id);
        assertThat(copied.journeyId).isEqualTo(copy.journey().id).isNotEqualTo(journey.id);
        assertThat(copied.stageId).isEqualTo(copy.stages().get(0).id).isNotEqualTo(stage.id);
        assertThat(copied.painPoints).isNotSameAs(original.painPoints);
    }

    private static List<Field> touchpointFields() {
        return Arrays.stream(Touchpoint.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers()))
                .toList();
    }

    /** A value for the field that no other field of the same type has. */
    private static Object distinct(Field field) {
        Class<?> type = field.getType();
        String name = field.getName();
        if (type == String.class) {
            return "value of " + name;
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == int.class) {
            return name.length() + 3;
        }
        if (type == long.class) {
            return (long) name.length() + 7;
        }
        if (type == Short.class) {
            return (short) -1;
        }
        if (type == Instant.class) {
            return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(name.length());
        }
        if (type == List.class) {
            return new ArrayList<>(List.of(name + " 1", name + " 2"));
        }
        if (type == Channel.class) {
            return Channel.STORE;
        }
        if (type == InteractionType.class) {
            return InteractionType.INDIRECT;
        }
        throw new AssertionError("no test value for " + name + " of " + type + ": add one here");
    }
}
