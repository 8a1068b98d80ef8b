package org.openanolis.governance.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * The module's entry point: other modules hand it a {@link Notice} at the moment something happens, and it writes
 * the mail to the outbox in their transaction. Delivery is the {@link NotificationDispatcher}'s business, after
 * commit and on its own thread.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationRepository repository;
    private final NotificationRenderer renderer;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;
    private final ObjectProvider<CaseNames> caseNames;

    Notifications(NotificationRepository repository, NotificationRenderer renderer, NotificationDispatcher dispatcher,
                  Clock clock, ObjectProvider<CaseNames> caseNames) {
        this.repository = repository;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.caseNames = caseNames;
    }

    /**
     * Writes one PENDING outbox row per recipient, with its subject and the variables its bodies are rendered from
     * when the dispatcher sends it. Recipients whose address repeats (ignoring case) get
     * one mail; recipients without an address are skipped. Joins the caller's transaction when there is one, so a
     * rollback leaves no mail, and wakes the dispatcher only after commit; without a transaction the rows are
     * written at once and the dispatcher woken straight away. Never sends in the caller's thread.
     *
     * @throws IllegalArgumentException for an unknown case type
     */
    public void send(Notice given) {
        renderer.caseUrl(given.caseType(), given.caseId());
        Notice notice = withNameMessage(given);
        Instant now = clock.instant();
        Set<String> addresses = new HashSet<>();
        int written = 0;
        for (Recipient recipient : notice.to()) {
            if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
                log.warn("Skipping a recipient without an address for {} on {} {}", notice.type(), notice.caseType(),
                        notice.caseId());
                continue;
            }
            String email = recipient.email().strip();
            if (!addresses.add(email.toLowerCase(Locale.ROOT))) {
                continue;
            }
            MailDraft mail = renderer.draft(notice, recipient);
            String id = UUID.randomUUID().toString();
            repository.insert(new OutboxEntry(id, notice.type(), notice.caseType(), notice.caseId(),
                    notice.caseName(), email, recipient.name(), mail.subject(), null, null,
                    NotificationStatus.PENDING, 0, now, null, null, null, now, null,
                    "<" + id + "@" + renderer.host() + ">", mail.language().toLanguageTag(),
                    MailVariables.write(mail.variables())));
            written++;
        }
        if (written > 0) {
            log.debug("Wrote {} notification(s) {} for {} {}", written, notice.type(), notice.caseType(), notice.caseId());
            dispatcher.wakeAfterCommit();
        }
    }

    /**
     * The notice with the message its case's name is made from, when the sender knew only the stored name (a vote's
     * or a task's mail), so that each recipient reads the name in their language. The stored name is the English
     * one, so the case is read only when someone reads another language: a deciding ballot stays one case read.
     */
    private Notice withNameMessage(Notice notice) {
        boolean named = notice.caseName() != null && !notice.caseName().isBlank()
                && notice.to().stream().anyMatch(renderer::readsOtherThanEnglish);
        CaseNames names = named && notice.nameMessage() == null ? caseNames.getIfAvailable() : null;
        MessageSourceResolvable message = names == null ? null : names.nameMessage(notice.caseType(), notice.caseId());
        return message == null ? notice : new Notice(notice.type(), notice.caseType(), notice.caseId(),
                notice.caseName(), message, notice.to(), notice.model());
    }
}
