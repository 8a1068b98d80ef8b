package org.openanolis.governance.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.openanolis.governance.cases.CaseStore;
import org.openanolis.governance.system.CaseTables;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

@Repository
@RequiredArgsConstructor
class PartnerApplicationRepository implements CaseStore<PartnerApplication> {

    private static final List<String> OPEN = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::isOpen).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final ProductsJson json;

    @Override
    public void insert(PartnerApplication a) {
        jdbc.sql("""
                insert into partner_application (id, company, company_key, registration_id, country, website,
                  partner_type, contact_name, contact_email, agreement_version, products, applicant, status,
                  submitted_at, updated_at, process_instance_id, partner_id)
                values (:id, :company, :companyKey, :registrationId, :country, :website, :type, :contactName,
                  :contactEmail, :agreementVersion, :products, :applicant, :status, :submittedAt, :updatedAt,
                  :pid, :partnerId)""")
                .paramSource(params(a)).update();
    }

    @Override
    public void update(PartnerApplication a) {
        jdbc.sql("""
                update partner_application set company = :company, company_key = :companyKey,
                  registration_id = :registrationId, country = :country, website = :website, partner_type = :type,
                  contact_name = :contactName, contact_email = :contactEmail, agreement_version = :agreementVersion,
                  products = :products, status = :status, updated_at = :updatedAt, process_instance_id = :pid,
                  partner_id = :partnerId
                where id = :id""")
                .paramSource(params(a)).update();
    }

    @Override
    public Optional<PartnerApplication> find(String id) {
        return jdbc.sql("select * from partner_application where id = :id").param("id", id)
                .query(this::toApplication).optional();
    }

    /** Reads and row-locks an application, so that two transitions of one case never interleave. */
    @Override
    public Optional<PartnerApplication> lock(String id) {
        return jdbc.sql("select * from partner_application where id = :id for update").param("id", id)
                .query(this::toApplication).optional();
    }

    /** One page of the applications (all, or those in one status), the newest first. */
    Page<PartnerApplication> list(ApplicationStatus status, PageRequest page) {
        return CaseTables.page(jdbc, "partner_application", status == null ? null : status.name(), page,
                this::toApplication);
    }


    /** Whether another open application (not {@code exceptId}) names this company, in any case. */
    boolean openApplicationOf(String company, String exceptId) {
        return jdbc.sql("select count(*) from partner_application where company_key = :k and status in (:open) and id <> :except")
                .param("k", PartnerApplication.keyOf(company)).param("open", OPEN)
                .param("except", exceptId == null ? "" : exceptId)
                .query(Integer.class).single() > 0;
    }

    private MapSqlParameterSource params(PartnerApplication a) {
        return new MapSqlParameterSource()
                .addValue("id", a.getId()).addValue("company", a.getCompany()).addValue("companyKey", a.companyKey())
                .addValue("registrationId", a.getRegistrationId()).addValue("country", a.getCountry())
                .addValue("website", a.getWebsite()).addValue("type", a.getType().name())
                .addValue("contactName", a.getContactName()).addValue("contactEmail", a.getContactEmail())
                .addValue("agreementVersion", a.getAgreementVersion()).addValue("products", json.write(a.getProducts()))
                .addValue("applicant", a.getApplicant()).addValue("status", a.getStatus().name())
                .addValue("submittedAt", Timestamp.from(a.getSubmittedAt()))
                .addValue("updatedAt", Timestamp.from(a.getUpdatedAt())).addValue("pid", a.getProcessInstanceId())
                .addValue("partnerId", a.getPartnerId());
    }

    private PartnerApplication toApplication(ResultSet rs, int row) throws SQLException {
        return new PartnerApplication(rs.getString("id"), rs.getString("company"), rs.getString("registration_id"),
                rs.getString("country"), rs.getString("website"), PartnerType.valueOf(rs.getString("partner_type")),
                rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("agreement_version"),
                json.read(rs.getString("products")), rs.getString("applicant"),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("process_instance_id"),
                rs.getString("partner_id"));
    }
}
