import { fireEvent, render, screen } from '@testing-library/react';
import { containTyping } from '@/features/editor/body/contain-typing';

function setup() {
  const reactKeyDown = vi.fn();
  const reactInput = vi.fn();
  const documentKeyDown = vi.fn();
  const documentCapture = vi.fn();
  document.addEventListener('keydown', documentKeyDown);
  document.addEventListener('compositionend', documentCapture, true);
  const r = render(
    <div onKeyDown={reactKeyDown} onInput={reactInput}>
      <div ref={containTyping}>
        <div contentEditable suppressContentEditableWarning data-testid="editable" />
      </div>
    </div>,
  );
  const editable = screen.getByTestId('editable');
  const ownKeyDown = vi.fn();
  editable.addEventListener('keydown', ownKeyDown);
  const cleanup = () => {
    document.removeEventListener('keydown', documentKeyDown);
    document.removeEventListener('compositionend', documentCapture, true);
    r.unmount();
  };
  return { editable, reactKeyDown, reactInput, documentKeyDown, documentCapture, ownKeyDown, cleanup };
}

describe('containTyping', () => {
  it('keeps plain typing between the editor and its own listeners', () => {
    const s = setup();
    fireEvent.keyDown(s.editable, { key: 'a' });
    fireEvent.keyDown(s.editable, { key: 'Enter' });
    fireEvent.input(s.editable);
    expect(s.ownKeyDown).toHaveBeenCalledTimes(2);
    expect(s.reactKeyDown).not.toHaveBeenCalled();
    expect(s.reactInput).not.toHaveBeenCalled();
    expect(s.documentKeyDown).not.toHaveBeenCalled();
    s.cleanup();
  });

  it('lets shortcuts and Escape through to the page', () => {
    const s = setup();
    fireEvent.keyDown(s.editable, { key: 's', ctrlKey: true });
    fireEvent.keyDown(s.editable, { key: 'k', metaKey: true });
    fireEvent.keyDown(s.editable, { key: 'Escape' });
    expect(s.reactKeyDown).toHaveBeenCalledTimes(3);
    expect(s.documentKeyDown).toHaveBeenCalledTimes(3);
    s.cleanup();
  });

  it('leaves capture listeners on the document their view of compositions', () => {
    const s = setup();
    fireEvent.compositionEnd(s.editable, { data: 'ầ' });
    expect(s.documentCapture).toHaveBeenCalledTimes(1);
    s.cleanup();
  });

  it('lets everything through once the element is gone', () => {
    const host = document.createElement('div');
    const inner = document.createElement('div');
    host.append(inner);
    const seen = vi.fn();
    host.addEventListener('keydown', seen);
    const release = containTyping(inner)!;
    inner.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(seen).not.toHaveBeenCalled();
    release();
    inner.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
