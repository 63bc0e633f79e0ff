import { defineContentScript } from 'wxt/utils/define-content-script';
import { readReportFile } from '../src/extension/file-reader';
import { FILE_READER, type FileReaderWorld } from '../src/extension/read-file';
import { GOV_ORIGINS } from '../src/page/gov-origins';

/**
 * The PDF and DOCX reader (with pdf.js), injected by the background into a tab only when the
 * checker there has a file to read: the PDF that Chrome's viewer shows, or an attachment of the
 * page. It shares the checker's isolated world and only leaves its reading function there.
 */
export default defineContentScript({
  matches: GOV_ORIGINS,
  registration: 'runtime',
  main() {
    (globalThis as FileReaderWorld)[FILE_READER] ??= readReportFile;
  },
});
