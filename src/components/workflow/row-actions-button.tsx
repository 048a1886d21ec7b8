import { ActionIcon, type ActionIconProps } from '@mantine/core';
import { IconDotsVertical } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from '@/i18n';
import type { ArticleSummary } from '@/domain';

type Props = ActionIconProps & ComponentPropsWithRef<'button'> & { article: Pick<ArticleSummary, 'title'> };

/** A list row's workflow button, as the row shows it before and after its menu is loaded. */
export function RowActionsButton({ article, ...props }: Props) {
  const { t } = useTranslation('articles');
  return (
    <ActionIcon variant="subtle" color="gray" aria-label={t('table.actionsFor', { title: article.title || t('table.untitled') })} {...props}>
      <IconDotsVertical size={18} aria-hidden />
    </ActionIcon>
  );
}
