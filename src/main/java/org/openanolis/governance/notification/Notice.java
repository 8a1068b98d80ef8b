package org.openanolis.governance.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * One mail to write to the outbox, for one or more recipients.
 *
 * @param type     what happened; picks the template and the subject
 * @param caseType {@code SIG_PROPOSAL}, {@code PROJECT_PROPOSAL}, {@code PARTNER_APPLICATION} or {@code PARTNER}
 * @param caseId   the case's id, used for the link to it
 * @param caseName the case's name, shown in brackets in the subject
 * @param nameMessage the message the case's name is made from, to show it in each recipient's language; null when
 *                 the name is data alone and shown as it is
 * @param to       the recipients; addresses that repeat (ignoring case) receive one mail
 * @param model    what the template shows: {@code taskId}, {@code taskTitle}, {@code comment}, {@code threshold},
 *                 {@code electorate}, {@code quorum}, {@code approvals}, {@code rejections}, {@code abstentions},
 *                 {@code outcome}, {@code opensAt}, {@code closesAt}, {@code ballots}, {@code recused},
 *                 {@code proposer}; every key is optional
 */
public record Notice(NoticeType type, String caseType, String caseId, String caseName,
                     MessageSourceResolvable nameMessage, Collection<Recipient> to, Map<String, Object> model) {

    public Notice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(caseId, "caseId");
        to = to == null ? List.of() : List.copyOf(to);
        model = model == null ? Map.of() : model;
    }

    /** A notice about a case whose name is shown as it is. */
    public Notice(NoticeType type, String caseType, String caseId, String caseName, Collection<Recipient> to,
                  Map<String, Object> model) {
        this(type, caseType, caseId, caseName, null, to, model);
    }
}
