package org.openanolis.governance.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/** The directory of accepted projects; onboarding lists each one as SANDBOX. */
@Service
@RequiredArgsConstructor
public class ProjectDirectory {

    private final JdbcClient jdbc;
    private final JsonLists json;

    /** One page of the listed projects, by name. */
    public Page<Project> list(PageRequest page) {
        return Page.of(jdbc.sql("select * from project order by name, name_key limit :limit offset :offset")
                .param("limit", page.probe()).param("offset", page.offset())
                .query(this::toProject).list(), page);
    }

    public Optional<Project> find(String name) {
        return jdbc.sql("select * from project where name_key = :k")
                .param("k", name.toLowerCase(Locale.ROOT)).query(this::toProject).optional();
    }

    public boolean isListed(String name) {
        return name != null && find(name).isPresent();
    }

    void list(ProjectProposal p, Instant at) {
        jdbc.sql("""
                insert into project (name, name_key, summary, repository_url, license, sponsor_sig, maintainers,
                  status, accepted_at, proposal_id)
                values (:name, :key, :summary, :repositoryUrl, :license, :sponsorSig, :maintainers, :status, :at,
                  :proposalId)""")
                .param("name", p.getName()).param("key", p.getName().toLowerCase(Locale.ROOT))
                .param("summary", p.getSummary()).param("repositoryUrl", p.getRepositoryUrl())
                .param("license", p.getLicense()).param("sponsorSig", p.getSponsorSig())
                .param("maintainers", json.write(p.getMaintainers())).param("status", ProjectStage.SANDBOX.name())
                .param("at", Timestamp.from(at)).param("proposalId", p.getId())
                .update();
    }

    private Project toProject(ResultSet rs, int row) throws SQLException {
        return new Project(rs.getString("name"), rs.getString("summary"), rs.getString("repository_url"),
                rs.getString("license"), rs.getString("sponsor_sig"), json.read(rs.getString("maintainers")),
                ProjectStage.valueOf(rs.getString("status")), rs.getTimestamp("accepted_at").toInstant());
    }
}
