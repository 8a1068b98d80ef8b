package org.openanolis.governance.casetype;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of case, as the rest of the application refers to it: the key stored with its events, mails and tasks
 * ({@code SIG_PROPOSAL}), the collection in its URLs ({@code sig-proposals}: the portal's {@code /sig-proposals/{id}},
 * the API's {@code /api/sig-proposals/{id}}), the label people read, the words its refusals use for the case and
 * for the person who opened it ({@code proposal}, {@code proposer}), and the process that runs it with the messages
 * its lifecycle sends (null where the type has no such step: a project proposal is never revised).
 */
public record CaseType(String key, String collection, String label, String noun, String proposerRole,
                       String processKey, String revisedMessage, String withdrawnMessage) {

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Pattern COLLECTION = Pattern.compile("[a-z][a-z-]{0,39}");

    public CaseType {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(proposerRole, "proposerRole");
        Objects.requireNonNull(processKey, "processKey");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A case type's key is upper case with underscores: " + key);
        }
        if (collection == null || !COLLECTION.matcher(collection).matches()) {
            throw new IllegalArgumentException("A case type's collection is lower case with hyphens: " + collection);
        }
    }

    /** The case's page in the portal, the one its mails and tasks link to. */
    public String pagePath(String caseId) {
        return "/" + collection + "/" + caseId;
    }

    /** The label inside a sentence: "SIG proposal", "project proposal" (an initial capital of a word only). */
    public String labelInSentence() {
        return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    /** "a proposal", "an application": the noun with its article, for refusals. */
    public String aNoun() {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** The case in the REST API. */
    public String apiPath(String caseId) {
        return "/api" + pagePath(caseId);
    }
}
