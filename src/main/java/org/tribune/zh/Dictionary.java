package org.tribune.zh;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One OpenCC dictionary ({@code key TAB value [value…]}, the first value being the default) as a
 * compact, immutable trie over UTF-16 chars: flat arrays, children of a node contiguous and sorted,
 * the root's children found through a direct table. Longest-prefix lookups walk only as deep as
 * the text matches, and allocate nothing.
 */
final class Dictionary implements DictionaryMatcher {
    private final String name;
    private final int[] rootChild; // char -> node index, 0 when no key starts with it
    private final char[] label; // node -> char on the edge into it
    private final int[] firstChild; // node -> index of its first child
    private final int[] childCount; // node -> number of children
    private final String[] value; // node -> replacement when a key ends here, else null
    private final int size;

    private Dictionary(String name, String[] keys, String[] values) {
        this.name = name;
        var builder = new TrieBuilder(keys, values);
        this.rootChild = builder.rootChild;
        this.label = Arrays.copyOf(builder.label, builder.nodes);
        this.firstChild = Arrays.copyOf(builder.firstChild, builder.nodes);
        this.childCount = Arrays.copyOf(builder.childCount, builder.nodes);
        this.value = Arrays.copyOf(builder.value, builder.nodes);
        this.size = keys.length;
    }

    private Dictionary(String name, char[] label, int[] firstChild, int[] childCount, String[] value, int size) {
        this.name = name;
        this.label = label;
        this.firstChild = firstChild;
        this.childCount = childCount;
        this.value = value;
        this.size = size;
        this.rootChild = new int[Character.MAX_VALUE + 1];
        for (int child = firstChild[0]; child < firstChild[0] + childCount[0]; child++) {
            rootChild[label[child]] = child;
        }
    }

    private static final int COMPILED_FORMAT = 0x54524931; // "TRI1"

    /** Writes the trie's arrays as they are, so that loading it is a few bulk reads (see {@link #readCompiled}). */
    void writeCompiled(DataOutputStream out) throws IOException {
        int nodes = label.length;
        out.writeInt(COMPILED_FORMAT);
        out.writeInt(nodes);
        out.writeInt(size);
        var values = new StringBuilder();
        int[] valueEnd = new int[nodes];
        for (int node = 0; node < nodes; node++) {
            if (value[node] != null) {
                values.append(value[node]);
            }
            valueEnd[node] = values.length();
        }
        out.writeInt(values.length());
        var buffer = ByteBuffer.allocate(nodes * 14 + values.length() * 2);
        buffer.asCharBuffer().put(label);
        buffer.position(nodes * 2);
        buffer.asIntBuffer().put(firstChild).put(childCount).put(valueEnd);
        buffer.position(nodes * 14);
        buffer.asCharBuffer().put(values.toString());
        out.write(buffer.array());
    }

    /** Reads a trie written by {@link #writeCompiled}. */
    static Dictionary readCompiled(String name, InputStream in) throws IOException {
        var data = new DataInputStream(in);
        if (data.readInt() != COMPILED_FORMAT) {
            throw new IOException("not a compiled Tribune dictionary: " + name);
        }
        int nodes = data.readInt();
        int size = data.readInt();
        int valueChars = data.readInt();
        var buffer = ByteBuffer.wrap(data.readNBytes(nodes * 14 + valueChars * 2));
        char[] label = new char[nodes];
        int[] firstChild = new int[nodes];
        int[] childCount = new int[nodes];
        int[] valueEnd = new int[nodes];
        buffer.asCharBuffer().get(label);
        buffer.position(nodes * 2);
        buffer.asIntBuffer().get(firstChild).get(childCount).get(valueEnd);
        buffer.position(nodes * 14);
        char[] values = new char[valueChars];
        buffer.asCharBuffer().get(values);
        String[] value = new String[nodes];
        int start = 0;
        for (int node = 0; node < nodes; node++) {
            if (valueEnd[node] > start) {
                value[node] = new String(values, start, valueEnd[node] - start);
            }
            start = valueEnd[node];
        }
        return new Dictionary(name, label, firstChild, childCount, value, size);
    }

    /** Reads a dictionary in OpenCC's text format; later duplicates of a key are ignored, as OpenCC does. */
    static Dictionary read(String name, InputStream in) {
        var entries = new HashMap<String, String>();
        readInto(name, in, entries);
        return of(name, entries);
    }

    /** Adds the entries of one dictionary file, keeping an entry already there (earlier files win). */
    static void readInto(String name, InputStream in, Map<String, String> entries) {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String values = line.substring(tab + 1).strip();
                int space = values.indexOf(' ');
                entries.putIfAbsent(line.substring(0, tab), space < 0 ? values : values.substring(0, space));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + name, e);
        }
    }

    static Dictionary of(String name, Map<String, String> entries) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>(entries.entrySet());
        sorted.removeIf(e -> e.getKey().isEmpty());
        sorted.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        String[] keys = sorted.stream().map(Map.Entry::getKey).toArray(String[]::new);
        String[] values = sorted.stream().map(Map.Entry::getValue).toArray(String[]::new);
        return new Dictionary(name, keys, values);
    }

    String name() {
        return name;
    }

    int size() {
        return size;
    }

    @Override
    public void markStarts(boolean[] starts) {
        for (int child = firstChild[0]; child < firstChild[0] + childCount[0]; child++) {
            starts[label[child]] = true;
        }
    }

    @Override
    public boolean cannotStartWith(char c) {
        return rootChild[c] == 0;
    }

    @Override
    public int match(char[] text, int from, int to, Found found) {
        int node = rootChild[text[from]];
        int matched = 0;
        int i = from + 1;
        while (node != 0) {
            if (value[node] != null) {
                matched = i - from;
                found.value = value[node];
            }
            if (i >= to) {
                break;
            }
            node = child(node, text[i++]);
        }
        return matched;
    }

    private int child(int node, char c) {
        int lo = firstChild[node];
        int hi = lo + childCount[node] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = label[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return 0;
    }

    /** Lays sorted keys out breadth-first so that siblings are contiguous. Node 0 is the root. */
    private static final class TrieBuilder {
        final int[] rootChild = new int[Character.MAX_VALUE + 1];
        char[] label;
        int[] firstChild;
        int[] childCount;
        String[] value;
        int nodes = 1;

        TrieBuilder(String[] keys, String[] values) {
            int capacity = 1 + Arrays.stream(keys).mapToInt(String::length).sum();
            label = new char[capacity];
            firstChild = new int[capacity];
            childCount = new int[capacity];
            value = new String[capacity];
            // Each pending range: keys[lo, hi) share a prefix of length depth and belong to node.
            var queue = new ArrayDeque<int[]>();
            queue.add(new int[] {0, 0, keys.length, 0});
            while (!queue.isEmpty()) {
                int[] range = queue.poll();
                expand(keys, values, range[0], range[1], range[2], range[3], queue);
            }
            for (int child = firstChild[0]; child < firstChild[0] + childCount[0]; child++) {
                rootChild[label[child]] = child;
            }
        }

        private void expand(
                String[] keys, String[] values, int node, int lo, int hi, int depth, ArrayDeque<int[]> queue) {
            int start = lo;
            if (start < hi && keys[start].length() == depth) {
                value[node] = values[start];
                start++;
            }
            firstChild[node] = nodes;
            while (start < hi) {
                char c = keys[start].charAt(depth);
                int end = start + 1;
                while (end < hi && keys[end].charAt(depth) == c) {
                    end++;
                }
                int child = nodes++;
                label[child] = c;
                childCount[node]++;
                queue.add(new int[] {child, start, end, depth + 1});
                start = end;
            }
        }
    }
}
