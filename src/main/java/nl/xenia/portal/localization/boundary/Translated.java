package nl.xenia.portal.localization.boundary;

import java.util.List;

/**
 * A value whose texts are in the bundles (a mail template, an audit action, an enum with labels).
 * Constants of such types are discovered by the bundle test, which fails the build when one of their
 * keys is missing in a language: no central list of them exists.
 */
public interface Translated {

    /** The bundle keys this value's texts need. */
    List<String> bundleKeys();
}
