package org.openanolis.governance.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityInfoEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MembershipEntity;
import org.openanolis.governance.system.EngineTables;
import org.openanolis.governance.system.Languages;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final EngineTables tables;
    private final JdbcClient database;

    public Optional<Person> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(id).singleResult();
        return user == null ? Optional.empty() : Optional.of(toPersons(List.of(user)).get(0));
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    /** The members of a group, ordered by id so that ballots and mails come in a stable order. */
    public List<Person> membersOf(String groupId) {
        return toPersons(identityService.createUserQuery().memberOfGroup(groupId).list()).stream()
                .sorted(Comparator.comparing(Person::id))
                .toList();
    }

    /** The people of these ids who are registered, in the order of the ids (each once). */
    public List<Person> all(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Person> found = new HashMap<>();
        for (List<String> chunk : chunks(wanted)) {
            toPersons(identityService.createUserQuery().userIdIn(chunk.toArray(String[]::new)).list())
                    .forEach(person -> found.put(person.id(), person));
        }
        return wanted.stream().map(found::get).filter(Objects::nonNull).toList();
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
        // One plain statement on the membership table, every value a bound parameter: the engine's group query
        // builds a large dynamic statement for the same answer, and nearly every request asks it.
        return userId != null && identityService.createNativeUserQuery()
                .sql("select count(*) from " + tables.of(MembershipEntity.class)
                        + " where USER_ID_ = #{user} and GROUP_ID_ = #{group}")
                .parameter("user", userId).parameter("group", groupId).count() > 0;
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
        if (id == null || id.isBlank()) {
            return id;
        }
        // The name alone: the organization and language a person's other look-ups read are not needed here.
        User user = identityService.createUserQuery().userId(id).singleResult();
        return user == null ? id : withId(id, nameOf(user));
    }

    private static String withId(String id, String name) {
        return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
    }

    private static String nameOf(User user) {
        String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
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

    /**
     * The people of these users, their organization and language read for all of them in one statement rather than
     * two engine commands a person: a vote of the whole committee reads every member.
     */
    private List<Person> toPersons(List<User> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> infos = new HashMap<>();
        for (List<String> chunk : chunks(users.stream().map(User::getId).toList())) {
            database.sql("select USER_ID_, KEY_, VALUE_ from " + tables.of(IdentityInfoEntity.class)
                            + " where TYPE_ = 'userinfo' and KEY_ in ('" + ORGANIZATION + "', '" + LANGUAGE + "')"
                            + " and USER_ID_ in (:users)")
                    .param("users", chunk)
                    .query((row, n) -> infos.computeIfAbsent(row.getString(1), id -> new HashMap<>())
                            .put(row.getString(2), row.getString(3)))
                    .list();
        }
        return users.stream().map(user -> {
            Map<String, String> info = infos.getOrDefault(user.getId(), Map.of());
            return new Person(user.getId(), nameOf(user), user.getEmail(), info.get(ORGANIZATION), info.get(LANGUAGE));
        }).toList();
    }

    /** Ids a thousand at a time: a statement's parameters are limited (PostgreSQL: 65,535), a roll is not. */
    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
        }
        return chunks;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
