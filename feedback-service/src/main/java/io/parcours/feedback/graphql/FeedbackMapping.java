package io.parcours.feedback.graphql;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

import io.parcours.feedback.submission.GivenAnswer;
import io.parcours.feedback.submission.Submission;
import io.parcours.feedback.survey.SurveyDetails;

/**
 * The one place an API input becomes a domain value (generated at compile time), for GraphQL and REST alike. A field
 * of an input or of a domain value that no mapping covers is a compile error.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.CDI, unmappedTargetPolicy = ReportingPolicy.ERROR,
        unmappedSourcePolicy = ReportingPolicy.ERROR)
public interface FeedbackMapping {

    SurveyDetails details(SurveyInput input);

    @Mapping(target = "link", ignore = true)
    @Mapping(target = "partial", ignore = true)
    Submission submission(ResponseInput input);

    GivenAnswer answer(AnswerInput input);

    default Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
