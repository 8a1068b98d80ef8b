package org.openanolis.governance.partner.web;

import java.util.ArrayList;
import java.util.List;

import org.openanolis.governance.partner.PartnerApplicationForm;
import org.openanolis.governance.partner.PartnerProfile;
import org.openanolis.governance.partner.Product;
import org.openanolis.governance.system.FieldProblem;

import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * The partner application form of the portal exactly as typed, with its product rows. Empty rows are kept on
 * the page (so a refused form looks as it was) but are no products.
 */
@Getter
@Setter
@NoArgsConstructor
@AllArgsConstructor(access = AccessLevel.PRIVATE)
public class PartnerApplicationInput {

    /** How many empty product rows a new form offers; "Add a product" adds one more. */
    static final int FIRST_ROWS = 2;

    private String company;
    private String registrationId;
    private String country;
    private String website;
    private String type;
    private String contactName;
    private String contactEmail;
    private String agreementVersion;
    private List<ProductRow> products = new ArrayList<>();

    static PartnerApplicationInput empty() {
        PartnerApplicationInput input = new PartnerApplicationInput();
        for (int i = 0; i < FIRST_ROWS; i++) {
            input.addRow();
        }
        return input;
    }

    /** The current values of an application, for its revision, with one empty row for another product. */
    static PartnerApplicationInput of(PartnerProfile profile) {
        PartnerApplicationInput input = new PartnerApplicationInput(profile.company(), profile.registrationId(),
                profile.country(), profile.website(), profile.partnerType().name(), profile.contactName(),
                profile.contactEmail(), profile.agreementVersion(),
                new ArrayList<>(profile.products().stream().map(ProductRow::of).toList()));
        input.addRow();
        return input;
    }

    void addRow() {
        products.add(new ProductRow());
    }

    /**
     * The application as the service takes it. The rows that are products are remembered, so the service's
     * {@code products[1]} can be shown on the row it came from; a count that is no whole number is a problem
     * of its own and goes to the service as missing, which the service always refuses.
     */
    Converted convert() {
        List<Product> list = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            ProductRow row = products.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String field = "products[" + i + "].";
            Product.TestReport report = new Product.TestReport(count(row.getPassed(), field + "passed", problems),
                    count(row.getFailed(), field + "failed", problems),
                    count(row.getPending(), field + "pending", problems));
            list.add(new Product(row.getName(), row.getVersion(), row.getArch(), row.getBaseRelease(), report));
            rows.add(i);
        }
        PartnerApplicationForm form = new PartnerApplicationForm(company, registrationId, country, website, type,
                contactName, contactEmail, agreementVersion, list);
        return new Converted(form, rows, problems);
    }

    /** What {@link #convert()} makes of the form: the service's form, each product's row, the unreadable counts. */
    record Converted(PartnerApplicationForm form, List<Integer> rows, List<FieldProblem> unreadable) {
    }

    private static Integer count(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "whole-number-only"));
            return null;
        }
    }
}
