package org.openanolis.governance.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
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
class ProjectProposalRepository implements CaseStore<ProjectProposal> {

    private static final List<String> OPEN = Arrays.stream(ProjectProposalStatus.values())
            .filter(ProjectProposalStatus::isOpen).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final JsonLists json;

    @Override
    public void insert(ProjectProposal p) {
        jdbc.sql("""
                insert into project_proposal (id, name, name_key, summary, description, repository_url, website,
                  license, sponsor_sig, maintainers, security_contact, code_of_conduct_url, origin_organization,
                  proposer, status, submitted_at, updated_at, process_instance_id)
                values (:id, :name, :nameKey, :summary, :description, :repositoryUrl, :website, :license,
                  :sponsorSig, :maintainers, :securityContact, :codeOfConductUrl, :originOrganization, :proposer,
                  :status, :submittedAt, :updatedAt, :pid)""")
                .paramSource(params(p)).update();
    }

    /** Only the status and the process move after submission; the proposal's content is fixed. */
    @Override
    public void update(ProjectProposal p) {
        jdbc.sql("update project_proposal set status = :status, updated_at = :updatedAt, process_instance_id = :pid where id = :id")
                .paramSource(params(p)).update();
    }

    @Override
    public Optional<ProjectProposal> find(String id) {
        return jdbc.sql("select * from project_proposal where id = :id").param("id", id).query(this::toProposal).optional();
    }

    /** Reads and row-locks a proposal, so that two transitions of one case never interleave. */
    @Override
    public Optional<ProjectProposal> lock(String id) {
        return jdbc.sql("select * from project_proposal where id = :id for update").param("id", id)
                .query(this::toProposal).optional();
    }

    /** One page of the proposals (all, or those in one status), the newest first. */
    Page<ProjectProposal> list(ProjectProposalStatus status, PageRequest page) {
        return CaseTables.page(jdbc, "project_proposal", status == null ? null : status.name(), page, this::toProposal);
    }

    /** Every proposal this person made, the newest first. */
    List<ProjectProposal> proposedBy(String proposer) {
        return CaseTables.byPerson(jdbc, "project_proposal", "proposer", proposer, this::toProposal);
    }

    /** Whether an open proposal already uses this name, in any case. */
    boolean openProposalNamed(String name) {
        return jdbc.sql("select count(*) from project_proposal where name_key = :k and status in (:open)")
                .param("k", name.toLowerCase(Locale.ROOT)).param("open", OPEN)
                .query(Integer.class).single() > 0;
    }

    private MapSqlParameterSource params(ProjectProposal p) {
        return new MapSqlParameterSource()
                .addValue("id", p.getId()).addValue("name", p.getName())
                .addValue("nameKey", p.getName().toLowerCase(Locale.ROOT)).addValue("summary", p.getSummary())
                .addValue("description", p.getDescription()).addValue("repositoryUrl", p.getRepositoryUrl())
                .addValue("website", p.getWebsite()).addValue("license", p.getLicense())
                .addValue("sponsorSig", p.getSponsorSig()).addValue("maintainers", json.write(p.getMaintainers()))
                .addValue("securityContact", p.getSecurityContact()).addValue("codeOfConductUrl", p.getCodeOfConductUrl())
                .addValue("originOrganization", p.getOriginOrganization()).addValue("proposer", p.getProposer())
                .addValue("status", p.getStatus().name()).addValue("submittedAt", Timestamp.from(p.getSubmittedAt()))
                .addValue("updatedAt", Timestamp.from(p.getUpdatedAt())).addValue("pid", p.getProcessInstanceId());
    }

    private ProjectProposal toProposal(ResultSet rs, int row) throws SQLException {
        return new ProjectProposal(rs.getString("id"), rs.getString("name"), rs.getString("summary"),
                rs.getString("description"), rs.getString("repository_url"), rs.getString("website"),
                rs.getString("license"), rs.getString("sponsor_sig"), json.read(rs.getString("maintainers")),
                rs.getString("security_contact"), rs.getString("code_of_conduct_url"),
                rs.getString("origin_organization"), rs.getString("proposer"),
                ProjectProposalStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("process_instance_id"));
    }
}
