package com.acme.tavus.adapter.web.api.document;

import com.acme.tavus.application.document.DocumentService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document beans bootstrap would provide, for the shared web-layer test context: the real
 * service over a scripted fake. Found by {@code WebLayerTestApplication}'s component scan, so the
 * shared context needs no change for documents.
 */
@Configuration(proxyBeanMethods = false)
class DocumentWebTestConfiguration {

    @Bean
    ScriptedDocumentProvider scriptedDocumentProvider() {
        return new ScriptedDocumentProvider();
    }

    /** One bean for both ports: a second instance would make each port ambiguous. */
    @Bean
    DocumentService documentService(ScriptedDocumentProvider provider) {
        return new DocumentService(provider);
    }
}
