package org.openanolis.governance.notification;

import org.springframework.stereotype.Service;

/** Placeholder until the outbox lands from the notify branch. */
@Service
public class Notifications {
    public void send(Notice notice) {
    }
}
