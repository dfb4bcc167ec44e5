package org.tribune.feed;

/** The three notations of a feed, each at its own file name beside the page it follows. */
enum FeedFormat {
    ATOM("feed.xml", "application/atom+xml", new AtomFeedWriter()),
    RSS("feed.rss", "application/rss+xml", new RssFeedWriter()),
    JSON("feed.json", "application/feed+json", new JsonFeedWriter());

    private final String fileName;
    private final String mediaType;
    private final FeedWriter writer;

    FeedFormat(String fileName, String mediaType, FeedWriter writer) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    String fileName() {
        return fileName;
    }

    /** The media type alone, as {@code <link type>} attributes name it. */
    String mediaType() {
        return mediaType;
    }

    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The feed in this notation, as UTF-8 bytes. */
    byte[] write(AssembledFeed feed) {
        return writer.write(feed);
    }

    /** Writes an {@link AssembledFeed} in one notation. */
    interface FeedWriter {
        byte[] write(AssembledFeed feed);
    }
}
