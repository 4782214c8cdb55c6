package com.acme.tavus.adapter.web.api.document;

import static com.acme.tavus.adapter.web.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The document part of the OpenAPI description: routes, tag, schemas and the answers particular to documents. */
@WebLayerTest
class DocumentOpenApiTest {

    /** springdoc builds the document on the first request, which can take a while on a busy machine. */
    private static final Duration SPEC_GENERATION = Duration.ofSeconds(30);

    private static final String BASE = "/tavus-api-calls/documents/";

    @Autowired
    WebTestClient client;

    private JsonNode spec;

    @BeforeEach
    void fetchSpec() {
        spec = json(client.mutate().responseTimeout(SPEC_GENERATION).build().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    @Test
    void documentRoutes_areListedOnceInTheSlashForm_underTheDocumentsTag() {
        assertThat(spec.path("paths").propertyNames().stream().filter(path -> path.startsWith(BASE))).containsExactly(
                BASE, BASE + "list/", BASE + "{document_id}/", BASE + "{document_id}/delete/",
                BASE + "{document_id}/recrawl/", BASE + "{document_id}/update/");
        spec.path("paths").properties().stream().filter(path -> path.getKey().startsWith(BASE))
                .flatMap(path -> path.getValue().valueStream())
                .forEach(operation -> assertThat(operation.path("tags").get(0).asString()).isEqualTo("Documents"));
        assertThat(spec.path("tags").valueStream().map(tag -> tag.path("name").asString())).contains("Documents");
    }

    @Test
    void recrawl_documents202And409And429WithRetryAfter() {
        var responses = spec.path("paths").path(BASE + "{document_id}/recrawl/").path("post").path("responses");

        assertThat(responses.propertyNames()).contains("202", "400", "401", "404", "409", "429", "502");
        assertThat(responses.has("200")).isFalse();
        assertThat(responses.path("409").path("content").path("application/json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/ErrorResponse");
        assertThat(responses.path("429").path("headers").has("Retry-After")).isTrue();
        assertThat(responses.path("404").path("description").asString()).isEqualTo("No document with this id.");
    }

    @Test
    void list_documentsZeroBasedPaging() {
        var parameters = spec.path("paths").path(BASE + "list/").path("get").path("parameters");

        assertThat(parameters.valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("limit", "page", "sort", "status", "name_or_uuid", "tags");
        var page = parameters.valueStream().filter(p -> p.path("name").asString().equals("page")).findFirst().orElseThrow();
        assertThat(page.path("schema").path("minimum").asInt()).isZero();
        assertThat(page.path("description").asString()).contains("from 0");
    }

    @Test
    void schemas_carryTheTavusFieldsWithExamples_butNoExtraFieldsMap() {
        var schemas = spec.path("components").path("schemas");
        var create = schemas.path("CreateDocumentRequest");
        assertThat(create.path("properties").propertyNames())
                .containsExactlyInAnyOrder("document_url", "document_name", "callback_url", "tags", "crawl");
        assertThat(create.path("required").valueStream().map(JsonNode::asString)).containsExactly("document_url");
        assertThat(create.path("properties").path("document_url").path("example").asString())
                .isEqualTo("https://docs.example.com/handbook.pdf");
        var crawl = schemas.path("DocumentCrawl").path("properties");
        assertThat(crawl.path("depth").path("maximum").asInt()).isEqualTo(10);
        assertThat(crawl.path("max_pages").path("maximum").asInt()).isEqualTo(100);
        assertThat(schemas.path("Document").path("properties").propertyNames()).contains("document_id", "status",
                "progress", "crawl_config", "crawled_urls", "last_crawled_at", "crawl_count");
        assertThat(schemas.path("DocumentList").path("properties").propertyNames())
                .containsExactly("data", "total_count", "page", "limit");
        for (var name : new String[] {"CreateDocumentRequest", "UpdateDocumentRequest", "Document"}) {
            assertThat(schemas.path(name).path("properties").propertyNames())
                    .as(name).doesNotContain("extraFields", "extra_fields");
        }
    }
}
