package org.openanolis.governance.portal;

import java.util.Collection;
import java.util.stream.Collectors;

import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.system.DatabaseOutage;
import org.openanolis.governance.system.Languages;
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

    /** The actor the timeline records for the engine's own moves. */
    private static final String SYSTEM = "system";

    private final People people;

    /**
     * {@code Alice Chen (alice)}, or the id alone when the person has no other name or is not known; the engine's own
     * moves ({@code system}) in the reader's words.
     */
    public String of(String id) {
        if (id == null) {
            return "";
        }
        if (SYSTEM.equals(id)) {
            return Languages.text("portal.actor.system");
        }
        try {
            return people.displayName(id);
        } catch (RuntimeException e) {
            // While the database is away a page (the 503 that says so) still names people, by their ids.
            if (DatabaseOutage.explains(e)) {
                return id;
            }
            throw e;
        }
    }

    /** {@code Alice Chen}, or the id when the person is not known. */
    public String nameOf(String id) {
        if (id == null) {
            return "";
        }
        try {
            return people.find(id).map(Person::name).orElse(id);
        } catch (RuntimeException e) {
            if (DatabaseOutage.explains(e)) {
                return id;
            }
            throw e;
        }
    }

    /** Names joined with commas, for lists such as a SIG's chairs. */
    public String list(Collection<String> ids) {
        return ids == null ? "" : ids.stream().map(this::nameOf).collect(Collectors.joining(", "));
    }

    /** Names with their ids, joined with commas, where the people named must be told apart: a proposal's chairs. */
    public String withIds(Collection<String> ids) {
        return ids == null ? "" : ids.stream().map(this::of).collect(Collectors.joining(", "));
    }

    /** The person signed in, by name and id. */
    public String ofSignedIn(Authentication authentication) {
        return authentication == null ? "" : of(authentication.getName());
    }

}
