package org.tribune.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.CyclicBufferAppender;
import java.io.PrintStream;
import org.slf4j.LoggerFactory;

/** Keeps the last log events in memory so a failing test can show what the server was doing. */
final class CapturedLogs {
    private final CyclicBufferAppender<ILoggingEvent> buffer = new CyclicBufferAppender<>();

    void start() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        buffer.setContext(context);
        buffer.setMaxSize(500);
        buffer.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(buffer);
    }

    void stop() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(buffer);
        buffer.stop();
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
