package io.parcours.feedback.survey;

import java.util.List;

/** One page of a survey listing, each survey as its latest published version. */
public record SurveyPage(List<SurveyAsOf> surveys, boolean hasNextPage, long totalCount) {
}
