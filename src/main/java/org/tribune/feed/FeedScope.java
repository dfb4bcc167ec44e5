package org.tribune.feed;

import org.tribune.content.Author;
import org.tribune.content.Lang;
import org.tribune.content.Listing;
import org.tribune.content.Topic;
import org.tribune.web.Messages;
import org.tribune.web.SitePaths;

/** What a feed follows: everything in a language, one topic or one author. */
sealed interface FeedScope {
    Listing listing();

    /** The HTML page this feed follows; the feed's files sit beside it. */
    String pagePath(Lang lang);

    /** The feed's title, as the page it follows is titled. */
    String title(Messages messages);

    default String feedPath(Lang lang, FeedFormat format) {
        String page = pagePath(lang);
        return page + (page.endsWith("/") ? "" : "/") + format.fileName();
    }

    record Everything() implements FeedScope {
        @Override
        public Listing listing() {
            return new Listing.All();
        }

        @Override
        public String pagePath(Lang lang) {
            return SitePaths.home(lang);
        }

        @Override
        public String title(Messages messages) {
            return messages.get("site.name");
        }
    }

    record OfTopic(Topic topic) implements FeedScope {
        @Override
        public Listing listing() {
            return new Listing.ByTopic(topic.key());
        }

        @Override
        public String pagePath(Lang lang) {
            return SitePaths.topic(lang, topic.key(), 1);
        }

        @Override
        public String title(Messages messages) {
            return messages.get("listing.topic", topic.nameIn(messages.lang())) + " | " + messages.get("site.name");
        }
    }

    record OfAuthor(Author author) implements FeedScope {
        @Override
        public Listing listing() {
            return new Listing.ByAuthor(author.key());
        }

        @Override
        public String pagePath(Lang lang) {
            return SitePaths.author(lang, author.key(), 1);
        }

        @Override
        public String title(Messages messages) {
            return messages.get("listing.author", author.nameIn(messages.lang())) + " | " + messages.get("site.name");
        }
    }
}
