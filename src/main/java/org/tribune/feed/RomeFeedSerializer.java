package org.tribune.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Serializes a Rome feed to UTF-8, after a last touch to its document where Rome has no setter. */
final class RomeFeedSerializer {
    private RomeFeedSerializer() {}

    static byte[] write(WireFeed feed, Consumer<Document> finish) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            finish.accept(document);
            var text = new TextWriter(16 * 1024);
            // Raw, not compact: compact format would collapse the whitespace of <pre> blocks in bodies.
            new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).output(document, text);
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome rejected the " + feed.getFeedType() + " feed we built", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The outputter writes a feed in thousands of small pieces: given a stream, it wraps it in a
     * buffered, locking, encoding writer that pays a lock and an encoder call for each piece.
     * Collecting the text unlocked and encoding it once pays them once per feed.
     */
    private static final class TextWriter extends Writer {
        private final StringBuilder text;

        TextWriter(int capacity) {
            this.text = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
