package org.openanolis.governance.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.system.Directory;
import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * The directory of accepted projects; onboarding lists each one as SANDBOX. Every move between stages is announced by
 * {@link ProjectStageChanged} in the transaction that makes it.
 */
@Service
@RequiredArgsConstructor
public class ProjectDirectory implements Directory<Project> {

    private final JdbcClient jdbc;
    private final JsonLists json;
    private final ApplicationEventPublisher events;

    /** One page of the listed projects, by name. */
    @Override
    public Page<Project> list(PageRequest page) {
        return Page.of(jdbc.sql("select * from project order by name, name_key limit :limit offset :offset")
                .param("limit", page.probe()).param("offset", page.offset())
                .query(this::toProject).list(), page);
    }

    @Override
    public Optional<Project> find(String name) {
        return jdbc.sql("select * from project where name_key = :k")
                .param("k", name.toLowerCase(Locale.ROOT)).query(this::toProject).optional();
    }

    /**
     * The accepted project enters the directory as SANDBOX; one that applied again after its archiving takes the
     * place of its archived entry, whose maturity log goes on.
     */
    void list(ProjectProposal p, Instant at) {
        ProjectProfile profile = p.getDetails();
        int reapplied = jdbc.sql("""
                update project set summary = :summary, repository_url = :repositoryUrl, license = :license,
                  sponsor_sig = :sponsorSig, maintainers = :maintainers, status = :status, accepted_at = :at,
                  proposal_id = :proposalId, sponsor_needed = false, origin_organization = :origin
                where name_key = :key and status = 'ARCHIVED'""")
                .params(profileParameters(p, at)).update();
        if (reapplied == 0) {
            jdbc.sql("""
                    insert into project (name, name_key, summary, repository_url, license, sponsor_sig, maintainers,
                      status, accepted_at, proposal_id, origin_organization)
                    values (:name, :key, :summary, :repositoryUrl, :license, :sponsorSig, :maintainers, :status, :at,
                      :proposalId, :origin)""")
                    .params(profileParameters(p, at)).update();
        }
        logStage(profile.name(), ProjectStage.SANDBOX, at, p.getId());
        events.publishEvent(new ProjectStageChanged(profile.name(), reapplied == 0 ? null : ProjectStage.ARCHIVED,
                ProjectStage.SANDBOX, p.getId()));
    }

    private Map<String, Object> profileParameters(ProjectProposal p, Instant at) {
        ProjectProfile profile = p.getDetails();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("name", profile.name());
        parameters.put("key", profile.name().toLowerCase(Locale.ROOT));
        parameters.put("summary", profile.summary());
        parameters.put("repositoryUrl", profile.repositoryUrl());
        parameters.put("license", profile.license());
        parameters.put("sponsorSig", profile.sponsorSig());
        parameters.put("maintainers", json.write(profile.maintainers()));
        parameters.put("status", ProjectStage.SANDBOX.name());
        parameters.put("at", Timestamp.from(at));
        parameters.put("proposalId", p.getId());
        parameters.put("origin", profile.originOrganization());
        return parameters;
    }

    /**
     * The name of the project going by this name in any case, unless ARCHIVED, its row locked until the transaction
     * ends: a change of its stage locks it first.
     */
    Optional<String> lockLive(String name) {
        return jdbc.sql("select name from project where name_key = :k and status <> 'ARCHIVED' for update")
                .param("k", name.toLowerCase(Locale.ROOT)).query(String.class).optional();
    }

    /** The project moves to this stage by the decision of {@code caseId}, and its maturity log records it. */
    void moveTo(String name, ProjectStage stage, Instant at, String caseId) {
        ProjectStage before = ProjectStage.valueOf(jdbc.sql("select status from project where name = :name")
                .param("name", name).query(String.class).single());
        jdbc.sql("update project set status = :stage where name = :name").param("stage", stage.name())
                .param("name", name).update();
        logStage(name, stage, at, caseId);
        events.publishEvent(new ProjectStageChanged(name, before, stage, caseId));
    }

    private void logStage(String name, ProjectStage stage, Instant at, String caseId) {
        jdbc.sql("insert into project_stage_log (project_name, stage, at, case_id) values (:name, :stage, :at, :caseId)")
                .param("name", name).param("stage", stage.name()).param("at", Timestamp.from(at))
                .param("caseId", caseId).update();
    }

    private Project toProject(ResultSet rs, int row) throws SQLException {
        return new Project(rs.getString("name"), rs.getString("summary"), rs.getString("repository_url"),
                rs.getString("license"), rs.getString("sponsor_sig"), json.read(rs.getString("maintainers")),
                ProjectStage.valueOf(rs.getString("status")), rs.getTimestamp("accepted_at").toInstant(),
                rs.getString("origin_organization"), rs.getBoolean("sponsor_needed"), maturityLog(rs.getString("name")));
    }

    private List<MaturityLogEntry> maturityLog(String name) {
        return jdbc.sql("select stage, at, case_id from project_stage_log where project_name = :name order by id")
                .param("name", name).query((rs, n) -> new MaturityLogEntry(ProjectStage.valueOf(rs.getString("stage")),
                        rs.getTimestamp("at").toInstant(), rs.getString("case_id"))).list();
    }

    /** The projects this SIG sponsors, by name. */
    List<Project> sponsoredBy(String sig) {
        return jdbc.sql("select * from project where sponsor_sig = :sig order by name").param("sig", sig)
                .query(this::toProject).list();
    }

    /** The project passes to another sponsoring SIG, which it no longer needs. */
    void changeSponsor(String project, String sig) {
        jdbc.sql("update project set sponsor_sig = :sig, sponsor_needed = false where name = :name")
                .param("sig", sig).param("name", project).update();
    }

    /** The project's sponsoring SIG retired without a successor. */
    void needSponsor(String project) {
        jdbc.sql("update project set sponsor_needed = true where name = :name").param("name", project).update();
    }
}
