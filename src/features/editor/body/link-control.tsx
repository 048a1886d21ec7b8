import { Button, Popover, Stack, TextInput } from '@mantine/core';
import { RichTextEditor, useRichTextEditorContext } from '@mantine/tiptap';
import { IconLink } from '@tabler/icons-react';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { normalizeHref } from '@/domain';

/**
 * Our own link control: Mantine's passes any href to TipTap, which silently ignores a refused one.
 * Here a `javascript:` or `data:` address is refused with a message and never reaches the document.
 */
export function LinkControl() {
  const { t } = useTranslation('editor');
  const { editor } = useRichTextEditorContext();
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const active = useEditorState({ editor, selector: ({ editor: e }) => (e && !e.isDestroyed ? e.isActive('link') : false) });

  const open = () => {
    setValue((editor?.getAttributes('link').href as string | undefined) ?? '');
    setError(null);
    setOpened(true);
  };
  const apply = () => {
    if (!editor) return;
    const checked = normalizeHref(value);
    if (!checked.ok) return setError(t(`link.${checked.reason}`));
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href: checked.href } }] }).run();
    } else chain.setLink({ href: checked.href }).run();
    setOpened(false);
  };

  return (
    <Popover opened={opened} onChange={setOpened} trapFocus withinPortal shadow="md" position="bottom-start">
      <Popover.Target>
        <RichTextEditor.Control
          onClick={open}
          active={!!active}
          aria-label={t('toolbar.link')}
          title={t('toolbar.link')}
        >
          <IconLink size={16} stroke={1.5} aria-hidden />
        </RichTextEditor.Control>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={320}>
          <TextInput
            label={t('link.label')}
            placeholder={t('link.placeholder')}
            value={value}
            error={error}
            onChange={(e) => {
              setValue(e.currentTarget.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                apply();
              }
            }}
            data-autofocus
          />
          <Button size="xs" onClick={apply}>
            {t('link.save')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
