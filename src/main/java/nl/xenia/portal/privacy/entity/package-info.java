/** The organisation's key pair (public part in the clear) and the wrappers of its private part. */
package nl.xenia.portal.privacy.entity;
