package io.parcours.common.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * Everything a GraphQL request must pass before it executes: it parses within the token limit, its shape is within
 * {@link RequestLimits}, its values have the types the schema gives them, and a field read in batches is selected
 * with one set of arguments ({@link BatchedArguments}). Optionally it also runs graphql-java's validation (for clients
 * that must get a 4xx for a request error, which SmallRye answers with 200).
 */
public final class RequestCheck {

    private final RequestLimits limits;
    private final ParserOptions parserOptions;

    public RequestCheck(RequestLimits limits) {
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens()));
    }

    /** The reasons to refuse the request; empty when it may execute. */
    public List<RequestError> check(GraphQLSchema schema, String query, String operationName,
            Map<String, Object> variables, boolean validate) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
        } catch (ParseCancelledException tooLong) {
            return List.of(RequestError.limitExceeded("maxTokens", limits.maxTokens(), "The document has more than "
                    + limits.maxTokens() + " tokens (limit maxTokens = " + limits.maxTokens() + ")"));
        } catch (InvalidSyntaxException syntax) {
            return List.of(RequestError.syntax(syntax.getMessage()));
        }
        OperationDefinition operation = operation(document, operationName);
        if (operation == null) {
            return validate ? validation(schema, document) : List.of(); // validation names what is missing
        }
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (first, second) -> first));
        List<RequestError> shape = QueryShape.check(operation, fragments, limits).map(List::of).orElse(List.of());
        if (!shape.isEmpty()) {
            return shape;
        }
        List<RequestError> values = ArgumentValues.check(schema, document, operation, variables, limits);
        if (!values.isEmpty()) {
            return values;
        }
        List<RequestError> invalid = validate ? validation(schema, document) : List.of();
        if (!invalid.isEmpty()) {
            return invalid;
        }
        return BatchedArguments.check(schema, document, operation.getName(), variables).map(List::of).orElse(List.of());
    }

    private static OperationDefinition operation(Document document, String name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst().orElse(null);
    }

    private static List<RequestError> validation(GraphQLSchema schema, Document document) {
        List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
        return errors.stream().map(error -> RequestError.validation(error.getMessage())).toList();
    }
}
