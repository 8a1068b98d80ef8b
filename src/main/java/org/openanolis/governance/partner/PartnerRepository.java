package org.openanolis.governance.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

@Repository
@RequiredArgsConstructor
class PartnerRepository {

    private final JdbcClient jdbc;
    private final JsonLists json;

    void insert(Partner p) {
        jdbc.sql("""
                insert into partner (id, company, company_key, partner_type, website, products, contact_name,
                  contact_email, applicant, application_id, status, listed_at, certificate_expires_at,
                  certificate_process_id, revocation_reason, revocation_requested_by, revocation_requested_at,
                  revocation_status, revocation_process_id)
                values (:id, :company, :companyKey, :type, :website, :products, :contactName, :contactEmail,
                  :applicant, :applicationId, :status, :listedAt, :expiresAt, :certificatePid, :reason,
                  :requestedBy, :requestedAt, :revocationStatus, :revocationPid)""")
                .paramSource(params(p)).update();
    }

    void update(Partner p) {
        jdbc.sql("""
                update partner set company = :company, company_key = :companyKey, partner_type = :type,
                  website = :website, products = :products, contact_name = :contactName,
                  contact_email = :contactEmail, applicant = :applicant, application_id = :applicationId,
                  status = :status, listed_at = :listedAt, certificate_expires_at = :expiresAt,
                  certificate_process_id = :certificatePid, revocation_reason = :reason,
                  revocation_requested_by = :requestedBy, revocation_requested_at = :requestedAt,
                  revocation_status = :revocationStatus, revocation_process_id = :revocationPid
                where id = :id""")
                .paramSource(params(p)).update();
    }

    Optional<Partner> find(String id) {
        return jdbc.sql("select * from partner where id = :id").param("id", id).query(this::toPartner).optional();
    }

    Optional<Partner> lock(String id) {
        return jdbc.sql("select * from partner where id = :id for update").param("id", id)
                .query(this::toPartner).optional();
    }

    Optional<Partner> lockByCompany(String company) {
        return jdbc.sql("select * from partner where company_key = :k for update")
                .param("k", PartnerProfile.keyOf(company)).query(this::toPartner).optional();
    }

    /** One page of the partners in this status, by company name. */
    Page<Partner> list(PartnerStatus status, PageRequest page) {
        return Page.of(jdbc.sql("select * from partner where status = :s order by company_key, id"
                        + " limit :limit offset :offset")
                .param("s", status.name())
                .param("limit", page.probe()).param("offset", page.offset())
                .query(this::toPartner).list(), page);
    }

    private MapSqlParameterSource params(Partner p) {
        return new MapSqlParameterSource()
                .addValue("id", p.getId()).addValue("company", p.getCompany()).addValue("companyKey", p.companyKey())
                .addValue("type", p.getType().name()).addValue("website", p.getWebsite())
                .addValue("products", json.write(p.getProducts())).addValue("contactName", p.getContactName())
                .addValue("contactEmail", p.getContactEmail()).addValue("applicant", p.getApplicant())
                .addValue("applicationId", p.getApplicationId()).addValue("status", p.getStatus().name())
                .addValue("listedAt", Timestamp.from(p.getListedAt()))
                .addValue("expiresAt", Timestamp.from(p.getCertificateExpiresAt()))
                .addValue("certificatePid", p.getCertificateProcessId()).addValue("reason", p.getRevocationReason())
                .addValue("requestedBy", p.getRevocationRequestedBy())
                .addValue("requestedAt", timestamp(p.getRevocationRequestedAt()))
                .addValue("revocationStatus", p.getRevocationStatus() == null ? null : p.getRevocationStatus().name())
                .addValue("revocationPid", p.getRevocationProcessId());
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private Partner toPartner(ResultSet rs, int row) throws SQLException {
        Timestamp requestedAt = rs.getTimestamp("revocation_requested_at");
        String revocationStatus = rs.getString("revocation_status");
        return new Partner(rs.getString("id"), rs.getString("company"), PartnerType.valueOf(rs.getString("partner_type")),
                rs.getString("website"), json.read(rs.getString("products"), Product.class), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("applicant"), rs.getString("application_id"),
                PartnerStatus.valueOf(rs.getString("status")), rs.getTimestamp("listed_at").toInstant(),
                rs.getTimestamp("certificate_expires_at").toInstant(), rs.getString("certificate_process_id"),
                rs.getString("revocation_reason"), rs.getString("revocation_requested_by"),
                requestedAt == null ? null : requestedAt.toInstant(),
                revocationStatus == null ? null : RevocationStatus.valueOf(revocationStatus),
                rs.getString("revocation_process_id"));
    }
}
