package org.openanolis.governance.portal;

import java.util.Collection;
import java.util.stream.Collectors;

import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * People as the pages show them: by their name, with their id beside it where two people must be told apart (the
 * signed-in person, a ballot, a timeline's actor). Someone the directory does not know is shown by the id as given.
 * Templates call it as {@code ${@displayNames.of(id)}}.
 */
@Component("displayNames")
@RequiredArgsConstructor
public class DisplayNames {

    private final People people;

    /** {@code Alice Chen (alice)}, or the id alone when the person has no other name or is not known. */
    public String of(String id) {
        if (id == null) {
            return "";
        }
        return people.find(id).map(DisplayNames::withId).orElse(id);
    }

    /** {@code Alice Chen}, or the id when the person is not known. */
    public String nameOf(String id) {
        if (id == null) {
            return "";
        }
        return people.find(id).map(Person::name).orElse(id);
    }

    /** Names joined with commas, for lists such as a SIG's chairs. */
    public String list(Collection<String> ids) {
        return ids == null ? "" : ids.stream().map(this::nameOf).collect(Collectors.joining(", "));
    }

    /** The person signed in, by name and id. */
    public String ofSignedIn(Authentication authentication) {
        return authentication == null ? "" : of(authentication.getName());
    }

    private static String withId(Person person) {
        return person.name() == null || person.name().isBlank() || person.name().equals(person.id())
                ? person.id()
                : person.name() + " (" + person.id() + ")";
    }
}
