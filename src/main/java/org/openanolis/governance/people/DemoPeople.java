package org.openanolis.governance.people;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.openanolis.governance.system.ClusterStartup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/**
 * Seeds the demo community of the README: a committee of seven, a secretariat, three applicants and an
 * administrator, every password {@code demo}. Only under the {@code demo} profile, and only what is
 * missing, so a restart keeps what people changed.
 */
@Component
@Profile("demo")
@Order(0)
@RequiredArgsConstructor
@Slf4j
class DemoPeople implements ApplicationRunner {

    private static final String PASSWORD = "demo";

    record DemoPerson(String id, String firstName, String lastName, String organization, List<String> groups) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("alice", "Alice", "Chen", "Acme Cloud", List.of(Groups.STEERING_COMMITTEE, Groups.COMMITTEE_CHAIR)),
            new DemoPerson("bob", "Bob", "Li", "Globex", List.of(Groups.STEERING_COMMITTEE)),
            new DemoPerson("carol", "Carol", "Wang", "Initech", List.of(Groups.STEERING_COMMITTEE)),
            new DemoPerson("dave", "Dave", "Zhang", "Umbrella Systems", List.of(Groups.STEERING_COMMITTEE)),
            new DemoPerson("erin", "Erin", "Liu", "Hooli", List.of(Groups.STEERING_COMMITTEE)),
            new DemoPerson("frank", "Frank", "Yang", "Acme Cloud", List.of(Groups.STEERING_COMMITTEE)),
            new DemoPerson("grace", "Grace", "Huang", "Vandelay Chips", List.of(Groups.STEERING_COMMITTEE)),
            new DemoPerson("olivia", "Olivia", "Zhao", "Community Foundation",
                    List.of(Groups.COMMUNITY_OPS, Groups.COMPATIBILITY_REVIEWERS, Groups.ELECTION_OFFICERS)),
            new DemoPerson("paul", "Paul", "Wu", "Acme Cloud", List.of()),
            new DemoPerson("quinn", "Quinn", "Zhou", "Globex", List.of()),
            new DemoPerson("rita", "Rita", "Xu", "Initech", List.of()),
            // From organizations with nobody on the committee: maintainers whose projects recuse no member.
            new DemoPerson("sara", "Sara", "Sun", "Soylent Labs", List.of()),
            new DemoPerson("tom", "Tom", "Tang", "Tyrell Systems", List.of()),
            new DemoPerson("admin", "Admin", "Istrator", "Community Foundation", List.of(Groups.ADMINISTRATORS)));

    private static final List<List<String>> GROUPS = List.of(
            List.of(Groups.STEERING_COMMITTEE, "Steering committee", "WORKFLOW"),
            List.of(Groups.COMMITTEE_CHAIR, "Committee chair", "WORKFLOW"),
            List.of(Groups.COMMUNITY_OPS, "Community operations", "WORKFLOW"),
            List.of(Groups.COMPATIBILITY_REVIEWERS, "Compatibility reviewers", "WORKFLOW"),
            List.of(Groups.ELECTION_OFFICERS, "Election officers", "WORKFLOW"),
            List.of(Groups.ADMINISTRATORS, "Administrators", "SYSTEM"));

    private final IdentityService identityService;

    @Override
    public void run(ApplicationArguments args) {
        ClusterStartup.addMissing("demo people", this::seed);
    }

    private void seed() {
        GROUPS.forEach(g -> createGroupIfMissing(g.get(0), g.get(1), g.get(2)));
        PEOPLE.forEach(this::createPersonIfMissing);
    }

    private void createGroupIfMissing(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void createPersonIfMissing(DemoPerson p) {
        if (identityService.createUserQuery().userId(p.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(p.id());
        user.setFirstName(p.firstName());
        user.setLastName(p.lastName());
        user.setEmail(p.id() + "@example.org");
        user.setPassword(PASSWORD);
        // The demo's published password is shorter than the minimum every other password must have: it is the demo's.
        ((IdentityServiceImpl) identityService).saveUser(user, true);
        identityService.setUserInfo(p.id(), People.ORGANIZATION, p.organization());
        p.groups().forEach(g -> identityService.createMembership(p.id(), g));
        log.info("Demo user {} ({}) created", p.id(), p.organization());
    }
}
