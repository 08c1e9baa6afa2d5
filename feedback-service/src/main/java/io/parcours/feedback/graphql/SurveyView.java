package io.parcours.feedback.graphql;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.survey.Question;
import io.parcours.feedback.survey.Survey;
import io.parcours.feedback.survey.SurveyAsOf;
import io.parcours.feedback.survey.SurveyKind;
import io.parcours.feedback.survey.SurveyStatus;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Name("Survey")
@Key(fields = @FieldSet("id"))
@Description("A survey as of one version: title and questions of that version; status, dates and links of the survey.")
public record SurveyView(
        @NonNull @Id @Description("Stable identifier (UUID).") String id,
        @Description("The version shown: 1, 2, …; 0 for the unpublished draft.") int version,
        @Description("Latest published version; 0 while never published.") int latestVersion,
        @Description("Whether the draft has edits that are not published yet.") boolean hasUnpublishedChanges,
        @Description("Draft revision for optimistic locking: pass it as expectedRevision.") int revision,
        @NonNull @Description("Title.") String title,
        @NonNull @Description("What it measures.") SurveyKind kind,
        @NonNull @Description("Life-cycle status.") SurveyStatus status,
        @Description("Responses are accepted from this instant on.") Instant opensAt,
        @Description("Responses are accepted until this instant (exclusive).") Instant closesAt,
        @Id @Description("The journey it is about.") String journeyId,
        @Id @Description("The stage it is about.") String stageId,
        @Id @Description("The touchpoint it is about.") String touchpointId,
        @Id @Description("The persona it targets.") String personaId,
        @NonNull @Description("Locale every question has a label in.") String defaultLocale,
        @NonNull @Description("The questions of this version, in order.") List<@NonNull Question> questions,
        @Description("When this version was published; null for the draft.") Instant publishedAt,
        @NonNull @Description("When the survey was created.") Instant createdAt,
        @NonNull @Description("When the survey last changed.") Instant updatedAt,
        @NonNull @Description("URL parameters of its links that the hosted page stores with each response.")
        List<@NonNull String> hiddenFields,
        @Description("Whether its public link takes responses (switched with setSurveyPublicLink).")
        boolean publicLinkEnabled,
        @Description("Days after which one reminder goes to an invited contact who has not answered; null: none.")
        Integer reminderAfterDays) {

    public static SurveyView of(SurveyAsOf asOf) {
        if (asOf == null) {
            return null;
        }
        Survey s = asOf.survey();
        return new SurveyView(s.id, asOf.versionNumber(), s.publishedVersion, s.draftChanged || s.publishedVersion == 0,
                s.revision, asOf.title(), s.kind, s.status, s.opensAt, s.closesAt, s.journeyId, s.stageId, s.touchpointId,
                s.personaId, asOf.defaultLocale(), asOf.questions(), asOf.publishedAt(), s.createdAt, s.updatedAt,
                s.hiddenFields == null ? List.of() : s.hiddenFields, !s.publicLinkOff, s.reminderAfterDays);
    }
}
