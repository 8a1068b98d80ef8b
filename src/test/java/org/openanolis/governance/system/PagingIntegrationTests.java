package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.PartnerApplicationBodies;
import org.openanolis.governance.support.ProjectProposalBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Every listing of the API is paged (issue 15, part 5): {@code ?page=&size=}, 50 unless asked, at most 200, an RFC 8288
 * {@code Link} header to the first, previous and next pages, and a 400 naming each bad parameter. Each listing holds
 * at least three items of this test's own, so its first pages are never empty, whatever other tests left behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PagingIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    /** The listings, each with someone who may read it. */
    static Stream<String[]> listings() {
        return Stream.of(
                new String[] {"olivia", "/api/sig-proposals"},
                new String[] {"olivia", "/api/project-proposals"},
                new String[] {"olivia", "/api/partner-applications"},
                new String[] {"olivia", "/api/sigs"},
                new String[] {"olivia", "/api/projects"},
                new String[] {"olivia", "/api/partners"},
                new String[] {"olivia", "/api/tasks"},
                new String[] {"admin", "/api/admin/notifications"});
    }

    /** The listings that also filter by {@code ?status=}. */
    static Stream<String> filtered() {
        return Stream.of("/api/sig-proposals", "/api/project-proposals", "/api/partner-applications", "/api/partners",
                "/api/admin/notifications");
    }

    /** The items are made once for the whole class: every test only reads. */
    private static boolean seeded;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void threeOfEach() {
        if (seeded) {
            return;
        }
        seeded = true;
        String sponsor = "sig-paging-" + System.nanoTime() % 1_000_000;
        directorySig(sponsor);
        for (int i = 0; i < 3; i++) {
            String suffix = System.nanoTime() % 1_000_000 + "-" + i;
            submit(uniqueName("paging"));
            expectCreated(api.as("paul").post("/api/project-proposals",
                    ProjectProposalBodies.valid("paging-" + suffix, sponsor)));
            expectCreated(api.as("rita").post("/api/partner-applications",
                    PartnerApplicationBodies.valid("Paging " + suffix + " Systems")));
            directorySig("sig-paging-" + suffix);
            directoryProject("paging-listed-" + suffix, sponsor);
            directoryPartner("Paging Listed " + suffix);
        }
    }

    @ParameterizedTest
    @MethodSource("listings")
    void pagesFollowEachOtherByTheirLinksWithoutGapsOrRepeats(String reader, String listing) {
        Api.Answer first = read(reader, listing + "?size=2");
        assertThat(first.list()).as("%s", first).hasSize(2);
        assertThat(first.link("first")).isEqualTo(listing + "?page=1&size=2");
        assertThat(first.link("prev")).as("no page before the first").isNull();
        assertThat(first.link("next")).isEqualTo(listing + "?page=2&size=2");

        Api.Answer second = read(reader, first.link("next"));
        assertThat(second.list()).isNotEmpty();
        assertThat(second.link("prev")).isEqualTo(listing + "?page=1&size=2");
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));

        Api.Answer threeAtOnce = read(reader, listing + "?size=3");
        List<String> oneByOne = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            oneByOne.addAll(ids(read(reader, listing + "?page=" + page + "&size=1")));
        }
        assertThat(oneByOne).as("three pages of one are the page of three").isEqualTo(ids(threeAtOnce));
    }

    @ParameterizedTest
    @MethodSource("listings")
    void aListingIsFiftyItemsUnlessAskedAndNeverMoreThanTwoHundred(String reader, String listing) {
        Api.Answer plain = read(reader, listing);
        assertThat(plain.list()).hasSizeBetween(3, PageRequest.DEFAULT_SIZE);
        assertThat(plain.link("first")).isEqualTo(listing + "?page=1&size=50");
        assertThat(plain.json().isArray()).as("the body stays a JSON array").isTrue();

        Api.Answer largest = read(reader, listing + "?size=200");
        assertThat(largest.list()).hasSizeBetween(3, PageRequest.MAX_SIZE);
        assertProblem(api.as(reader).get(listing + "?size=201"), 400, "invalid-input");
    }

    @ParameterizedTest
    @MethodSource("listings")
    void aPageBeyondTheLastIsEmptyAndLeadsBack(String reader, String listing) {
        Api.Answer beyond = read(reader, listing + "?page=100000&size=200");
        assertThat(beyond.list()).isEmpty();
        assertThat(beyond.link("next")).isNull();
        assertThat(beyond.link("prev")).isEqualTo(listing + "?page=99999&size=200");
    }

    @ParameterizedTest
    @MethodSource("listings")
    void badPagingIsRefusedNamingEachBadParameter(String reader, String listing) {
        Api.Answer both = api.as(reader).get(listing + "?page=0&size=1000");
        assertProblem(both, 400, "invalid-input");
        assertThat(both.errorFields()).containsExactly("page", "size");

        for (String page : List.of("-1", "abc", "1.5", "", "99999999999999999999", "10737419")) {
            Api.Answer refused = api.as(reader).get(listing + "?page=" + page);
            assertProblem(refused, 400, "invalid-input");
            assertThat(refused.errorFields()).as("page=%s", page).containsExactly("page");
        }
        Api.Answer noSize = api.as(reader).get(listing + "?size=0");
        assertThat(noSize.errorFields()).containsExactly("size");
    }

    @ParameterizedTest
    @MethodSource("filtered")
    void aBadFilterAndABadPageAreNamedTogether(String listing) {
        Api.Answer refused = api.as("admin").get(listing + "?status=NOPE&page=0&size=0");

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("page", "size", "status");
    }

    @Test
    void theFilterIsKeptInTheLinks() {
        Api.Answer triage = read("olivia", "/api/sig-proposals?status=TRIAGE&size=1");

        assertThat(triage.link("next")).isEqualTo("/api/sig-proposals?status=TRIAGE&page=2&size=1");
        assertThat(read("olivia", triage.link("next")).list()).extracting(p -> p.path("status").asText())
                .containsOnly("TRIAGE");
    }

    private Api.Answer read(String reader, String path) {
        Api.Answer answer = api.as(reader).get(path);
        assertThat(answer.status()).as("GET %s: %s", path, answer).isEqualTo(200);
        return answer;
    }

    /** What tells the items of a listing apart: ids, or the names of the directories' SIGs and projects. */
    private static List<String> ids(Api.Answer page) {
        return page.list().stream().map(item -> item.hasNonNull("id") ? item.path("id").asText()
                : item.path("name").asText()).toList();
    }

    private static void expectCreated(Api.Answer created) {
        assertThat(created.status()).as("%s", created).isEqualTo(201);
    }

    /** An ACTIVE SIG in the directory, as provisioning leaves it; how it got there is not what this test is about. */
    private void directorySig(String name) {
        jdbc.sql("""
                        insert into sig (name, name_key, display_name, mission, scope_in, chairs, tech_leads,
                                         security_contact, mailing_list, meeting_cadence, status, created_at,
                                         last_activity_at, proposal_id)
                        values (:name, :name, 'Paging', 'Pages', 'Listings', '["quinn"]', '[]', 'quinn',
                                :list, 'MONTHLY', 'ACTIVE', :now, :now, 'seeded')""")
                .param("name", name).param("list", name + "@lists.example.org")
                .param("now", Timestamp.from(Instant.now())).update();
    }

    private void directoryProject(String name, String sponsor) {
        jdbc.sql("""
                        insert into project (name, name_key, summary, repository_url, license, sponsor_sig, maintainers,
                                             status, accepted_at, proposal_id)
                        values (:name, :name, 'Paged', :repository, 'Apache-2.0', :sponsor, '["quinn"]', 'SANDBOX',
                                :now, 'seeded')""")
                .param("name", name).param("repository", "https://git.example.org/" + name).param("sponsor", sponsor)
                .param("now", Timestamp.from(Instant.now())).update();
    }

    private void directoryPartner(String company) {
        jdbc.sql("""
                        insert into partner (id, company, company_key, partner_type, website, products, contact_name,
                                             contact_email, applicant, application_id, status, listed_at,
                                             certificate_expires_at)
                        values (:id, :company, :key, 'ISV', 'https://partner.example', '[]', 'Contact',
                                'contact@partner.example', 'rita', 'seeded', 'LISTED', :now, :now)""")
                .param("id", "paging-" + System.nanoTime()).param("company", company)
                .param("key", company.toLowerCase(Locale.ROOT)).param("now", Timestamp.from(Instant.now())).update();
    }
}
