import { Node, mergeAttributes } from '@tiptap/core';

/** How much of the kept markup the block shows as a reminder of what it holds. */
const PREVIEW_CHARS = 160;

/**
 * Content the editor cannot represent (a WordPress embed, shortcode, custom HTML, an unknown
 * block): kept verbatim in `html`, shown as a labelled, non-editable block that can be moved or
 * deleted as a whole, and written back unchanged. The markup is displayed as text, never run.
 */
export const OpaqueBlock = Node.create({
  name: 'opaqueBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      html: { default: '', parseHTML: (el) => el.getAttribute('data-html') ?? '', renderHTML: (attrs) => ({ 'data-html': attrs.html }) },
      label: { default: '', parseHTML: (el) => el.getAttribute('data-label') ?? '', renderHTML: (attrs) => ({ 'data-label': attrs.label }) },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-opaque-block]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const html = String(node.attrs.html ?? '');
    const preview = html.length > PREVIEW_CHARS ? `${html.slice(0, PREVIEW_CHARS)}…` : html;
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-opaque-block': '', class: 'opaque-block', contenteditable: 'false' }),
      ['strong', { class: 'opaque-block__label' }, String(node.attrs.label || 'HTML')],
      ['code', { class: 'opaque-block__source' }, preview],
    ];
  },
});
