package org.openanolis.governance.system;

import java.util.Optional;

/**
 * What a case leaves behind once decided: SIGs, projects, each found by its name and listed a page at a time.
 *
 * @param <T> an entry as the directory's readers see it
 */
public interface Directory<T> {

    /** One page of the entries, by name. */
    Page<T> list(PageRequest page);

    /** The entry of this name, compared without regard to case. */
    Optional<T> find(String name);

    /** Whether an entry of this name is in the directory; no name is in none. */
    default boolean contains(String name) {
        return name != null && find(name).isPresent();
    }
}
