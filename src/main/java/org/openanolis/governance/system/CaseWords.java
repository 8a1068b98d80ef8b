package org.openanolis.governance.system;

import org.openanolis.governance.casetype.CaseType;

/**
 * The words a refusal puts around data, in the language of the request being answered (see {@link Languages#text}):
 * a status, and the words for a kind of case ({@code error.kind|noun|a-noun|proposer.<CASE_TYPE>}). English keeps
 * the status's code and the case type's own words, which are also the fallback for a type without messages.
 */
public final class CaseWords {

    private CaseWords() {
    }

    /** A status (of a case, a partner, a report) as its badge says it: the code in English. */
    public static String status(Object status) {
        return Languages.textOr(String.valueOf(status), "status." + status);
    }

    /** The type's label, as a heading says it: "Project proposal". */
    public static String label(CaseType type) {
        return Languages.textOr(type.label(), "portal.kind." + type.key());
    }

    /** The type's label inside a sentence: "project proposal". */
    public static String kind(CaseType type) {
        return Languages.textOr(type.labelInSentence(), "error.kind." + type.key());
    }

    /** The noun for one case of the type: "proposal". */
    public static String noun(CaseType type) {
        return Languages.textOr(type.noun(), "error.noun." + type.key());
    }

    /** The noun with its article: "a proposal", "an application". */
    public static String aNoun(CaseType type) {
        return Languages.textOr(type.aNoun(), "error.a-noun." + type.key());
    }

    /** The person who opened a case of the type: "proposer", "applicant". */
    public static String proposer(CaseType type) {
        return Languages.textOr(type.proposerRole(), "error.proposer." + type.key());
    }
}
