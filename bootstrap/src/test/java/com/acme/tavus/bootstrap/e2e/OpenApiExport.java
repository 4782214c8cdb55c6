package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description as committed in {@code docs/openapi.json}: what {@code /v3/api-docs}
 * serves, with object keys sorted, two-space indents and {@code \n} line ends on every platform,
 * and without what depends on the run or the build rather than on the API:
 * <ul>
 *   <li>{@code servers}: springdoc fills it with the URL of the request, random port included.
 *       Without it, clients use the base URL they are given (the OpenAPI default is {@code /}).
 *   <li>{@code info.version}: the running service reports its build version (or {@code dev} without
 *       build information), which would make every release bump a change to this file. The
 *       committed copy says {@value #API_VERSION} and changes only when the API does.
 * </ul>
 */
final class OpenApiExport {

    /** The command that rewrites {@code docs/openapi.json}, named in every failure message. */
    static final String REFRESH_COMMAND = "./mvnw -B -ntp -o -pl bootstrap -am test -Dtest=OpenApiExportTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.export=true";

    /** springdoc builds the document on the first request, which can take a while on a busy machine. */
    private static final Duration GENERATION = Duration.ofSeconds(30);

    static final String API_VERSION = "v1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT);

    private OpenApiExport() {}

    /** Fetches {@code /v3/api-docs} without a token and returns it in the committed form. */
    static String fetch(WebTestClient http) {
        var body = http.mutate().responseTimeout(GENERATION).build()
                .get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).as("/v3/api-docs").isNotBlank();
        return normalise(body);
    }

    static String normalise(String document) {
        var tree = (ObjectNode) JSON.readTree(document);
        tree.remove("servers");
        ((ObjectNode) tree.path("info")).put("version", API_VERSION);
        return JSON.writer().with(PRETTY).writeValueAsString(sorted(tree)) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var byKey = new TreeMap<String, JsonNode>();
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                byKey.put(property.getKey(), sorted(property.getValue()));
            }
            var copy = JSON.createObjectNode();
            byKey.forEach(copy::set);
            return copy;
        }
        if (node instanceof ArrayNode array) {
            var copy = JSON.createArrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    /** {@code docs/openapi.json}, found from the module or the repository root as working directory. */
    static Path committedFile() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/pom.xml"))) {
                return dir.resolve("docs/openapi.json");
            }
        }
        throw new IllegalStateException("no docs/pom.xml above " + Path.of("").toAbsolutePath());
    }

    /** The committed document, line endings normalised (a Windows checkout may convert them). */
    static String committed() {
        var file = committedFile();
        if (!Files.exists(file)) {
            return "";
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(String document) {
        try {
            Files.writeString(committedFile(), document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when equal, else where the committed file first differs and how to refresh it. */
    static String difference(String committed, String served) {
        if (committed.equals(served)) {
            return null;
        }
        var was = committed.split("\n", -1);
        var is = served.split("\n", -1);
        var line = 0;
        while (line < was.length && line < is.length && was[line].equals(is[line])) {
            line++;
        }
        return """
                docs/openapi.json is stale: it differs from what the application serves at /v3/api-docs, \
                first at line %d.
                  committed: %s
                  served:    %s
                If the API change is intended, regenerate the file and commit it with the change:
                  %s"""
                .formatted(line + 1, line < was.length ? was[line].strip() : "(end of file)",
                        line < is.length ? is[line].strip() : "(end of file)", REFRESH_COMMAND);
    }
}
