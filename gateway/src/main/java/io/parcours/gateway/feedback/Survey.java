package io.parcours.gateway.feedback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A survey as of one version: its questions are those customers answer in that version.")
public record Survey(
        @NonNull @Id @Description("Stable identifier.") String id,
        @NonNull @Description("Title shown to respondents.") String title,
        @NonNull @Description("NPS, CSAT, CES or CUSTOM.") SurveyKind kind,
        @NonNull @Description("DRAFT, ACTIVE or CLOSED.") SurveyStatus status,
        @NonNull @Description("Locale of the labels when the respondent's is missing.") String defaultLocale,
        @Description("Responses are accepted from this time on, if set.") OffsetDateTime opensAt,
        @Description("Responses are accepted until this time, if set.") OffsetDateTime closesAt,
        @Id @Description("Linked journey.") String journeyId,
        @Id @Description("Linked stage.") String stageId,
        @Id @Description("Linked touchpoint.") String touchpointId,
        @Id @Description("Linked persona.") String personaId,
        @NonNull @Description("Questions of this version, in order.") List<@NonNull Question> questions,
        @Description("The version shown (0 for a draft never published).") int version,
        @Description("Latest published version.") int latestVersion,
        @Description("Edit counter: pass it as expectedRevision when changing the survey.") int revision,
        @Description("Whether the draft differs from the latest published version.") boolean hasUnpublishedChanges,
        @Description("When this version was published.") Instant publishedAt,
        @NonNull @Description("When the survey was created.") Instant createdAt,
        @NonNull @Description("When the survey last changed.") Instant updatedAt) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public SurveyKind getKind() {
        return kind;
    }

    public SurveyStatus getStatus() {
        return status;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public OffsetDateTime getOpensAt() {
        return opensAt;
    }

    public OffsetDateTime getClosesAt() {
        return closesAt;
    }

    public String getJourneyId() {
        return journeyId;
    }

    public String getStageId() {
        return stageId;
    }

    public String getTouchpointId() {
        return touchpointId;
    }

    public String getPersonaId() {
        return personaId;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public int getVersion() {
        return version;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isHasUnpublishedChanges() {
        return hasUnpublishedChanges;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
