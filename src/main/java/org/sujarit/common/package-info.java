/**
 * Shared kernel: value types every module speaks in (baht, B.E. fiscal years and periods, Thai digits
 * and dates). No Spring, no persistence.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
    allowedDependencies = {})
package org.sujarit.common;
