/** The core as one script for the benchmark's Chromium pages (window.nianbaoBench). */
export { checkDocument, checkPage } from '../../src/core/check';
export { detect } from '../../src/core/extract/detect';
export { toGrid } from '../../src/core/extract/grid';
export { readDom } from '../../src/core/extract/read-dom';
export { extractTables } from '../../src/core/extract/tables';
export { RULES } from '../../src/core/rules';
