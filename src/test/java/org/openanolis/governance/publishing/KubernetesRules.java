package org.openanolis.governance.publishing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules the Kubernetes community's generator checks in {@code sigs.yaml} across fields, as its documentation and
 * its Validate() state them, written again here: a SIG's {@code dir} is {@code sig-} and its name in lower case with
 * spaces as hyphens, its {@code label} the dir without {@code sig-}; it has a charter link, a mission and subprojects,
 * each with owners given as GitHub file URLs; a person (by GitHub handle) has one name everywhere, and as a current lead
 * one company and e-mail, both set; an emeritus lead has no company.
 */
final class KubernetesRules {

    private static final Pattern RAW = Pattern.compile("https://raw.githubusercontent.com/[^/]+/[^/]+/[^/]+/.*");
    private static final Pattern BLOB = Pattern.compile("https://github.com/[^/]+/[^/]+/(blob|tree)/[^/]+/.*");

    private KubernetesRules() {
    }

    /** Every broken rule, as the generator would report it; none for a file it accepts. */
    static List<String> check(JsonNode document) {
        List<String> errors = new ArrayList<>();
        Map<String, JsonNode> people = new HashMap<>();
        for (JsonNode sig : document.path("sigs")) {
            String dir = sig.path("dir").asText();
            String expected = "sig-" + sig.path("name").asText().replace(" ", "-").toLowerCase(Locale.ROOT);
            if (!expected.equals(dir)) {
                errors.add("expected dir: " + expected + ", got: " + dir);
            }
            if (!expected.substring(4).equals(sig.path("label").asText())) {
                errors.add(dir + ": expected label: " + expected.substring(4) + ", got: " + sig.path("label").asText());
            }
            for (String role : List.of("chairs", "tech_leads")) {
                sig.path("leadership").path(role).forEach(lead -> current(dir, lead, people, errors));
            }
            for (JsonNode lead : sig.path("leadership").path("emeritus_leads")) {
                if (lead.hasNonNull("company")) {
                    errors.add(dir + ": emeritus leads should not have company specified: " + lead.path("name"));
                }
                JsonNode known = people.get(lead.path("github").asText());
                if (known != null && !known.path("name").equals(lead.path("name"))) {
                    errors.add(dir + ": emeritus lead " + lead.path("github") + " has another name elsewhere");
                }
            }
            if (sig.path("charter_link").asText("").isEmpty()) {
                errors.add(dir + ": has no charter");
            }
            if (sig.path("mission_statement").asText("").isEmpty()) {
                errors.add(dir + ": has no mission statement");
            }
            if (sig.path("subprojects").isEmpty()) {
                errors.add(dir + ": has no subprojects");
            }
            for (JsonNode subproject : sig.path("subprojects")) {
                if (subproject.path("owners").isEmpty()) {
                    errors.add(dir + "/" + subproject.path("name").asText() + ": subproject has no owners");
                }
                for (JsonNode owner : subproject.path("owners")) {
                    if (!RAW.matcher(owner.asText()).matches() && !BLOB.matcher(owner.asText()).matches()) {
                        errors.add(dir + "/" + subproject.path("name").asText() + ": owners not a GitHub URL: " + owner);
                    }
                }
            }
        }
        return errors;
    }

    private static void current(String dir, JsonNode lead, Map<String, JsonNode> people, List<String> errors) {
        String github = lead.path("github").asText();
        JsonNode known = people.putIfAbsent(github, lead);
        if (known == null) {
            for (String field : List.of("name", "company", "email")) {
                if (lead.path(field).asText("").isEmpty()) {
                    errors.add(dir + ": " + github + ": " + field + " is empty but should be set");
                }
            }
            return;
        }
        for (String field : List.of("name", "company", "email")) {
            if (!known.path(field).equals(lead.path(field))) {
                errors.add(dir + ": " + github + " " + field + " does not match other entries");
            }
        }
    }
}
