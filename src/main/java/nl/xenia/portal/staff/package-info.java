/** Staff of Xenia: for now the one-time bootstrap token that lets the first admin sign up. */
package nl.xenia.portal.staff;
