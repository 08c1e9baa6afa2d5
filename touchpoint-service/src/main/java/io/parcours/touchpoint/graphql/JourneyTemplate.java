package io.parcours.touchpoint.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.touchpoint.journey.JourneyDocument;
import io.parcours.touchpoint.journey.MapType;
import io.parcours.touchpoint.journey.OwnTemplate;

/**
 * A whole journey ready to start from: one of the gallery's, in one language, with the persona it is written for, or
 * one the workspace saved.
 */
@Name("JourneyTemplate")
@Description("A whole journey of an industry to start a map from: stages, touchpoints with channels, designed "
        + "emotions, pain points and opportunities, and the persona it is written for.")
public record JourneyTemplate(
        @NonNull @Id @Description("Stable identifier, the same in every language, e.g. \"online-retail\".") String id,
        @NonNull @Description("Language of its texts: en or fr.") String locale,
        @Description("The industry, in the template's language; null for the workspace's own.") String industry,
        @NonNull @Description("The name a journey made from it gets unless another is given.") String name,
        String description,
        @NonNull MapType mapType,
        @NonNull @Description("Its stages' names, left to right.") List<@NonNull String> stageNames,
        @Description("How many touchpoints a journey made from it starts with.") int touchpointCount,
        @Description("The persona a gallery template is written for, to create with the journey; null for the "
                + "workspace's own.") TemplatePersona persona,
        @Id @Description("The workspace's own template: the persona of the journey it was saved from.") String personaId,
        @Description("Whether the workspace saved it (saveJourneyAsTemplate) rather than Parcours shipping it.")
        boolean own,
        @Ignore JourneyDocumentInput document) {

    static JourneyTemplate of(String id, String locale, String industry, TemplatePersona persona,
            JourneyDocumentInput document) {
        return new JourneyTemplate(id, locale, industry, document.journey.name, document.journey.description,
                document.journey.mapType == null ? MapType.CURRENT_STATE : document.journey.mapType,
                document.stages.stream().map(stage -> stage.name).toList(),
                document.stages.stream().mapToInt(stage -> stage.touchpoints == null ? 0 : stage.touchpoints.size()).sum(),
                persona, null, false, document);
    }

    /** The workspace's own template, listed in the language asked (its texts are as the workspace wrote them). */
    static JourneyTemplate own(OwnTemplate template, List<JourneyDocument.StageDocument> stages, String locale) {
        return new JourneyTemplate(template.id.toString(), locale, null, template.name, template.description,
                template.mapType, stages.stream().map(JourneyDocument.StageDocument::name).toList(),
                stages.stream().mapToInt(stage -> stage.touchpointList().size()).sum(), null,
                template.personaId == null ? null : template.personaId.toString(), true, null);
    }
}
