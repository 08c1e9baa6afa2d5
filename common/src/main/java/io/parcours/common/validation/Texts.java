package io.parcours.common.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** How free text from clients is stored: trimmed, blanks as absent, list duplicates dropped. */
public final class Texts {

    private Texts() {
    }

    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A mutable list of the trimmed items, first occurrence kept; empty for null. */
    public static List<String> distinctTrimmed(List<String> items) {
        return items == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(items.stream().map(String::trim).toList()));
    }
}
