package com.acme.tavus.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Knowledge-base documents through the whole application in sandbox mode, over real HTTP: create,
 * get, list with filters, update, delete. The sandbox's status progression runs on the real clock
 * here, so it is covered by the sandbox provider's own tests; this test only relies on what holds
 * in the first seconds of a document's life.
 */
@SandboxApplicationTest
class SandboxDocumentsEndToEndTest {

    private static final String BASE = "/tavus-api-calls/documents";

    @Autowired
    WebTestClient http;

    @Test
    @SuppressWarnings("unchecked")
    void documentLifecycle_createGetListUpdateDelete() {
        var created = http.post().uri(BASE + "/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"document_url": "https://docs.example.com/", "document_name": "E2E handbook",
                         "tags": ["e2e-docs", "hr"], "crawl": {"depth": 2, "max_pages": 5}}""")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Tavus-Mode", "sandbox")
                .expectBody(Map.class).returnResult().getResponseBody();
        var id = (String) created.get("document_id");
        assertThat(id).matches("d[0-9]-[0-9a-f]{12}");
        assertThat(created).containsEntry("status", "started")
                .containsEntry("document_name", "E2E handbook")
                .containsEntry("crawl_count", 1)
                .containsEntry("crawl_config", Map.of("depth", 2, "max_pages", 5));

        http.get().uri(BASE + "/{id}", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.document_id").isEqualTo(id)
                .jsonPath("$.document_url").isEqualTo("https://docs.example.com/");

        var page = http.get().uri(BASE + "/list/?tags=e2e-docs&name_or_uuid=handbook&sort=descending&limit=5&page=0")
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(page).containsEntry("page", 0).containsEntry("limit", 5);
        assertThat((List<Map<String, Object>>) page.get("data"))
                .extracting(document -> document.get("document_id")).contains(id);

        http.patch().uri(BASE + "/{id}/update/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"document_name\": \"E2E handbook v2\", \"tags\": [\"e2e-docs-renamed\"]}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.document_name").isEqualTo("E2E handbook v2")
                .jsonPath("$.tags[0]").isEqualTo("e2e-docs-renamed");
        http.get().uri(BASE + "/list/?tags=e2e-docs")
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.data[?(@.document_id == '%s')]".formatted(id)).doesNotExist();

        http.delete().uri(BASE + "/{id}/delete/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isNoContent();

        http.get().uri(BASE + "/{id}/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isEqualTo("document " + id + " was not found");
    }

    @Test
    void recrawl_ofANewDocument_is409_becauseItIsStillBeingProcessed() {
        var id = http.post().uri(BASE)
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"document_url\": \"https://docs.example.com/site\", \"crawl\": {\"depth\": 1}}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("document_id");

        http.post().uri(BASE + "/{id}/recrawl/", id)
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.error").value(message -> assertThat((String) message)
                        .startsWith("Document must be in 'ready' or 'error' state to recrawl, current status: "));
    }

    @Test
    void documentRoutes_needAToken_andClientMistakesAre400s() {
        http.get().uri(BASE + "/list/")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isNotEmpty();
        http.post().uri(BASE + "/")
                .header("X-API-TOKEN", "FOOBAR1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"document_url\": \"https://docs.example.com/\", \"crawl\": {\"depth\": 11}}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("crawl.depth: must be less than or equal to 10");
        http.get().uri(BASE + "/list/?page=-1")
                .header("X-API-TOKEN", "FOOBAR1")
                .exchange()
                .expectStatus().isBadRequest();
    }
}
