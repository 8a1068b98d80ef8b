package org.openanolis.governance.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Request bodies of valid partner applications for {@code POST /api/partner-applications}. */
public final class PartnerApplicationBodies {

    private PartnerApplicationBodies() {
    }

    /** A valid OSV application for one product that passes every test on a supported release. */
    public static Map<String, Object> valid(String company) {
        return withFailedTests(company, 0);
    }

    /** The same with this many failed tests in the product's report: more than none fails technical verification. */
    public static Map<String, Object> withFailedTests(String company, int failedTests) {
        String slug = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("company", company);
        body.put("registrationId", "91330100MA2AAAAAAA");
        body.put("country", "CN");
        body.put("website", "https://" + slug + ".example");
        body.put("type", "OSV");
        body.put("contactName", "Contact Person");
        body.put("contactEmail", "contact@" + slug + ".example");
        body.put("agreementVersion", "1.0");
        Map<String, Object> product = product("Server X");
        product.put("testReport", Map.of("passed", 120, "failed", failedTests, "pending", 0));
        body.put("products", new ArrayList<>(List.of(product)));
        return body;
    }

    public static Map<String, Object> product(String name) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", name);
        product.put("version", "2.0");
        product.put("arch", "aarch64");
        product.put("baseRelease", "anolis-23.2");
        product.put("testReport", Map.of("passed", 120, "failed", 0, "pending", 0));
        return product;
    }
}
