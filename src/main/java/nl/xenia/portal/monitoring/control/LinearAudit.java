package nl.xenia.portal.monitoring.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * How far a concealed cell can range, by linear programming: its minimum and its maximum over every table consistent
 * with what is published (the shown counts, the published sums, "&lt; 5" as 0 to 4, "×" as 5 or more). The sums of a
 * table with totals form a network, so the extremes are whole numbers; the cell is worked out exactly when they are
 * equal.
 */
final class LinearAudit {

    static final double TOLERANCE = 1e-6;
    private static final int MAX_ITERATIONS = 100_000;

    private LinearAudit() {
    }

    /**
     * Whether the concealed arc's minimum and maximum are equal (within {@link #TOLERANCE}); also when the solver
     * gives up, the careful side.
     */
    static boolean determined(CellNetwork network, int arc) {
        double[] range = range(network, arc);
        return !(range[1] - range[0] > TOLERANCE);
    }

    /**
     * The concealed arc's minimum and maximum, the maximum {@link Double#POSITIVE_INFINITY} when it has none; both
     * NaN when the solver gives up (which callers read as "worked out", the careful side).
     */
    static double[] range(CellNetwork network, int arc) {
        if (!network.concealed(arc)) {
            throw new IllegalArgumentException("only a concealed cell has a range");
        }
        // One variable per concealed arc; a "×" arc's variable is its value less the threshold, so that it needs no
        // constraint of its own, and a "< 5" arc's is its value, at most threshold - 1.
        int[] variable = new int[network.arcs()];
        Arrays.fill(variable, -1);
        int variables = 0;
        for (int a = 0; a < network.arcs(); a++) {
            if (network.concealed(a)) {
                variable[a] = variables++;
            }
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int node = 0; node < network.nodes(); node++) {
            if (!network.publishedSum(node)) {
                continue;
            }
            // in - out = 0, with the shown counts and the thresholds moved to the right-hand side
            double[] coefficients = new double[variables];
            double constant = 0;
            boolean any = false;
            for (int a : network.incident(node)) {
                int sign = network.head(a) == node ? 1 : -1;
                if (variable[a] >= 0) {
                    coefficients[variable[a]] += sign;
                    any = true;
                    if (network.lower(a) > 0) {
                        constant -= sign * (double) network.lower(a);
                    }
                } else {
                    constant -= sign * (double) network.value(a);
                }
            }
            if (any) {
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
            }
        }
        for (int a = 0; a < network.arcs(); a++) {
            if (variable[a] >= 0 && network.upper(a) != Long.MAX_VALUE) {
                double[] coefficients = new double[variables];
                coefficients[variable[a]] = 1;
                constraints.add(new LinearConstraint(coefficients, Relationship.LEQ, network.upper(a)));
            }
        }
        double[] objective = new double[variables];
        objective[variable[arc]] = 1;
        LinearObjectiveFunction function = new LinearObjectiveFunction(objective, network.lower(arc));
        double minimum = optimum(function, constraints, GoalType.MINIMIZE);
        double maximum = optimum(function, constraints, GoalType.MAXIMIZE);
        return new double[]{minimum, maximum};
    }

    private static double optimum(LinearObjectiveFunction function, List<LinearConstraint> constraints,
            GoalType goal) {
        try {
            return new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS), function,
                    new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true),
                    PivotSelectionRule.BLAND).getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        } catch (NoFeasibleSolutionException | TooManyIterationsException e) {
            return Double.NaN;
        }
    }
}
