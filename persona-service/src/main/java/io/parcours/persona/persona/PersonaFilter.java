package io.parcours.persona.persona;

import io.parcours.common.Channel;

/**
 * Which personas a listing returns. Null members do not filter.
 *
 * @param search case-insensitive substring of name, title or summary
 * @param tag exact tag the persona must carry
 * @param channel channel the persona must prefer
 */
public record PersonaFilter(String search, String tag, Channel channel, boolean includeArchived) {
}
