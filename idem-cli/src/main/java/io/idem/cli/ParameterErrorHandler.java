package io.idem.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Reports a bad command line (an unknown option, a value of the wrong type, a rejected combination)
 * as one error line and a pointer to the command's help, so the message is not buried under the
 * full usage text. Exit code 2, as picocli uses for usage errors.
 */
final class ParameterErrorHandler implements CommandLine.IParameterExceptionHandler {

    static final int EXIT_CODE = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + exception.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return EXIT_CODE;
    }
}
