package org.openanolis.governance.sig;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.system.Directory;
import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * The directory of SIGs, which other modules read (a project's sponsoring SIG, for one). A SIG is live while ACTIVE or
 * INACTIVE: it may change its leads, check in, sponsor projects and be retired; a RETIRED SIG stays listed with its
 * retirement, and its name stays taken. Every move between states is announced by {@link SigStatusChanged} in the
 * transaction that makes it.
 */
@Service
@RequiredArgsConstructor
public class SigDirectory implements Directory<Sig> {

    public static final String ACTIVE = SigState.ACTIVE.name();
    private static final String LIVE = "('ACTIVE', 'INACTIVE')";

    private final JdbcClient jdbc;
    private final JsonLists json;
    private final ApplicationEventPublisher events;

    /** One page of the live SIGs, by name; each SIG's repositories are read for the page's SIGs only. */
    @Override
    public Page<Sig> list(PageRequest page) {
        return list(null, page);
    }

    /** One page of the SIGs in this state, or of the live ones when it is null. */
    public Page<Sig> list(SigState state, PageRequest page) {
        return Page.of(jdbc.sql("select * from sig where status in " + (state == null ? LIVE : "(:state)")
                        + " order by name, name_key limit :limit offset :offset")
                .param("state", state == null ? "" : state.name())
                .param("limit", page.probe()).param("offset", page.offset())
                .query(this::toSig).list(), page);
    }

    /** Every live SIG's display name by its name, ordered by name: the choices of a form, in one query. */
    public Map<String, String> displayNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select name, display_name from sig where status in " + LIVE + " order by name, name_key")
                .query((RowCallbackHandler) rs -> names.put(rs.getString("name"), rs.getString("display_name")));
        return names;
    }

    /** The SIG of this name in any state, retired ones included: a name once taken stays taken. */
    @Override
    public Optional<Sig> find(String name) {
        return jdbc.sql("select * from sig where name_key = :k")
                .param("k", name.toLowerCase(Locale.ROOT)).query(this::toSig).optional();
    }

    /** Whether a SIG of this name is ACTIVE or INACTIVE: one that may sponsor, lead and be led. */
    public boolean isLive(String name) {
        return name != null && find(name).map(sig -> !SigState.RETIRED.name().equals(sig.status())).orElse(false);
    }

    /** The SIG owning a repository, if any; repository names are compared without regard to case. */
    public Optional<String> ownerOf(String repository) {
        return jdbc.sql("select sig_name from sig_repository where repository_key = :k")
                .param("k", repository.toLowerCase(Locale.ROOT)).query(String.class).optional();
    }

    void register(SigProposal p, Instant at) {
        SigCharter c = p.getDetails();
        jdbc.sql("""
                insert into sig (name, name_key, display_name, mission, scope_in, scope_out, chairs, tech_leads,
                  security_contact, mailing_list, meeting_cadence, status, created_at, last_activity_at, proposal_id,
                  meeting_weekday, meeting_time, meeting_time_zone, meeting_url, meetings_from)
                values (:name, :key, :displayName, :mission, :scopeIn, :scopeOut, :chairs, :techLeads,
                  :securityContact, :mailingList, :cadence, 'ACTIVE', :at, :at, :proposalId,
                  :weekday, :time, :timeZone, :url, :meetingsFrom)""")
                .param("name", c.name()).param("key", c.name().toLowerCase(Locale.ROOT))
                .param("displayName", c.displayName()).param("mission", c.mission())
                .param("scopeIn", c.scopeIn()).param("scopeOut", c.scopeOut())
                .param("chairs", json.write(c.chairs())).param("techLeads", json.write(c.techLeads()))
                .param("securityContact", c.securityContact()).param("mailingList", c.mailingList())
                .param("cadence", c.meetingCadence().name()).param("at", Timestamp.from(at))
                .param("proposalId", p.getId())
                .param("weekday", c.meetingWeekday() == null ? null : c.meetingWeekday().name())
                .param("time", c.meetingTime()).param("timeZone", c.meetingTimeZone()).param("url", c.meetingUrl())
                // The proposed schedule runs from the day the SIG is registered, as that day is where it meets.
                .param("meetingsFrom", c.meetingTimeZone() == null ? null
                        : java.sql.Date.valueOf(LocalDate.ofInstant(at, ZoneId.of(c.meetingTimeZone()))))
                .update();
        for (String repository : c.repositories()) {
            jdbc.sql("insert into sig_repository (repository_key, repository, sig_name) values (:k, :r, :s)")
                    .param("k", repository.toLowerCase(Locale.ROOT)).param("r", repository).param("s", c.name())
                    .update();
        }
        events.publishEvent(new SigStatusChanged(c.name(), null, SigState.ACTIVE));
    }

    /**
     * The name of the live SIG going by this name in any case, its row locked until the transaction ends: every
     * change of its leads or its state, and a check-in, locks it first, so two of them never both read what they
     * change.
     */
    Optional<String> lock(String name) {
        return jdbc.sql("select name from sig where name_key = :k and status in " + LIVE + " for update")
                .param("k", name.toLowerCase(Locale.ROOT)).query(String.class).optional();
    }

    /**
     * As {@link #lock}, for a name exactly as a person typed it: one that could not be a SIG's name (blank, too
     * long, with control characters) is not looked up at all, and the caller's validation reports it.
     */
    Optional<String> lockNamed(String typed) {
        return TextRules.singleLine("sig", typed, 40, true, new ArrayList<>()) ? lock(typed.strip()) : Optional.empty();
    }

    /** The leads of the SIG of this exact name. */
    Leads leadsOf(String name) {
        return jdbc.sql("select chairs, tech_leads from sig where name = :name").param("name", name)
                .query((rs, n) -> new Leads(json.read(rs.getString("chairs")), json.read(rs.getString("tech_leads"))))
                .single();
    }

    /** The SIG's leads become these; whoever left a role is kept as emeritus in it, ended at {@code at} by {@code by}. */
    void replaceLeads(String name, Leads before, Leads after, Instant at, String by) {
        jdbc.sql("update sig set chairs = :chairs, tech_leads = :techLeads where name = :name")
                .param("chairs", json.write(after.chairs())).param("techLeads", json.write(after.techLeads()))
                .param("name", name).update();
        before.chairs().stream().filter(id -> !after.chairs().contains(id))
                .forEach(id -> addEmeritus(name, id, EmeritusLead.CHAIR, at, by));
        before.techLeads().stream().filter(id -> !after.techLeads().contains(id))
                .forEach(id -> addEmeritus(name, id, EmeritusLead.TECH_LEAD, at, by));
    }

    /** Something the SIG did that shows it is alive: an INACTIVE SIG is ACTIVE again. */
    void recordActivity(String name, Instant at) {
        int revived = jdbc.sql("update sig set status = 'ACTIVE' where name = :name and status = 'INACTIVE'")
                .param("name", name).update();
        jdbc.sql("update sig set last_activity_at = case when last_activity_at < :at then :at"
                        + " else last_activity_at end where name = :name and status in " + LIVE)
                .param("at", Timestamp.from(at)).param("name", name).update();
        if (revived == 1) {
            events.publishEvent(new SigStatusChanged(name, SigState.INACTIVE, SigState.ACTIVE));
        }
    }

    /** The live SIGs whose last activity is before {@code before}, by name, in this state. */
    List<String> quietSince(Instant before, SigState state) {
        return jdbc.sql("select name from sig where status = :state and last_activity_at < :before order by name")
                .param("state", state.name()).param("before", Timestamp.from(before)).query(String.class).list();
    }

    /** The SIGs in this state, by name. */
    List<String> inState(SigState state) {
        return jdbc.sql("select name from sig where status = :state order by name").param("state", state.name())
                .query(String.class).list();
    }

    void markInactive(String name) {
        if (jdbc.sql("update sig set status = 'INACTIVE' where name = :name and status = 'ACTIVE'")
                .param("name", name).update() == 1) {
            events.publishEvent(new SigStatusChanged(name, SigState.ACTIVE, SigState.INACTIVE));
        }
    }

    /**
     * The SIG is RETIRED with its reason, date, successor and deciding case; its repositories pass to the successor,
     * or without one are released for other SIGs to own. Answers the repositories it had.
     */
    List<String> retire(String name, Retirement retirement) {
        List<String> repositories = jdbc.sql("select repository from sig_repository where sig_name = :s order by repository")
                .param("s", name).query(String.class).list();
        SigState before = SigState.valueOf(jdbc.sql("select status from sig where name = :name").param("name", name)
                .query(String.class).single());
        jdbc.sql("""
                        update sig set status = 'RETIRED', retired_at = :at, retirement_reason = :reason,
                          successor_sig = :successor, retired_by = :caseId
                        where name = :name""")
                .param("at", Timestamp.from(retirement.retiredAt())).param("reason", retirement.reason())
                .param("successor", retirement.successorSig()).param("caseId", retirement.caseId())
                .param("name", name).update();
        if (retirement.successorSig() == null) {
            jdbc.sql("delete from sig_repository where sig_name = :s").param("s", name).update();
        } else {
            jdbc.sql("update sig_repository set sig_name = :successor where sig_name = :s")
                    .param("successor", retirement.successorSig()).param("s", name).update();
        }
        events.publishEvent(new SigStatusChanged(name, before, SigState.RETIRED));
        return repositories;
    }

    private void addEmeritus(String sig, String person, String role, Instant at, String by) {
        jdbc.sql("""
                        insert into sig_emeritus_lead (sig_name, person_id, role, ended_at, ended_by)
                        values (:sig, :person, :role, :at, :by)""")
                .param("sig", sig).param("person", person).param("role", role).param("at", Timestamp.from(at))
                .param("by", by).update();
    }

    private Sig toSig(ResultSet rs, int row) throws SQLException {
        String name = rs.getString("name");
        List<String> repositories = jdbc.sql("select repository from sig_repository where sig_name = :s order by repository")
                .param("s", name).query(String.class).list();
        List<EmeritusLead> emeritus = jdbc.sql("""
                        select person_id, role, ended_at, ended_by from sig_emeritus_lead
                        where sig_name = :s order by id""")
                .param("s", name).query((e, n) -> new EmeritusLead(e.getString("person_id"), e.getString("role"),
                        e.getTimestamp("ended_at").toInstant(), e.getString("ended_by"))).list();
        return new Sig(name, rs.getString("display_name"), rs.getString("mission"), rs.getString("scope_in"),
                rs.getString("scope_out"), json.read(rs.getString("chairs")), json.read(rs.getString("tech_leads")),
                emeritus, rs.getString("mailing_list"), MeetingCadence.valueOf(rs.getString("meeting_cadence")),
                repositories, rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_activity_at").toInstant(), retirement(rs));
    }

    private static Retirement retirement(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("retired_at");
        // The health rule's reason is a coded message: read in the reader's language.
        String reason = TimelineComment.render(rs.getString("retirement_reason"));
        return at == null ? null : new Retirement(reason, at.toInstant(), rs.getString("successor_sig"),
                rs.getString("retired_by"));
    }
}
