/**
 * The plan interchange JSON ({@code shared/import-format.md}): a neutral form of one plan that the
 * importer writes, the document renderer reads, and the API exchanges. Fields beyond the documented
 * ones (Part 1 text, quarters, remarks, indicator targets) are extensions that readers may ignore.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
    allowedDependencies = {})
package org.sujarit.interchange;
