package org.openanolis.governance.election;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.openanolis.governance.onboarding.Project;
import org.openanolis.governance.onboarding.ProjectDirectory;
import org.openanolis.governance.onboarding.ProjectStage;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigState;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/**
 * Who may nominate, endorse and vote (DOMAIN.md "Elections"): frozen when nomination opens from every chair and tech
 * lead of an ACTIVE SIG, every maintainer of a project in the directory (archived ones aside) and every committee
 * member, with each person's organization as it was then; people an officer admits by an exception are added later.
 * Ids are compared without regard to case.
 */
@Repository
@RequiredArgsConstructor
class VoterRoll {

    static final String ROLE = "ROLE";
    static final String EXCEPTION = "EXCEPTION";
    private static final RowMapper<Voter> VOTER = (rs, row) -> new Voter(rs.getString("person_id"),
            rs.getString("organization"));

    private final JdbcClient jdbc;
    private final SigDirectory sigs;
    private final ProjectDirectory projects;
    private final People people;

    /** A person on the roll, with the organization the roll froze for them. */
    record Voter(String id, String organization) {
    }

    /** Freezes the roll from the community's roles as they are now; answers its size. */
    int freeze(String electionId) {
        Map<String, String> ids = new LinkedHashMap<>();
        Function<String, String> add = id -> ids.putIfAbsent(key(id), id);
        everyPage(page -> sigs.list(SigState.ACTIVE, page)).forEach(sig -> {
            sig.chairs().forEach(add::apply);
            sig.techLeads().forEach(add::apply);
        });
        everyPage(page -> projects.list(page)).stream().filter(project -> project.status() != ProjectStage.ARCHIVED)
                .map(Project::maintainers).flatMap(Collection::stream).forEach(add::apply);
        people.membersOf(Groups.STEERING_COMMITTEE).stream().map(Person::id).forEach(add::apply);
        ids.values().forEach(id -> admit(electionId, id, ROLE));
        return ids.size();
    }

    void admit(String electionId, String id, String admittedBy) {
        jdbc.sql("""
                        insert into election_voter (election_id, person_key, person_id, organization, admitted_by)
                        values (:election, :key, :id, :organization, :admittedBy)""")
                .param("election", electionId).param("key", key(id)).param("id", id)
                .param("organization", people.find(id).map(Person::organization).orElse(null))
                .param("admittedBy", admittedBy).update();
    }

    Optional<Voter> find(String electionId, String id) {
        return voter(electionId, id, "");
    }

    boolean contains(String electionId, String id) {
        return id != null && find(electionId, id).isPresent();
    }

    /**
     * Locks the voter's row: a ballot is cast under it, so that two casts of one voter never interleave and the
     * close, which locks every row ({@link #lockAll}), waits for the ballots being cast.
     */
    Optional<Voter> lock(String electionId, String id) {
        return voter(electionId, id, " for update");
    }

    private Optional<Voter> voter(String electionId, String id, String lock) {
        return jdbc.sql("select person_id, organization from election_voter"
                        + " where election_id = :election and person_key = :key" + lock)
                .param("election", electionId).param("key", key(id)).query(VOTER).optional();
    }

    /** Locks the whole roll: no ballot is being cast once this returns, and none can be until the transaction ends. */
    int lockAll(String electionId) {
        return jdbc.sql("select person_key from election_voter where election_id = :election for update")
                .param("election", electionId).query(String.class).list().size();
    }

    List<Voter> all(String electionId) {
        return jdbc.sql("select person_id, organization from election_voter where election_id = :election"
                        + " order by person_key")
                .param("election", electionId).query(VOTER).list();
    }

    int size(String electionId) {
        return jdbc.sql("select count(*) from election_voter where election_id = :election")
                .param("election", electionId).query(Integer.class).single();
    }

    static String key(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> everyPage(Function<PageRequest, Page<T>> list) {
        List<T> all = new ArrayList<>();
        for (int number = 1; ; number++) {
            Page<T> page = list.apply(new PageRequest(number, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            if (!page.hasNext()) {
                return all;
            }
        }
    }
}
