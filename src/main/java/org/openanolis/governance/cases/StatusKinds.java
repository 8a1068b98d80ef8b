package org.openanolis.governance.cases;

import java.util.EnumMap;
import java.util.Map;

/**
 * The kind of each status of one type, declared once in its enum: every status is OPEN but those named otherwise.
 * Written while the enum initializes and only read afterwards.
 *
 * @param <S> the type's statuses
 */
public final class StatusKinds<S extends Enum<S>> {

    private final Map<S, StatusKind> kinds;

    private StatusKinds(Class<S> statuses) {
        this.kinds = new EnumMap<>(statuses);
    }

    public static <S extends Enum<S>> StatusKinds<S> of(Class<S> statuses) {
        return new StatusKinds<>(statuses);
    }

    @SafeVarargs
    public final StatusKinds<S> awaitingRevision(S... statuses) {
        return mark(StatusKind.AWAITING_REVISION, statuses);
    }

    @SafeVarargs
    public final StatusKinds<S> commentPeriod(S... statuses) {
        return mark(StatusKind.COMMENT_PERIOD, statuses);
    }

    @SafeVarargs
    public final StatusKinds<S> decided(S... statuses) {
        return mark(StatusKind.DECIDED, statuses);
    }

    @SafeVarargs
    public final StatusKinds<S> closed(S... statuses) {
        return mark(StatusKind.CLOSED, statuses);
    }

    @SafeVarargs
    public final StatusKinds<S> withdrawn(S... statuses) {
        return mark(StatusKind.WITHDRAWN, statuses);
    }

    public StatusKind of(S status) {
        return kinds.getOrDefault(status, StatusKind.OPEN);
    }

    private StatusKinds<S> mark(StatusKind kind, S[] statuses) {
        for (S status : statuses) {
            kinds.put(status, kind);
        }
        return this;
    }
}
