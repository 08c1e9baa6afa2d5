package io.parcours.touchpoint.graphql;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.Ids;
import io.parcours.common.error.ValidationException;
import io.parcours.common.validation.CheckedInput;
import io.parcours.common.validation.InputValidator;
import io.parcours.touchpoint.journey.JourneyDetails;
import io.parcours.touchpoint.journey.JourneyDocument;
import io.parcours.touchpoint.journey.JourneyImports;
import io.parcours.touchpoint.journey.Limits;
import io.parcours.touchpoint.journey.OwnTemplates;
import io.smallrye.mutiny.Uni;

/** Whole journeys in and out of files: import of a JSON export, and the template gallery (documents shipped with us). */
@GraphQLApi
public class JourneyDocumentApi {

    private final JourneyImports imports;
    private final JourneyTemplates templates;
    private final InputValidator validator;
    private final JourneyMapping mapping;
    private final OwnTemplates own;

    public JourneyDocumentApi(JourneyImports imports, JourneyTemplates templates, InputValidator validator,
            JourneyMapping mapping, OwnTemplates own) {
        this.imports = imports;
        this.templates = templates;
        this.validator = validator;
        this.mapping = mapping;
        this.own = own;
    }

    @Mutation("importJourney")
    @Description("Creates a DRAFT journey from a whole document (the web app's JSON export): every field is checked "
            + "first and all of it is stored in one transaction, or nothing is. Errors name the field, e.g. "
            + "`document.stages[2].touchpoints[0].emotion`. Role editor or admin.")
    public Uni<@NonNull JourneyView> importJourney(@NonNull JourneyDocumentInput document) {
        return imports.create(validator.checked("document", document, mapping::document), "document")
                .map(JourneyView::of);
    }

    @Query("checkJourneyDocument")
    @Description("Checks a document as importJourney would, storing nothing: true, or the VALIDATION error "
            + "importJourney would give. Lets a client check an import before it creates the persona the journey "
            + "points to. Role editor or admin.")
    public Uni<@NonNull Boolean> checkJourneyDocument(@NonNull JourneyDocumentInput document) {
        return imports.check(validator.checked("document", document, mapping::document), "document");
    }

    @Query("journeyTemplates")
    @Description("The template gallery: a whole journey per industry (online retail, store retail, bank account "
            + "opening, SaaS onboarding, hotel stay, telecom support, B2B purchase) in the language asked, then the "
            + "workspace's own templates (saveJourneyAsTemplate), oldest first. Role viewer or above.")
    public Uni<@NonNull List<@NonNull JourneyTemplate>> journeyTemplates(
            @DefaultValue("en") @Description("en or fr.") String locale) {
        return templates.inLocale(locale).chain(gallery -> own.list().map(saved -> {
            List<JourneyTemplate> all = new ArrayList<>(gallery);
            saved.forEach(template -> all.add(JourneyTemplate.own(template, own.stagesOf(template), locale)));
            return all;
        }));
    }

    @Mutation("saveJourneyAsTemplate")
    @Description("Saves the journey as it is now (stages, touchpoints, its persona) as one of the workspace's own "
            + "templates, listed by journeyTemplates after the gallery's; at most 100 a workspace. `name`: 1–120 "
            + "characters, the journey's when omitted. Role editor or admin.")
    public Uni<@NonNull JourneyTemplate> saveJourneyAsTemplate(@NonNull @Id String journeyId,
            @Description("The template's name.") String name) {
        return own.save(journeyId, name).map(template -> JourneyTemplate.own(template, own.stagesOf(template), "en"));
    }

    @Mutation("deleteJourneyTemplate")
    @Description("Deletes one of the workspace's own templates (journeys made from it stay); true when deleted. "
            + "Role editor or admin.")
    public Uni<@NonNull Boolean> deleteJourneyTemplate(@NonNull @Id String id) {
        return own.delete(id);
    }

    @Mutation("createJourneyFromTemplate")
    @Description("Creates a DRAFT journey from a template (the gallery's, or the workspace's own by its id): its "
            + "stages and touchpoints, named as the template unless `name` is given, following `personaId` if given. "
            + "Role editor or admin.")
    public Uni<@NonNull JourneyView> createJourneyFromTemplate(
            @NonNull @Id @Description("A template's id, e.g. \"online-retail\".") String templateId,
            @DefaultValue("en") @Description("The language of the journey's texts: en or fr.") String locale,
            @Description("The new journey's name, 1–120 characters; the template's when omitted.") String name,
            @Id @Description("The persona (of persona-service) the journey follows; none when omitted (for the "
                    + "workspace's own template, its persona).") String personaId) {
        boolean saved = Ids.parse(templateId).isPresent();
        CheckedInput<JourneyDocument> input = () -> checkArguments(name, personaId)
                .chain(() -> saved ? own.document(templateId) : templates.find(templateId, locale)
                        .chain(template -> validator.checked("template", template.document(), mapping::document).value()))
                .map(document -> renamed(document, name, personaId != null || !saved ? personaId
                        : document.journey().personaId()));
        return imports.create(input, "template").map(JourneyView::of);
    }

    private static JourneyDocument renamed(JourneyDocument document, String name, String personaId) {
        JourneyDetails journey = document.journey();
        return new JourneyDocument(new JourneyDetails(name == null ? journey.name() : name, journey.description(),
                personaId, journey.mapType()), document.stages());
    }

    private static Uni<Void> checkArguments(String name, String personaId) {
        if (name != null && (name.isBlank() || name.length() > Limits.MAX_JOURNEY_NAME)) {
            return Uni.createFrom().failure(ValidationException.of("name",
                    "must be 1 to " + Limits.MAX_JOURNEY_NAME + " characters, not blank"));
        }
        if (personaId != null && Ids.parse(personaId).isEmpty()) {
            return Uni.createFrom().failure(ValidationException.of("personaId", "must be a persona id (UUID)"));
        }
        return Uni.createFrom().voidItem();
    }
}
