package org.openanolis.governance.sig;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.timeline.Timeline;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers what the record says of a SIG over a period, for its annual report: read once, when the report opens, so
 * the report keeps the facts as they were. Each list is cut at {@link #MOST} entries, the latest kept.
 */
@Component
class ReportFactsReader {

    private static final int MOST = 200;

    private final JdbcClient jdbc;
    private final JsonLists json;
    private final SigDirectory directory;
    private final Timeline timeline;
    private final ObjectProvider<SponsoredProjectFacts> projects;

    ReportFactsReader(JdbcClient jdbc, JsonLists json, SigDirectory directory, Timeline timeline,
                      ObjectProvider<SponsoredProjectFacts> projects) {
        this.jdbc = jdbc;
        this.json = json;
        this.directory = directory;
        this.timeline = timeline;
        this.projects = projects;
    }

    ReportFacts read(String sigName, Instant from, Instant to) {
        Sig sig = directory.find(sigName).orElseThrow();
        List<ReportFacts.LeadFact> removed = sig.emeritusLeads().stream()
                .filter(e -> within(e.endedAt(), from, to))
                .map(e -> new ReportFacts.LeadFact(e.person(), e.role(), e.endedAt())).toList();
        List<ReportFacts.ProjectFact> sponsored = Optional.ofNullable(projects.getIfAvailable())
                .map(p -> p.sponsoredBy(sigName, from, to)).orElse(List.of());
        List<ReportFacts.ActivityFact> activity = timeline.of(SigCaseType.SIG.key(), sigName).stream()
                .filter(e -> within(e.at(), from, to))
                .map(e -> new ReportFacts.ActivityFact(e.at(), e.event(), e.actor(), e.comment())).toList();
        return new ReportFacts(from, to, sig.chairs(), sig.techLeads(), sig.repositories(),
                latest(leadsAdded(sigName, from, to)), latest(removed), latest(sponsored), latest(cases(sigName, from, to)),
                latest(activity));
    }

    /** The people the approved leadership changes of the period added, in the role each was added to. */
    private List<ReportFacts.LeadFact> leadsAdded(String sig, Instant from, Instant to) {
        List<ReportFacts.LeadFact> added = new ArrayList<>();
        jdbc.sql("""
                        select add_chairs, add_tech_leads, updated_at from sig_leadership_change
                        where sig = :sig and status = 'APPROVED' and updated_at >= :from and updated_at < :to
                        order by updated_at""")
                .param("sig", sig).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(rs -> {
                    Instant at = rs.getTimestamp("updated_at").toInstant();
                    json.read(rs.getString("add_chairs")).forEach(p -> added.add(
                            new ReportFacts.LeadFact(p, EmeritusLead.CHAIR, at)));
                    json.read(rs.getString("add_tech_leads")).forEach(p -> added.add(
                            new ReportFacts.LeadFact(p, EmeritusLead.TECH_LEAD, at)));
                });
        return added;
    }

    /** The SIG's own cases opened in the period: its leadership changes and retirements. */
    private List<ReportFacts.CaseFact> cases(String sig, Instant from, Instant to) {
        return jdbc.sql("""
                        select 'Leadership change' as type, id, title, status, submitted_at from sig_leadership_change
                        where sig = :sig and submitted_at >= :from and submitted_at < :to
                        union all
                        select 'Retirement' as type, id, title, status, submitted_at from sig_retirement
                        where sig = :sig and submitted_at >= :from and submitted_at < :to
                        order by submitted_at""")
                .param("sig", sig).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new ReportFacts.CaseFact(rs.getString("type"), rs.getString("id"),
                        rs.getString("title"), rs.getString("status"), rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    private static <T> List<T> latest(List<T> all) {
        return all.size() <= MOST ? all : List.copyOf(all.subList(all.size() - MOST, all.size()));
    }
}
