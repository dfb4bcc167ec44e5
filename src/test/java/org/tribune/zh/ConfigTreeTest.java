package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Configs as trees: parsed from OpenCC's JSON, and the compiled form the build ships in its place. */
class ConfigTreeTest {
    private static Map<?, ?> roundTrip(Map<?, ?> tree) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            ConfigTree.writeCompiled(tree, out);
        }
        return ConfigTree.readCompiled("test", new ByteArrayInputStream(bytes.toByteArray()));
    }

    @ParameterizedTest
    @EnumSource(OpenccConfig.class)
    void the_build_ships_every_config_compiled_as_the_tree_of_its_json(OpenccConfig config) throws IOException {
        String root = "/org/tribune/zh/opencc/";
        try (InputStream json = getClass().getResourceAsStream(root + "config/" + config.configName() + ".json");
                InputStream compiled = getClass()
                        .getResourceAsStream(root + "compiled/" + ChineseConversions.compiledConfigFileName(config))) {
            assertThat(compiled).as("compiled " + config.configName()).isNotNull();
            assertThat(ConfigTree.readCompiled(config.configName(), compiled)).isEqualTo(ConfigTree.parseJson(json));
        }
    }

    @Test
    void maps_lists_and_strings_keep_their_order_and_text_and_json_literals_become_strings() throws IOException {
        String json = """
                {"name": "简→繁 ⿰氵每 𠂤", "segmentation": {"type": "mmseg", "dict": {"type": "group", "dicts": [
                  {"file": "A.ocd2"}, {"file": "B.ocd2"}]}}, "may_output_tofu": true, "empty": []}""";
        Map<?, ?> parsed = ConfigTree.parseJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(List.copyOf(parsed.keySet())).isEqualTo(List.of("name", "segmentation", "may_output_tofu", "empty"));
        assertThat(parsed.get("may_output_tofu")).isEqualTo("true");
        assertThat(parsed.get("empty")).isEqualTo(List.of());
        Map<?, ?> read = roundTrip(parsed);
        assertThat(read).isEqualTo(parsed);
        assertThat(List.copyOf(read.keySet())).isEqualTo(List.copyOf(parsed.keySet()));
    }

    @Test
    void bytes_that_are_not_a_compiled_config_are_refused() {
        byte[] json = "{\"name\": \"s2t\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ConfigTree.readCompiled("s2t", new ByteArrayInputStream(json)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a compiled Tribune config: s2t");
    }
}
