import { Button, FileInput, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { RichTextEditor, useRichTextEditorContext } from '@mantine/tiptap';
import { IconPhotoPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { LIMITS } from '@/domain';
import { useUpload } from '../use-upload';

/** Inserts a photo into the body as a figure: upload, then a caption and an alt text, both required. */
export function FigureControl() {
  const { t } = useTranslation(['editor', 'validation']);
  const { editor } = useRichTextEditorContext();
  const [opened, setOpened] = useState(false);
  const [src, setSrc] = useState<string | null>(null);
  const [caption, setCaption] = useState('');
  const [alt, setAlt] = useState('');
  const [touched, setTouched] = useState(false);
  const { upload, progress, uploading, failed } = useUpload();

  const close = () => {
    setOpened(false);
    setSrc(null);
    setCaption('');
    setAlt('');
    setTouched(false);
  };
  const insert = () => {
    setTouched(true);
    if (!editor || !src || !caption.trim() || !alt.trim()) return;
    editor.chain().focus().insertFigure({ src, alt: alt.trim(), caption: caption.trim() }).run();
    close();
  };
  const required = (v: string) => (touched && !v.trim() ? t('validation:required') : null);

  return (
    <>
      <RichTextEditor.Control onClick={() => setOpened(true)} aria-label={t('toolbar.image')} title={t('toolbar.image')}>
        <IconPhotoPlus size={16} stroke={1.5} aria-hidden />
      </RichTextEditor.Control>
      <Modal opened={opened} onClose={close} title={t('figure.title')}>
        <Stack gap="sm">
          <FileInput
            label={t('figure.file')}
            placeholder={t('image.accept')}
            // Shown as text inside the button (not an input's placeholder), so it must read at 4.5:1:
            // Mantine's placeholder grey is about 2:1, the theme's dimmed grey passes in both schemes.
            styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
            accept="image/png,image/jpeg,image/webp,image/gif"
            onChange={async (file) => {
              if (!file) return;
              const media = await upload(file);
              if (media) setSrc(media.url);
            }}
            error={(touched && !src ? t('validation:required') : null) || (failed ? t('image.uploadFailed') : null)}
          />
          {uploading && (
            <Progress value={(progress ?? 0) * 100} aria-label={t('image.uploading', { percent: Math.round((progress ?? 0) * 100) })} />
          )}
          {src && (
            <Text size="xs" c="dimmed" truncate>
              {src}
            </Text>
          )}
          <TextInput label={t('figure.caption')} value={caption} maxLength={LIMITS.caption} onChange={(e) => setCaption(e.currentTarget.value)} error={required(caption)} withAsterisk />
          <TextInput label={t('figure.alt')} value={alt} maxLength={LIMITS.alt} onChange={(e) => setAlt(e.currentTarget.value)} error={required(alt)} withAsterisk />
          <Button onClick={insert} disabled={uploading}>
            {t('figure.insert')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
