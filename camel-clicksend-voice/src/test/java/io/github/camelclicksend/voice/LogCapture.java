package io.github.camelclicksend.voice;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Captures every log event of every logger at DEBUG (and below) while open. */
final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level previous;

    LogCapture(Level level) {
        super("capture", null, null, true, Property.EMPTY_ARRAY);
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        start();
        LoggerConfig root = config.getRootLogger();
        previous = root.getLevel();
        root.addAppender(this, level, null);
        root.setLevel(level);
        config.getLoggers().values().forEach(l -> {
            l.setLevel(level);
            if (l != root && !l.isAdditive()) { // an additive logger hands its events to the root's appenders
                l.addAppender(this, level, null);
            }
        });
        ctx.updateLoggers();
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder sb = new StringBuilder(event.getLoggerName()).append(' ')
                .append(event.getMessage().getFormattedMessage());
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t);
        }
        lines.add(sb.toString());
    }

    String text() {
        return String.join("\n", lines);
    }

    int size() {
        return lines.size();
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.getLoggers().values().forEach(l -> l.removeAppender(getName()));
        config.getRootLogger().setLevel(previous);
        ctx.reconfigure();
        stop();
    }
}
