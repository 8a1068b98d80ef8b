package org.openanolis.governance.cases;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.Languages;
import org.springframework.context.MessageSourceResolvable;

import lombok.AccessLevel;
import lombok.Getter;

/**
 * A case of any kind: its {@link CaseHeader} and what it is about, its {@link CaseDetails}. The status changes only
 * through {@link #move}, which refuses a move the type's process does not allow; the details only by a revision.
 *
 * @param <S> the type's statuses
 * @param <D> what the type's cases are about
 */
@Getter
public abstract class CaseRecord<S extends Enum<S> & CaseStatus, D extends CaseDetails> {

    @Getter(AccessLevel.NONE)
    private final CaseType caseType;
    private final String id;
    private final String proposer;
    private S status;
    private final Instant submittedAt;
    private Instant updatedAt;
    private String processInstanceId;
    private D details;

    protected CaseRecord(CaseType caseType, CaseHeader<S> header, D details) {
        this.caseType = caseType;
        this.id = header.id();
        this.proposer = header.proposer();
        this.status = header.status();
        this.submittedAt = header.submittedAt();
        this.updatedAt = header.updatedAt();
        this.processInstanceId = header.processInstanceId();
        this.details = details;
    }

    /** The kind of case this is. */
    public CaseType caseType() {
        return caseType;
    }

    /** The name the case goes by in mails, tasks and its process. */
    public final String caseName() {
        return details.caseName();
    }

    /** {@link #caseName()} as the reader reads it: in their language where the system made the name of words. */
    public final String localizedName() {
        return details.localizedName();
    }

    /** The message the name is made from, null when it is data alone (see {@link CaseDetails#nameMessage()}). */
    public final MessageSourceResolvable nameMessage() {
        return details.nameMessage();
    }

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

    public CasePhase phase() {
        return status.phase();
    }

    /** Moves from one of {@code from} to {@code to}; any other status refuses with 409. */
    protected final void move(Set<S> from, S to, Instant at) {
        if (!from.contains(status)) {
            throw new ConflictException(Languages.text("error.case.cannot-become", CaseWords.status(status),
                    CaseWords.noun(caseType()), CaseWords.status(to)));
        }
        status = to;
        updatedAt = at;
    }

    /** The proposer's revision: moves as {@link #move} does, and the revised details replace the old. */
    protected final void revise(Set<S> from, S to, D revised, Instant at) {
        move(from, to, at);
        details = revised;
    }

    /** The proposer withdraws: allowed in every status that is not closed yet; the type's WITHDRAWN one follows. */
    final void withdraw(Instant at) {
        if (!status.isOpen()) {
            throw new ConflictException(Languages.text("error.case.not-withdrawable", CaseWords.status(status),
                    CaseWords.noun(caseType())));
        }
        status = Arrays.stream(status.getDeclaringClass().getEnumConstants())
                .filter(s -> s.kind() == StatusKind.WITHDRAWN).findFirst()
                .orElseThrow(() -> new IllegalStateException(caseType.key() + " has no WITHDRAWN status"));
        updatedAt = at;
    }

    final void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }
}
