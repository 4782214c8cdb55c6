package com.acme.tavus.adapter.web.api.document;

import static com.acme.tavus.adapter.web.ApiResponses.expectError;
import static com.acme.tavus.adapter.web.ApiResponses.json;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.READ_ONLY_TOKEN;
import static com.acme.tavus.adapter.web.WebLayerTestApplication.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.web.WebLayerTest;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentSort;
import com.acme.tavus.domain.document.DocumentStatus;
import com.acme.tavus.domain.document.DocumentUpdate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@WebLayerTest
class DocumentRoutesTest {

    private static final String BASE = "/tavus-api-calls/documents";
    private static final String CRAWL_BODY = """
            {"document_url": "https://docs.example.com/", "document_name": "Docs", "callback_url": "https://hooks.example/d",
             "tags": ["docs", "onboarding"], "crawl": {"depth": 2, "max_pages": 20}, "chunking": {"size": 512}}""";

    @Autowired
    WebTestClient client;

    @Autowired
    ScriptedDocumentProvider provider;

    @BeforeEach
    void resetProvider() {
        provider.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE + "/", BASE})
    void create_isOkWithTheStartedDocument_andForwardsEveryFieldIncludingUnknownOnes(String path) {
        var document = json(post(path, CRAWL_BODY).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(document.path("document_id").asString()).matches("d1-\\d{12}");
        assertThat(document.path("status").asString()).isEqualTo("started");
        assertThat(document.path("document_name").asString()).isEqualTo("Docs");
        assertThat(document.path("tags").valueStream().map(JsonNode::asString)).containsExactly("docs", "onboarding");
        assertThat(document.path("crawl_config").path("max_pages").asInt()).isEqualTo(20);
        assertThat(document.has("progress")).as("nulls are left out").isFalse();

        var draft = provider.lastArgument(DocumentDraft.class);
        assertThat(draft.documentUrl()).isEqualTo("https://docs.example.com/");
        assertThat(draft.callbackUrl()).isEqualTo("https://hooks.example/d");
        assertThat(draft.crawl()).isEqualTo(new CrawlConfig(2, 20));
        assertThat(draft.extraFields()).isEqualTo(Map.of("chunking", Map.of("size", 512)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"document_name\": \"x\"}                                                   | document_url: must not be blank",
        "{\"document_url\": \"docs.example.com/a.pdf\"}                               | document_url: must be an http or https URL",
        "{\"document_url\": \"https://a.example/\", \"crawl\": {\"depth\": 11}}        | crawl.depth: must be less than or equal to 10",
        "{\"document_url\": \"https://a.example/\", \"crawl\": {\"max_pages\": 0}}     | crawl.max_pages: must be greater than or equal to 1",
        "{\"document_url\": \"https://a.example/\", \"tags\": [\"ok\", \" \"]}          | tags[1]: must not be blank",
        "{\"document_url\": \"https://a.example/\", \"callback_url\": \"nope\"}        | callback_url: must be an http or https URL",
        "{\"document_url\": \"https://a.example/\", \"crawl\": {\"depth\": \"deep\"}}  | crawl.depth: expected an integer",
    })
    void create_invalidField_is400NamingIt(String body, String message) {
        expectError(post(BASE + "/", body), 400, message);
        assertThat(provider.arguments()).isEmpty();
    }

    @Test
    void create_withoutToken_is401_andWithAReadOnlyToken_is403() {
        expectError(client.post().uri(BASE + "/").contentType(MediaType.APPLICATION_JSON).bodyValue(CRAWL_BODY)
                .exchange(), 401, "Missing or invalid X-API-TOKEN header");
        client.post().uri(BASE + "/").header("X-API-TOKEN", READ_ONLY_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CRAWL_BODY)
                .exchange().expectStatus().isForbidden();
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE + "/list/", BASE + "/list"})
    void list_withoutParameters_isPageZeroOfTen_inTavusEnvelope(String path) {
        create("https://a.example/1.pdf");

        var list = json(get(path).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(list.propertyNames()).containsExactly("data", "total_count", "page", "limit");
        assertThat(list.path("page").asInt()).isZero();
        assertThat(list.path("limit").asInt()).isEqualTo(10);
        assertThat(list.path("data").size()).isBetween(1, 10);
        assertThat(list.path("total_count").asLong()).isGreaterThanOrEqualTo(list.path("data").size());
        var filter = provider.lastArgument(DocumentFilter.class);
        assertThat(filter.page().limit()).isNull();
        assertThat(filter.page().page()).isNull();
        assertThat(filter.sort()).isNull();
    }

    @Test
    void list_passesEveryFilter_andSplitsTags() {
        get(BASE + "/list/?limit=5&page=2&sort=descending&status=ready&name_or_uuid=hand&tags=important, meeting,")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.page").isEqualTo(2).jsonPath("$.limit").isEqualTo(5);

        var filter = provider.lastArgument(DocumentFilter.class);
        assertThat(filter.page().limit()).isEqualTo(5);
        assertThat(filter.page().page()).isEqualTo(2);
        assertThat(filter.sort()).isEqualTo(DocumentSort.DESCENDING);
        assertThat(filter.status()).isEqualTo(DocumentStatus.READY);
        assertThat(filter.nameOrUuid()).isEqualTo("hand");
        assertThat(filter.tags()).containsExactly("important", "meeting");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "page=-1          | page: must be greater than or equal to 0",
        "limit=0          | limit: must be greater than or equal to 1",
        "limit=101        | limit: must be less than or equal to 100",
        "sort=newest      | sort: must be ascending or descending",
        "status=done      | status: must be started, processing, ready, error or recrawling",
        "page=first       | page: expected an integer",
    })
    void list_invalidParameter_is400NamingIt(String query, String message) {
        expectError(get(BASE + "/list/?" + query), 400, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", ""})
    void get_inBothSlashForms_isTheDocument(String slash) {
        var id = create("https://a.example/get.pdf");

        get(BASE + "/" + id + slash).expectStatus().isOk()
                .expectBody().jsonPath("$.document_id").isEqualTo(id).jsonPath("$.status").isEqualTo("started");
    }

    @Test
    void get_passesUnknownTavusFieldsThroughAtTopLevel_withoutOverridingModelledOnes() {
        var id = DocumentId.of("d8-5c71baca86fc");
        provider.answerNextGetWith(new Document(id, "Docs", "https://a.example/", DocumentStatus.of("indexing"), 40,
                "2024-01-01T12:00:00Z", null, null, List.of(), null, null, null, null,
                Map.of("embedding_model", "v3", "status", "sneaky")));

        var document = json(get(BASE + "/d8-5c71baca86fc/").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(document.path("embedding_model").asString()).isEqualTo("v3");
        assertThat(document.path("status").asString()).isEqualTo("indexing");
        assertThat(document.path("progress").asInt()).isEqualTo(40);
    }

    @Test
    void get_unknownDocument_is404() {
        expectError(get(BASE + "/d0-000000000000/"), 404, "document d0-000000000000 was not found");
    }

    @Test
    void get_malformedId_is400NamingDocumentId() {
        var body = expectErrorStatus(get(BASE + "/-bad/"), 400);
        assertThat(body).startsWith("document_id:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/update/", "/update"})
    void update_renamesAndReplacesTags(String suffix) {
        var id = create("https://a.example/u.pdf");

        patch(BASE + "/" + id + suffix, "{\"document_name\": \"Renamed\", \"tags\": []}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.document_name").isEqualTo("Renamed")
                .jsonPath("$.tags").isEmpty();
        var update = provider.lastArgument(DocumentUpdate.class);
        assertThat(update.documentName()).isEqualTo("Renamed");
        assertThat(update.tags()).isEmpty();
    }

    @Test
    void update_withoutAnyField_is400() {
        var id = create("https://a.example/u.pdf");

        expectError(patch(BASE + "/" + id + "/update/", "{}"), 400,
                "document_name: document_name or tags is required");
    }

    @Test
    void update_blankNameOrTag_is400NamingIt() {
        var id = create("https://a.example/u.pdf");

        expectError(patch(BASE + "/" + id + "/update/", "{\"document_name\": \"  \"}"), 400,
                "document_name: must not be blank");
        expectError(patch(BASE + "/" + id + "/update/", "{\"tags\": [\"\"]}"), 400, "tags[0]: must not be blank");
    }

    @Test
    void update_unknownDocument_is404() {
        expectError(patch(BASE + "/d0-000000000000/update/", "{\"document_name\": \"x\"}"), 404,
                "document d0-000000000000 was not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/delete/", "/delete"})
    void delete_is204_thenTheDocumentIsGone(String suffix) {
        var id = create("https://a.example/del.pdf");

        client.delete().uri(BASE + "/" + id + suffix).header("X-API-TOKEN", TOKEN).exchange()
                .expectStatus().isNoContent().expectBody().isEmpty();
        expectError(get(BASE + "/" + id + "/"), 404, "document " + id + " was not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/recrawl/", "/recrawl"})
    void recrawl_withoutBody_is202WithTheRecrawlingDocument(String suffix) {
        var id = readyCrawl();

        authorized(client.post().uri(BASE + "/" + id + suffix)).exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.status").isEqualTo("recrawling");
        assertThat(provider.arguments()).contains("no override");
    }

    @Test
    void recrawl_withCrawl_passesTheOverride() {
        var id = readyCrawl();

        post(BASE + "/" + id + "/recrawl/", "{\"crawl\": {\"depth\": 3, \"max_pages\": 50}}")
                .expectStatus().isAccepted();
        assertThat(provider.lastArgument(CrawlConfig.class)).isEqualTo(new CrawlConfig(3, 50));
    }

    @Test
    void recrawl_invalidCrawl_is400NamingTheNestedField() {
        var id = readyCrawl();

        expectError(post(BASE + "/" + id + "/recrawl/", "{\"crawl\": {\"depth\": 0}}"), 400,
                "crawl.depth: must be greater than or equal to 1");
    }

    @Test
    void recrawl_whileProcessing_is409WithTavusText() {
        var id = createCrawl();

        expectError(post(BASE + "/" + id + "/recrawl/", "{}"), 409,
                "Document must be in 'ready' or 'error' state to recrawl, current status: started");
    }

    @Test
    void recrawl_ofANonCrawl_is400WithTavusText() {
        var id = create("https://a.example/file.pdf");
        provider.finishProcessing(DocumentId.of(id));

        expectError(post(BASE + "/" + id + "/recrawl/", "{}"), 400, "Document was not created with crawl configuration");
    }

    @Test
    void recrawl_duringCooldown_is429WithRetryAfter() {
        var id = readyCrawl();
        provider.failNextCall(new ProviderException.RateLimited(
                "Recrawl cooldown: please wait 45 minutes before recrawling this document.", Duration.ofMinutes(45)));

        var response = authorized(client.post().uri(BASE + "/" + id + "/recrawl/")).exchange()
                .expectHeader().valueEquals("Retry-After", "2700");
        expectError(response, 429, "Recrawl cooldown: please wait 45 minutes before recrawling this document.");
    }

    @Test
    void recrawl_unknownDocument_is404() {
        expectError(authorized(client.post().uri(BASE + "/d0-000000000000/recrawl/")).exchange(), 404,
                "document d0-000000000000 was not found");
    }

    @Test
    void providerConflictOnAnyRoute_is409() {
        var id = create("https://a.example/c.pdf");
        provider.failNextCall(new ProviderException.Conflict("Document is locked"));

        expectError(patch(BASE + "/" + id + "/update/", "{\"document_name\": \"x\"}"), 409, "Document is locked");
    }

    private String readyCrawl() {
        var id = createCrawl();
        provider.finishProcessing(DocumentId.of(id));
        return id;
    }

    private String createCrawl() {
        return json(post(BASE + "/", CRAWL_BODY).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).path("document_id").asString();
    }

    private String create(String url) {
        return json(post(BASE + "/", "{\"document_url\": \"" + url + "\"}").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).path("document_id").asString();
    }

    private String expectErrorStatus(WebTestClient.ResponseSpec response, int status) {
        var body = response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
        return json(body).path("error").asString();
    }

    private WebTestClient.ResponseSpec post(String path, String body) {
        return authorized(client.post().uri(path)).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec patch(String path, String body) {
        return authorized(client.patch().uri(path)).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).header("X-API-TOKEN", TOKEN).exchange();
    }

    private static <S extends WebTestClient.RequestHeadersSpec<S>> S authorized(S request) {
        return request.header("X-API-TOKEN", TOKEN);
    }
}
