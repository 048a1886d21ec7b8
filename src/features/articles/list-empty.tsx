import { Button, EmptyState } from '@mantine/core';
import { IconFileSearch, IconPlus } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';

type Props = { filtered: boolean; canWrite: boolean; onReset: () => void };

export function ListEmpty({ filtered, canWrite, onReset }: Props) {
  const { t } = useTranslation('articles');
  return (
    <EmptyState
      py="xl"
      icon={<IconFileSearch size={32} />}
      withIndicatorBackground
      title={t(filtered ? 'empty.filteredTitle' : 'empty.title')}
      description={t(filtered ? 'empty.filteredText' : 'empty.text')}
    >
      <EmptyState.Actions>
        {filtered ? (
          <Button variant="light" onClick={onReset}>
            {t('empty.reset')}
          </Button>
        ) : (
          canWrite && (
            <Button component={Link} to="/articles/new" leftSection={<IconPlus size={18} />}>
              {t('list.new')}
            </Button>
          )
        )}
      </EmptyState.Actions>
    </EmptyState>
  );
}
