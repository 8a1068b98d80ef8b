package org.openanolis.governance.publishing.exports;

import org.openanolis.governance.casetype.CaseType;
import org.springframework.web.util.UriUtils;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The addresses the exports give: pages of the portal at its base URL, and the code host's files under the configured
 * organization and branch (Kubernetes reads a subproject's owners from a GitHub OWNERS file).
 */
public record ExportLinks(String baseUrl, ExportProperties properties) {

    public ExportLinks {
        baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The SIG's page: its mission and scope, the closest thing to a charter the directory holds. */
    public String sigPage(String sig) {
        return baseUrl + "/sigs/" + UriUtils.encodePathSegment(sig, UTF_8);
    }

    /** The SIG's meetings as a calendar (.ics) that calendar applications subscribe to. */
    public String sigCalendar(String sig) {
        return baseUrl + "/calendars/sigs/" + UriUtils.encodePathSegment(sig, UTF_8) + ".ics";
    }

    /** The page of the case that decided something. */
    public String casePage(CaseType type, String caseId) {
        return baseUrl + type.pagePath(UriUtils.encodePathSegment(caseId, UTF_8));
    }

    /** A repository as {@code org/name}: a bare name belongs to the configured organization. */
    public String repository(String repository) {
        return repository.contains("/") ? repository : properties.organization() + "/" + repository;
    }

    /** The OWNERS file of a repository on the branch the exports name. */
    public String ownersOf(String repository) {
        return "https://raw.githubusercontent.com/" + repository(repository) + "/"
                + properties.branch() + "/OWNERS";
    }

    /** The OWNERS file of a SIG's own directory in the community repository. */
    public String ownersOfSigDirectory(String dir) {
        return "https://raw.githubusercontent.com/" + properties.organization() + "/"
                + properties.communityRepository() + "/" + properties.branch() + "/" + dir + "/OWNERS";
    }
}
