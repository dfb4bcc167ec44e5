package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * OpenCC's own test cases and golden document (1.4.1), read in place from
 * {@code ../shared/opencc-conformance/} (or where {@code -Dtribune.opencc.conformance=DIR} or
 * {@code TRIBUNE_OPENCC_CONFORMANCE} says; {@code .ci/run} sets it); every
 * case of every config Tribune supports must come out exactly as OpenCC's.
 */
class OpenccConformanceTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();

    /** {@code -Dtribune.opencc.conformance}, else {@code TRIBUNE_OPENCC_CONFORMANCE}, else {@code ../shared/…}. */
    static Path conformanceDir() {
        String configured = System.getProperty("tribune.opencc.conformance");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("TRIBUNE_OPENCC_CONFORMANCE");
        }
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of("..", "shared", "opencc-conformance");
    }

    @TestFactory
    Stream<DynamicTest> opencc_test_cases_pass_for_every_supported_config() throws IOException {
        Path dir = conformanceDir();
        assumeTrue(
                Files.isRegularFile(dir.resolve("testcases.json")),
                "OpenCC conformance SKIPPED: no testcases.json in " + dir.toAbsolutePath());
        var mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        JsonNode cases = mapper.readTree(dir.resolve("testcases.json").toFile()).get("cases");
        Map<OpenccConfig, List<String[]>> byConfig = new TreeMap<>();
        for (JsonNode testCase : cases) {
            testCase.get("expected").properties().forEach(expected -> OpenccConfig.fromName(expected.getKey())
                    .ifPresent(config -> byConfig.computeIfAbsent(config, c -> new ArrayList<>())
                            .add(new String[] {
                                testCase.get("id").asText(),
                                testCase.get("input").asText(),
                                expected.getValue().asText()
                            })));
        }
        return byConfig.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey().configName(), () -> {
                    ScriptConverter converter = CONVERSIONS.converter(e.getKey());
                    List<String> failures = new ArrayList<>();
                    for (String[] c : e.getValue()) {
                        String actual = converter.convert(c[1]);
                        if (!actual.equals(c[2])) {
                            failures.add(c[0] + ": " + c[1] + " → " + actual + " (OpenCC: " + c[2] + ")");
                        }
                    }
                    System.out.printf(
                            "OpenCC conformance %-6s %d/%d cases%n",
                            e.getKey().configName(),
                            e.getValue().size() - failures.size(),
                            e.getValue().size());
                    assertThat(failures)
                            .as(
                                    "cases of %s that differ from OpenCC",
                                    e.getKey().configName())
                            .isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> the_golden_document_converts_exactly_as_opencc_does() throws IOException {
        Path golden = conformanceDir().resolve("golden");
        assumeTrue(Files.isDirectory(golden), "OpenCC golden documents SKIPPED: no folder " + golden.toAbsolutePath());
        List<DynamicTest> tests = new ArrayList<>();
        try (var outputs = Files.list(golden.resolve("output"))) {
            for (Path output : outputs.sorted().toList()) {
                String[] parts = output.getFileName().toString().split("\\.");
                var config = OpenccConfig.fromName(parts[1]);
                if (config.isEmpty()) {
                    continue;
                }
                Path input = golden.resolve("input").resolve(parts[0] + ".txt");
                tests.add(DynamicTest.dynamicTest(parts[0] + " " + parts[1], () -> {
                    String actual = CONVERSIONS
                            .converter(config.get())
                            .convert(Files.readString(input, StandardCharsets.UTF_8));
                    assertThat(actual).isEqualTo(Files.readString(output, StandardCharsets.UTF_8));
                }));
            }
        }
        return tests.stream();
    }
}
