/**
 * Who may do what: roles, the permissions they grant, and the signed-in user with the checks every
 * service runs before it reads or changes an organization's data (tenant isolation).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access",
    allowedDependencies = {})
package org.sujarit.access;
