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
    private final String notFound;

    /**
     * @param notFound the message that is the 404's detail, with the name asked for as its argument:
     *                 {@code error.project.no-accepted} says "No accepted project {0}"
     */
    protected DirectoryApi(Directory<T> directory, String notFound) {
        this.directory = directory;
        this.notFound = notFound;
    }

    @GetMapping
    public Page<T> list(PageRequest page) {
        return directory.list(page);
    }

    @GetMapping("/{name}")
    public T get(@PathVariable String name) {
        return directory.find(name).orElseThrow(() -> new NotFoundException(Languages.text(notFound, name)));
    }
}
