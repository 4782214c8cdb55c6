package com.acme.tavus.adapter.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of the OpenAPI description that no annotation carries: what the API is, how to
 * authenticate (an {@code apiKey} scheme applied to every operation, which is what makes Swagger
 * UI's "Authorize" then "Try it out" work), and two post-processing steps.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SECURITY_SCHEME = "X-API-TOKEN";
    static final String TITLE = "Tavus platform API";

    private static final String DESCRIPTION = """
            One safe, documented way for internal teams to use the Tavus Conversational Video \
            Interface: create, inspect, end and delete conversations in which an AI replica talks \
            with people over live video. The routes, field names and error format are those of the \
            original Django wrapper (`/tavus-api-calls/...`), so its clients keep working.

            **Modes.** The platform runs in one of two modes, reported on every response in the \
            `X-Tavus-Mode` header:
            - `sandbox`: an in-process Tavus simulator answers; nothing is billed and no real room opens.
            - `live`: requests go to Tavus itself; creating a conversation opens a real room and is billed.

            **Authentication.** Send your API token in the `X-API-TOKEN` header (in Swagger UI: \
            *Authorize*). Reads need a token with the read scope, changes the write scope, token \
            management (`/api/v1/tokens`) and webhooks (`/api/v1/webhooks`) the admin scope. The one \
            exception is the Tavus callback, \
            which is authenticated by the signature in its URL. Too many failed token attempts from \
            one address are answered 429 for a while.

            **Trailing slashes.** The proxy routes (`/tavus-api-calls/...`) are listed with their \
            trailing slash, as the wrapper wrote them, and also answer without it. The onboarding \
            routes (`/api/v1/tavus/...`) are exactly as seed 000 writes them.

            **Errors.** Every failure is answered with `{"error": "<description>"}` and a fitting \
            status. Invalid input names the JSON field (`properties.max_call_duration: ...`). \
            429 and 503 answers carry `Retry-After` (seconds) when a wait time is known.
            """;

    @Bean
    OpenAPI tavusPlatformOpenApi(ObjectProvider<BuildProperties> buildProperties) {
        var build = buildProperties.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title(TITLE)
                        .version(build != null ? build.getVersion() : "dev")
                        .description(DESCRIPTION))
                .components(new Components().addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name(SECURITY_SCHEME)
                        .description("An API token issued by the platform team. Never share it or put it in a URL.")))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME))
                .addTagsItem(new Tag().name("Conversations").description(
                        "Live video calls between a Tavus replica and people: create, list, get, end, delete."))
                .addTagsItem(new Tag().name("Personas").description(
                        "What drives a replica: prompt, context, default replica and layers (LLM and tools, TTS, "
                                + "STT, perception, conversational flow). Create, list, get, JSON Patch, delete."))
                .addTagsItem(new Tag().name("Guardrails").description(
                        "Named sets of rules a replica must keep to. Follows the stored Tavus docs' set-based model "
                                + "(uncertain: newer Tavus docs describe per-item guardrails)."))
                .addTagsItem(new Tag().name("Objectives").description(
                        "Sets of steps a conversation should go through. Follows the stored Tavus docs' set-based "
                                + "model (uncertain: other Tavus versions shape objectives differently)."))
                .addTagsItem(new Tag().name("Documents").description(
                        "The knowledge base personas and conversations search: create, list, get, update, delete and "
                                + "recrawl documents. Document list pages count from 0."))
                .addTagsItem(new Tag().name("Onboarding").description(
                        "Video onboarding (seed 000): a greeting call per person, its status, and Tavus's callbacks."))
                .addTagsItem(new Tag().name("Tokens").description(
                        "API tokens for teams (admin scope): issue (the secret is shown once), list, get, revoke."))
                .addTagsItem(new Tag().name("Webhooks").description(
                        "Outbound webhooks (admin scope): register a URL to receive signed conversation events, "
                                + "list, get, remove, see and retry deliveries."))
                .addTagsItem(new Tag().name("Replicas").description(
                        "AI video likenesses trained from a person's footage: create (train), list, get, rename, "
                                + "delete."));
    }

    /** Lists each route once, in the wrapper's trailing-slash form. */
    @Bean
    OpenApiCustomizer trailingSlashRoutesOnly() {
        return new TrailingSlashRoutesOnly();
    }

    /** Documents the {@code {"error"}} answers every operation can give. */
    @Bean
    OpenApiCustomizer standardErrorResponses() {
        return new StandardErrorResponses();
    }
}
