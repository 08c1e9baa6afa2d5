package io.parcours.touchpoint.journey;

import java.util.List;

import io.parcours.common.Channel;

/** Everything a client sets on a touchpoint, as it was sent; Touchpoint.apply stores it. */
public record TouchpointDetails(
        String name,
        String description,
        Channel channel,
        InteractionType interaction,
        String ownerTeam,
        String customerAction,
        String customerThought,
        Integer emotion,
        List<String> painPoints,
        List<String> opportunities,
        List<String> frontstage,
        List<String> backstage,
        List<String> supportProcesses) {
}
