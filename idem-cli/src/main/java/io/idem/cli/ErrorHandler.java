package io.idem.cli;

import io.idem.store.StoreException;
import io.idem.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns the errors a user can fix (a bad workspace, a store that cannot be opened, bad input files)
 * into a message and exit code 2; anything else is a bug, logged with its stack trace, exit code 1.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (exception instanceof WorkspaceException || exception instanceof StoreException || isUserError(exception)) {
            err.println("error: " + exception.getMessage());
            err.flush();
            return 2;
        }
        LOG.error("idem {} failed", commandLine.getCommandName(), exception);
        err.println("error: " + exception + " (a bug in Idem; the log above has the details)");
        err.flush();
        return 1;
    }

    private static boolean isUserError(Exception exception) {
        String name = exception.getClass().getSimpleName();
        return name.equals("ImportException") || name.equals("RevenueException") || exception instanceof java.io.UncheckedIOException;
    }
}
