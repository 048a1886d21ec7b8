import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferEditorEvents } from '@/features/editor/body/deferred-editor';

const editors: Editor[] = [];
const make = () => {
  const editor = new Editor({ extensions: [StarterKit], content: '<p>Quận 8</p>' });
  editors.push(editor);
  return editor;
};
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
});

describe('deferEditorEvents', () => {
  it('hands transactions to listeners once, after the frame, with the last one', async () => {
    const editor = make();
    const seen: unknown[] = [];
    const listener = vi.fn((props: { transaction: unknown }) => seen.push(props.transaction));
    const direct: unknown[] = [];
    editor.on('transaction', ({ transaction }) => direct.push(transaction));
    const deferred = deferEditorEvents(editor as never);
    deferred.on('transaction', listener);
    deferred.on('update', listener);
    editor.commands.insertContent(' mới');
    editor.commands.insertContent(' hơn');
    expect(listener).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(direct).toHaveLength(2);
    expect(seen[0]).toBe(direct[1]);
    await new Promise((r) => setTimeout(r, 50));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('drops a pending call when the listener leaves, and passes other events through at once', async () => {
    const editor = make();
    const listener = vi.fn();
    const focus = vi.fn();
    const deferred = deferEditorEvents(editor as never);
    deferred.on('transaction', listener);
    deferred.on('focus', focus);
    editor.commands.insertContent('!');
    deferred.off('transaction', listener);
    editor.emit('focus', { editor, event: new FocusEvent('focus'), transaction: editor.state.tr });
    expect(focus).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(listener).not.toHaveBeenCalled();
  });

  it('is the editor for everything else: state, commands and checks run on it', () => {
    const editor = make();
    const deferred = deferEditorEvents(editor as never);
    expect(deferred.state).toBe(editor.state);
    expect(deferred.isActive('bold')).toBe(false);
    expect(deferred.can().toggleBold()).toBe(true);
    deferred.chain().selectAll().toggleBold().run();
    expect(editor.isActive('bold')).toBe(true);
    expect(deferred.isDestroyed).toBe(false);
  });
});
