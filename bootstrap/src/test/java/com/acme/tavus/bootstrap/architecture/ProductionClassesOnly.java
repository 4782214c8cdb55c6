package com.acme.tavus.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports main code only: besides test output directories, it leaves out the other modules'
 * test-jars ({@code *-tests.jar}), whose fixtures may block or use any library.
 */
final class ProductionClassesOnly implements ImportOption {

    private static final ImportOption TEST_DIRECTORIES = new DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return TEST_DIRECTORIES.includes(location) && !location.contains("-tests.jar");
    }
}
