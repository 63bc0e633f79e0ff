import { defineContentScript } from 'wxt/utils/define-content-script';
import { toBackground } from '../src/extension/messages';
import { GOV_ORIGINS } from '../src/page/gov-origins';
import { detectedReport, watchUntil } from '../src/page/report-document';

/**
 * The only script that runs by itself (on *.gov.cn, once the user opts in): a few hundred
 * bytes of detection. On a report page it asks the background to inject the checker.
 */
export default defineContentScript({
  matches: GOV_ORIGINS,
  registration: 'runtime',
  main(ctx) {
    const stop = watchUntil(document, () => detectedReport(document), () => {
      void toBackground({ type: 'nianbao:report-found' }).catch(() => undefined);
    });
    ctx.onInvalidated(stop);
  },
});
