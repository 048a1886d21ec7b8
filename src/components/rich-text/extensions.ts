import type { Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extension-placeholder';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { StarterKit } from '@tiptap/starter-kit';
import { Figure } from './figure';
import { OpaqueBlock } from './opaque-block';
import { isSafeHref } from '@/domain';

export const HEADING_LEVELS = [2, 3, 4] as const;
export const LINK_REL = 'noopener noreferrer';

/**
 * The one list of extensions behind both the editor and the HTML renderer, so that what a reporter
 * sees while writing is exactly what the portal publishes. The title is the page's h1, hence H2–H4.
 */
export function articleExtensions(options: { placeholder?: string } = {}): Extensions {
  const extensions: Extensions = [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // Refused hrefs are never stored: setLink fails, pasted/parsed links lose their mark.
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: LINK_REL, target: '_blank' },
      },
    }),
    Figure,
    // Markup from another backend the editor cannot represent (embeds, shortcodes): kept verbatim.
    OpaqueBlock,
    // No node view: the table renders from its schema, as it is published. A node view would make
    // TipTap's React binding rebuild the whole document's DOM once more when the editor mounts (it
    // hands ProseMirror fresh node-view functions), which on a long article doubles the opening time.
    Table.configure({ resizable: false, View: null }),
    TableRow,
    TableHeader,
    TableCell,
  ];
  if (options.placeholder !== undefined) {
    extensions.push(Placeholder.configure({ placeholder: options.placeholder }));
  }
  return extensions;
}
