/**
 * Oversight's domain: the figure sets of a group of organizations and the percentages a map is shaded
 * by, the views' results built of them, the provinces they are grouped by, and when a plan or a report
 * counts as on time. No Spring, servlet or SQL ({@code DomainPurityTest}).
 */
package org.sujarit.oversight.figures;
