/**
 * A synthetic portal home page of about 100 kB (navigation, news lists in layout tables, a
 * footer): the kind of page detection runs on most often and must leave alone quickly.
 */
export function portalHomePage(targetBytes = 100_000): string {
  const parts: string[] = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某市人民政府门户网站</title>',
    '<meta name="SiteName" content="某某市人民政府"></head><body><div class="nav">'];
  for (let i = 0; i < 40; i += 1) parts.push(`<a href="/col${i}/">栏目${i}</a> `);
  parts.push('</div><table width="100%"><tr><td><table class="news">');
  let i = 0;
  while (parts.join('').length < targetBytes - 2000) {
    parts.push(`<tr><td><a href="/art/2026/1/${i}/art_${i}.html">关于做好第${i}批民生实事项目实施工作的通知</a></td><td>2026-01-${String((i % 28) + 1).padStart(2, '0')}</td></tr>`);
    if (i % 50 === 49) parts.push('</table></td></tr><tr><td><table class="news">');
    i += 1;
  }
  parts.push('</table></td></tr></table><div class="footer">主办：某某市人民政府办公室 备案号 2026000001</div></body></html>');
  return parts.join('');
}
