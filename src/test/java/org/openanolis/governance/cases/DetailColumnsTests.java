package org.openanolis.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class DetailColumnsTests {

    enum Cadence { WEEKLY, MONTHLY }

    record Item(String name, int count) {
    }

    /** Package-private, as a feature may keep its details. */
    record Details(String name, String displayName, Cadence meetingCadence, List<String> techLeads,
                   List<Item> items, String scopeOut) implements CaseDetails {

        @Override
        public String caseName() {
            return name;
        }
    }

    private final DetailColumns<Details> columns = new DetailColumns<>(Details.class,
            new JsonLists(new ObjectMapper()));

    @Test
    void eachComponentIsTheColumnOfItsNameInSnakeCase() {
        MapSqlParameterSource row = columns.write(new Details("sig-x", "X", Cadence.WEEKLY, List.of("paul"),
                List.of(new Item("kernel", 2)), null));

        assertThat(row.getParameterNames()).containsExactly("name", "display_name", "meeting_cadence", "tech_leads",
                "items", "scope_out");
        assertThat(row.getValue("meeting_cadence")).isEqualTo("WEEKLY");
        assertThat(row.getValue("tech_leads")).isEqualTo("[\"paul\"]");
        assertThat(row.getValue("items")).isEqualTo("[{\"name\":\"kernel\",\"count\":2}]");
        assertThat(row.getValue("scope_out")).isNull();
    }

    @Test
    void aRowReadsBackAsTheDetailsThatWroteIt() throws Exception {
        Details written = new Details("sig-x", "X", Cadence.MONTHLY, List.of("paul", "rita"),
                List.of(new Item("kernel", 2), new Item("jdk", 0)), null);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:details")) {
            NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(
                    new SingleConnectionDataSource(connection, true));
            jdbc.getJdbcOperations().execute("create table details (name varchar(40), display_name varchar(40),"
                    + " meeting_cadence varchar(20), tech_leads varchar(400), items varchar(400), scope_out varchar(40))");
            jdbc.update("insert into details values (:name, :display_name, :meeting_cadence, :tech_leads, :items, "
                    + ":scope_out)", columns.write(written));

            Details read = jdbc.query("select * from details", (ResultSet rs, int n) -> columns.read(rs)).get(0);

            assertThat(read).isEqualTo(written);
        }
    }

    @Test
    void onlyARecordCanBeDetails() {
        assertThatThrownBy(() -> new DetailColumns<>(NotARecord.class, new JsonLists(new ObjectMapper())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no record");
    }

    static final class NotARecord implements CaseDetails {

        @Override
        public String caseName() {
            return "";
        }
    }
}
