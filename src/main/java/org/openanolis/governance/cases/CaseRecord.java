package org.openanolis.governance.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.system.ConflictException;

import lombok.AccessLevel;
import lombok.Getter;

/**
 * What every case is, whatever it decides: an id, the person who opened it, a status in its type's process, the
 * times it was submitted and last changed, and the process instance that runs it. The status changes only through
 * {@link #move}, which refuses a move the type's process does not allow.
 *
 * @param <S> the type's statuses
 */
@Getter
public abstract class CaseRecord<S extends Enum<S> & CaseStatus> {

    @Getter(AccessLevel.NONE)
    private final CaseType caseType;
    private final String id;
    private final String proposer;
    private S status;
    private final Instant submittedAt;
    private Instant updatedAt;
    private String processInstanceId;

    protected CaseRecord(CaseType caseType, String id, String proposer, S status, Instant submittedAt,
                         Instant updatedAt, String processInstanceId) {
        this.caseType = caseType;
        this.id = id;
        this.proposer = proposer;
        this.status = status;
        this.submittedAt = submittedAt;
        this.updatedAt = updatedAt;
        this.processInstanceId = processInstanceId;
    }

    /** The kind of case this is. */
    public CaseType caseType() {
        return caseType;
    }

    /** The name the case goes by in mails, tasks and its process: a SIG's or project's name, a company. */
    public abstract String caseName();

    /**
     * What every mail about this case shows beside what the mail itself adds: the proposer, and what the type adds
     * in {@link #addToMail}. A fresh map the caller may add to.
     */
    public final Map<String, Object> mailModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("proposer", proposer);
        addToMail(model);
        return model;
    }

    /** What this kind of case shows in every mail about it, beside the proposer. */
    protected void addToMail(Map<String, Object> model) {
    }

    /** The status a withdrawal leaves the case in. */
    protected abstract S withdrawnStatus();

    public CasePhase phase() {
        return status.phase();
    }

    /** Moves from one of {@code from} to {@code to}; any other status refuses with 409. */
    protected final void move(Set<S> from, S to, Instant at) {
        if (!from.contains(status)) {
            throw new ConflictException("A " + status + " " + caseType().noun() + " cannot become " + to);
        }
        status = to;
        updatedAt = at;
    }

    /** The proposer withdraws: allowed in every status that is not closed yet. */
    final void withdraw(Instant at) {
        if (!status.isOpen()) {
            throw new ConflictException("A " + status + " " + caseType().noun() + " can no longer be withdrawn");
        }
        status = withdrawnStatus();
        updatedAt = at;
    }

    final void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }
}
