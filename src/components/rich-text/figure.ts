import { Node, mergeAttributes } from '@tiptap/core';
import { isSafeImageSrc } from '@/domain';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a photo with its caption as one block. */
      insertFigure: (attrs: { src: string; alt: string; caption?: string }) => ReturnType;
    };
  }
}

const imgOf = (el: HTMLElement) => (el.tagName === 'IMG' ? el : el.querySelector('img'));

/**
 * A photo inside the body: `<figure><img><figcaption>…</figcaption></figure>`. The caption is the
 * node's editable inline content, so it is typed in place; `src` and `alt` are attributes.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'text*',
  marks: '',
  draggable: true,
  isolating: true,
  defining: true,

  addAttributes() {
    return {
      src: {
        default: null,
        parseHTML: (el) => imgOf(el)?.getAttribute('src') ?? null,
        renderHTML: () => ({}),
      },
      alt: {
        default: '',
        parseHTML: (el) => imgOf(el)?.getAttribute('alt') ?? '',
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    const safe = (el: HTMLElement) => (isSafeImageSrc(imgOf(el)?.getAttribute('src')) ? null : false);
    return [
      { tag: 'figure', contentElement: 'figcaption', getAttrs: (el) => safe(el as HTMLElement) },
      // A bare pasted image becomes a figure whose caption is still to be written.
      { tag: 'img[src]', getAttrs: (el) => safe(el as HTMLElement) },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const src = isSafeImageSrc(node.attrs.src) ? node.attrs.src : '';
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { class: 'article-figure' }),
      ['img', { src, alt: node.attrs.alt ?? '', loading: 'lazy' }],
      ['figcaption', 0],
    ];
  },

  addCommands() {
    return {
      insertFigure:
        ({ src, alt, caption }) =>
        ({ commands }) => {
          if (!isSafeImageSrc(src)) return false;
          return commands.insertContent({
            type: this.name,
            attrs: { src, alt },
            content: caption ? [{ type: 'text', text: caption }] : [],
          });
        },
    };
  },
});
