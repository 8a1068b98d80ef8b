package org.openanolis.governance.partner;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.openanolis.governance.cases.JdbcCaseStore;
import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartnerApplicationRepository extends JdbcCaseStore<PartnerApplication, ApplicationStatus, PartnerProfile> {

    PartnerApplicationRepository(JdbcClient jdbc, JsonLists json) {
        super(jdbc, json, "partner_application", "applicant", "company", ApplicationStatus.class,
                PartnerProfile.class, (header, profile) -> new PartnerApplication(header, profile, null));
    }

    @Override
    protected PartnerApplication read(ResultSet rs) throws SQLException {
        return new PartnerApplication(header(rs), details(rs), rs.getString("partner_id"));
    }

    /** The partner the application listed, once it did. */
    @Override
    protected MapSqlParameterSource moreColumns(PartnerApplication a) {
        return new MapSqlParameterSource("partner_id", a.getPartnerId());
    }
}
