package com.acme.tavus.bootstrap.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says loudly, once the service is ready, which Tavus it talks to: a sandbox answer mistaken for a
 * real one (or the reverse) is the most expensive misunderstanding this service can cause.
 */
@Component
class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final TavusMode mode;
    private final TavusProperties tavus;

    StartupReport(TavusMode mode, TavusProperties tavus) {
        this.mode = mode;
        this.tavus = tavus;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (mode == TavusMode.SANDBOX) {
            LOG.warn("""

                    ****************************************************************************
                    *  TAVUS SANDBOX MODE: no TAVUS_API_KEY is set.                            *
                    *  Every Tavus call is answered by the in-process simulator; nothing is    *
                    *  billed and no real video call happens. Responses carry                  *
                    *  X-Tavus-Mode: sandbox. Set TAVUS_API_KEY to talk to the real Tavus.     *
                    ****************************************************************************""");
        } else {
            LOG.info("Tavus LIVE mode: calling {} (responses carry X-Tavus-Mode: live)", tavus.baseUrl());
        }
    }
}
