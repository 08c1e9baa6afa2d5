package io.parcours.common.graphql;

/**
 * A data fetcher (besides SmallRye's {@code @Source List} methods) that resolves its field for all its objects of a
 * request at once, with the arguments of one of its selections: the request guard refuses a request that selects
 * such a field with two sets of arguments (BatchedArguments).
 */
public interface BatchedFetcher {
}
