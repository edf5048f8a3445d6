package nl.xenia.portal.staff.view.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The dashboard's quiet refresh of its counts while it is open: once a minute, at most {@link #POLLS} times,
 * so an office left open does not keep its session alive much past the idle limit (15 minutes).
 */
@Named
@ViewScoped
public class DashboardRefresh implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many times the counts are fetched again after the page was shown. */
    public static final int POLLS = 14;

    /** Seconds between two. */
    public static final int INTERVAL = 60;

    private int polls;

    /** One refresh done (the tiles are rendered again by the same request). */
    public void tick() {
        polls++;
    }

    /** No more refreshes: the member has not touched the page for a while. */
    public boolean isDone() {
        return polls >= POLLS;
    }

    public int getInterval() {
        return INTERVAL;
    }
}
