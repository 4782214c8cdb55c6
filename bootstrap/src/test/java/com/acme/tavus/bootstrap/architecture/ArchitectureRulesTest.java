package com.acme.tavus.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the hexagon. Maven module boundaries already stop most leaks at compile
 * time; these rules catch what modules cannot (library bans, adapter-to-adapter use, wiring outside
 * bootstrap). {@code failOnEmptyShould} stays on (see archunit.properties), so a rule whose
 * packages went missing fails instead of passing vacuously.
 */
@AnalyzeClasses(packages = "com.acme.tavus", importOptions = ProductionClassesOnly.class)
class ArchitectureRulesTest {

    private static final String DOMAIN = "com.acme.tavus.domain..";
    private static final String APPLICATION = "com.acme.tavus.application..";
    private static final String ADAPTERS = "com.acme.tavus.adapter..";
    private static final String BOOTSTRAP = "com.acme.tavus.bootstrap..";
    /** Command-line tools (createsuperuser, create-token, ...) run on the main thread, wait for their one result and talk to a terminal. */
    private static final String COMMAND_LINE = "com.acme.tavus.bootstrap.cli..";

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN);

    @ArchTest
    static final ArchRule application_depends_only_on_the_domain_and_reactor = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", "reactor.core..", "reactor.util..",
                    "org.reactivestreams..", DOMAIN, APPLICATION);

    @ArchTest
    static final ArchRule application_uses_no_framework_or_adapter = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.jooq..", "com.fasterxml..", "tools.jackson..",
                    "jakarta..", ADAPTERS, BOOTSTRAP);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("com.acme.tavus.adapter.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule nothing_but_bootstrap_depends_on_bootstrap = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

    /** Use-case implementations are constructed, and adapters handed to them, in bootstrap only. */
    @ArchTest
    static final ArchRule only_bootstrap_wires_adapters_to_use_cases = noClasses()
            .that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat(describe("application services",
                    (JavaClass c) -> c.getPackageName().startsWith("com.acme.tavus.application")
                            && c.getSimpleName().endsWith("Service")));

    @ArchTest
    static final ArchRule only_bootstrap_is_a_spring_boot_application = classes()
            .that().areAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication")
            .should().resideInAPackage(BOOTSTRAP);

    @ArchTest
    static final ArchRule web_controllers_live_in_the_web_adapter = classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().resideInAPackage("com.acme.tavus.adapter.web..");

    @ArchTest
    static final ArchRule only_the_tavus_and_webhook_adapters_make_http_calls = noClasses()
            .that().resideOutsideOfPackages("com.acme.tavus.adapter.tavus..", "com.acme.tavus.adapter.webhooks..",
                    BOOTSTRAP)
            .should().dependOnClassesThat()
            .resideInAPackage("org.springframework.web.reactive.function.client..");

    @ArchTest
    static final ArchRule only_the_persistence_adapter_uses_jooq = noClasses()
            .that().resideOutsideOfPackages("com.acme.tavus.adapter.persistence..", BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("org.jooq..");

    /** The resilience policy around Tavus is applied in one place (ADR 0009), wired in bootstrap. */
    @ArchTest
    static final ArchRule only_the_tavus_adapter_applies_resilience4j = noClasses()
            .that().resideOutsideOfPackages("com.acme.tavus.adapter.tavus..", BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("io.github.resilience4j..");

    @ArchTest
    static final ArchRule ports_are_interfaces = classes()
            .that().resideInAnyPackage("..port.in..", "..port.out..")
            .and().areTopLevelClasses()
            .should().beInterfaces();

    @ArchTest
    static final ArchRule main_code_never_blocks_on_a_publisher = noClasses()
            .that().resideOutsideOfPackage(COMMAND_LINE)
            .should().callMethodWhere(describe("Mono/Flux block*()",
                    (JavaMethodCall call) -> call.getName().startsWith("block")
                            && (call.getTargetOwner().isAssignableTo(reactor.core.publisher.Mono.class)
                                    || call.getTargetOwner().isAssignableTo(reactor.core.publisher.Flux.class))));

    @ArchTest
    static final ArchRule no_standard_streams = noClasses()
            .that().resideOutsideOfPackage(COMMAND_LINE)
            .should(ACCESS_STANDARD_STREAMS)
            .because("the service logs through SLF4J; only the command line talks to a terminal");

    @ArchTest
    static final ArchRule no_field_injection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule no_java_util_logging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
