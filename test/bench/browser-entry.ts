/** The core as one script for the benchmark's Chromium pages (window.nianbaoBench). */
export { checkDocument } from '../../src/core/check';
export { detect } from '../../src/core/extract/detect';
