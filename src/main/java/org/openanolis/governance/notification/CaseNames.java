package org.openanolis.governance.notification;

import org.springframework.context.MessageSourceResolvable;

/**
 * The message a case's name is made from where the system made it of words ({@code Removal of alice}), so that each
 * reader reads it in their language. The cases module answers it; the mails that know a case only by its type, id
 * and stored name (a vote's, a task's) and the inbox ask it.
 */
public interface CaseNames {

    /** The message, or null when the name is data alone (a SIG's, a company's) or there is no such case. */
    MessageSourceResolvable nameMessage(String caseType, String caseId);
}
