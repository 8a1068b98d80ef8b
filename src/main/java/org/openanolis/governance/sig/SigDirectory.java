package org.openanolis.governance.sig;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.system.Directory;
import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/** The directory of ACTIVE SIGs, which other modules read (a project's sponsoring SIG, for one). */
@Service
@RequiredArgsConstructor
public class SigDirectory implements Directory<Sig> {

    public static final String ACTIVE = "ACTIVE";

    private final JdbcClient jdbc;
    private final JsonLists json;

    /** One page of the active SIGs, by name; each SIG's repositories are read for the page's SIGs only. */
    @Override
    public Page<Sig> list(PageRequest page) {
        return Page.of(jdbc.sql("select * from sig where status = 'ACTIVE' order by name, name_key"
                        + " limit :limit offset :offset")
                .param("limit", page.probe()).param("offset", page.offset())
                .query(this::toSig).list(), page);
    }

    /** Every active SIG's display name by its name, ordered by name: the choices of a form, in one query. */
    public Map<String, String> displayNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select name, display_name from sig where status = 'ACTIVE' order by name, name_key")
                .query((RowCallbackHandler) rs -> names.put(rs.getString("name"), rs.getString("display_name")));
        return names;
    }

    @Override
    public Optional<Sig> find(String name) {
        return jdbc.sql("select * from sig where name_key = :k and status = 'ACTIVE'")
                .param("k", name.toLowerCase(Locale.ROOT)).query(this::toSig).optional();
    }

    /** The ACTIVE SIG owning a repository, if any; repository names are compared without regard to case. */
    public Optional<String> ownerOf(String repository) {
        return jdbc.sql("select r.sig_name from sig_repository r join sig s on s.name = r.sig_name "
                        + "where r.repository_key = :k and s.status = 'ACTIVE'")
                .param("k", repository.toLowerCase(Locale.ROOT)).query(String.class).optional();
    }

    void register(SigProposal p, Instant at) {
        SigCharter c = p.getDetails();
        jdbc.sql("""
                insert into sig (name, name_key, display_name, mission, scope_in, scope_out, chairs, tech_leads,
                  security_contact, mailing_list, meeting_cadence, status, created_at, proposal_id)
                values (:name, :key, :displayName, :mission, :scopeIn, :scopeOut, :chairs, :techLeads,
                  :securityContact, :mailingList, :cadence, 'ACTIVE', :at, :proposalId)""")
                .param("name", c.name()).param("key", c.name().toLowerCase(Locale.ROOT))
                .param("displayName", c.displayName()).param("mission", c.mission())
                .param("scopeIn", c.scopeIn()).param("scopeOut", c.scopeOut())
                .param("chairs", json.write(c.chairs())).param("techLeads", json.write(c.techLeads()))
                .param("securityContact", c.securityContact()).param("mailingList", c.mailingList())
                .param("cadence", c.meetingCadence().name()).param("at", Timestamp.from(at))
                .param("proposalId", p.getId())
                .update();
        for (String repository : c.repositories()) {
            jdbc.sql("insert into sig_repository (repository_key, repository, sig_name) values (:k, :r, :s)")
                    .param("k", repository.toLowerCase(Locale.ROOT)).param("r", repository).param("s", c.name())
                    .update();
        }
    }

    private Sig toSig(ResultSet rs, int row) throws SQLException {
        String name = rs.getString("name");
        List<String> repositories = jdbc.sql("select repository from sig_repository where sig_name = :s order by repository")
                .param("s", name).query(String.class).list();
        return new Sig(name, rs.getString("display_name"), rs.getString("mission"), rs.getString("scope_in"),
                rs.getString("scope_out"), json.read(rs.getString("chairs")), json.read(rs.getString("tech_leads")),
                rs.getString("mailing_list"), MeetingCadence.valueOf(rs.getString("meeting_cadence")), repositories,
                rs.getString("status"), rs.getTimestamp("created_at").toInstant());
    }
}
