package io.parcours.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import graphql.GraphQLError;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.parcours.common.error.NotFoundException;

class ErrorReferencesTest {

    private final ErrorReferences handler = new ErrorReferences();

    @Test
    void anUnexpectedFailureCarriesTheReferenceItWasLoggedWith() throws Exception {
        GraphQLError error = handle(new NullPointerException("Cannot invoke \"java.util.Map.get(Object)\""));
        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL").containsKey("reference");
        String reference = (String) error.getExtensions().get("reference");
        assertThat(reference).matches("[0-9a-f]{16}");
        assertThat(error.getMessage()).contains(reference).doesNotContain("java.").doesNotContain("NullPointer");
        assertThat(error.getPath()).containsExactly("item", "name");
    }

    @Test
    void errorsAClientCanActOnAreLeftToSmallRye() throws Exception {
        // SmallRye turns them into their message and code (tested through each service's endpoint).
        GraphQLError error = handle(new NotFoundException("No persona p-1"));
        assertThat(error.getExtensions() == null ? java.util.Map.of() : error.getExtensions())
                .doesNotContainKey("reference");
    }

    private GraphQLError handle(Throwable failure) throws Exception {
        DataFetcherExceptionHandlerParameters parameters = DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .exception(failure).dataFetchingEnvironment(graphql.schema.DataFetchingEnvironmentImpl
                        .newDataFetchingEnvironment().executionStepInfo(graphql.execution.ExecutionStepInfo
                                .newExecutionStepInfo().type(graphql.Scalars.GraphQLString)
                                .path(ResultPath.parse("/item/name")).build())
                        .mergedField(graphql.execution.MergedField.newMergedField(graphql.language.Field
                                .newField("name").sourceLocation(new SourceLocation(1, 3)).build()).build())
                        .build())
                .build();
        return handler.handleException(parameters).get().getErrors().get(0);
    }
}
