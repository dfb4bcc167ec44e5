/** The subcommands of the {@code tribune} command line; each is thin and calls into its feature. */
package org.tribune.cli;
