package nl.xenia.portal.monitoring.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * How far a concealed cell can range, by linear programming: its minimum and its maximum over every table consistent
 * with what is published (the shown counts, the published sums, "&lt; 5" as 0 to 4, "×" as 5 or more). The sums of a
 * table with totals form a network, so the extremes are whole numbers; the cell is worked out exactly when they are
 * equal.
 *
 * <p>
 * Commons Math's simplex sometimes returns a point that breaks an equality: when an artificial variable is still in
 * the basis at zero after its first phase, the second phase may let it grow. So every answer is checked against the
 * constraints, and a broken one is solved again in another form (rows negated, in reverse order, with Bland's rule);
 * if none holds, the answer is "unknown", which callers take as "worked out", the careful side.
 */
final class LinearAudit {

    static final double TOLERANCE = 1e-6;
    private static final int MAX_ITERATIONS = 100_000;

    private LinearAudit() {
    }

    /**
     * Whether the concealed arc's minimum and maximum are equal (within {@link #TOLERANCE}); also when the solver
     * gives no trustworthy answer, the careful side.
     */
    static boolean determined(CellNetwork network, int arc) {
        // First with the sums of the cell's own row and column only: fewer sums leave at least as much room, so a
        // single value there is a single value in the whole table. Most cells that are worked out at all are worked
        // out by their row or their column alone, and that linear programme is a fraction of the size.
        boolean[] near = new boolean[network.nodes()];
        near[network.tail(arc)] = true;
        near[network.head(arc)] = true;
        return single(range(network, arc, near)) || single(range(network, arc, null));
    }

    private static boolean single(double[] range) {
        return !(range[1] - range[0] > TOLERANCE);
    }

    /**
     * The concealed arc's minimum and maximum over the whole table, the maximum {@link Double#POSITIVE_INFINITY} when
     * it has none; NaN where the solver gives no trustworthy answer.
     */
    static double[] range(CellNetwork network, int arc) {
        return range(network, arc, null);
    }

    /** The range with only the sums at the given nodes (all published sums when null). */
    private static double[] range(CellNetwork network, int arc, boolean[] nodes) {
        if (!network.concealed(arc)) {
            throw new IllegalArgumentException("only a concealed cell has a range");
        }
        // One variable per concealed arc in the sums taken; a "×" arc's variable is its value less the threshold.
        int[] variable = new int[network.arcs()];
        Arrays.fill(variable, -1);
        int variables = 0;
        for (int a = 0; a < network.arcs(); a++) {
            if (network.concealed(a) && (a == arc || taken(network, nodes, network.tail(a))
                    || taken(network, nodes, network.head(a)))) {
                variable[a] = variables++;
            }
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int node = 0; node < network.nodes(); node++) {
            if (!taken(network, nodes, node)) {
                continue;
            }
            // in - out = 0, with the shown counts and the thresholds moved to the right-hand side
            double[] coefficients = new double[variables];
            double constant = 0;
            for (int a : network.incident(node)) {
                int sign = network.head(a) == node ? 1 : -1;
                if (variable[a] >= 0) {
                    coefficients[variable[a]] += sign;
                    constant -= sign * (double) network.lower(a);
                } else {
                    constant -= sign * (double) network.value(a);
                }
            }
            constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
        }
        // Every variable gets an upper bound, "×" too: above everything there is (so the true table stays well
        // inside, and whether a cell can move at all is unchanged), and no programme is unbounded. A maximum at that
        // ceiling stands for "no maximum".
        long ceiling = network.value(network.grandTotal()) + TableSuppression.THRESHOLD + 1;
        for (int a = 0; a < network.arcs(); a++) {
            if (variable[a] >= 0) {
                double[] coefficients = new double[variables];
                coefficients[variable[a]] = 1;
                long upper = Math.min(network.upper(a), ceiling);
                constraints.add(new LinearConstraint(coefficients, Relationship.LEQ, upper - network.lower(a)));
            }
        }
        double[] objective = new double[variables];
        objective[variable[arc]] = 1;
        LinearObjectiveFunction function = new LinearObjectiveFunction(objective, network.lower(arc));
        // The true count is one solution: at a bound it is that extreme already, with no need to solve for it.
        double minimum = network.value(arc) == network.lower(arc)
                ? network.value(arc)
                : optimum(function, constraints, GoalType.MINIMIZE);
        double maximum = network.value(arc) == network.upper(arc)
                ? network.value(arc)
                : optimum(function, constraints, GoalType.MAXIMIZE);
        return new double[]{minimum, maximum >= ceiling - TOLERANCE ? Double.POSITIVE_INFINITY : maximum};
    }

    private static boolean taken(CellNetwork network, boolean[] nodes, int node) {
        return network.publishedSum(node) && (nodes == null || nodes[node]);
    }

    /** The optimum, checked against the constraints; NaN when no form of the programme gives one that holds. */
    private static double optimum(LinearObjectiveFunction function, List<LinearConstraint> constraints,
            GoalType goal) {
        for (int form = 0; form < 4; form++) {
            List<LinearConstraint> rows = new ArrayList<>();
            for (LinearConstraint row : constraints) {
                boolean negate = form % 2 == 1 && row.getRelationship() == Relationship.EQ;
                rows.add(negate
                        ? new LinearConstraint(row.getCoefficients().mapMultiply(-1), Relationship.EQ, -row.getValue())
                        : row);
            }
            if (form >= 2) {
                Collections.reverse(rows);
            }
            try {
                PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS), function,
                        new LinearConstraintSet(rows), goal, new NonNegativeConstraint(true),
                        form >= 2 ? PivotSelectionRule.BLAND : PivotSelectionRule.DANTZIG);
                if (holds(optimum.getPoint(), constraints)) {
                    return optimum.getValue();
                }
            } catch (MathIllegalStateException e) {
                // no feasible solution, unbounded or too many iterations: none of which a consistent, bounded
                // programme should give; try the next form
            }
        }
        return Double.NaN;
    }

    private static boolean holds(double[] point, List<LinearConstraint> constraints) {
        for (double x : point) {
            if (x < -TOLERANCE) {
                return false;
            }
        }
        for (LinearConstraint row : constraints) {
            double left = row.getCoefficients().dotProduct(new ArrayRealVector(point, false));
            double slack = TOLERANCE * (1 + Math.abs(row.getValue()));
            boolean fine = row.getRelationship() == Relationship.EQ
                    ? Math.abs(left - row.getValue()) <= slack
                    : left <= row.getValue() + slack;
            if (!fine) {
                return false;
            }
        }
        return true;
    }
}
