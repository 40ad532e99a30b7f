package org.rspnavigator.documents.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's logging to {@link System.Logger}, which the application's logging picks up.
 * openhtmltopdf otherwise installs its own console handler and writes several INFO lines per
 * document (each font loaded, each stylesheet parsed); those become DEBUG here, so that a server
 * log shows only its warnings and errors.
 */
final class SystemLoggerXrLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        System.getLogger(where).log(map(level), msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        System.getLogger(where).log(map(level), msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels belong to the application's logging configuration, not to the library.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return System.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(map(diagnostic.getLevel()));
    }

    private static System.Logger.Level map(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return System.Logger.Level.ERROR;
        }
        if (level.intValue() >= Level.WARNING.intValue()) {
            return System.Logger.Level.WARNING;
        }
        return level.intValue() >= Level.FINE.intValue() ? System.Logger.Level.DEBUG : System.Logger.Level.TRACE;
    }
}
