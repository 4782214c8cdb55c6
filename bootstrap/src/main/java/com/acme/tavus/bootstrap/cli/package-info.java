/**
 * Command-line tools run with the same jar and configuration as the server, without starting it:
 * {@code java -jar tavus-platform.jar <command> [options]}. They run on the main thread, print to the
 * terminal and wait for their work, which the architecture rules allow here and nowhere else.
 */
package com.acme.tavus.bootstrap.cli;
