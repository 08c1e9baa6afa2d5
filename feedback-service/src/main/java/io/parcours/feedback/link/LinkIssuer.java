package io.parcours.feedback.link;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.parcours.feedback.survey.SurveyStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Survey links as respondents open them: {public-url}/s/{token}, on the platform's public origin. */
@ApplicationScoped
public class LinkIssuer {

    public static final int MAX_VALID_DAYS = 365;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LinkSigner signer;
    private final ShortLinks shortLinks;
    private final SurveyStore surveys;
    private final Caller caller;
    private final String publicUrl;

    LinkIssuer(LinkSigner signer, ShortLinks shortLinks, SurveyStore surveys, Caller caller,
            @ConfigProperty(name = "parcours.public-url") String publicUrl) {
        this.signer = signer;
        this.shortLinks = shortLinks;
        this.surveys = surveys;
        this.caller = caller;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The survey's public link (the same every time: nothing is stored). */
    public Uni<String> publicUrl(String surveyId) {
        return caller.workspaceToRead().map(workspace -> url(SurveyLink.publicLink(workspace, surveyId)));
    }

    /**
     * A personal link to a survey of the editor's workspace, for one respondent (and the touchpoint that led to the
     * invitation), valid for some days and answered once.
     */
    public Uni<PersonalLink> personal(String surveyId, String respondentRef, String touchpointId, int validDays) {
        if (respondentRef == null || respondentRef.isBlank() || respondentRef.length() > 200) {
            return Uni.createFrom().failure(ValidationException.of("respondentRef", "must be 1–200 characters"));
        }
        if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            return Uni.createFrom().failure(ValidationException.of("validDays", "must be 1 to " + MAX_VALID_DAYS));
        }
        return caller.workspaceToWrite().chain(workspace -> surveys.find(workspace, surveyId)
                .onItem().ifNull().failWith(() -> new NotFoundException("No survey with id " + surveyId))
                .map(survey -> {
                    Instant expires = Instant.now().plus(Duration.ofDays(validDays)).truncatedTo(ChronoUnit.SECONDS);
                    SurveyLink link = new SurveyLink(SurveyLink.Kind.PERSONAL, workspace, survey.id, respondentRef,
                            touchpointId, expires, nonce());
                    return new PersonalLink(url(link), expires);
                }));
    }

    /** The personal link an invitation sends: its nonce is the invitation's id, so opening and answering are tracked. */
    public String invitationUrl(String workspaceId, String surveyId, String respondentRef, String touchpointId,
            Instant expiresAt, String invitationId) {
        return url(new SurveyLink(SurveyLink.Kind.PERSONAL, workspaceId, surveyId, respondentRef, touchpointId,
                expiresAt, invitationId));
    }

    /** An invitation's links as a text message carries them: short codes for its survey link and unsubscribe page. */
    public record ShortUrls(String survey, String unsubscribe) {
    }

    public Uni<ShortUrls> invitationShortUrls(String workspaceId, String surveyId, String respondentRef,
            String touchpointId, Instant expiresAt, String invitationId) {
        String survey = signer.sign(new SurveyLink(SurveyLink.Kind.PERSONAL, workspaceId, surveyId, respondentRef,
                touchpointId, expiresAt, invitationId));
        String unsubscribe = signer.sign(SurveyLink.unsubscribe(workspaceId, respondentRef, invitationId));
        return shortLinks.shorten(survey, expiresAt).chain(surveyCode -> shortLinks
                .shorten(unsubscribe, expiresAt.plus(Duration.ofDays(MAX_VALID_DAYS)))
                .map(unsubscribeCode -> new ShortUrls(publicUrl + "/s/" + surveyCode, publicUrl + "/u/" + unsubscribeCode)));
    }

    /** The contact's ways out of invitations: the page a person opens, and the address mail clients POST to. */
    public record UnsubscribeLinks(String page, String oneClick) {
    }

    public UnsubscribeLinks unsubscribeLinks(String workspaceId, String respondentRef, String invitationId) {
        String token = signer.sign(SurveyLink.unsubscribe(workspaceId, respondentRef, invitationId));
        return new UnsubscribeLinks(publicUrl + "/u/" + token, publicUrl + "/api/v1/unsubscribe/" + token);
    }

    private String url(SurveyLink link) {
        return publicUrl + "/s/" + signer.sign(link);
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A personal link and when it stops working. */
    @Name("PersonalLink")
    @Description("A personal survey link for one respondent.")
    public record PersonalLink(@NonNull @Description("The link to send.") String url,
            @NonNull @Description("When it stops working.") Instant expiresAt) {
    }
}
