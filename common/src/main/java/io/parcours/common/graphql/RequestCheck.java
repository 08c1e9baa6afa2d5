package io.parcours.common.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import io.parcours.common.security.Role;

/**
 * Everything a GraphQL request must pass before it executes: it parses within the token limit, its shape is within
 * {@link RequestLimits}, its values have the types the schema gives them, and a field read in batches is selected
 * with one set of arguments ({@link BatchedArguments}), and it passes graphql-java's validation, so that every request
 * error carries {@code extensions.code} (SmallRye's own validation errors carry only a classification) and clients of
 * {@code application/graphql-response+json} get a 4xx for it.
 */
public final class RequestCheck {

    private static final String ENTITIES = "_entities";
    private static final int MAX_REMEMBERED = 2_000;

    private final RequestLimits limits;
    private final ParserOptions parserOptions;
    private final Set<String> validDocuments = ConcurrentHashMap.newKeySet();

    public RequestCheck(RequestLimits limits) {
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens()));
    }

    /** The reasons to refuse the request; empty when it may execute. */
    public List<RequestError> check(GraphQLSchema schema, String query, String operationName,
            Map<String, Object> variables, boolean validate) {
        return check(schema, query, operationName, variables, validate, true);
    }

    /**
     * As {@link #check(GraphQLSchema, String, String, Map, boolean)}; a caller whose roles may not read is refused
     * federation entity lookups ({@code _entities}) with FORBIDDEN before they run, as every other read is.
     */
    public List<RequestError> check(GraphQLSchema schema, String query, String operationName,
            Map<String, Object> variables, boolean validate, boolean mayRead) {
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
            return List.of(RequestError.badRequest(missingOperation(document, operationName)));
        }
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (first, second) -> first));
        List<RequestError> shape = QueryShape.check(operation, fragments, limits).map(List::of).orElse(List.of());
        if (!shape.isEmpty()) {
            return shape;
        }
        if (!mayRead && RootFields.selects(operation, fragments, ENTITIES)) {
            return List.of(RequestError.forbidden("Your role may not read data (" + ENTITIES + " looks entities up); "
                    + "one of " + String.join(", ", Role.READERS.stream().sorted().toList()) + " is required"));
        }
        List<RequestError> values = ArgumentValues.check(schema, document, operation, variables, limits);
        if (!values.isEmpty()) {
            return values;
        }
        List<RequestError> invalid = validate ? validation(schema, document, query) : List.of();
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

    /** What the request's operationName (or its absence) does not find in the document. */
    private static String missingOperation(Document document, String name) {
        List<String> names = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .map(operation -> operation.getName() == null ? "(unnamed)" : operation.getName()).toList();
        if (names.isEmpty()) {
            return "The document has no operation: send a query, mutation or subscription";
        }
        if (name == null) {
            return "The document has " + names.size() + " operations (" + String.join(", ", names)
                    + "): name the one to run in operationName";
        }
        return "The document has no operation named " + name + " (it has " + String.join(", ", names) + ")";
    }

    /**
     * graphql-java's validation; a document found valid is remembered (by the SHA-256 of its text, so that the memory
     * it takes does not depend on what clients send; the schema never changes), so that the same operations sent
     * again, as applications do, are not validated again.
     */
    private List<RequestError> validation(GraphQLSchema schema, Document document, String query) {
        String digest = digest(query);
        if (validDocuments.contains(digest)) {
            return List.of();
        }
        List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
        if (errors.isEmpty()) {
            if (validDocuments.size() >= MAX_REMEMBERED) {
                validDocuments.clear();
            }
            validDocuments.add(digest);
        }
        return errors.stream().map(error -> RequestError.validation(error.getMessage())).toList();
    }

    private static String digest(String query) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(query.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
