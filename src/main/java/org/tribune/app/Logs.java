package org.tribune.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.OutputStream;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * How the process logs: through SLF4J and logback ({@code logback.xml}: text on standard error),
 * java.util.logging included (Lucene logs through it), and as JSON lines for log shippers when
 * asked ({@code --log-format json}).
 */
public final class Logs {
    private Logs() {}

    /** Sends java.util.logging's records to SLF4J, so that Lucene's lines share the format of ours. */
    public static void bridgeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /**
     * Replaces the text appenders by one writing each event to standard error as a line of JSON
     * (logback's {@link JsonEncoder}: time, level, thread, logger, message, the logging context
     * with the request id, and the stack trace).
     *
     * @throws IllegalStateException when SLF4J is bound to something other than logback
     */
    public static void useJson() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            throw new IllegalStateException("JSON logs need logback, but SLF4J is bound to "
                    + factory.getClass().getName());
        }
        useJson(context, System.err);
    }

    static void useJson(LoggerContext context, OutputStream out) {
        var encoder = new JsonEncoder();
        encoder.setContext(context);
        // The message as people read it, beside its pattern and arguments (which group alike lines).
        encoder.setWithFormattedMessage(true);
        encoder.start();
        var appender = new OutputStreamAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setName("JSON");
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.setImmediateFlush(true);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
    }
}
