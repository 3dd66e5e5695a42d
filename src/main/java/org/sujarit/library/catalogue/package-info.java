/** The catalogue's entries, their rules and their storage; plans reach them only through the standard-items port. */
package org.sujarit.library.catalogue;
