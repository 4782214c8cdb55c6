package com.acme.tavus.adapter.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * The admin templates ({@code templates/admin/*.html}), read into memory at start-up and resolved
 * from there, ahead of Boot's class-path resolver: rendering a page never reads a file or jar entry
 * on an event-loop thread (BlockHound would rightly object), and a missing template fails the start.
 * The engine itself is initialised at start-up for the same reason.
 */
@Configuration(proxyBeanMethods = false)
class AdminTemplates {

    @Bean
    PreloadedTemplateResolver adminTemplateResolver() {
        return new PreloadedTemplateResolver(load());
    }

    /**
     * Initialises the template engine at start-up, on the main thread. Thymeleaf does it lazily at the
     * first render otherwise, and that includes a {@code ServiceLoader} scan of the class path (for
     * Jackson modules) on whatever thread renders first: an event loop.
     */
    @Bean
    SmartInitializingSingleton adminTemplateEngineWarmUp(ObjectProvider<ISpringWebFluxTemplateEngine> engine) {
        return () -> engine.ifAvailable(ISpringWebFluxTemplateEngine::getConfiguration);
    }

    private static Map<String, String> load() {
        try {
            var templates = new HashMap<String, String>();
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:templates/admin/*.html")) {
                var name = "admin/" + resource.getFilename().replace(".html", "");
                try (var in = resource.getInputStream()) {
                    templates.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            if (templates.isEmpty()) {
                throw new IllegalStateException("no admin templates found under templates/admin/");
            }
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the admin templates", e);
        }
    }

    /** Resolves {@code admin/...} template names from memory; any other name is left to the next resolver. */
    static final class PreloadedTemplateResolver extends AbstractTemplateResolver {

        private final Map<String, String> templates;

        PreloadedTemplateResolver(Map<String, String> templates) {
            this.templates = Map.copyOf(templates);
            setName("admin-templates");
            setOrder(0);
            setResolvablePatterns(Set.of("admin/*"));
            setCheckExistence(true);
        }

        @Override
        protected boolean computeResolvable(IEngineConfiguration configuration, String ownerTemplate, String template,
                Map<String, Object> attributes) {
            return templates.containsKey(template);
        }

        @Override
        protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                String template, Map<String, Object> attributes) {
            return new StringTemplateResource(templates.get(template));
        }

        @Override
        protected TemplateMode computeTemplateMode(IEngineConfiguration configuration, String ownerTemplate,
                String template, Map<String, Object> attributes) {
            return TemplateMode.HTML;
        }

        @Override
        protected ICacheEntryValidity computeValidity(IEngineConfiguration configuration, String ownerTemplate,
                String template, Map<String, Object> attributes) {
            return AlwaysValidCacheEntryValidity.INSTANCE;
        }
    }
}
