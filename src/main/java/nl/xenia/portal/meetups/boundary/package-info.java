/**
 * The meetups' facades: {@code Meetups} for the person (listings, I'll come, I can't come after all, with the code),
 * {@code MeetupPlanning} for staff (occurrences and series, cancel and move with a reason, who comes, how many came),
 * with their API, dashboard counts, audit subjects and retention.
 */
package nl.xenia.portal.meetups.boundary;
