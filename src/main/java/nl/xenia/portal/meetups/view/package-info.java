/** The public meetup pages (list, one meetup, I'll come), the meetups' part of the inbox and the calendar files. */
package nl.xenia.portal.meetups.view;
