/**
 * Resident lists in and out of Excel. Reading: {@link org.griddesk.desktop.service.registry.imports.ImportFiles#read}
 * (.csv in UTF-8 or GBK, .xlsx), {@link org.griddesk.desktop.service.registry.imports.ColumnMapping#recognize}
 * (adjustable in the UI's mapping step), then
 * {@link org.griddesk.desktop.service.registry.imports.ResidentImporter#dryRun}, which validates every row and
 * returns the records to write, the invalid rows and the counts; nothing is written until the caller commits
 * the result. {@link org.griddesk.desktop.service.registry.imports.CheckReport} prints the problems for the
 * command line, {@link org.griddesk.desktop.service.registry.imports.InvalidRowsWriter} hands the invalid rows
 * back to be fixed, {@link org.griddesk.desktop.service.registry.imports.ResidentExporter} writes residents out.
 */
package org.griddesk.desktop.service.registry.imports;
