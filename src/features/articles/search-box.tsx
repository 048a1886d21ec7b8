import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n';

const DEBOUNCE_MS = 300;

/** Commits the query a moment after typing stops; the URL (and the back button) can also set it. */
export function SearchBox({ value, onCommit }: { value: string; onCommit: (q: string) => void }) {
  const { t } = useTranslation('articles');
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback(onCommit, DEBOUNCE_MS);

  // The URL changed under us (back button, a link): show what it says.
  useEffect(() => setText(value), [value]);

  return (
    <TextInput
      type="search"
      label={t('filters.search')}
      placeholder={t('filters.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          commit.cancel();
          onCommit(text);
        }
      }}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('filters.clearSearch')}
            onClick={() => {
              commit.cancel();
              setText('');
              onCommit('');
            }}
          />
        ) : null
      }
      style={{ flex: '2 1 240px' }}
    />
  );
}
