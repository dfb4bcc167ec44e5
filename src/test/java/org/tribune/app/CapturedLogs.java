package org.tribune.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.CyclicBufferAppender;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** Keeps the last log events in memory so a failing test can show what the server was doing. */
final class CapturedLogs {
    private final CyclicBufferAppender<ILoggingEvent> buffer = new CyclicBufferAppender<>();

    void start() {
        var context = loggerContext();
        buffer.setContext(context);
        buffer.setMaxSize(500);
        buffer.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(buffer);
    }

    void stop() {
        var context = loggerContext();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(buffer);
        buffer.stop();
    }

    /**
     * Logback's context. While SLF4J initialises, other threads are handed a stand-in factory;
     * test classes run side by side, so one may ask during another's initialisation.
     */
    private static LoggerContext loggerContext() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        ILoggerFactory factory;
        while (!((factory = LoggerFactory.getILoggerFactory()) instanceof LoggerContext)
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        if (factory instanceof LoggerContext context) {
            return context;
        }
        throw new IllegalStateException(
                "SLF4J is not bound to logback but to " + factory.getClass().getName());
    }

    /** The messages logged at ERROR that are still in the buffer, oldest first. */
    List<String> errors() {
        return at(Level.ERROR);
    }

    /** The messages logged at {@code level} that are still in the buffer, oldest first. */
    List<String> at(Level level) {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < buffer.getLength(); i++) {
            ILoggingEvent event = buffer.get(i);
            if (event.getLevel() == level) {
                messages.add(event.getFormattedMessage());
            }
        }
        return messages;
    }

    void printTo(PrintStream out, String testName) {
        out.println("---- server log around failed test " + testName + " ----");
        for (int i = 0; i < buffer.getLength(); i++) {
            ILoggingEvent event = buffer.get(i);
            out.println(event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage());
        }
        out.println("---- end of server log ----");
    }
}
