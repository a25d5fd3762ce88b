package io.idem.cli;

import io.idem.design.workitem.WorkItemException;
import io.idem.ingest.ImportException;
import io.idem.revenue.RevenueException;
import io.idem.store.StoreException;
import io.idem.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns the errors a user can fix (a bad workspace, a store that cannot be opened, bad input files,
 * a rejected change to a task or opportunity) into a message and exit code 2; anything else is a bug, logged with its stack trace, exit code 1.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (exception instanceof WorkspaceException || exception instanceof StoreException || exception instanceof WorkItemException
                || exception instanceof ImportException || exception instanceof RevenueException || exception instanceof java.io.UncheckedIOException
                || exception instanceof io.idem.cycle.IncrementalRunException) {
            err.println("error: " + exception.getMessage());
            err.flush();
            return 2;
        }
        LOG.error("idem {} failed", commandLine.getCommandName(), exception);
        err.println("error: " + exception + " (a bug in Idem; the log above has the details)");
        err.flush();
        return 1;
    }

}
