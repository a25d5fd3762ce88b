package io.idem.design.playbook;

import io.idem.identify.AccountFrame;
import io.idem.workspace.Workspace;
import java.time.LocalDate;

/** Inputs of moving plays through their steps: the workspace, the run's frame and date, owners, offers and stored play state. */
record StepContext(Workspace workspace, AccountFrame frame, LocalDate asOf, OwnerAssigner owners, OfferChooser chooser, StepState state) {
}
