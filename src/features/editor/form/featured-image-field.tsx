import { Button, FileButton, Group, Image, Progress, Stack, Text, TextInput } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { isDisplayableImageSrc, LIMITS } from '@/domain';
import { useUpload } from '../use-upload';
import type { ArticleFormValues } from './form-values';
import { useFieldError } from './use-field-error';

function CaptionInputs({ readOnly }: { readOnly?: boolean }) {
  const { t } = useTranslation('editor');
  const { register } = useFormContext<ArticleFormValues>();
  const captionError = useFieldError('featuredImage.caption');
  const altError = useFieldError('featuredImage.alt');
  return (
    <>
      <TextInput {...register('featuredImage.caption')} label={t('image.caption')} error={captionError} withAsterisk maxLength={LIMITS.caption} readOnly={readOnly} />
      <TextInput {...register('featuredImage.alt')} label={t('image.alt')} error={altError} withAsterisk maxLength={LIMITS.alt} readOnly={readOnly} />
    </>
  );
}

/** The photo under the title: uploaded through the port with a progress bar; caption and alt required. */
export function FeaturedImageField({ readOnly }: { readOnly?: boolean }) {
  const { t } = useTranslation('editor');
  const { setValue, getValues } = useFormContext<ArticleFormValues>();
  const image = useWatch<ArticleFormValues, 'featuredImage'>({ name: 'featuredImage' });
  const { upload, progress, uploading, failed } = useUpload();

  const onFile = async (file: File | null) => {
    if (!file) return;
    const media = await upload(file);
    if (!media) return;
    const prev = getValues('featuredImage');
    setValue(
      'featuredImage',
      { url: media.url, mediaId: media.id, caption: prev?.caption ?? '', alt: prev?.alt ?? '' },
      { shouldDirty: true },
    );
  };

  return (
    <Stack gap="xs">
      {image?.url ? (
        <Image src={isDisplayableImageSrc(image.url) ? image.url : undefined} alt={image.alt || t('image.preview')} radius="sm" mah={220} fit="contain" />
      ) : (
        <Text size="sm" c="dimmed">
          {t('image.none')}
        </Text>
      )}
      {uploading && (
        <Progress
          value={(progress ?? 0) * 100}
          animated
          aria-label={t('image.uploading', { percent: Math.round((progress ?? 0) * 100) })}
        />
      )}
      {failed && (
        <Text size="sm" c="red" role="alert">
          {t('image.uploadFailed')}
        </Text>
      )}
      {!readOnly && (
        <Group gap="xs">
          <FileButton onChange={onFile} accept="image/png,image/jpeg,image/webp,image/gif">
            {(props) => (
              <Button {...props} size="xs" variant="light" leftSection={<IconPhotoUp size={16} aria-hidden />} loading={uploading}>
                {image ? t('image.replace') : t('image.upload')}
              </Button>
            )}
          </FileButton>
          {image && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setValue('featuredImage', null, { shouldDirty: true })}
            >
              {t('image.remove')}
            </Button>
          )}
        </Group>
      )}
      {image && <CaptionInputs readOnly={readOnly} />}
    </Stack>
  );
}
