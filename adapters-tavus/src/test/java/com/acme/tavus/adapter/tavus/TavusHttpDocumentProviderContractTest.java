package com.acme.tavus.adapter.tavus;

import com.acme.tavus.application.document.port.out.DocumentProvider;
import com.acme.tavus.application.testing.contract.DocumentProviderContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter keeps the document contract against a fake Tavus account. */
class TavusHttpDocumentProviderContractTest extends DocumentProviderContract {

    @RegisterExtension
    static final FakeTavusAccountExtension tavus = new FakeTavusAccountExtension();

    private final DocumentProvider provider = new TavusHttpDocumentProvider(tavus.calls());

    @Override
    protected DocumentProvider provider() {
        return provider;
    }

    @Override
    protected void finishProcessing() {
        tavus.account().finishDocumentProcessing();
    }
}
