package org.openanolis.governance.publishing.exports;

import java.util.Optional;

import org.openanolis.governance.people.Person;

/** Who a person id stands for, as the people directory knows them: {@code People::find}, or fixed data in tests. */
@FunctionalInterface
public interface PersonLookup {

    Optional<Person> find(String id);
}
