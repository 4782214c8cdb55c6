package com.acme.tavus.bootstrap.config;

import com.acme.tavus.adapter.tavus.TavusCalls;
import com.acme.tavus.adapter.tavus.TavusHttpDocumentProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxDocumentProvider;
import com.acme.tavus.adapter.tavus.sandbox.SandboxTavus;
import com.acme.tavus.application.document.DocumentService;
import com.acme.tavus.application.document.port.out.DocumentProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Knowledge-base documents, wired end to end: the provider for the current mode (the sandbox's
 * {@link SandboxTavus} or the shared Tavus {@link TavusCalls}, both declared by
 * {@code TavusProviderConfiguration}) and the service behind the document routes. Kept apart from
 * the conversation wiring so each resource's wiring can be read (and changed) on its own.
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    /**
     * One service for both inbound ports ({@code ManageDocumentsUseCase} and {@code DocumentQueries}):
     * two instances would make each port ambiguous to the web adapter.
     */
    @Bean
    DocumentService documentService(DocumentProvider documentProvider) {
        return new DocumentService(documentProvider);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.SandboxCondition.class)
    static class Sandbox {

        @Bean
        DocumentProvider documentProvider(SandboxTavus sandboxTavus) {
            return new SandboxDocumentProvider(sandboxTavus);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TavusMode.LiveCondition.class)
    static class Live {

        @Bean
        DocumentProvider documentProvider(TavusCalls tavusCalls) {
            return new TavusHttpDocumentProvider(tavusCalls);
        }
    }
}
