/**
 * The file page: a PDF or DOCX report checked inside the extension, with the same panel. Opened
 * from the toolbar where a tab's file cannot be scripted (Firefox's PDF viewer: ?url= is the
 * tab's address, which the reviewer downloads and chooses here), or by hand to check a saved
 * file. The file is read here, on this machine: nothing is sent anywhere.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { readReportFile } from '../../src/extension/file-reader';
import { storeClient } from '../../src/extension/store-client';
import panelCss from '../../src/ui/panel.css?inline';
import { Checker, fileName, type FileSource } from '../content/Checker';

const PAGE_CSS = `
main { font: 14px/1.6 "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; color: #1f2328; }
main { display: block; padding: 24px 472px 24px 32px; max-width: 720px; }
h1 { font-size: 20px; margin: 0 0 12px; }
.drop { display: block; margin: 16px 0; padding: 24px; border: 2px dashed #8c959f; border-radius: 8px; text-align: center; cursor: pointer; }
.drop.over { background: #ddf4ff; border-color: #0969da; }
.note { color: #57606a; }

`;

const fromFile = (file: File): FileSource => ({ name: file.name, url: file.name, read: readReportFile, bytes: async () => new Uint8Array(await file.arrayBuffer()) });

function Page({ shadow }: { shadow: ShadowRoot }) {
  const address = new URLSearchParams(location.search).get('url');
  const [source, setSource] = useState<FileSource | null>(null);
  const [over, setOver] = useState(false);
  const choose = (files: FileList | null) => { if (files?.[0]) setSource(fromFile(files[0])); };
  return (
    <>
      <h1>年报校验 · 检查 PDF 或 Word（DOCX）文件</h1>
      <p class="note">文件只在本机读取和检查，不会发送到任何地方。旧版 .doc / .wps 文件请先另存为 PDF 或 DOCX。</p>
      {address && (
        // Firefox lets no extension script into its PDF viewer, nor this page read the site's file
        // (the toolbar click gives access to the tab only): the reviewer saves it and chooses it here
        <p class="from-tab" data-testid="from-tab">Firefox 不允许扩展读取其 PDF 阅读器中的文件。请先
          <a href={address} download={fileName(address)}>下载这个文件</a>（{fileName(address)}），再在下面选择它。</p>
      )}
      <label class={`drop${over ? ' over' : ''}`} data-testid="drop"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); choose(e.dataTransfer?.files ?? null); }}>
        选择或拖入报告文件（PDF、DOCX）
        <input type="file" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" hidden
          data-testid="file-input" onChange={(e) => choose((e.currentTarget as HTMLInputElement).files)} />
      </label>
      {source && (
        <Checker key={`${source.name}:${source.url}`} doc={document} shadow={shadow} file={source}
          onClose={() => setSource(null)} onAutoDetectChange={() => () => undefined} store={store} />
      )}
    </>
  );
}

const store = storeClient();

// The page and the panel in one shadow root, styled as in a checked page.
const shadow = document.getElementById('app')!.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = `${PAGE_CSS}\n${panelCss}`;
const root = document.createElement('main');
shadow.append(style, root);
render(<Page shadow={shadow} />, root);
