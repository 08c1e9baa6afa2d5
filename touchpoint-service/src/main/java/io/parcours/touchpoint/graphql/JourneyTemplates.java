package io.parcours.touchpoint.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.json.JsonMapper;

import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The template gallery: a journey per industry in each language, read once from {@code templates/<id>.<locale>.json}
 * (an industry, its persona, and a journey document as importJourney takes it), strictly: an unknown field is an error.
 */
@ApplicationScoped
public class JourneyTemplates {

    static final List<String> IDS = List.of("online-retail", "store-retail", "bank-account-opening", "saas-onboarding",
            "hotel-stay", "telecom-support", "b2b-purchase");
    static final List<String> LOCALES = List.of("en", "fr");

    private final List<JourneyTemplate> all;

    public JourneyTemplates() {
        JsonMapper json = JsonMapper.builder().build();
        all = LOCALES.stream().flatMap(locale -> IDS.stream().map(id -> read(json, id, locale))).toList();
    }

    /** Every template in the language, in gallery order; a language there is none in is a VALIDATION error. */
    public Uni<List<JourneyTemplate>> inLocale(String locale) {
        return checkLocale(locale).replaceWith(() -> all.stream()
                .filter(template -> template.locale().equals(locale)).toList());
    }

    /** The template in the language, or NOT_FOUND. */
    public Uni<JourneyTemplate> find(String id, String locale) {
        return checkLocale(locale).chain(() -> all.stream()
                .filter(template -> template.id().equals(id) && template.locale().equals(locale)).findFirst()
                .map(template -> Uni.createFrom().item(template))
                .orElse(Uni.createFrom().failure(new NotFoundException("No journey template " + id))));
    }

    private static Uni<Void> checkLocale(String locale) {
        return LOCALES.contains(locale) ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ValidationException.of("locale", "must be one of " + LOCALES));
    }

    private static JourneyTemplate read(JsonMapper json, String id, String locale) {
        String path = "templates/" + id + "." + locale + ".json";
        try (InputStream in = JourneyTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            TemplateFile file = json.readValue(in, TemplateFile.class);
            return JourneyTemplate.of(id, locale, file.industry(), file.persona(), file.document());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable template " + path, e);
        }
    }

    /** A template as its file holds it. */
    record TemplateFile(String industry, TemplatePersona persona, JourneyDocumentInput document) {
    }
}
