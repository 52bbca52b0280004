package org.civicinspect.excel;

import org.civicinspect.model.SheetProblem;

/** The file cannot be read as a workbook at all; {@link #problem()} says why in the user's terms. */
public final class UnreadableWorkbookException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient SheetProblem problem;

    UnreadableWorkbookException(SheetProblem problem, Throwable cause) {
        super(problem.messageKey(), cause);
        this.problem = problem;
    }

    public SheetProblem problem() {
        return problem;
    }
}
