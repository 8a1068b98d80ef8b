package org.openanolis.governance.system;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, and whether another follows it. */
public record Page<T>(List<T> items, PageRequest request, boolean hasNext) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page from the rows read for it: {@link PageRequest#probe()} rows at most, of which one too many means that
     * another page follows.
     */
    public static <T> Page<T> of(List<T> probed, PageRequest request) {
        boolean hasNext = probed.size() > request.size();
        return new Page<>(hasNext ? probed.subList(0, request.size()) : probed, request, hasNext);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), request, hasNext);
    }
}
