package org.openanolis.governance.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.openanolis.governance.system.CaseTables;
import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case table written and read as every kind's is: a row inserted and updated whole, read by id, by id with a row
 * lock, a page at a time. The row is the case's header in the columns every case table has, and its details, a
 * record, in the columns named after its components ({@link DetailColumns}). A kind's repository declares its table
 * and adds its own queries. Table and column names are the feature's constants, never input; values always travel
 * as parameters.
 *
 * @param <C> the case
 * @param <S> its statuses
 * @param <D> what it is about
 */
public abstract class JdbcCaseStore<C extends CaseRecord<S, D>, S extends Enum<S> & CaseStatus, D extends CaseDetails>
        implements CaseStore<C> {

    protected final JdbcClient jdbc;
    /** For the lists a case keeps in a column. */
    protected final JsonLists json;
    private final CaseTable table;
    private final Class<S> statuses;
    private final DetailColumns<D> details;
    private final BiFunction<CaseHeader<S>, D, C> create;

    /**
     * @param table          the table's name
     * @param proposerColumn the column naming the person who opened the case
     * @param nameColumn     the column of the case's name; {@code <nameColumn>_key} keeps it for comparison
     * @param create         the case from its header and details, as read: its constructor
     */
    protected JdbcCaseStore(JdbcClient jdbc, JsonLists json, String table, String proposerColumn, String nameColumn,
                            Class<S> statuses, Class<D> details, BiFunction<CaseHeader<S>, D, C> create) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = CaseTable.of(table, proposerColumn, nameColumn, statuses);
        this.statuses = statuses;
        this.details = new DetailColumns<>(details, json);
        this.create = create;
    }

    /** The case in the current row of a {@code select *} of the table. */
    protected C read(ResultSet rs) throws SQLException {
        return create.apply(header(rs), details(rs));
    }

    /** The columns every case has, in the current row. */
    protected final CaseHeader<S> header(ResultSet rs) throws SQLException {
        return new CaseHeader<>(rs.getString("id"), rs.getString(table.proposerColumn()),
                Enum.valueOf(statuses, rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("process_instance_id"));
    }

    /** The case's details in the current row. */
    protected final D details(ResultSet rs) throws SQLException {
        return details.read(rs);
    }

    /** Columns the kind keeps beside the case's details, such as what its decision produced; none by default. */
    protected MapSqlParameterSource moreColumns(C c) {
        return new MapSqlParameterSource();
    }

    @Override
    public void insert(C c) {
        MapSqlParameterSource row = row(c);
        List<String> names = List.of(row.getParameterNames());
        jdbc.sql("insert into " + table.name() + " (" + String.join(", ", names) + ") values ("
                        + names.stream().map(name -> ":" + name).collect(Collectors.joining(", ")) + ")")
                .paramSource(row).update();
    }

    /** Writes every column that may change: all but the id, the proposer and the submission time. */
    @Override
    public void update(C c) {
        MapSqlParameterSource row = row(c);
        Set<String> fixed = Set.of("id", table.proposerColumn(), "submitted_at");
        jdbc.sql("update " + table.name() + " set " + Arrays.stream(row.getParameterNames())
                        .filter(name -> !fixed.contains(name)).map(name -> name + " = :" + name)
                        .collect(Collectors.joining(", ")) + " where id = :id")
                .paramSource(row).update();
    }

    @Override
    public CaseTable table() {
        return table;
    }

    @Override
    public Optional<C> find(String id) {
        return jdbc.sql("select * from " + table.name() + " where id = :id").param("id", id)
                .query((rs, row) -> read(rs)).optional();
    }

    @Override
    public Optional<C> lock(String id) {
        return jdbc.sql("select * from " + table.name() + " where id = :id for update").param("id", id)
                .query((rs, row) -> read(rs)).optional();
    }

    @Override
    public Page<C> page(String status, PageRequest page) {
        return CaseTables.page(jdbc, table.name(), status, page, (rs, row) -> read(rs));
    }

    /**
     * Whether an open case other than {@code exceptId} (none when null) goes by this name, compared without regard
     * to case: what keeps a name, or a company, to one open case at a time.
     */
    public boolean openCaseNamed(String name, String exceptId) {
        return jdbc.sql("select count(*) from " + table.name() + " where " + table.keyColumn()
                        + " = :key and status in (:open) and id <> :except")
                .param("key", keyOf(name)).param("open", table.openStatuses())
                .param("except", exceptId == null ? "" : exceptId)
                .query(Integer.class).single() > 0;
    }

    /** The open case of this name, the newest where a type allows more than one. */
    public Optional<C> findOpenNamed(String name) {
        return jdbc.sql("select * from " + table.name() + " where " + table.keyColumn()
                        + " = :key and status in (:open) order by submitted_at desc, id")
                .param("key", keyOf(name)).param("open", table.openStatuses())
                .query((rs, row) -> read(rs)).stream().findFirst();
    }

    private MapSqlParameterSource row(C c) {
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("id", c.getId()).addValue(table.proposerColumn(), c.getProposer())
                .addValue("status", c.getStatus().name())
                .addValue("submitted_at", Timestamp.from(c.getSubmittedAt()))
                .addValue("updated_at", Timestamp.from(c.getUpdatedAt()))
                .addValue("process_instance_id", c.getProcessInstanceId())
                .addValue(table.nameColumn(), c.caseName())
                .addValue(table.keyColumn(), keyOf(c.getDetails().caseKey()));
        return row.addValues(details.write(c.getDetails()).getValues()).addValues(moreColumns(c).getValues());
    }

    private static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
