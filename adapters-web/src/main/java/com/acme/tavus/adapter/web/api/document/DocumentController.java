package com.acme.tavus.adapter.web.api.document;

import com.acme.tavus.adapter.web.error.ErrorResponse;
import com.acme.tavus.adapter.web.idempotency.Idempotent;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.application.document.port.in.DocumentQueries;
import com.acme.tavus.application.document.port.in.ManageDocumentsUseCase;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentPageRequest;
import com.acme.tavus.domain.document.DocumentSort;
import com.acme.tavus.domain.document.DocumentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The knowledge-base document routes, in the Django wrapper's style ({@code /list/},
 * {@code /{id}/update/}, {@code /{id}/delete/}), each served with and without its trailing slash.
 *
 * <p>Two things differ from conversations and are easy to trip over: list pages count from
 * <strong>0</strong>, as Tavus's document listing does, and recrawl answers 202 (the crawl runs in
 * the background) or 409 while the document is still being processed.
 */
@RestController
@Tag(name = DocumentController.TAG)
class DocumentController {

    static final String TAG = "Documents";
    static final String BASE = "/tavus-api-calls/documents";
    private static final String ID = "{document_id}";
    private static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
    private static final String CREATE_EXAMPLE = """
            {
              "document_url": "https://docs.example.com/",
              "document_name": "Example docs",
              "callback_url": "https://yourwebsite.com/webhook",
              "tags": ["docs", "onboarding"],
              "crawl": {"depth": 2, "max_pages": 20}
            }""";
    private static final String NOT_FOUND_EXAMPLE = "{\"error\": \"document d8-5c71baca86fc was not found\"}";
    private static final String CONFLICT_EXAMPLE = "{\"error\": \"Document must be in 'ready' or 'error' state to "
            + "recrawl, current status: processing\"}";
    private static final String COOLDOWN_EXAMPLE =
            "{\"error\": \"Recrawl cooldown: please wait 45 minutes before recrawling this document.\"}";

    private final ManageDocumentsUseCase manageDocuments;
    private final DocumentQueries queries;
    private final DocumentWebMapper mapper;

    DocumentController(ManageDocumentsUseCase manageDocuments, DocumentQueries queries, DocumentWebMapper mapper) {
        this.manageDocuments = manageDocuments;
        this.queries = queries;
        this.mapper = mapper;
    }

    @Idempotent
    @PostMapping(path = {BASE + "/", BASE},
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createDocument", summary = "Create a document",
            description = "Adds a file or website to the knowledge base. Tavus processes it in the background: the "
                    + "answer has status started; get the document to follow it to ready (or error). With crawl, "
                    + "a site is crawled over several pages (at most 100 crawl documents per account). "
                    + "Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CreateDocumentRequest.class),
            examples = @ExampleObject(name = "A crawled website", value = CREATE_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The document, status started.")
    Mono<DocumentResponse> create(@Valid @RequestBody CreateDocumentRequest request, ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> mapper.toDomain(request))
                .flatMap(manageDocuments::create)
                .map(mapper::toResponse)
                .doOnNext(created -> AuditedExchange.resource(exchange, created.documentId()));
    }

    @GetMapping(path = {BASE + "/list/", BASE + "/list"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listDocuments", summary = "List documents",
            description = "One page of documents, optionally filtered. Pages count from 0. Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "One page of documents.")
    Mono<DocumentListResponse> list(
            @Parameter(description = "Page size, 1 to 100 (default 10).", example = "10")
            @RequestParam(name = "limit", required = false) @Min(1) @Max(DocumentPageRequest.MAX_LIMIT) Integer limit,
            @Parameter(description = "Page number, from 0 (default 0).", example = "0")
            @RequestParam(name = "page", required = false) @Min(0) Integer page,
            @Parameter(description = "Order by creation time (default ascending).",
                    schema = @Schema(allowableValues = {"ascending", "descending"}))
            @RequestParam(name = "sort", required = false)
            @Pattern(regexp = "ascending|descending", message = "must be ascending or descending") String sort,
            @Parameter(description = "Only documents with this status.",
                    schema = @Schema(allowableValues = {"started", "processing", "ready", "error", "recrawling"}))
            @RequestParam(name = "status", required = false)
            @Pattern(regexp = "started|processing|ready|error|recrawling",
                    message = "must be started, processing, ready, error or recrawling") String status,
            @Parameter(description = "Only documents whose name or id contains this text.", example = "handbook")
            @RequestParam(name = "name_or_uuid", required = false) @Size(max = 200) String nameOrUuid,
            @Parameter(description = "Only documents with any of these tags, comma-separated.",
                    example = "important,meeting")
            @RequestParam(name = "tags", required = false) @Size(max = 1000) String tags) {
        return Mono.fromSupplier(() -> new DocumentFilter(new DocumentPageRequest(limit, page),
                        sort == null ? null : DocumentSort.fromValue(sort),
                        status == null ? null : DocumentStatus.of(status),
                        nameOrUuid,
                        tags == null ? null : Arrays.asList(tags.split(","))))
                .flatMap(queries::list)
                .map(mapper::toResponse);
    }

    @GetMapping(path = {BASE + "/" + ID + "/", BASE + "/" + ID}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getDocument", summary = "Get a document",
            description = "The document as Tavus reports it now, including its processing status. "
                    + "Needs the read scope.")
    @ApiResponse(responseCode = "200", description = "The document.")
    @ApiResponse(responseCode = "404", description = "No document with this id.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorResponse.class),
            examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    Mono<DocumentResponse> get(
            @Parameter(description = "The document's id.", example = "d8-5c71baca86fc",
                    schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("document_id") String documentId) {
        return Mono.fromSupplier(() -> mapper.documentId(documentId))
                .flatMap(queries::get)
                .map(mapper::toResponse);
    }

    @PatchMapping(path = {BASE + "/" + ID + "/update/", BASE + "/" + ID + "/update"},
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateDocument", summary = "Update a document",
            description = "Renames the document and/or replaces its tags. Fields left out stay as they are; "
                    + "at least one is required. Needs the write scope.")
    @ApiResponse(responseCode = "200", description = "The document after the change.")
    @ApiResponse(responseCode = "404", description = "No document with this id.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorResponse.class),
            examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    Mono<DocumentResponse> update(
            @Parameter(description = "The document's id.", example = "d8-5c71baca86fc",
                    schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("document_id") String documentId,
            @Valid @RequestBody UpdateDocumentRequest request) {
        return Mono.fromSupplier(() -> mapper.documentId(documentId))
                .flatMap(id -> manageDocuments.update(id, mapper.toDomain(request)))
                .map(mapper::toResponse);
    }

    @DeleteMapping(path = {BASE + "/" + ID + "/delete/", BASE + "/" + ID + "/delete"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteDocument", summary = "Delete a document",
            description = "Removes the document from the knowledge base for good. Needs the write scope.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "404", description = "No document with this id.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorResponse.class),
            examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    Mono<Void> delete(
            @Parameter(description = "The document's id.", example = "d8-5c71baca86fc",
                    schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("document_id") String documentId) {
        return Mono.fromSupplier(() -> mapper.documentId(documentId)).flatMap(manageDocuments::delete);
    }

    @PostMapping(path = {BASE + "/" + ID + "/recrawl/", BASE + "/" + ID + "/recrawl"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "recrawlDocument", summary = "Recrawl a document",
            description = "Crawls a website document again, with its saved crawl settings or the ones sent now "
                    + "(for this run only). The document must be ready or error, and recrawls of one document are "
                    + "at least an hour apart. Needs the write scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = RecrawlDocumentRequest.class),
            examples = @ExampleObject(name = "Deeper this time", value = "{\"crawl\": {\"depth\": 3, \"max_pages\": 50}}")))
    @ApiResponse(responseCode = "202", description = "The recrawl started; the document has status recrawling.")
    @ApiResponse(responseCode = "400", description = "Invalid crawl settings, or the document was not created "
            + "with a crawl configuration and none was sent.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorResponse.class),
            examples = @ExampleObject(value = "{\"error\": \"Document was not created with crawl configuration\"}")))
    @ApiResponse(responseCode = "404", description = "No document with this id.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorResponse.class),
            examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The document is still being processed or recrawled; "
            + "try again once it is ready or error.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorResponse.class),
            examples = @ExampleObject(value = CONFLICT_EXAMPLE)))
    @ApiResponse(responseCode = "429", description = "The document was recrawled less than an hour ago. "
            + "Retry-After gives the wait in seconds when known.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying.",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class),
                    examples = @ExampleObject(value = COOLDOWN_EXAMPLE)))
    Mono<DocumentResponse> recrawl(
            @Parameter(description = "The document's id.", example = "d8-5c71baca86fc",
                    schema = @Schema(pattern = ID_PATTERN))
            @PathVariable("document_id") String documentId,
            @Valid @RequestBody(required = false) RecrawlDocumentRequest request) {
        return Mono.fromSupplier(() -> mapper.documentId(documentId))
                .flatMap(id -> manageDocuments.recrawl(id,
                        request == null || request.crawl() == null ? null : mapper.toDomain(request.crawl())))
                .map(mapper::toResponse);
    }
}
