package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Streaming conversion gives exactly what converting the whole text at once gives, and rejects bad UTF-8. */
class StreamConversionTest {
    private static final int READ_BYTES = 1 << 16;
    private static final ScriptConverter S2TWP = ChineseConversions.load().converter(OpenccConfig.S2TWP);
    private static final List<String> WORDS = List.of(
            "头发", "干部", "干燥", "皇后", "午后", "软件", "循环", "开发", "马里兰州", "鲶鱼", "联系", "后来", "二𫫇英", "abc ", "2026年", "。", "，",
            "！");

    private static String stream(ScriptConverter converter, InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        StreamConversion.convert(converter, in, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String stream(String text) throws IOException {
        return stream(S2TWP, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Seeded text from {@link #WORDS}, with a line break about every {@code lineLength} words (never, if 0). */
    private static String text(int minChars, int lineLength, long seed) {
        var random = new Random(seed);
        var text = new StringBuilder();
        while (text.length() < minChars) {
            text.append(WORDS.get(random.nextInt(WORDS.size())));
            if (lineLength > 0 && random.nextInt(lineLength) == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void many_lines_over_several_reads_come_out_as_one_conversion_of_the_whole() throws IOException {
        String text = text(200_000, 30, 1);
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(4 * READ_BYTES);

        assertThat(stream(text)).isEqualTo(S2TWP.convert(text));
    }

    @Test
    void one_line_of_over_a_million_chars_is_cut_after_punctuation_without_changing_the_result() throws IOException {
        // 头发 is 6 bytes and a read 65,536: read ends fall inside the phrase, so only a cut
        // after the punctuation keeps 頭髮 whole.
        String line = ("头发".repeat(40) + "，").repeat(15_000);
        assertThat(line.length()).isGreaterThan(1_200_000);

        String streamed = stream(line);

        assertThat(streamed).isEqualTo(S2TWP.convert(line));
        assertThat(streamed).doesNotContain("頭發");
    }

    @Test
    void multi_byte_characters_straddling_read_boundaries_are_decoded_whole() throws IOException {
        for (int asciiBefore = 0; asciiBefore < 4; asciiBefore++) {
            String text = "a".repeat(asciiBefore) + "头发𫫇".repeat(30_000) + "\n" + "二𫫇英".repeat(20_000);

            assertThat(stream(text)).as("%d ASCII bytes before", asciiBefore).isEqualTo(S2TWP.convert(text));
        }
    }

    @Property(tries = 30)
    void reads_of_any_size_give_the_same_result(
            @ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 9) int maxRead, @ForAll long seed)
            throws IOException {
        var in = new TricklingInputStream(text.getBytes(StandardCharsets.UTF_8), maxRead, seed);

        assertThat(stream(S2TWP, in)).isEqualTo(S2TWP.convert(text));
    }

    @Test
    void a_description_sequence_taking_a_line_break_is_never_cut_at_a_read_boundary() throws IOException {
        ScriptConverter s2t = ChineseConversions.load().converter(OpenccConfig.S2T);
        String text = "a".repeat(READ_BYTES - 4) + "⿰\n马\n头发\n";

        assertThat(stream(s2t, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(s2t.convert(text))
                .endsWith("⿰\n马\n頭髮\n");
    }

    @Test
    void empty_input_gives_empty_output() throws IOException {
        assertThat(stream("")).isEmpty();
    }

    @Test
    void the_output_is_flushed_but_left_open() throws IOException {
        var out = new RecordingOutputStream();

        StreamConversion.convert(S2TWP, new ByteArrayInputStream("头发\n".getBytes(StandardCharsets.UTF_8)), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("頭髮\n");
        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
    }

    @Test
    void line_endings_are_kept_as_they_were() throws IOException {
        assertThat(stream("头发\r\n软件\n\n循环")).isEqualTo("頭髮\r\n軟體\n\n迴圈");
    }

    @Test
    void a_bad_byte_deep_in_the_input_is_reported_at_its_exact_byte_offset() {
        byte[] bytes = "a".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        bytes[70_000] = (byte) 0xFF;

        assertInvalidAt(bytes, 70_000);
    }

    @Test
    void the_offset_counts_bytes_not_chars() {
        byte[] text = "头".repeat(30_000).getBytes(StandardCharsets.UTF_8); // 90,000 bytes
        byte[] bytes = Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = (byte) 0x80;

        assertInvalidAt(bytes, 90_000);
    }

    @Test
    void a_truncated_final_sequence_is_reported_where_it_starts() {
        byte[] text = "头发".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(text, text.length + 2);
        bytes[text.length] = (byte) 0xE5; // the first two of 头's three bytes
        bytes[text.length + 1] = (byte) 0xA4;

        assertInvalidAt(bytes, text.length);
    }

    @Test
    void a_sequence_broken_off_mid_text_is_reported_where_it_starts() {
        byte[] bytes = {'a', 'b', (byte) 0xE5, (byte) 0xA4, 'c', '\n'};

        assertInvalidAt(bytes, 2);
    }

    @Test
    void overlong_encodings_and_encoded_surrogates_are_not_utf8() {
        assertInvalidAt(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}, 1);
        assertInvalidAt(new byte[] {'a', 'b', 'c', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 3);
    }

    @Test
    void the_invalid_utf8_message_names_the_offset() {
        byte[] bytes = {'a', (byte) 0xFF};

        assertThatThrownBy(() -> stream(S2TWP, new ByteArrayInputStream(bytes)))
                .hasMessage("input is not valid UTF-8 at byte offset 1");
    }

    private static void assertInvalidAt(byte[] bytes, long offset) {
        assertThatThrownBy(() -> stream(S2TWP, new ByteArrayInputStream(bytes)))
                .isInstanceOfSatisfying(StreamConversion.InvalidUtf8.class, e -> assertThat(e.offset())
                        .isEqualTo(offset));
    }

    @Test
    void the_stream_cuts_after_the_last_line_break() {
        assertThat(StreamConversion.safeCut("头发\n软件\n循环")).isEqualTo(6);
        assertThat(StreamConversion.safeCut("头发，软件")).isZero();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of("\n", "𠂤", "é"))
                .list()
                .ofMaxSize(200)
                .map(parts -> String.join("", parts));
    }

    /** Hands out at most {@code maxRead} bytes per read, a random number each time. */
    private static final class TricklingInputStream extends InputStream {
        private final byte[] bytes;
        private final int maxRead;
        private final Random random;
        private int position;

        TricklingInputStream(byte[] bytes, int maxRead, long seed) {
            this.bytes = bytes;
            this.maxRead = maxRead;
            this.random = new Random(seed);
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, 1 + random.nextInt(maxRead)), bytes.length - position);
            System.arraycopy(bytes, position, target, offset, count);
            position += count;
            return count;
        }
    }

    private static final class RecordingOutputStream extends ByteArrayOutputStream {
        boolean flushed;
        boolean closed;

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
