/** The unchecked reads of organizations and units, offered only to the modules that declare {@code organization :: lookup}. */
@org.springframework.modulith.NamedInterface("lookup")
package org.sujarit.organization.lookup;
