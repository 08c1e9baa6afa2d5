package io.parcours.persona.persona;

import java.util.List;

/** One page of a listing, plus what a client needs to fetch the next one. */
public record PersonaPage(List<Persona> personas, boolean hasNextPage, long totalCount) {
}
