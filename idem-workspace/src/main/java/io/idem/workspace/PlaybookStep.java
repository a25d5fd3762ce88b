package io.idem.workspace;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One step of a playbook. Steps run in the order they are listed, and {@code action} contains what
 * the step's {@code kind} needs. {@code title} and {@code dueDays} apply to task steps: the title may
 * name account fields in braces, for example {@code "Call {account_name} about seats"}, and the due
 * date counts from the day the play reaches the step.
 */
public record PlaybookStep(String name, StepKind kind, String title, int dueDays, OwnerRule owner, Location location,
                           Action action) {

    /** The step name that ends a play when a branch jumps to it. */
    public static final String END = "end";

    public PlaybookStep {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(action, "action is null");
    }

    /** Creates a blocking task step without a checklist, the form every step had before step kinds existed. */
    public PlaybookStep(String name, String title, int dueDays, OwnerRule owner, Location location) {
        this(name, StepKind.TASK, title, dueDays, owner, location, new TaskAction(List.of(), true));
    }

    /** The kind-specific settings of a step. */
    public sealed interface Action {
    }

    /** A task; the play moves on when it is done or cancelled, or at once when it is not {@code blocking}. */
    public record TaskAction(List<String> checklist, boolean blocking) implements Action {
        public TaskAction {
            checklist = List.copyOf(checklist);
        }
    }

    /**
     * An email draft. {@code subject} and {@code body} may name account fields in braces; {@code html}
     * is true when the body came from a {@code .html} template file, so it is HTML already.
     */
    public record EmailAction(String subject, String body, boolean html, String templateFile) implements Action {
    }

    /**
     * A POST of a JSON body to {@code url}. {@code fields} are the account fields the body carries;
     * {@code secretEnv} names the environment variable holding the HMAC-SHA256 key, or is null for an
     * unsigned call. {@code timeoutSeconds} applies to each attempt and {@code retries} counts the
     * attempts after the first.
     */
    public record WebhookAction(URI url, List<String> fields, String secretEnv, int timeoutSeconds, int retries) implements Action {
        public WebhookAction {
            fields = List.copyOf(fields);
        }
    }

    /**
     * Holds the play for {@code days} after it reached the step, or until {@code until} holds for the
     * account; then {@code timeoutDays} bounds the wait. Exactly one of {@code days} and {@code until} is set.
     */
    public record WaitAction(Integer days, String until, Integer timeoutDays) implements Action {
    }

    /** Jumps to {@code thenStep} when {@code condition} holds, else to {@code elseStep}; null means the next step. */
    public record BranchAction(String condition, String thenStep, String elseStep) implements Action {
    }

    /** Sets {@code field} to the literal {@code value} or to the value of {@code expression} (exactly one is set). */
    public record UpdateFieldAction(String field, String value, String expression) implements Action {
    }

    /**
     * Creates an opportunity for {@code offer} of {@code motion}, valued like a playbook's, when
     * {@code motion} is set; else moves the play's latest opportunity to {@code stage}.
     */
    public record OpportunityAction(Motion motion, String offer, String stage) implements Action {
    }
}
