package org.openanolis.governance.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Many open tasks quickly: the engine's runtime rows of the cases a database holds (executions, tasks, candidate
 * links, variables and their byte arrays) are copied {@code n} times with SQL, every id given a copy suffix, so each
 * copy is a whole process instance tree the engine could continue, exactly what the inbox query finds in
 * production. The people in a copy are other people: an assignee or candidate user {@code grace} becomes
 * {@code grace-c17} in copy 17, so ballots are spread over many members and nobody's own inbox grows. Candidate
 * groups stay as they are (a triage task copied is still community-ops'). Jobs and event subscriptions (the votes'
 * timers) are not copied: the inbox never reads them, and copied timers would fire during the benchmark.
 */
final class RuntimeCopies {

    /** Per table, the columns that hold a copied row's id, another copied row's id, or a person. */
    private static final Map<String, Set<String>> RENAMED = Map.of(
            "act_ge_bytearray", Set.of("id_", "root_proc_inst_id_"),
            "act_ru_execution", Set.of("id_", "root_proc_inst_id_", "proc_inst_id_", "parent_id_", "super_exec_",
                    "business_key_"),
            "act_ru_task", Set.of("id_", "execution_id_", "proc_inst_id_", "assignee_", "owner_"),
            "act_ru_identitylink", Set.of("id_", "task_id_", "user_id_"),
            "act_ru_variable", Set.of("id_", "execution_id_", "proc_inst_id_", "var_scope_", "task_id_",
                    "bytearray_id_"));

    /** Variables that name a person or the case: renamed like the columns above. */
    private static final String RENAMED_VARIABLES = "'voter', 'caseId', 'proposer'";

    /** Parents before children, for the foreign keys. */
    private static final List<String> ORDER = List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task",
            "act_ru_identitylink", "act_ru_variable");

    private RuntimeCopies() {
    }

    /**
     * Copies every running case of the database {@code copies} times; answers the open tasks now. The copies are
     * consistent by construction, so the foreign keys' row-by-row checks are left out (replica mode, as a restore
     * does): it makes 100,000 tasks a matter of seconds.
     */
    static int copy(DataSource database, int copies) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            for (String table : ORDER) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select column_name from information_schema.columns "
                        + "where table_schema = current_schema() and table_name = '" + table + "' order by ordinal_position")) {
                    while (rows.next()) {
                        columns.add(rows.getString(1));
                    }
                }
                String values = columns.stream().map(c -> expression(table, c)).collect(Collectors.joining(", "));
                String where = table.equals("act_ge_bytearray")
                        ? " where id_ in (select bytearray_id_ from act_ru_variable where bytearray_id_ is not null)" : "";
                statement.executeUpdate("insert into " + table + " (" + String.join(", ", columns) + ") select " + values
                        + " from " + table + " cross join generate_series(1, " + copies + ") as copy(n)" + where);
            }
            statement.execute("set session_replication_role = default");
            try (ResultSet count = statement.executeQuery("select count(*) from act_ru_task")) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    private static String expression(String table, String column) {
        if (RENAMED.get(table).contains(column)) {
            return column + " || '-c' || copy.n";
        }
        if (table.equals("act_ru_variable") && column.equals("text_")) {
            return "case when name_ in (" + RENAMED_VARIABLES + ") then text_ || '-c' || copy.n else text_ end";
        }
        if (table.equals("act_ru_task") && column.equals("create_time_")) {
            // Older than the originals, spread over the copies, as a backlog of open work would be.
            return "create_time_ - make_interval(mins => copy.n)";
        }
        return column;
    }
}
