package org.openanolis.governance.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.TextRules;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Checks a whole application at once (DOMAIN.md, Process 3, "Fields") and reports every invalid field.
 * Format problems (400) and a clash with another open application of the same company (409) are kept apart.
 * The supported base releases and the test results are not checked here: they are the technical
 * verification's business, where the reviewer can ask for changes.
 */
@Component
@RequiredArgsConstructor
class PartnerApplicationValidator {

    static final Set<String> ARCHITECTURES = Set.of("x86_64", "aarch64", "loongarch64", "riscv64");
    private static final int MAX_PRODUCTS = 50;

    private final PartnerApplicationRepository applications;
    private final GovernanceProperties properties;

    FormVerdict check(PartnerApplicationForm form, String exceptApplicationId) {
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> clashes = new ArrayList<>();
        if (TextRules.singleLine("company", form.company(), 120, true, invalid)
                && applications.openCaseNamed(form.company(), exceptApplicationId)) {
            clashes.add(FieldProblem.of("company", "open-partner-application"));
        }
        TextRules.singleLine("registrationId", form.registrationId(), 64, true, invalid);
        TextRules.singleLine("country", form.country(), 60, true, invalid);
        if (TextRules.singleLine("website", form.website(), 300, true, invalid) && !isWebAddress(form.website())) {
            invalid.add(FieldProblem.of("website", "http-address"));
        }
        TextRules.oneOf("type", form.type(), PartnerType.class, invalid);
        TextRules.singleLine("contactName", form.contactName(), 100, true, invalid);
        if (TextRules.singleLine("contactEmail", form.contactEmail(), 320, true, invalid)
                && !TextRules.isEmailAddress(form.contactEmail())) {
            invalid.add(FieldProblem.of("contactEmail", "email"));
        }
        String current = properties.partner().agreementVersion();
        if (TextRules.singleLine("agreementVersion", form.agreementVersion(), 20, true, invalid)
                && !current.equals(form.agreementVersion().strip())) {
            invalid.add(FieldProblem.of("agreementVersion", "current-agreement", current));
        }
        checkProducts(form.products(), invalid);
        return new FormVerdict(invalid, clashes);
    }

    private static void checkProducts(List<Product> products, List<FieldProblem> invalid) {
        if (products == null || products.isEmpty()) {
            invalid.add(FieldProblem.of("products", "at-least-one-product"));
            return;
        }
        if (products.size() > MAX_PRODUCTS) {
            invalid.add(FieldProblem.of("products", "at-most-products", MAX_PRODUCTS));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < products.size(); i++) {
            String f = "products[" + i + "]";
            Product p = products.get(i);
            if (p == null) {
                invalid.add(FieldProblem.of(f, "required"));
                continue;
            }
            boolean named = TextRules.singleLine(f + ".name", p.name(), 100, true, invalid);
            boolean versioned = TextRules.singleLine(f + ".version", p.version(), 50, true, invalid);
            if (TextRules.singleLine(f + ".arch", p.arch(), 20, true, invalid) && !ARCHITECTURES.contains(p.arch())) {
                invalid.add(FieldProblem.of(f + ".arch", "architecture"));
            }
            TextRules.singleLine(f + ".baseRelease", p.baseRelease(), 40, true, invalid);
            checkReport(f + ".testReport", p.testReport(), invalid);
            if (named && versioned && p.arch() != null
                    && !seen.add((p.name() + "\u0000" + p.version() + "\u0000" + p.arch()).toLowerCase(Locale.ROOT))) {
                invalid.add(FieldProblem.of(f, "product-twice"));
            }
        }
    }

    private static void checkReport(String field, Product.TestReport report, List<FieldProblem> invalid) {
        if (report == null) {
            invalid.add(FieldProblem.of(field, "required"));
            return;
        }
        checkCount(field + ".passed", report.passed(), invalid);
        checkCount(field + ".failed", report.failed(), invalid);
        checkCount(field + ".pending", report.pending(), invalid);
    }

    private static void checkCount(String field, Integer count, List<FieldProblem> invalid) {
        if (count == null) {
            invalid.add(FieldProblem.of(field, "required"));
        } else if (count < 0) {
            invalid.add(FieldProblem.of(field, "not-negative"));
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
