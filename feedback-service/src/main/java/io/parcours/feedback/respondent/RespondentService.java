package io.parcours.feedback.respondent;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;
import io.parcours.feedback.contact.ContactStore;
import io.parcours.feedback.invitation.Invitations;
import io.parcours.feedback.invitation.Invitations.LinkedResponse;
import io.parcours.feedback.link.LinkSigner;
import io.parcours.feedback.link.ShortLinks;
import io.parcours.feedback.link.SurveyLink;
import io.parcours.feedback.response.Answer;
import io.parcours.feedback.response.ResponseStore;
import io.parcours.feedback.submission.GivenAnswer;
import io.parcours.feedback.submission.LinkContext;
import io.parcours.feedback.submission.ResponseService;
import io.parcours.feedback.submission.Submission;
import io.parcours.feedback.submission.SubmissionResult;
import io.parcours.feedback.survey.Question;
import io.parcours.feedback.survey.Survey;
import io.parcours.feedback.survey.SurveyStore;
import io.parcours.feedback.survey.SurveyVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The respondent's side: a signed link opens its survey and takes its answers, without an account. Nothing but that
 * survey is reachable through a link, and a personal link gives one response at most.
 */
@ApplicationScoped
public class RespondentService {

    static final int MAX_HIDDEN_VALUE = 200;
    static final int MAX_RESPONDENT_REF = 200;
    static final int MAX_PAGE_URL = 2000;
    private static final Pattern PAGE_RESPONSE_ID = Pattern.compile("^[A-Za-z0-9_-]{8,100}$");

    private final LinkSigner signer;
    private final RespondentRates rates;
    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final ResponseService submissions;
    private final Invitations invitations;
    private final ContactStore contacts;
    private final ShortLinks shortLinks;

    RespondentService(LinkSigner signer, RespondentRates rates, SurveyStore surveys, ResponseStore responses,
            ResponseService submissions, Invitations invitations, ContactStore contacts, ShortLinks shortLinks) {
        this.signer = signer;
        this.shortLinks = shortLinks;
        this.rates = rates;
        this.surveys = surveys;
        this.responses = responses;
        this.submissions = submissions;
        this.invitations = invitations;
        this.contacts = contacts;
    }

    /** The survey behind a link, as the page shows it. */
    public Uni<PageSurvey> open(String token, String clientAddress) {
        rates.request(clientAddress);
        return shortLinks.resolve(token).chain(full -> open(checked(full)));
    }

    private Uni<PageSurvey> open(SurveyLink link) {
        return openSurvey(link).chain(survey -> answeredBy(link).chain(answered -> {
            if (answered == null) {
                requireOpen(survey);
            }
            return surveys.version(link.workspaceId(), survey.id, survey.publishedVersion)
                    .chain(version -> answered == null ? Uni.createFrom().item(page(link, version, survey.hiddenFields, null, null))
                            : linkedResponse(link).chain(linked -> linked != LinkedResponse.AWAITS_COMPLETION
                                    ? Uni.createFrom().item(page(link, version, survey.hiddenFields, answered, null))
                                    : responses.withIds(List.of(answered)).map(found -> page(link, version,
                                            survey.hiddenFields, answered, found.isEmpty() ? List.of() : found.get(0).answers()))));
        })).call(() -> link.kind() == SurveyLink.Kind.PERSONAL
                ? invitations.opened(link.workspaceId(), link.nonce(), Instant.now()) : Uni.createFrom().voidItem());
    }

    /**
     * Stores the page's answers: ACCEPTED, or DUPLICATE with the response this link or page id gave before. Through an
     * invitation's link, a partial submission (the score clicked in the e-mail) is the response already, and the
     * page's full submission completes that same response (ACCEPTED again, then DUPLICATE).
     */
    public Uni<SubmissionResult> answer(String token, PageAnswers page, String clientAddress) {
        rates.request(clientAddress);
        rates.submission(token);
        return shortLinks.resolve(token).chain(full -> answer(checked(full), page));
    }

    private Uni<SubmissionResult> answer(SurveyLink link, PageAnswers page) {
        return openSurvey(link).chain(survey -> linkedResponse(link).chain(linked -> {
            if (page.partial() && linked == LinkedResponse.NO_INVITATION) {
                return Uni.createFrom().failure(ValidationException.of("partial",
                        "only an invitation's link takes the score clicked in its e-mail alone"));
            }
            return answeredBy(link).chain(answered -> {
                if (answered == null) {
                    requireOpen(survey);
                    return submit(link, survey, page);
                }
                if (!page.partial() && linked == LinkedResponse.AWAITS_COMPLETION) {
                    return complete(link, survey, page, answered);
                }
                return Uni.createFrom().item(SubmissionResult.duplicate(link.responseKey(), answered));
            });
        }));
    }

    private Uni<SubmissionResult> submit(SurveyLink link, Survey survey, PageAnswers page) {
        try {
            Submission submission = new Submission(survey.id, null, responseKey(link, page), respondentRef(link, page),
                    page.channel(), page.locale(), OffsetDateTime.now(ZoneOffset.UTC), page.answers(),
                    new LinkContext(link.touchpointId(), hiddenFields(survey, page.hiddenFields()), pageUrl(page)),
                    page.partial());
            return submissions.submitIn(link.workspaceId(), submission).call(result -> link.kind()
                    == SurveyLink.Kind.PERSONAL && result.status() == SubmissionResult.Status.ACCEPTED
                            ? invitations.answered(link.workspaceId(), link.nonce(), result.responseId(), Instant.now(),
                                    !page.partial())
                            : Uni.createFrom().voidItem());
        } catch (ValidationException refused) {
            return Uni.createFrom().failure(refused);
        }
    }

    /** The page's answers replace the partial response's (the e-mail's score among them, or changed). */
    private Uni<SubmissionResult> complete(SurveyLink link, Survey survey, PageAnswers page, String responseId) {
        requireOpen(survey);
        Submission submission = new Submission(survey.id, null, link.responseKey(), link.respondentRef(), page.channel(),
                page.locale(), OffsetDateTime.now(ZoneOffset.UTC), page.answers(), null, false);
        return submissions.complete(link.workspaceId(), responseId, submission)
                .call(() -> invitations.completed(link.workspaceId(), link.nonce()));
    }

    /** What the invitation behind the link says of its response; a public link has none. */
    private Uni<LinkedResponse> linkedResponse(SurveyLink link) {
        return link.kind() != SurveyLink.Kind.PERSONAL ? Uni.createFrom().item(LinkedResponse.NO_INVITATION)
                : invitations.linkedResponse(link.workspaceId(), link.nonce());
    }

    /** The contact behind an unsubscribe link wants no more invitations; true once done (again: still true). */
    public Uni<Boolean> unsubscribe(String token, String clientAddress) {
        rates.request(clientAddress);
        return shortLinks.resolve(token).chain(full -> unsubscribe(signer.verify(full)
                .filter(found -> found.kind() == SurveyLink.Kind.UNSUBSCRIBE)
                .orElseThrow(() -> new LinkRefusal(LinkRefusal.Reason.LINK_INVALID))));
    }

    private Uni<Boolean> unsubscribe(SurveyLink link) {
        return contacts.unsubscribe(link.workspaceId(), link.respondentRef(), Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .map(found -> {
                    if (!found) {
                        throw new LinkRefusal(LinkRefusal.Reason.LINK_INVALID); // erased since
                    }
                    return true;
                });
    }

    private SurveyLink checked(String token) {
        SurveyLink link = signer.verify(token).filter(found -> found.kind() != SurveyLink.Kind.UNSUBSCRIBE)
                .orElseThrow(() -> new LinkRefusal(LinkRefusal.Reason.LINK_INVALID));
        if (link.expiredAt(Instant.now())) {
            throw new LinkRefusal(LinkRefusal.Reason.LINK_EXPIRED);
        }
        return link;
    }

    private Uni<Survey> openSurvey(SurveyLink link) {
        return surveys.find(link.workspaceId(), link.surveyId()).map(survey -> {
            if (survey == null) {
                throw new LinkRefusal(LinkRefusal.Reason.LINK_INVALID);
            }
            if (link.kind() == SurveyLink.Kind.PUBLIC && survey.publicLinkOff) {
                throw new LinkRefusal(LinkRefusal.Reason.LINK_OFF);
            }
            return survey;
        });
    }

    private static void requireOpen(Survey survey) {
        if (survey.publishedVersion == 0 || !survey.acceptsResponsesAt(Instant.now())) {
            throw new LinkRefusal(LinkRefusal.Reason.SURVEY_CLOSED);
        }
    }

    /** The id of the response a personal link already gave; null for a public link or an unused one. */
    private Uni<String> answeredBy(SurveyLink link) {
        if (link.kind() == SurveyLink.Kind.PUBLIC) {
            return Uni.createFrom().nullItem();
        }
        return responses.idsOf(link.workspaceId(), link.surveyId(), List.of(link.responseKey()))
                .map(ids -> ids.get(link.responseKey()));
    }

    private static String responseKey(SurveyLink link, PageAnswers page) throws ValidationException {
        if (link.kind() == SurveyLink.Kind.PERSONAL) {
            return link.responseKey();
        }
        if (page.clientResponseId() == null || !PAGE_RESPONSE_ID.matcher(page.clientResponseId()).matches()) {
            throw ValidationException.of("clientResponseId", "must be 8–100 letters, digits, - or _");
        }
        return "page:" + page.clientResponseId();
    }

    /** A personal link's own respondent, or the visitor the website widget names on a public link (or nobody). */
    private static String respondentRef(SurveyLink link, PageAnswers page) throws ValidationException {
        if (page.respondentRef() == null) {
            return link.respondentRef();
        }
        if (link.kind() == SurveyLink.Kind.PERSONAL) {
            throw ValidationException.of("respondentRef", "must be left out: a personal link names its respondent");
        }
        if (page.respondentRef().isBlank() || page.respondentRef().length() > MAX_RESPONDENT_REF) {
            throw ValidationException.of("respondentRef", "must be 1–" + MAX_RESPONDENT_REF + " characters, not blank");
        }
        return page.respondentRef();
    }

    /** The page the widget showed the survey on: an absolute http(s) address, kept as given. */
    static String pageUrl(PageAnswers page) throws ValidationException {
        String url = page.pageUrl();
        if (url == null) {
            return null;
        }
        boolean web = url.startsWith("https://") || url.startsWith("http://");
        try {
            if (!web || url.length() > MAX_PAGE_URL || URI.create(url).getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException notUrl) {
            throw ValidationException.of("pageUrl", "must be an absolute http or https address of at most "
                    + MAX_PAGE_URL + " characters");
        }
        return url;
    }

    /** The URL's hidden fields, each one the survey declares; refused whole otherwise, never trimmed. */
    static Map<String, String> hiddenFields(Survey survey, Map<String, String> given) throws ValidationException {
        if (given == null || given.isEmpty()) {
            return Map.of();
        }
        List<String> declared = survey.hiddenFields == null ? List.of() : survey.hiddenFields;
        List<Violation> violations = new ArrayList<>();
        given.forEach((name, value) -> {
            if (!declared.contains(name)) {
                violations.add(new Violation("hiddenFields." + name, "is not a hidden field of this survey"));
            } else if (value == null || value.length() > MAX_HIDDEN_VALUE) {
                violations.add(new Violation("hiddenFields." + name, "must be a text of at most " + MAX_HIDDEN_VALUE
                        + " characters"));
            }
        });
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return Map.copyOf(given);
    }

    private static PageSurvey page(SurveyLink link, SurveyVersion version, List<String> hiddenFields, String answered,
            List<Answer> partialAnswers) {
        Set<String> locales = new LinkedHashSet<>();
        locales.add(version.defaultLocale());
        for (Question question : version.questions()) {
            question.labels.forEach(label -> locales.add(label.locale));
        }
        return new PageSurvey(link.surveyId(), version.version(), version.title(), version.defaultLocale(),
                List.copyOf(locales), version.questions(), hiddenFields == null ? List.of() : hiddenFields,
                link.kind() == SurveyLink.Kind.PERSONAL, answered, partialAnswers == null, partialAnswers == null ? null
                        : partialAnswers.stream().map(a -> new GivenAnswer(a.questionId(), a.score(), a.optionIds(), a.text()))
                                .toList(), link.expiresAt());
    }
}
