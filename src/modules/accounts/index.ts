/** What other modules may use from accounts: add a section to "download my data". */
export { registerExportSection, type ExportSection } from './export.ts';
