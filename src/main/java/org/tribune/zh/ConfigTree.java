package org.tribune.zh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenCC config file as a tree of maps, lists and strings (a JSON {@code true} becomes
 * {@code "true"}): parsed from its JSON, or read from the binary form the build writes beside the
 * compiled dictionaries. Converters load the binary form because Jackson's start-up (its classes,
 * and the BigDecimal tables its parser initializes) costs a cold load more than the configs do.
 */
final class ConfigTree {
    private static final int COMPILED_FORMAT = 0x54524346; // "TRCF"
    private static final byte MAP = 'M';
    private static final byte LIST = 'L';
    private static final byte STRING = 'S';

    private ConfigTree() {}

    /** Parses the JSON with Jackson's streaming parser alone: databind's start-up would cost more still. */
    static Map<?, ?> parseJson(InputStream in) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            parser.nextToken();
            return (Map<?, ?>) parseValue(parser);
        }
    }

    private static Object parseValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                object.put(field, parseValue(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(parseValue(parser));
            }
            return array;
        }
        return parser.getValueAsString();
    }

    static void writeCompiled(Map<?, ?> tree, DataOutputStream out) throws IOException {
        out.writeInt(COMPILED_FORMAT);
        write(tree, out);
    }

    private static void write(Object node, DataOutputStream out) throws IOException {
        if (node instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeUTF(String.valueOf(entry.getKey()));
                write(entry.getValue(), out);
            }
        } else if (node instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(item, out);
            }
        } else {
            out.writeByte(STRING);
            out.writeUTF(String.valueOf(node));
        }
    }

    /** Reads a tree written by {@link #writeCompiled}. */
    static Map<?, ?> readCompiled(String name, InputStream in) throws IOException {
        var data = new DataInputStream(in);
        if (data.readInt() != COMPILED_FORMAT) {
            throw new IOException("not a compiled Tribune config: " + name);
        }
        return (Map<?, ?>) read(data);
    }

    private static Object read(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        switch (kind) {
            case MAP -> {
                int size = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(in.readUTF(), read(in));
                }
                return map;
            }
            case LIST -> {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in));
                }
                return list;
            }
            case STRING -> {
                return in.readUTF();
            }
            default -> throw new IOException("corrupt compiled config: node kind " + kind);
        }
    }
}
