package org.tribune.cli;

import picocli.CommandLine.Option;

/** What feed entries carry, for the commands that serve or write feeds. */
final class FeedOptions {
    @Option(
            names = "--feed-content",
            paramLabel = "WHAT",
            defaultValue = "summary",
            description = "What Atom, RSS and JSON Feed entries carry: summary or full (the whole body). "
                    + "Default: ${DEFAULT-VALUE}")
    String feedContent;

    /** @throws IllegalArgumentException for anything but summary or full */
    boolean fullContent() {
        return switch (feedContent == null ? "summary" : feedContent.strip()) {
            case "full" -> true;
            case "summary", "" -> false;
            default ->
                throw new IllegalArgumentException("--feed-content must be summary or full, got '" + feedContent + "'");
        };
    }
}
