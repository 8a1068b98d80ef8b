package org.openanolis.governance.cases;

import org.openanolis.governance.system.Languages;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a kind of case is about, checked and typed: the SIG a proposal would create, the project, the company. A
 * value, replaced whole when the proposer revises it.
 */
public interface CaseDetails {

    /**
     * The name the case goes by in mails, tasks and its process: a SIG's or project's name, a company. Stable, in
     * English where the system makes it: process variables, the API and the subjects' prefix rely on it.
     */
    String caseName();

    /**
     * What two open cases of a kind may not share (see {@link JdbcCaseStore#openCaseNamed}): the name, unless
     * the name holds what may change while a case is open, such as a person's display name.
     */
    default String caseKey() {
        return caseName();
    }

    /**
     * The message {@link #caseName()} is made from when the system makes it of words ({@code Removal of alice}), so
     * that a reader of another language reads it in theirs; null when the name is the user's data alone. The English
     * message gives {@link #caseName()} exactly, which is also the fallback.
     */
    default MessageSourceResolvable nameMessage() {
        return null;
    }

    /** {@link #caseName()} in the language {@link Languages#text} writes in: the reader's in a request. */
    default String localizedName() {
        MessageSourceResolvable message = nameMessage();
        return message == null ? caseName() : Languages.messages().getMessage(message, Languages.current());
    }

    /** A {@link #nameMessage()}: this message with these arguments, falling back to the stable name. */
    static MessageSourceResolvable name(String code, String caseName, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments, caseName);
    }
}
