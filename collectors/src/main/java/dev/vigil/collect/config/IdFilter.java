package dev.vigil.collect.config;

import java.util.List;

/** Include / exclude lists of ids (account ids, OU ids). An empty include list means "all". */
public record IdFilter(List<String> include, List<String> exclude) {
    public static final IdFilter ALL = new IdFilter(List.of(), List.of());

    public IdFilter {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
}
