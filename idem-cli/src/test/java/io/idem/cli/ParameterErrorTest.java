package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static org.assertj.core.api.Assertions.assertThat;

import io.idem.cli.CliTestSupport.Execution;
import org.junit.jupiter.api.Test;

class ParameterErrorTest {

    @Test
    void rejectedCountsPrintOneErrorNotUsage() {
        Execution execution = execute("stats", "proportions", "--control-n", "10", "--control-conversions", "20",
                "--treatment-n", "10", "--treatment-conversions", "1");

        assertThat(execution.exitCode()).isEqualTo(2);
        assertThat(execution.errors()).contains("error: --control-conversions 20 exceeds --control-n 10");
        assertThat(execution.errors()).contains("Run 'idem stats proportions --help' for the options.");
        assertThat(execution.errors()).doesNotContain("Usage:");
    }

    @Test
    void misspelledOptionSuggestsTheRightOne() {
        Execution execution = execute("validate", "--worksapce", "x");

        assertThat(execution.exitCode()).isEqualTo(2);
        assertThat(execution.errors()).contains("error: Unknown options: '--worksapce'");
        assertThat(execution.errors()).contains("Possible solutions: --workspace");
        assertThat(execution.errors()).doesNotContain("Usage:");
    }
}
