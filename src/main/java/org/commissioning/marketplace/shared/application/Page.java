package org.commissioning.marketplace.shared.application;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count, so lists can show "Showing 1 to 20 of 134". */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
