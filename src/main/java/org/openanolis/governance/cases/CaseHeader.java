package org.openanolis.governance.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * What every case is, whatever it decides: its id, the person who opened it, its status, the times it was submitted
 * and last changed, and the process instance that runs it (none until the lifecycle starts it).
 *
 * @param <S> the type's statuses
 */
public record CaseHeader<S extends Enum<S> & CaseStatus>(String id, String proposer, S status, Instant submittedAt,
                                                         Instant updatedAt, String processInstanceId) {

    /** A case opened now, in its first status, with a fresh id. */
    public static <S extends Enum<S> & CaseStatus> CaseHeader<S> opened(String proposer, S first, Instant now) {
        return new CaseHeader<>(UUID.randomUUID().toString(), proposer, first, now, now, null);
    }
}
