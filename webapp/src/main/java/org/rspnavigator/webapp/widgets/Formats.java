package org.rspnavigator.webapp.widgets;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the views write dates and times. */
public final class Formats {

    /** A moment, as the views show when something was saved: "6 Dec 2026, 21:31", in the server's zone. */
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private Formats() {
    }
}
