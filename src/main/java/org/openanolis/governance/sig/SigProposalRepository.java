package org.openanolis.governance.sig;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openanolis.governance.cases.CaseStore;
import org.openanolis.governance.system.CaseTables;
import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

@Repository
@RequiredArgsConstructor
class SigProposalRepository implements CaseStore<SigProposal> {

    private static final List<String> OPEN = List.of("TRIAGE", "CHANGES_REQUESTED", "VOTING", "PROVISIONING", "NO_QUORUM");

    private final JdbcClient jdbc;
    private final JsonLists json;

    @Override
    public void insert(SigProposal p) {
        jdbc.sql("""
                insert into sig_proposal (id, name, name_key, display_name, mission, scope_in, scope_out, chairs,
                  tech_leads, security_contact, meeting_cadence, mailing_list, repositories, proposer, status,
                  submitted_at, updated_at, process_instance_id)
                values (:id, :name, :nameKey, :displayName, :mission, :scopeIn, :scopeOut, :chairs, :techLeads,
                  :securityContact, :meetingCadence, :mailingList, :repositories, :proposer, :status,
                  :submittedAt, :updatedAt, :pid)""")
                .paramSource(params(p)).update();
    }

    @Override
    public void update(SigProposal p) {
        jdbc.sql("""
                update sig_proposal set name = :name, name_key = :nameKey, display_name = :displayName,
                  mission = :mission, scope_in = :scopeIn, scope_out = :scopeOut, chairs = :chairs,
                  tech_leads = :techLeads, security_contact = :securityContact, meeting_cadence = :meetingCadence,
                  mailing_list = :mailingList, repositories = :repositories, status = :status,
                  updated_at = :updatedAt, process_instance_id = :pid
                where id = :id""")
                .paramSource(params(p)).update();
    }

    @Override
    public Optional<SigProposal> find(String id) {
        return jdbc.sql("select * from sig_proposal where id = :id").param("id", id).query(this::toProposal).optional();
    }

    @Override
    public Optional<SigProposal> lock(String id) {
        return jdbc.sql("select * from sig_proposal where id = :id for update").param("id", id)
                .query(this::toProposal).optional();
    }

    /**
     * Serializes checking a name and taking it, until the transaction ends: a name is unique among open
     * proposals, and nothing else stops two submissions of one name from both finding it free.
     */
    void lockNames() {
        jdbc.sql("select id from sig_name_lock where id = 1 for update").query(Integer.class).single();
    }

    /** One page of the proposals (all, or those in one status), the newest first. */
    Page<SigProposal> list(SigStatus status, PageRequest page) {
        return CaseTables.page(jdbc, "sig_proposal", status == null ? null : status.name(), page, this::toProposal);
    }


    /** Whether an open proposal other than {@code exceptId} already uses this name, in any case. */
    boolean openProposalNamed(String name, String exceptId) {
        return jdbc.sql("select count(*) from sig_proposal where name_key = :k and status in (:open) and id <> :except")
                .param("k", name.toLowerCase(Locale.ROOT)).param("open", OPEN)
                .param("except", exceptId == null ? "" : exceptId)
                .query(Integer.class).single() > 0;
    }

    private MapSqlParameterSource params(SigProposal p) {
        return new MapSqlParameterSource()
                .addValue("id", p.getId()).addValue("name", p.getName())
                .addValue("nameKey", p.getName().toLowerCase(Locale.ROOT)).addValue("displayName", p.getDisplayName())
                .addValue("mission", p.getMission()).addValue("scopeIn", p.getScopeIn())
                .addValue("scopeOut", p.getScopeOut()).addValue("chairs", json.write(p.getChairs()))
                .addValue("techLeads", json.write(p.getTechLeads())).addValue("securityContact", p.getSecurityContact())
                .addValue("meetingCadence", p.getMeetingCadence().name()).addValue("mailingList", p.getMailingList())
                .addValue("repositories", json.write(p.getRepositories())).addValue("proposer", p.getProposer())
                .addValue("status", p.getStatus().name()).addValue("submittedAt", Timestamp.from(p.getSubmittedAt()))
                .addValue("updatedAt", Timestamp.from(p.getUpdatedAt())).addValue("pid", p.getProcessInstanceId());
    }

    private SigProposal toProposal(ResultSet rs, int row) throws SQLException {
        return new SigProposal(rs.getString("id"), rs.getString("name"), rs.getString("display_name"),
                rs.getString("mission"), rs.getString("scope_in"), rs.getString("scope_out"),
                json.read(rs.getString("chairs")), json.read(rs.getString("tech_leads")),
                rs.getString("security_contact"), MeetingCadence.valueOf(rs.getString("meeting_cadence")),
                rs.getString("mailing_list"), json.read(rs.getString("repositories")), rs.getString("proposer"),
                SigStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("process_instance_id"));
    }
}
