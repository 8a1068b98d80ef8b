package org.openanolis.governance.cases;

import java.security.Principal;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The shared verbs of {@link CaseApi} and the proposer's revision, {@code PUT /api/<collection>/{id}}, for the kinds
 * whose proposer may be asked for changes.
 */
public abstract class RevisableCaseApi<C extends CaseRecord<S, ?>, S extends Enum<S> & CaseStatus, F, V>
        extends CaseApi<C, S, F, V> {

    private final CaseRevision<C, F> revision;

    protected RevisableCaseApi(CaseKind<C> kind, CaseApiParts parts, CaseIntake<C, F> intake,
                               CaseRevision<C, F> revision, CaseView<C, V> view) {
        super(kind, parts, intake, view);
        this.revision = revision;
    }

    @PutMapping("/{id}")
    public V revise(@PathVariable String id, @RequestBody F form, Principal principal) {
        return changing(() -> view(revision.revise(id, form, principal.getName()), principal));
    }
}
