package org.openanolis.governance.cases;

import java.net.URI;
import java.security.Principal;
import java.util.function.Supplier;

import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The REST verbs every kind of case answers alike (API.md): create, list with paging and a status filter, get, and
 * withdrawal. A feature binds them to its type with a subclass that carries {@code @RestController} and
 * {@code @RequestMapping("/api/<collection>")} and hands over how a form opens a case and how a case is shown;
 * {@link RevisableCaseApi} adds the revision.
 *
 * @param <C> the case
 * @param <S> its statuses, the {@code ?status=} filter
 * @param <F> its form, the body that proposes one
 * @param <V> the case as the API shows it
 */
public abstract class CaseApi<C extends CaseRecord<S, ?>, S extends Enum<S> & CaseStatus, F, V> {

    private final CaseKind<C> kind;
    private final CaseApiParts parts;
    private final CaseIntake<C, F> intake;
    private final CaseView<C, V> view;

    protected CaseApi(CaseKind<C> kind, CaseApiParts parts, CaseIntake<C, F> intake, CaseView<C, V> view) {
        this.kind = kind;
        this.parts = parts;
        this.intake = intake;
        this.view = view;
    }

    @PostMapping
    public ResponseEntity<V> create(@RequestBody F form, Principal principal) {
        return parts.changing(() -> {
            C c = intake.submit(form, principal.getName());
            return ResponseEntity.created(URI.create(kind.type().apiPath(c.getId()))).body(view(c, principal));
        });
    }

    @GetMapping
    public Page<V> list(@RequestParam(required = false) S status, PageRequest page, Principal principal) {
        return parts.reading(() -> kind.store().page(status == null ? null : status.name(), page)
                .map(c -> view(c, principal)));
    }

    @GetMapping("/{id}")
    public V get(@PathVariable String id, Principal principal) {
        return parts.reading(() -> view(kind.find(id), principal));
    }

    @PostMapping("/{id}/withdrawal")
    public V withdraw(@PathVariable String id, @RequestBody(required = false) WithdrawalRequest request,
                      Principal principal) {
        return parts.changing(() -> view(parts.lifecycle().withdraw(kind, id, principal.getName(),
                request == null ? null : request.reason()), principal));
    }

    /** A change and the answer to it in one transaction ({@link CaseApiParts#changing}). */
    protected <T> T changing(Supplier<T> work) {
        return parts.changing(work);
    }

    /** The case as the API shows it to this person. */
    protected V view(C c, Principal principal) {
        String key = kind.type().key();
        return view.of(c, CaseHistory.of(parts.votes().views(key, c.getId(), principal.getName()),
                parts.timeline().of(key, c.getId())));
    }
}
