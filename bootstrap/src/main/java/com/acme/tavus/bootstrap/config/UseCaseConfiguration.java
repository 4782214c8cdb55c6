package com.acme.tavus.bootstrap.config;

import com.acme.tavus.application.conversation.ConversationQueryService;
import com.acme.tavus.application.conversation.DeleteConversationService;
import com.acme.tavus.application.conversation.EndConversationService;
import com.acme.tavus.application.conversation.StartConversationService;
import com.acme.tavus.application.conversation.port.in.ConversationQueries;
import com.acme.tavus.application.conversation.port.in.DeleteConversationUseCase;
import com.acme.tavus.application.conversation.port.in.EndConversationUseCase;
import com.acme.tavus.application.conversation.port.in.StartConversationUseCase;
import com.acme.tavus.application.conversation.port.out.ConversationChanges;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.conversation.port.out.TrackingCallbacks;
import com.acme.tavus.application.shared.IdGenerator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The use cases, built from whichever adapters are active. Beans are typed by the inbound port so
 * the web adapter sees only the interfaces.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    StartConversationUseCase startConversationUseCase(ConversationProvider provider, ConversationRecords records,
            TrackingCallbacks callbacks, IdGenerator ids, Clock clock) {
        return new StartConversationService(provider, records, callbacks, ids, clock);
    }

    @Bean
    EndConversationUseCase endConversationUseCase(
            ConversationProvider provider, ConversationRecords records, ConversationChanges changes, Clock clock) {
        return new EndConversationService(provider, records, changes, clock);
    }

    @Bean
    DeleteConversationUseCase deleteConversationUseCase(
            ConversationProvider provider, ConversationRecords records, ConversationChanges changes, Clock clock) {
        return new DeleteConversationService(provider, records, changes, clock);
    }

    @Bean
    ConversationQueries conversationQueries(ConversationProvider provider) {
        return new ConversationQueryService(provider);
    }
}
