/**
 * The oversight read model: its tables kept by a refresh per organization and a rebuild of all (in the
 * background on start or when asked), and the queries the views read their figures with.
 */
package org.sujarit.oversight.readmodel;
