package nl.xenia.portal.meetups.entity;

/** Who hosts a meetup: peers (people who do or did the same work) or Xenia's staff. */
public enum HostKind {
    PEER, STAFF
}
