/** Anonymous questions: asked without a name, answered by staff, read back with a receipt code. */
package nl.xenia.portal.questions;
