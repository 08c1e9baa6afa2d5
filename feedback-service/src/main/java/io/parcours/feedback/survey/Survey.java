package io.parcours.feedback.survey;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A survey as stored: its links, status and dates, and its editable draft questions. Published versions
 * are immutable snapshots beside it ({@link SurveyVersion}); responses are pinned to one of them.
 */
public class Survey {

    @BsonId
    public String id;
    public String workspaceId;
    public String title;
    public SurveyKind kind;
    public SurveyStatus status;
    public Instant opensAt;
    public Instant closesAt;
    public String journeyId;
    public String stageId;
    public String touchpointId;
    public String personaId;
    public String defaultLocale;
    public List<Question> questions;
    /** URL parameters of the survey's links that the hosted page stores with a response (not versioned). */
    public List<String> hiddenFields;
    /** Days after an unanswered invitation that one reminder is sent; null: none. */
    public Integer reminderAfterDays;
    /** Whether the public link was switched off (null or false: it answers). */
    public boolean publicLinkOff;
    /** Latest published version; 0 while never published. */
    public int publishedVersion;
    /** Whether the draft differs from the latest published version. */
    public boolean draftChanged;
    /** Optimistic-locking counter of the draft, raised by every change. */
    public int revision;
    public Instant createdAt;
    public Instant updatedAt;

    /** Whether a response submitted at {@code at} may be stored. */
    public boolean acceptsResponsesAt(Instant at) {
        return status == SurveyStatus.ACTIVE && (opensAt == null || !at.isBefore(opensAt))
                && (closesAt == null || at.isBefore(closesAt));
    }

    /** Takes every field an editor sets; ids of other services' entities as they are matched. */
    void apply(SurveyDetails details) {
        title = details.title().trim();
        kind = details.kind() == null ? SurveyKind.CUSTOM : details.kind();
        opensAt = details.opensAt();
        closesAt = details.closesAt();
        journeyId = SurveyStore.canonicalId(details.journeyId());
        stageId = SurveyStore.canonicalId(details.stageId());
        touchpointId = SurveyStore.canonicalId(details.touchpointId());
        personaId = SurveyStore.canonicalId(details.personaId());
        defaultLocale = details.defaultLocale() == null ? "en" : details.defaultLocale();
        questions = details.questions();
        hiddenFields = details.hiddenFields() == null ? List.of() : details.hiddenFields();
        reminderAfterDays = details.reminderAfterDays();
    }

    /** MongoDB dates hold milliseconds; truncating keeps cursors built from stored values exact. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
