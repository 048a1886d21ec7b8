import { fireEvent, screen, waitFor } from '@testing-library/react';
import { bodyEditor, bodyText, ownDraft, renderEditor, SLOW, statusText, typeInBody, userId, watchWrites } from './helpers';

async function openDraft() {
  const draft = ownDraft(userId('phongvien'));
  const r = await renderEditor(`/articles/${draft.id}/edit`);
  const editor = await bodyEditor();
  return { ...r, draft, editor };
}

function paste(target: Element, html: string, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.assign(event, { clipboardData: { getData: (type: string) => (type === 'text/html' ? html : type === 'text/plain' ? text : ''), types: ['text/html', 'text/plain'] } });
  target.dispatchEvent(event);
}

const hasLink = (json: unknown) => JSON.stringify(json).includes('"type":"link"');

describe('the body editor', () => {
  it('has a Vietnamese toolbar whose tooltips name the shortcuts', async () => {
    await openDraft();
    expect(screen.getByRole('button', { name: 'Đậm (Ctrl+B)' })).toHaveAttribute('title', 'Đậm (Ctrl+B)');
    expect(screen.getByRole('button', { name: 'Tiêu đề cấp 2 (Ctrl+Alt+2)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chèn liên kết' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chèn ảnh có chú thích' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hoàn tác (Ctrl+Z)' })).toBeInTheDocument();
  });

  it('inserts a table of the size picked on the grid, with a header row', async () => {
    const { editor } = await openDraft();
    fireEvent.click(screen.getByRole('button', { name: 'Chèn bảng' }));
    const cell = await screen.findByRole('button', { name: 'Chèn bảng 3 cột × 2 hàng' });
    fireEvent.mouseEnter(cell);
    expect(screen.getByText('3 × 2')).toBeInTheDocument();
    fireEvent.click(cell);
    type Json = { type?: string; content?: Json[] };
    const table = (editor.getJSON() as Json).content!.find((n) => n.type === 'table')!;
    expect(table.content!.map((row) => row.content!.map((c) => c.type))).toEqual([
      ['tableHeader', 'tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell', 'tableCell'],
    ]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Chèn bảng 3 cột × 2 hàng' })).not.toBeInTheDocument());
  });

  it('enables the table buttons inside a table and undo once there is something to undo, and they work', async () => {
    const { editor } = await openDraft();
    const button = (name: string) => screen.getByRole('button', { name });
    for (const name of ['Thêm hàng bên dưới', 'Thêm cột bên phải', 'Xóa hàng', 'Xóa cột', 'Xóa bảng']) expect(button(name)).toBeDisabled();
    const before = editor.getJSON();
    editor.chain().focus('end').insertTable({ rows: 2, cols: 2, withHeaderRow: false }).run();
    await waitFor(() => expect(button('Thêm hàng bên dưới')).toBeEnabled());
    for (const name of ['Thêm cột bên phải', 'Xóa hàng', 'Xóa cột', 'Xóa bảng']) expect(button(name)).toBeEnabled();
    const rows = () => editor.getJSON().content!.find((n) => n.type === 'table')!.content!.length;
    fireEvent.click(button('Thêm hàng bên dưới'));
    expect(rows()).toBe(3);
    await waitFor(() => expect(button('Hoàn tác (Ctrl+Z)')).toBeEnabled());
    expect(button('Làm lại (Ctrl+Shift+Z)')).toBeDisabled();
    // Undo takes the new row back first, or with the table when both fell in one history group
    // (within half a second of each other), and the text ends where it began.
    fireEvent.click(button('Hoàn tác (Ctrl+Z)'));
    const table = editor.getJSON().content!.find((n) => n.type === 'table');
    if (table) {
      expect(table.content!.length).toBe(2);
      fireEvent.click(button('Hoàn tác (Ctrl+Z)'));
    }
    expect(editor.getJSON()).toEqual(before);
    await waitFor(() => expect(button('Làm lại (Ctrl+Shift+Z)')).toBeEnabled());
    fireEvent.click(button('Làm lại (Ctrl+Shift+Z)'));
    if (table) fireEvent.click(button('Làm lại (Ctrl+Shift+Z)'));
    expect(rows()).toBe(3);
    await waitFor(() => expect(button('Xóa bảng')).toBeEnabled());
    fireEvent.click(button('Xóa bảng'));
    expect(editor.getJSON().content!.some((n) => n.type === 'table')).toBe(false);
    await waitFor(() => expect(button('Xóa bảng')).toBeDisabled());
  });

  it('counts words and characters, and estimates the reading time', async () => {
    const { editor } = await openDraft();
    editor.commands.setContent('<p>Một hai ba bốn năm</p>');
    await waitFor(() => expect(screen.getByTestId('editor-stats')).toHaveTextContent('5 từ'));
    expect(screen.getByTestId('editor-stats')).toHaveTextContent('18 ký tự');
    expect(screen.getByTestId('editor-stats')).toHaveTextContent('Đọc khoảng 1 phút');
  });

  it('refuses javascript: and data: links with a message, and accepts http(s)', async () => {
    const { editor, user } = await openDraft();
    editor.commands.setContent('<p>nguồn tin</p>');
    editor.commands.setTextSelection({ from: 1, to: 6 });
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      await user.click(screen.getByRole('button', { name: 'Chèn liên kết' }));
      const input = await screen.findByRole('textbox', { name: 'Địa chỉ liên kết' });
      await user.clear(input);
      await user.type(input, bad.replace(/[{[]/g, (c) => c + c));
      await user.keyboard('{Enter}');
      expect(await screen.findByText('Không thể gắn liên kết này: chỉ chấp nhận địa chỉ http, https, mailto hoặc tel.')).toBeInTheDocument();
      expect(hasLink(editor.getJSON())).toBe(false);
      await user.keyboard('{Escape}');
    }
    // Even straight through the editor's command, a refused href is never stored.
    expect(editor.commands.setLink({ href: 'vbscript:msgbox(1)' })).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Chèn liên kết' }));
    const input = await screen.findByRole('textbox', { name: 'Địa chỉ liên kết' });
    await user.clear(input);
    await user.type(input, 'thanhuytphcm.vn/tin-tuc');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(JSON.stringify(editor.getJSON())).toContain('"href":"https://thanhuytphcm.vn/tin-tuc"'));
  });

  it('cleans pasted HTML: keeps structure and emphasis, drops styles, scripts and unknown attributes, NFC text', async () => {
    const { editor } = await openDraft();
    editor.commands.setContent('<p></p>');
    const nfd = 'Hội nghị tổng kết'.normalize('NFD');
    paste(
      editor.view.dom,
      `<h1 style="color:red" class="Title">Tiêu đề dán</h1><p class="MsoNormal" style="font-family:Arial" data-foo="1" onclick="alert(1)"><span style="font-weight:700">${nfd}</span> và <i>nghiêng</i> <a href="https://example.vn" style="color:blue" onmouseover="x()">nguồn</a> <a href="javascript:alert(1)">xấu</a></p><script>alert(1)</script><ul><li>ý một</li></ul>`,
      'x',
    );
    const json = editor.getJSON();
    const html = editor.getHTML();
    expect(json.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(html).toContain('<strong>Hội nghị tổng kết</strong>');
    expect(JSON.stringify(json)).toContain('Hội nghị tổng kết'.normalize('NFC'));
    expect(JSON.stringify(json)).not.toContain(nfd);
    expect(html).toContain('<em>nghiêng</em>');
    expect(html).toMatch(/<a[^>]+href="https:\/\/example\.vn"/);
    expect(html).toContain('<li><p>ý một</p></li>');
    expect(html).not.toMatch(/style=|class="(Title|MsoNormal)"|data-foo|onclick|onmouseover|script|javascript/);
    expect(bodyText(editor)).toContain('xấu');
  });

  it('neither saves nor re-counts in the middle of an IME composition', async () => {
    const writes = watchWrites();
    const { editor } = await openDraft();
    await waitFor(() => expect(screen.getByTestId('editor-stats')).toHaveTextContent(/\d+ từ/));
    const stats = screen.getByTestId('editor-stats').textContent;
    fireEvent.compositionStart(editor.view.dom);
    expect(editor.view.composing).toBe(true);
    // What Telex produces while the syllable is still being composed.
    typeInBody(editor, ' Vieetj');
    await new Promise((r) => setTimeout(r, 3000));
    expect(writes.patches).toHaveLength(0);
    expect(statusText()).not.toMatch(/Đang lưu|Đã lưu/);
    expect(screen.getByTestId('editor-stats').textContent).toBe(stats);
    fireEvent.compositionEnd(editor.view.dom, { data: 'Việt' });
    editor.commands.undo();
    typeInBody(editor, ' Việt');
    await waitFor(() => expect(writes.patches.length).toBeGreaterThan(0), SLOW);
    expect(JSON.stringify(writes.patches[0].body)).toContain('Việt');
    writes.stop();
  });
});
