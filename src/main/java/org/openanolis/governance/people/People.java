package org.openanolis.governance.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.openanolis.governance.system.Languages;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * The directory of people over Camunda's identity service. Committee membership is read from the
 * groups each time it is asked, never cached, so a vote sees the committee as it is when it opens.
 */
@Service
@RequiredArgsConstructor
public class People {

    /** The user-info key under which a person's organization is kept. */
    static final String ORGANIZATION = "organization";

    /** The user-info key under which a person's chosen language is kept. */
    static final String LANGUAGE = "language";

    private final IdentityService identityService;

    public Optional<Person> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(id).singleResult();
        return Optional.ofNullable(user).map(this::toPerson);
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    /** The members of a group, ordered by id so that ballots and mails come in a stable order. */
    public List<Person> membersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(this::toPerson)
                .sorted(Comparator.comparing(Person::id))
                .toList();
    }

    public List<Person> all(Collection<String> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Every organization a registered person belongs to, as named in the directory, sorted. */
    public List<String> organizations() {
        return identityService.createUserQuery().list().stream()
                .map(user -> identityService.getUserInfo(user.getId(), ORGANIZATION))
                .filter(org -> org != null && !org.isBlank())
                .distinct().sorted().toList();
    }

    public List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    public boolean isMember(String userId, String groupId) {
        return userId != null && identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
    }

    /** Adds the person to the group, if they are not in it: a step the committee's decision takes. */
    public void join(String userId, String groupId) {
        if (!isMember(userId, groupId)) {
            identityService.createMembership(userId, groupId);
        }
    }

    /** Takes the person out of the group, if they are in it. */
    public void leave(String userId, String groupId) {
        if (isMember(userId, groupId)) {
            identityService.deleteMembership(userId, groupId);
        }
    }

    /**
     * How pages and mails name a person: {@code Alice Chen (alice)}, the id beside the name so that two people of one
     * name are told apart; the id alone for someone without another name or not known here.
     */
    public String displayName(String id) {
        return find(id).map(People::withId).orElse(id);
    }

    private static String withId(Person person) {
        return person.name() == null || person.name().isBlank() || person.name().equals(person.id())
                ? person.id()
                : person.name() + " (" + person.id() + ")";
    }

    /**
     * Keeps a language in the profile of a person who has never chosen one, so that their mails follow the language
     * they first read in; a choice they made stays.
     */
    public void keepFirstLanguage(String userId, Locale language) {
        if (find(userId).map(Person::language).filter(tag -> !tag.isBlank()).isEmpty()) {
            chooseLanguage(userId, Languages.tag(language));
        }
    }

    /** Keeps the language the person chose (a BCP 47 tag) in their profile, for their pages and their mails. */
    public void chooseLanguage(String userId, String languageTag) {
        if (exists(userId)) {
            identityService.setUserInfo(userId, LANGUAGE, languageTag);
        }
    }

    private Person toPerson(User user) {
        String name = ((nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim());
        return new Person(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail(),
                identityService.getUserInfo(user.getId(), ORGANIZATION),
                identityService.getUserInfo(user.getId(), LANGUAGE));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
