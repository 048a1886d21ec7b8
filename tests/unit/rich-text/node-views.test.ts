import { Editor } from '@tiptap/core';
import { articleExtensions } from '@/components/rich-text/extensions';

describe('the editor extensions', () => {
  // A node or mark view makes TipTap's React binding rebuild the whole document's DOM once more
  // when the editor mounts: on a 20,000-word article that doubles the time to open it.
  it('define no node or mark views, so mounting renders the document once', () => {
    const editor = new Editor({ extensions: articleExtensions({ placeholder: 'x' }) });
    // TipTap lists an extension that declines a view as an `undefined` entry: only real ones count.
    expect(Object.values(editor.extensionManager.nodeViews).filter(Boolean)).toEqual([]);
    expect(Object.values(editor.extensionManager.markViews).filter(Boolean)).toEqual([]);
    editor.destroy();
  });

  it('still renders tables with their column group and body', () => {
    const editor = new Editor({
      extensions: articleExtensions(),
      content: '<table><tbody><tr><th><p>Cột</p></th></tr><tr><td><p>Ô</p></td></tr></tbody></table>',
    });
    const table = editor.view.dom.querySelector('table');
    expect(table?.querySelector('colgroup')).not.toBeNull();
    expect(table?.querySelector('tbody td')?.textContent).toBe('Ô');
    editor.destroy();
  });
});
