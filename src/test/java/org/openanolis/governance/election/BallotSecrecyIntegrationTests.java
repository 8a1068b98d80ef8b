package org.openanolis.governance.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.ElectionDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * DOMAIN.md "Ballots are secret: the stored ballot carries no voter id", tried as someone who can read the whole
 * database and the logs after an election: every table (the engine's included) and every line logged while it ran
 * are searched for anything that leads from a voter to a ballot. A ballot row holds only its receipt's hash and its
 * ranking; the receipts the voters were shown are nowhere; a ballot's hash, and the "has voted" record's hash of the
 * same receipt, are each in their own table only, so no join or lookup connects them.
 */
@GovernanceTest
@ExtendWith(OutputCaptureExtension.class)
class BallotSecrecyIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private ElectionDriver driver;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void noTableNorLogLeadsFromAVoterToTheirBallot(CapturedOutput log) {
        String id = driver.nominating(uniqueName("Secret election"), 1);
        driver.candidate(id, "paul", List.of("bob", "carol", "dave"));
        driver.candidate(id, "quinn", List.of("carol", "dave", "erin"));
        driver.openVoting(id);
        // Each voter ranks differently, so that a ballot's content alone would name its voter.
        Map<String, Map<String, Integer>> rankings = new LinkedHashMap<>();
        rankings.put("bob", Map.of("paul", 1));
        rankings.put("carol", Map.of("quinn", 1));
        rankings.put("dave", Map.of("paul", 1, "quinn", 2));
        rankings.put("erin", Map.of("quinn", 1, "paul", 2));
        rankings.put("grace", Map.of("paul", 1, "quinn", 1));
        List<String> receipts = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        rankings.forEach((voter, ranks) -> {
            Api.Answer cast = api.as(voter).post("/api/elections/" + id + "/ballots", Map.of("ranks", ranks));
            assertThat(cast.status()).as("%s", cast).isEqualTo(201);
            receipts.add(cast.field("receipt"));
            hashes.add(cast.field("receiptHash"));
        });
        Map<String, Object> again = new HashMap<>();
        again.put("ranks", Map.of("quinn", 1, "paul", 2));
        again.put("receipt", receipts.get(0));
        Api.Answer recast = api.as("bob").post("/api/elections/" + id + "/ballots", again);
        receipts.add(recast.field("receipt"));
        hashes.add(recast.field("receiptHash"));
        driver.closeVoting(id);
        complete(ElectionDriver.OFFICER, taskId(ElectionDriver.OFFICER, id, "ELECTION_CERTIFICATION"), "CERTIFY", null);

        assertThat(columnsOf("ELECTION_BALLOT")).as("a ballot: no voter, no time, no order of casting")
                .containsExactlyInAnyOrder("ELECTION_ID", "RECEIPT_HASH", "RANKING");
        assertThat(columnsOf("ELECTION_PARTICIPATION")).as("who voted: no ballot, no time")
                .containsExactlyInAnyOrder("ELECTION_ID", "PERSON_KEY", "RECEIPT_CHECK");
        List<String> checks = jdbc.sql("select receipt_check from election_participation where election_id = :id")
                .param("id", id).query(String.class).list();
        assertThat(checks).hasSize(5);
        List<String> counted = jdbc.sql("select receipt_hash from election_ballot where election_id = :id")
                .param("id", id).query(String.class).list();
        assertThat(counted).hasSize(5).contains(hashes.get(5)).doesNotContain(hashes.get(0));

        Map<String, List<String>> cells = everyCellByTable();
        for (String receipt : receipts) {
            String code = receipt.replace("-", "");
            assertThat(tablesHolding(cells, receipt)).as("a receipt is never stored").isEmpty();
            assertThat(tablesHolding(cells, code)).as("nor its code").isEmpty();
            assertThat(log.getAll()).as("nor logged").doesNotContain(receipt).doesNotContain(code);
        }
        for (String hash : counted) {
            assertThat(tablesHolding(cells, hash)).as("a ballot's hash is in the ballots only")
                    .containsExactly("ELECTION_BALLOT");
            assertThat(log.getAll()).doesNotContain(hash);
        }
        for (String check : checks) {
            assertThat(tablesHolding(cells, check)).as("the has-voted record's hash is in its own table only")
                    .containsExactly("ELECTION_PARTICIPATION");
            assertThat(log.getAll()).doesNotContain(check);
        }
        for (String ranking : jdbc.sql("select ranking from election_ballot where election_id = :id")
                .param("id", id).query(String.class).list()) {
            assertThat(tablesHolding(cells, ranking)).as("a ranking is in its ballot only")
                    .containsExactly("ELECTION_BALLOT");
        }
    }

    private List<String> columnsOf(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_schema = 'PUBLIC'"
                        + " and table_name = :table").param("table", table).query(String.class).list();
    }

    /** Every value of every row of every table, as text, by table. */
    private Map<String, List<String>> everyCellByTable() {
        Map<String, List<String>> cells = new LinkedHashMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                + " and table_type = 'BASE TABLE'").query(String.class).list()) {
            List<String> values = new ArrayList<>();
            // The table's name comes from the database's own catalogue, never from input.
            for (Map<String, Object> row : jdbc.sql("select * from \"" + table + "\"").query().listOfRows()) {
                row.values().forEach(value -> values.add(text(value)));
            }
            cells.put(table, values);
        }
        assertThat(cells).containsKeys("ELECTION_BALLOT", "ELECTION_PARTICIPATION", "ACT_HI_VARINST",
                "ACT_RU_VARIABLE", "ACT_GE_BYTEARRAY", "CASE_EVENT", "NOTIFICATION");
        return cells;
    }

    private static Set<String> tablesHolding(Map<String, List<String>> cells, String needle) {
        Set<String> tables = new TreeSet<>();
        cells.forEach((table, values) -> {
            if (values.stream().anyMatch(value -> value.contains(needle))) {
                tables.add(table);
            }
        });
        return tables;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value.toString();
    }
}
