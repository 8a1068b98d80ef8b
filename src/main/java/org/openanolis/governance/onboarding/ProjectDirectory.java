package org.openanolis.governance.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openanolis.governance.system.Directory;
import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/** The directory of accepted projects; onboarding lists each one as SANDBOX. */
@Service
@RequiredArgsConstructor
public class ProjectDirectory implements Directory<Project> {

    private final JdbcClient jdbc;
    private final JsonLists json;

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

    void list(ProjectProposal p, Instant at) {
        ProjectProfile profile = p.getDetails();
        jdbc.sql("""
                insert into project (name, name_key, summary, repository_url, license, sponsor_sig, maintainers,
                  status, accepted_at, proposal_id)
                values (:name, :key, :summary, :repositoryUrl, :license, :sponsorSig, :maintainers, :status, :at,
                  :proposalId)""")
                .param("name", profile.name()).param("key", profile.name().toLowerCase(Locale.ROOT))
                .param("summary", profile.summary()).param("repositoryUrl", profile.repositoryUrl())
                .param("license", profile.license()).param("sponsorSig", profile.sponsorSig())
                .param("maintainers", json.write(profile.maintainers())).param("status", ProjectStage.SANDBOX.name())
                .param("at", Timestamp.from(at)).param("proposalId", p.getId())
                .update();
    }

    private Project toProject(ResultSet rs, int row) throws SQLException {
        return new Project(rs.getString("name"), rs.getString("summary"), rs.getString("repository_url"),
                rs.getString("license"), rs.getString("sponsor_sig"), json.read(rs.getString("maintainers")),
                ProjectStage.valueOf(rs.getString("status")), rs.getTimestamp("accepted_at").toInstant(),
                rs.getBoolean("sponsor_needed"));
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
