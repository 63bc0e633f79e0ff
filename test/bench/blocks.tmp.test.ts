import { it } from 'vitest';
import { readdirSync } from 'node:fs';
import { readDom } from '../../src/core/extract/read-dom';
import { loadDocument } from '../helpers';
it('blocks', () => {
  for (const [dir, f] of [...readdirSync('test/fixtures/corpus').filter(f => f.endsWith('.html')).map(f => ['corpus', f]), ...readdirSync('test/fixtures/seeds').filter(f => f.endsWith('.html')).map(f => ['seeds', f])]) {
    const page = readDom(loadDocument(dir!, f!));
    const lines = page.blocks.flatMap(b => b.text.split('\n')).map(l => l.trim()).filter(Boolean);
    console.log('B ===', f, lines.length);
    for (const l of lines) if (l.length < 40 && /情况|事项|问题|概述|部分/.test(l)) console.log('B H', JSON.stringify(l));
    for (const l of lines) if (/考核|评议|责任追究/.test(l)) console.log('B A', l.slice(Math.max(0, l.search(/考核|评议|责任追究/) - 30), l.search(/考核|评议|责任追究/) + 20));
    for (const l of lines) if (/部分/.test(l) && /由|共分|分为|包括/.test(l)) console.log('B C', l.slice(0, 160));
    for (const l of lines) if (/申请|复议|诉讼|维持|%|％/.test(l) && /\d/.test(l)) console.log('B T', l.slice(0, 300));
  }
});
