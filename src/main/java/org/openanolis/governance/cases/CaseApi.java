package org.openanolis.governance.cases;

import java.net.URI;
import java.security.Principal;

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
 * {@code @RequestMapping("/api/<collection>")}, and says how a form is read and how a case is shown.
 *
 * @param <C> the case
 * @param <S> its statuses, the {@code ?status=} filter
 * @param <R> the request body that proposes one
 * @param <V> the case as the API shows it
 */
public abstract class CaseApi<C extends CaseRecord<S>, S extends Enum<S> & CaseStatus, R, V> {

    private final CaseKind<C> kind;
    private final CaseApiParts parts;

    protected CaseApi(CaseKind<C> kind, CaseApiParts parts) {
        this.kind = kind;
        this.parts = parts;
    }

    /** Validates the request and opens the case (the feature's service). */
    protected abstract C submit(R request, String proposer);

    /** One page of the cases, all or those in one status, the newest first. */
    protected abstract Page<C> page(S status, PageRequest page);

    /** The case as the API shows it, with its history as this reader may see it. */
    protected abstract V view(C c, CaseHistory history);

    @PostMapping
    public ResponseEntity<V> create(@RequestBody R request, Principal principal) {
        C c = submit(request, principal.getName());
        return ResponseEntity.created(URI.create(kind.type().apiPath(c.getId()))).body(view(c, principal));
    }

    @GetMapping
    public Page<V> list(@RequestParam(required = false) S status, PageRequest page, Principal principal) {
        return page(status, page).map(c -> view(c, principal));
    }

    @GetMapping("/{id}")
    public V get(@PathVariable String id, Principal principal) {
        return view(kind.find(id), principal);
    }

    @PostMapping("/{id}/withdrawal")
    public V withdraw(@PathVariable String id, @RequestBody(required = false) WithdrawalRequest request,
                      Principal principal) {
        return view(parts.lifecycle().withdraw(kind, id, principal.getName(), request == null ? null : request.reason()),
                principal);
    }

    /** The case as the API shows it to this person. */
    protected V view(C c, Principal principal) {
        String key = kind.type().key();
        return view(c, CaseHistory.of(parts.votes().views(key, c.getId(), principal.getName()),
                parts.timeline().of(key, c.getId())));
    }
}
