package org.openanolis.governance.system;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The two read verbs of a directory in the API: a page of entries, and one by name. A feature binds them with a
 * subclass carrying {@code @RestController} and {@code @RequestMapping}.
 *
 * @param <T> an entry
 */
public abstract class DirectoryApi<T> {

    private final Directory<T> directory;
    private final String entry;

    /** @param entry what an entry is called in the 404's detail: "ACTIVE SIG", "accepted project" */
    protected DirectoryApi(Directory<T> directory, String entry) {
        this.directory = directory;
        this.entry = entry;
    }

    @GetMapping
    public Page<T> list(PageRequest page) {
        return directory.list(page);
    }

    @GetMapping("/{name}")
    public T get(@PathVariable String name) {
        return directory.find(name).orElseThrow(() -> new NotFoundException("No " + entry + " " + name));
    }
}
